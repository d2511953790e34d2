import { A as redirect } from '../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/+layout.server.ts
/** Everything in this group needs a signed-in person. */
var load = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	return {};
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-BDD-xo7q.js.map
