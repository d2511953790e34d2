import { l as listThreads } from '../../../../../../../../chunks/doc-comments.js-CZpMq_g7.js';
import { R as Refusal } from '../../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { r as requireUser } from '../../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { j as json, v as error } from '../../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../../../chunks/text.js-De780Z__.js';
import '../../../../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../../../../chunks/board-doc.js-70NGdl8z.js';
import 'yjs';
import 'fractional-indexing';
import '../../../../../../../../chunks/rich-text-doc.js-B7aUjoe-.js';
import '../../../../../../../../chunks/doc-comments2.js-CJrsNjBz.js';
import '@oslojs/encoding';
import '../../../../../../../../chunks/documents.js-CaNv629-.js';
import '../../../../../../../../chunks/teams.js-DRa-kSv4.js';
import '../../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../../chunks/live-documents.js-D-DuJ62i.js';
import '../../../../../../../../chunks/db.js-CZ3aFlsq.js';
import 'node:module';
import 'kysely';
import 'better-sqlite3';
import 'node:path';
import 'node:worker_threads';
import 'node:crypto';
import '../../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';

// src/routes/(authed)/t/[slug]/docs/[id]/comments/+server.ts
/** A document's comment threads, for its side panel; fetched again whenever the document says a thread changed. */
var GET = async (event) => {
	try {
		const threads = await listThreads(event.locals.app.db, event.params.slug, requireUser(event).id, event.params.id);
		return json(threads, { headers: { "cache-control": "no-store" } });
	} catch (err) {
		if (err instanceof Refusal) error(err.status, err.code);
		throw err;
	}
};

export { GET };
//# sourceMappingURL=_server.ts.js-Btltcjm_.js.map
