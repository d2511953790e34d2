import { p as pageError } from '../../../../../chunks/guard.js-DiCDU1AF.js';
import { R as Refusal } from '../../../../../chunks/refusal.js-CqIAUhOf.js';
import { s as stateFilter, r as rollup, a as rollupStates } from '../../../../../chunks/scorecard2.js-D-c3nwHr.js';

// src/routes/(authed)/admin/rollup/+page.server.ts
var load = async (event) => {
	const user = event.locals.user;
	if (!user?.is_admin) pageError(event, new Refusal("forbidden", 403));
	const state = stateFilter(event.url.searchParams.get("state"));
	try {
		const [result, states] = await Promise.all([rollup(event.locals.app.db, user, { state }), rollupStates(event.locals.app.db, user)]);
		return {
			...result,
			states,
			state,
			showTargets: event.url.searchParams.get("targets") === "1"
		};
	} catch (err) {
		pageError(event, err);
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-LjQ2z446.js.map
