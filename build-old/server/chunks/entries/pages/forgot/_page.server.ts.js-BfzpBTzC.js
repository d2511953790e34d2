import { s as sendResetEmail } from '../../../chunks/reset.js-DLs1BJa7.js';
import { p as parseForm, e as email } from '../../../chunks/forms.js-J73ZrRYJ.js';
import { m as mailOrigin } from '../../../chunks/origin.js-C_K1rKSC.js';
import { t as translate } from '../../../chunks/i18n.js-DfYLM2F_.js';
import { B as fail } from '../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/forgot/+page.server.ts
var load = async ({ locals }) => ({ mailEnabled: locals.app.mailer.enabled });
var actions = { default: async (event) => {
	const { locals } = event;
	const form = await event.request.formData();
	const parsed = parseForm(v.object({ email }), form);
	if (!parsed.ok) return parsed.failure;
	const taken = await locals.app.throttles.resetByIp.consume(event.getClientAddress());
	if (!taken.ok) return fail(429, {
		message: "throttled",
		params: { seconds: Math.ceil(taken.retryAfterMs / 1e3) }
	});
	if (!locals.app.mailer.enabled) return fail(400, { message: "mail_disabled" });
	try {
		await sendResetEmail(locals.app.db, locals.app.mailer, parsed.data.email, mailOrigin(locals.app.config), (key, params) => translate(locals.locale, key, params));
	} catch (err) {
		locals.app.log.error({
			err,
			reqId: locals.requestId
		}, "reset mail failed");
		return fail(503, { message: "mail_failed" });
	}
	return { success: "reset_sent" };
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BfzpBTzC.js.map
