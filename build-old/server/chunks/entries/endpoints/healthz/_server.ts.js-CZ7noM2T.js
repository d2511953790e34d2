import { j as json } from '../../../chunks/utils.js-Cx36Gts4.js';
import { sql } from 'kysely';
import '../../../chunks/shared.js-Ds6Ze1Vz.js';

// src/routes/healthz/+server.ts
var GET = async ({ locals }) => {
	try {
		await sql`select 1`.execute(locals.app.db);
		return json({
			status: "ok",
			database: "ok"
		});
	} catch (err) {
		locals.app.log.error({ err }, "health check failed");
		return json({
			status: "error",
			database: "unreachable"
		}, { status: 503 });
	}
};

export { GET };
//# sourceMappingURL=_server.ts.js-CZ7noM2T.js.map
