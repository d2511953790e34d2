import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import { sendResetEmail } from '$lib/server/auth/reset';
import { email, parseForm } from '$lib/server/forms';
import { mailOrigin } from '$lib/server/origin';
import { translate } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ mailEnabled: locals.app.mailer.enabled });

export const actions: Actions = {
	default: async (event) => {
		const { locals } = event;
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ email }), form);
		if (!parsed.ok) return parsed.failure;
		const taken = await locals.app.throttles.resetByIp.consume(event.getClientAddress());
		if (!taken.ok) return fail(429, { message: 'throttled', params: { seconds: Math.ceil(taken.retryAfterMs / 1000) } });
		if (!locals.app.mailer.enabled) return fail(400, { message: 'mail_disabled' });
		try {
			await sendResetEmail(locals.app.db, locals.app.mailer, parsed.data.email, mailOrigin(locals.app.config), (key, params) => translate(locals.locale, key, params));
		} catch (err) {
			locals.app.log.error({ err, reqId: locals.requestId }, 'reset mail failed');
			return fail(503, { message: 'mail_failed' });
		}
		return { success: 'reset_sent' };
	}
};
