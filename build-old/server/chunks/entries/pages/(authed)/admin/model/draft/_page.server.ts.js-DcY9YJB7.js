import { a as latestVersion, m as modelDraft } from '../../../../../../chunks/model-policy.js-dJ2Mdan-.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { R as Refusal } from '../../../../../../chunks/refusal.js-CqIAUhOf.js';

// src/routes/(authed)/admin/model/draft/+page.server.ts
var load = async (event) => {
	const user = requireUser(event);
	if (!user.is_admin) pageError(event, new Refusal("forbidden", 403));
	const { db } = event.locals.app;
	return {
		draftId: await modelDraft(db, user),
		latest: (await latestVersion(db)).version
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DcY9YJB7.js.map
