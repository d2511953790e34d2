import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { DEVICE_COOKIE, rememberDevice } from '$lib/server/auth/device';
import { setDeviceCookie, startSession } from '$lib/server/auth/cookies';
import { safeNext } from '$lib/server/auth/redirect';
import { register } from '$lib/server/auth/sign-up';
import { email, parseForm, password, refused, text } from '$lib/server/forms';
import { mailOrigin } from '$lib/server/origin';
import { Refusal } from '$lib/server/refusal';
import { joinThroughNext } from '$lib/server/invites';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next };
};

const SignUp = v.object({ email, displayName: text(80), password });

export const actions: Actions = {
	default: async (event) => {
		const { locals } = event;
		const form = await event.request.formData();
		const next = safeNext(form.get('next'));
		const throttled = await locals.app.throttles.signUpByIp.consume(event.getClientAddress());
		if (!throttled.ok) {
			return fail(429, { message: 'throttled', params: { seconds: Math.ceil(throttled.retryAfterMs / 1000) } });
		}
		const parsed = parseForm(SignUp, form);
		if (!parsed.ok) return parsed.failure;
		let user;
		try {
			user = await register(locals.app, { ...parsed.data, locale: locals.locale }, mailOrigin(locals.app.config));
		} catch (err) {
			return refused(err, form, err instanceof Refusal && err.code === 'required' ? 'displayName' : 'password');
		}
		// An email that already has an account gets the same answer, and its owner an email, not a session.
		if (user) {
			setDeviceCookie(event, await rememberDevice(locals.app.db, event.cookies.get(DEVICE_COOKIE), user.id));
			await startSession(event, user.id);
		}
		// Through an invite, a new account joins the team at once.
		redirect(303, user ? await joinThroughNext(locals.app.db, next, user.id) : next);
	}
};
