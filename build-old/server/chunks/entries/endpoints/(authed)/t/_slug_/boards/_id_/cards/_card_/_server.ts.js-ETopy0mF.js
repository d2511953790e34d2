import { c as cardActivity } from '../../../../../../../../../chunks/card-comments.js-CG5xznsh.js';
import { l as listMembers } from '../../../../../../../../../chunks/members.js-L2XGN1de.js';
import { R as Refusal } from '../../../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { r as requireUser } from '../../../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { j as json, v as error } from '../../../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../../../../chunks/text.js-De780Z__.js';
import '../../../../../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../../../../../chunks/board-doc.js-70NGdl8z.js';
import 'yjs';
import 'fractional-indexing';
import '../../../../../../../../../chunks/teams.js-DRa-kSv4.js';
import '../../../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../../../chunks/live-documents.js-D-DuJ62i.js';
import '../../../../../../../../../chunks/db.js-CZ3aFlsq.js';
import 'node:module';
import 'kysely';
import 'better-sqlite3';
import 'node:path';
import 'node:worker_threads';
import 'node:crypto';
import '@oslojs/encoding';
import '../../../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';

// src/routes/(authed)/t/[slug]/boards/[id]/cards/[card]/+server.ts
/**
* One card's comments and history, and the team's members as they are now (for the assignee
* picker), for the card dialog; fetched when it opens and again whenever its comment count changes.
*/
var GET = async (event) => {
	try {
		const { db } = event.locals.app;
		const userId = requireUser(event).id;
		const activity = await cardActivity(db, event.params.slug, userId, event.params.id, event.params.card);
		const members = (await listMembers(db, event.params.slug, userId)).map((m) => ({
			id: m.id,
			name: m.display_name
		}));
		return json({
			...activity,
			members
		}, { headers: { "cache-control": "no-store" } });
	} catch (err) {
		if (err instanceof Refusal) error(err.status, err.code);
		throw err;
	}
};

export { GET };
//# sourceMappingURL=_server.ts.js-ETopy0mF.js.map
