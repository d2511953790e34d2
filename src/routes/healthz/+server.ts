import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	try {
		await sql`select 1`.execute(locals.app.db);
		return json({ status: 'ok', database: 'ok' });
	} catch (err) {
		locals.app.log.error({ err }, 'health check failed');
		return json({ status: 'error', database: 'unreachable' }, { status: 503 });
	}
};
