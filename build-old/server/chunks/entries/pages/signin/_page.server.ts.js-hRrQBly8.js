import { D as DEVICE_COOKIE, e as setDeviceCookie, b as startSession, f as isKnownDevice, g as rememberDevice } from '../../../chunks/cookies.js-meQshAIL.js';
import { s as safeNext } from '../../../chunks/redirect.js-vQb-wdfz.js';
import { n as normalizeEmail, d as authenticate } from '../../../chunks/accounts.js-BLX3_-TW.js';
import { h as hashToken } from '../../../chunks/session.js-DRTce--L.js';
import { p as parseForm, a as password, e as email } from '../../../chunks/forms.js-J73ZrRYJ.js';
import { j as joinThroughNext } from '../../../chunks/invites.js-7Yb4Oz_K.js';
import { B as fail, A as redirect } from '../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/lib/server/auth/sign-in.ts
/**
* Checks a sign-in against the throttles and the password. Wrong guesses from strangers use up the
* account's allowance; a browser that has signed in to the account before has an allowance of its
* own, so its owner still gets in while someone else is guessing.
*/
async function signIn(app, input, now = Date.now()) {
	const { db, throttles } = app;
	const email = normalizeEmail(input.email);
	const [bucket, key] = await isKnownDevice(db, input.deviceToken, email, now) ? [throttles.signInByDevice, `${hashToken(input.deviceToken)}:${email}`] : [throttles.signInByAccount, email];
	for (const [b, k] of [[throttles.signInByIp, input.ip], [bucket, key]]) {
		const taken = await b.consume(k);
		if (!taken.ok) return {
			ok: false,
			reason: "throttled",
			retryAfterMs: taken.retryAfterMs
		};
	}
	const user = await authenticate(db, email, input.password);
	if (!user) return {
		ok: false,
		reason: "failed"
	};
	await bucket.reset(key);
	return {
		ok: true,
		user,
		deviceToken: await rememberDevice(db, input.deviceToken, user.id, now)
	};
}
// src/routes/signin/+page.server.ts
var load = async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get("next"));
	if (locals.user) redirect(303, next);
	return {
		next,
		reset: url.searchParams.has("reset"),
		signedOut: url.searchParams.has("signed_out")
	};
};
var SignIn = v.object({
	email,
	password
});
var actions = { default: async (event) => {
	const form = await event.request.formData();
	const next = safeNext(form.get("next"));
	const parsed = parseForm(SignIn, form);
	if (!parsed.ok) return parsed.failure;
	const shared = form.get("shared") === "1";
	const values = {
		email: parsed.data.email,
		...shared ? { shared: "1" } : {}
	};
	const result = await signIn(event.locals.app, {
		...parsed.data,
		ip: event.getClientAddress(),
		deviceToken: event.cookies.get(DEVICE_COOKIE)
	});
	if (!result.ok && result.reason === "throttled") return fail(429, {
		message: "throttled",
		params: { seconds: Math.ceil(result.retryAfterMs / 1e3) },
		values
	});
	if (!result.ok) return fail(400, {
		message: "signin_failed",
		values
	});
	if (!shared) setDeviceCookie(event, result.deviceToken);
	await startSession(event, result.user.id, shared);
	redirect(303, await joinThroughNext(event.locals.app.db, next, result.user.id));
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-hRrQBly8.js.map
