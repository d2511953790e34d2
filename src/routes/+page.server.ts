import { sharedWithMe } from '$lib/server/document-shares';
import { myTasks, timeZoneOr, TIME_ZONE_COOKIE } from '$lib/server/my-tasks';
import { teamsOf } from '$lib/server/teams';
import type { PageServerLoad } from './$types';

/** Signed in, the home page is "My teams" with my next tasks; signed out, it says what Playbook is. */
export const load: PageServerLoad = async ({ locals, cookies }) => {
	if (!locals.user) return { teams: null, nextTasks: null, shared: [], timeZone: 'UTC' };
	const timeZone = timeZoneOr(cookies.get(TIME_ZONE_COOKIE));
	const [teams, nextTasks, shared] = await Promise.all([teamsOf(locals.app.db, locals.user.id), myTasks(locals.app.db, locals.user.id, { timeZone, limit: 5 }), sharedWithMe(locals.app.db, locals.user.id)]);
	return { teams, nextTasks, shared, timeZone };
};
