import { teamsOf } from '$lib/server/teams';
import type { PageServerLoad } from './$types';

/** Signed in, the home page is "My teams"; signed out, it says what Playbook is. */
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) return { teams: null };
	return { teams: await teamsOf(locals.app.db, locals.user.id) };
};
