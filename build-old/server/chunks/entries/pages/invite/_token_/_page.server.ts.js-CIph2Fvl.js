import { a as acceptInvite, o as openInvite } from '../../../../chunks/invites.js-7Yb4Oz_K.js';
import { r as refused } from '../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser } from '../../../../chunks/guard.js-DiCDU1AF.js';
import { R as Refusal } from '../../../../chunks/refusal.js-CqIAUhOf.js';
import { A as redirect } from '../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/invite/[token]/+page.server.ts
var load = async ({ locals, params, url }) => {
	try {
		const invite = await openInvite(locals.app.db, params.token);
		return {
			valid: true,
			team: {
				name: invite.name,
				jurisdiction: invite.jurisdiction_name,
				state: invite.state
			},
			role: invite.role,
			here: url.pathname
		};
	} catch (err) {
		if (err instanceof Refusal) return {
			valid: false,
			problem: err.code,
			here: url.pathname
		};
		throw err;
	}
};
var actions = { default: async (event) => {
	const user = requireUser(event);
	let slug;
	try {
		({slug} = await acceptInvite(event.locals.app.db, event.params.token, user.id));
	} catch (err) {
		return refused(err);
	}
	redirect(303, `/t/${slug}`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CIph2Fvl.js.map
