import { e as setDeviceCookie, g as rememberDevice, D as DEVICE_COOKIE, b as startSession } from '../../../chunks/cookies.js-meQshAIL.js';
import { s as safeNext } from '../../../chunks/redirect.js-vQb-wdfz.js';
import { e as signUp } from '../../../chunks/accounts.js-BLX3_-TW.js';
import { R as Refusal } from '../../../chunks/refusal.js-CqIAUhOf.js';
import { i as isLocale, t as translate } from '../../../chunks/i18n.js-DfYLM2F_.js';
import { p as parseForm, r as refused, a as password, e as email, t as text$1 } from '../../../chunks/forms.js-J73ZrRYJ.js';
import { m as mailOrigin } from '../../../chunks/origin.js-C_K1rKSC.js';
import { j as joinThroughNext } from '../../../chunks/invites.js-7Yb4Oz_K.js';
import { B as fail, A as redirect } from '../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/lib/server/auth/sign-up.ts
/**
* Creates an account, or, when the email already has one, changes nothing and tells its owner by
* email: the answer (null) must not show the requester which emails have accounts, so the caller
* treats it like a new sign-up without signing anyone in. Either way a password is hashed first.
*/
async function register(app, input, origin) {
	try {
		return await signUp(app.db, input);
	} catch (err) {
		if (!(err instanceof Refusal) || err.code !== "email_taken") throw err;
	}
	const owner = await app.db.selectFrom("user").select([
		"email",
		"display_name",
		"locale"
	]).where("email", "=", input.email.trim().toLowerCase()).executeTakeFirstOrThrow();
	if (app.mailer.enabled) {
		const locale = isLocale(owner.locale) ? owner.locale : input.locale;
		const params = {
			name: owner.display_name,
			signin: `${origin}/signin`,
			forgot: `${origin}/forgot`
		};
		app.mailer.send({
			to: owner.email,
			subject: translate(locale, "mail.signup_existing_subject"),
			text: translate(locale, "mail.signup_existing_body", params)
		}).catch((error) => app.log.error({ err: error }, "sign-up notice not sent"));
	}
	return null;
}
// src/routes/signup/+page.server.ts
var load = async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get("next"));
	if (locals.user) redirect(303, next);
	return { next };
};
var SignUp = v.object({
	email,
	displayName: text$1(80),
	password
});
var actions = { default: async (event) => {
	const { locals } = event;
	const form = await event.request.formData();
	const next = safeNext(form.get("next"));
	const throttled = await locals.app.throttles.signUpByIp.consume(event.getClientAddress());
	if (!throttled.ok) return fail(429, {
		message: "throttled",
		params: { seconds: Math.ceil(throttled.retryAfterMs / 1e3) }
	});
	const parsed = parseForm(SignUp, form);
	if (!parsed.ok) return parsed.failure;
	let user;
	try {
		user = await register(locals.app, {
			...parsed.data,
			locale: locals.locale
		}, mailOrigin(locals.app.config));
	} catch (err) {
		return refused(err, form, err instanceof Refusal && err.code === "required" ? "displayName" : "password");
	}
	if (user) {
		setDeviceCookie(event, await rememberDevice(locals.app.db, event.cookies.get(DEVICE_COOKIE), user.id));
		await startSession(event, user.id);
	}
	redirect(303, user ? await joinThroughNext(locals.app.db, next, user.id) : next);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CXjSHxuq.js.map
