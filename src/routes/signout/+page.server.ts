import { redirect } from '@sveltejs/kit';
import { invalidateSession } from '$lib/server/auth/session';
import { clearSessionCookie, clearSiteStorage } from '$lib/server/auth/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		if (event.locals.session) await invalidateSession(event.locals.app.db, event.locals.session.id);
		clearSessionCookie(event);
		clearSiteStorage(event);
		redirect(303, '/signin?signed_out');
	}
};
