import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { authenticate, normalizeEmail } from '$lib/server/accounts';
import { safeNext, startSession } from '$lib/server/auth/cookies';
import { email, parseForm, password } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next, reset: url.searchParams.has('reset'), signedOut: url.searchParams.has('signed_out') };
};

const SignIn = v.object({ email, password });

export const actions: Actions = {
	default: async (event) => {
		const { locals } = event;
		const form = await event.request.formData();
		const next = safeNext(form.get('next'));
		const parsed = parseForm(SignIn, form);
		if (!parsed.ok) return parsed.failure;
		const { throttles, db } = locals.app;
		const ip = event.getClientAddress();
		const account = normalizeEmail(parsed.data.email);
		for (const [bucket, key] of [[throttles.signInByIp, ip], [throttles.signInByAccount, account]] as const) {
			const taken = bucket.consume(key);
			if (!taken.ok) {
				return fail(429, { message: 'throttled', params: { seconds: Math.ceil(taken.retryAfterMs / 1000) }, values: { email: parsed.data.email } });
			}
		}
		const user = await authenticate(db, account, parsed.data.password);
		if (!user) return fail(400, { message: 'signin_failed', values: { email: parsed.data.email } });
		throttles.signInByAccount.reset(account);
		await startSession(event, user.id, form.get('shared') === '1');
		redirect(303, next);
	}
};
