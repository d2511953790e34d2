import { c as commentActions } from '../../../../../../chunks/doc-comment-actions.js-BkV_QHhC.js';
import { a as authorNames } from '../../../../../../chunks/document-shares.js-DcQLMq3e.js';
import { g as getDocument } from '../../../../../../chunks/documents.js-CaNv629-.js';
import { R as Refusal } from '../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { t as timeZoneOr } from '../../../../../../chunks/my-tasks.js-Lf6CVEWP.js';
import { g as getTestimony } from '../../../../../../chunks/testimony.js-_KidzKTn.js';
import { A as redirect } from '../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/review/[slug]/[id]/+page.server.ts
/** A document shared with me for review: I comment and suggest; the team decides. */
var load = async (event) => {
	const { db } = event.locals.app;
	const userId = requireUser(event).id;
	try {
		const { document, canSuggest, reviewer, member } = await getDocument(db, event.params.slug, userId, event.params.id);
		if (member) redirect(303, `/t/${event.params.slug}/docs/${document.id}`);
		if (!reviewer) throw new Refusal("document_not_found", 404);
		const byTeam = await db.selectFrom("team").select(["name", "slug"]).where("id", "=", document.team_id).executeTakeFirstOrThrow();
		const testimony = document.kind === "testimony" ? await getTestimony(db, event.params.slug, userId, document.id) : null;
		return {
			document,
			byTeam,
			canSuggest,
			testimony: testimony?.testimony ?? null,
			hearing: testimony?.hearing ?? null,
			members: await authorNames(db, document.id),
			now: Date.now(),
			viewerZone: timeZoneOr(event.cookies.get("tz"))
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = { ...commentActions };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BqaFAHYh.js.map
