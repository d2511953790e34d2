import { e as policyRedline } from '../../../../../../../chunks/adaptation.js-Ba6M5iPZ.js';
import { r as requireUser, p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';

// src/routes/(authed)/t/[slug]/policy/redline/+page.server.ts
var load = async (event) => {
	try {
		const { base, latest, redline } = await policyRedline(event.locals.app.db, event.params.slug, requireUser(event).id);
		return {
			baseVersion: base.version,
			latestVersion: latest.version,
			redline
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
//# sourceMappingURL=_page.server.ts.js-Dj3tNSwK.js.map
