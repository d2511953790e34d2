import { error, json } from '@sveltejs/kit';
import { cardActivity } from '$lib/server/card-comments';
import { listMembers } from '$lib/server/members';
import { Refusal } from '$lib/server/refusal';
import { requireUser } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/**
 * One card's comments and history, and the team's members as they are now (for the assignee
 * picker), for the card dialog; fetched when it opens and again whenever its comment count changes.
 */
export const GET: RequestHandler = async (event) => {
	try {
		const { db } = event.locals.app;
		const userId = requireUser(event).id;
		const activity = await cardActivity(db, event.params.slug, userId, event.params.id, event.params.card);
		const members = (await listMembers(db, event.params.slug, userId)).map((m) => ({ id: m.id, name: m.display_name }));
		return json({ ...activity, members }, { headers: { 'cache-control': 'no-store' } });
	} catch (err) {
		if (err instanceof Refusal) error(err.status, err.code);
		throw err;
	}
};
