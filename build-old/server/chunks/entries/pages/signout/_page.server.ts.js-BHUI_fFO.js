import { a as invalidateSession } from '../../../chunks/session.js-DRTce--L.js';
import { c as clearSessionCookie, a as clearSiteStorage } from '../../../chunks/cookies.js-meQshAIL.js';
import { A as redirect } from '../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/signout/+page.server.ts
var load = async () => redirect(303, "/");
var actions = { default: async (event) => {
	if (event.locals.session) await invalidateSession(event.locals.app.db, event.locals.session.id);
	clearSessionCookie(event);
	clearSiteStorage(event);
	redirect(303, "/signin?signed_out");
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BHUI_fFO.js.map
