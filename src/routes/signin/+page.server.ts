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
	return { next, reset: url.searchParams.has('reset'), signedOut: url.searchParams.has('signed_out') };
};

const SignIn = v.object({ email, password });

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const next = safeNext(form.get('next'));
		const parsed = parseForm(SignIn, form);
		if (!parsed.ok) return parsed.failure;
		const shared = form.get('shared') === '1';
		const values = { email: parsed.data.email, ...(shared ? { shared: '1' } : {}) };
		const result = await signIn(event.locals.app, { ...parsed.data, ip: event.getClientAddress(), deviceToken: event.cookies.get(DEVICE_COOKIE) });
		if (!result.ok && result.reason === 'throttled') return fail(429, { message: 'throttled', params: { seconds: Math.ceil(result.retryAfterMs / 1000) }, values });
		if (!result.ok) return fail(400, { message: 'signin_failed', values });
		// A shared computer is nobody's known device: it gets no allowance of its own.
		if (!shared) setDeviceCookie(event, result.deviceToken);
		await startSession(event, result.user.id, shared);
		redirect(303, await joinThroughNext(event.locals.app.db, next, result.user.id));
	}
};
