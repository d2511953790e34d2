import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { checkResetToken, resetPassword } from '$lib/server/auth/reset';
import { parseForm, password, refused } from '$lib/server/forms';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		const { email } = await checkResetToken(locals.app.db, params.token);
		return { valid: true as const, email };
	} catch (err) {
		if (err instanceof Refusal) return { valid: false as const, problem: err.code };
		throw err;
	}
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const form = await request.formData();
		const parsed = parseForm(v.object({ password }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await resetPassword(locals.app.db, params.token, parsed.data.password);
		} catch (err) {
			return refused(err, form, err instanceof Refusal && err.code.startsWith('password_') ? 'password' : undefined);
		}
		redirect(303, '/signin?reset');
	}
};
