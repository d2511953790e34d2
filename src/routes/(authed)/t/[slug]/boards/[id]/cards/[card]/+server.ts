import { error, json } from '@sveltejs/kit';
import { cardActivity } from '$lib/server/card-comments';
import { Refusal } from '$lib/server/refusal';
import { requireUser } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** One card's comments and history, for the card dialog; fetched again whenever its comment count changes. */
export const GET: RequestHandler = async (event) => {
	try {
		const activity = await cardActivity(event.locals.app.db, event.params.slug, requireUser(event).id, event.params.id, event.params.card);
		return json(activity, { headers: { 'cache-control': 'no-store' } });
	} catch (err) {
		if (err instanceof Refusal) error(err.status, err.code);
		throw err;
	}
};
