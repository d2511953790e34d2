import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { LOCALES } from '$lib/i18n';
import { setLocale } from '$lib/server/accounts';
import { setPreferenceCookie } from '$lib/server/auth/cookies';
import { safeNext } from '$lib/server/auth/redirect';
import { parseForm, picklist } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => redirect(303, '/');

export const actions: Actions = {
	language: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ locale: picklist(LOCALES) }), form);
		if (!parsed.ok) return parsed.failure;
		setPreferenceCookie(event, 'playbook_lang', parsed.data.locale);
		if (event.locals.user) await setLocale(event.locals.app.db, event.locals.user.id, parsed.data.locale);
		redirect(303, safeNext(form.get('redirectTo')));
	},
	theme: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ theme: picklist(['system', 'light', 'dark'] as const) }), form);
		if (!parsed.ok) return parsed.failure;
		setPreferenceCookie(event, 'playbook_theme', parsed.data.theme);
		redirect(303, safeNext(form.get('redirectTo')));
	}
};
