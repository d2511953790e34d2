import { redirect } from '@sveltejs/kit';
import { ensureTalkingPoints } from '$lib/server/talking-points';
import { requireUser } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/** The team's talking points: a live document seeded from the model the first time it is opened. */
export const load: PageServerLoad = async (event) => {
	const { team } = await event.parent();
	const id = await ensureTalkingPoints(event.locals.app.db, team, requireUser(event).id, event.locals.locale);
	redirect(303, `/t/${team.slug}/docs/${id}`);
};
