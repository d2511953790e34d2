import { d as policyFinalText } from '../../../../../../../chunks/adaptation.js-Ba6M5iPZ.js';
import { p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';

// src/routes/(authed)/t/[slug]/policy/final/+page.server.ts
var load = async (event) => {
	try {
		const { base, rules, dropped } = await policyFinalText(event.locals.app.db, event.params.slug, event.locals.user.id);
		return {
			baseVersion: base.version,
			rules,
			dropped
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
//# sourceMappingURL=_page.server.ts.js-CC6NKOSH.js.map
