import { A as ACTIONS, c as can } from '../../../../../chunks/roles.js-C7S8Lfoc.js';
import { t as teamAccess } from '../../../../../chunks/teams.js-DRa-kSv4.js';
import { r as requireUser, p as pageError } from '../../../../../chunks/guard.js-DiCDU1AF.js';

// src/routes/(authed)/t/[slug]/+layout.server.ts
var load = async (event) => {
	const { locals, params } = event;
	try {
		const { team, role } = await teamAccess(locals.app.db, params.slug, requireUser(event).id);
		return {
			team,
			role,
			allowed: Object.fromEntries(ACTIONS.map((a) => [a, can(role, a)]))
		};
	} catch (err) {
		pageError(event, err);
	}
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-CEqSVOoG.js.map
