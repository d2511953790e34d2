import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { DEVICE_COOKIE } from '$lib/server/auth/device';
import { setDeviceCookie, startSession } from '$lib/server/auth/cookies';
import { safeNext } from '$lib/server/auth/redirect';
import { signIn } from '$lib/server/auth/sign-in';
import { email, parseForm, password } from '$lib/server/forms';
import { joinThroughNext } from '$lib/server/invites';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next, reset: url.searchParams.has('reset') };
};

const SignIn = v.object({ email, password });

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const next = safeNext(form.get('next'));
		const parsed = parseForm(SignIn, form);
		if (!parsed.ok) return parsed.failure;
		const values = { email: parsed.data.email };
		const result = await signIn(event.locals.app, { ...parsed.data, ip: event.getClientAddress(), deviceToken: event.cookies.get(DEVICE_COOKIE) });
		if (!result.ok && result.reason === 'throttled') return fail(429, { message: 'throttled', params: { seconds: Math.ceil(result.retryAfterMs / 1000) }, values });
		if (!result.ok) return fail(400, { message: 'signin_failed', values });
		setDeviceCookie(event, result.deviceToken);
		await startSession(event, result.user.id);
		redirect(303, await joinThroughNext(event.locals.app.db, next, result.user.id));
	}
};
