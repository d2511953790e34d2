import { r as reviewActions, d as documentActions } from '../../../../../../../chunks/review-actions.js-WVHI_ULf.js';
import { g as getDocument, R as RICH_TEXT_KINDS } from '../../../../../../../chunks/documents.js-CaNv629-.js';
import { c as commentActions } from '../../../../../../../chunks/doc-comment-actions.js-BkV_QHhC.js';
import { r as requireUser, p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { l as listReviewers, a as authorNames } from '../../../../../../../chunks/document-shares.js-DcQLMq3e.js';
import { A as redirect } from '../../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/docs/[id]/+page.server.ts
var load = async (event) => {
	try {
		const userId = requireUser(event).id;
		const { db } = event.locals.app;
		const { document, canEdit, reviewer, canSuggest } = await getDocument(db, event.params.slug, userId, event.params.id);
		if (document.kind === "testimony") redirect(303, `/t/${event.params.slug}/testimony/${document.id}`);
		if (!RICH_TEXT_KINDS.includes(document.kind)) redirect(303, `/t/${event.params.slug}/policy`);
		return {
			document,
			canEdit,
			reviewer,
			canSuggest,
			members: await authorNames(db, document.id),
			reviewers: await listReviewers(db, event.params.slug, userId, document.id)
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = {
	...documentActions({
		renamed: "document_renamed",
		archived: "document_archived",
		restored: "document_restored"
	}),
	...commentActions,
	...reviewActions
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-ByPLY1YT.js.map
