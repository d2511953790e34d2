import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { signUp } from '$lib/server/accounts';
import { safeNext, startSession } from '$lib/server/auth/cookies';
import { email, parseForm, password, refused, text } from '$lib/server/forms';
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
		const throttled = locals.app.throttles.signUpByIp.consume(event.getClientAddress());
		if (!throttled.ok) {
			return fail(429, { message: 'throttled', params: { seconds: Math.ceil(throttled.retryAfterMs / 1000) } });
		}
		const parsed = parseForm(SignUp, form);
		if (!parsed.ok) return parsed.failure;
		let userId: string;
		try {
			const user = await signUp(locals.app.db, { ...parsed.data, locale: locals.locale });
			userId = user.id;
		} catch (err) {
			const field = err instanceof Error && err.message.startsWith('password_') ? 'password' : 'email';
			return refused(err, form, field);
		}
		await startSession(event, userId);
		redirect(303, await joinThroughNext(locals.app.db, next, userId));
	}
};
