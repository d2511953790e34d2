import { r as resetPassword, c as checkResetToken } from '../../../../chunks/reset.js-DLs1BJa7.js';
import { p as parseForm, a as password, r as refused } from '../../../../chunks/forms.js-J73ZrRYJ.js';
import { R as Refusal } from '../../../../chunks/refusal.js-CqIAUhOf.js';
import { A as redirect } from '../../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/reset/[token]/+page.server.ts
var load = async ({ locals, params }) => {
	try {
		const { email } = await checkResetToken(locals.app.db, params.token);
		return {
			valid: true,
			email
		};
	} catch (err) {
		if (err instanceof Refusal) return {
			valid: false,
			problem: err.code
		};
		throw err;
	}
};
var actions = { default: async ({ locals, params, request }) => {
	const form = await request.formData();
	const parsed = parseForm(v.object({ password }), form);
	if (!parsed.ok) return parsed.failure;
	try {
		await resetPassword(locals.app.db, params.token, parsed.data.password);
	} catch (err) {
		return refused(err, form, err instanceof Refusal && err.code.startsWith("password_") ? "password" : void 0);
	}
	redirect(303, "/signin?reset");
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CtgafhHQ.js.map
