import { error, json } from '@sveltejs/kit';
import { listThreads } from '$lib/server/doc-comments';
import { Refusal } from '$lib/server/refusal';
import { requireUser } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** A document's comment threads, for its side panel; fetched again whenever the document says a thread changed. */
export const GET: RequestHandler = async (event) => {
	try {
		const threads = await listThreads(event.locals.app.db, event.params.slug, requireUser(event).id, event.params.id);
		return json(threads, { headers: { 'cache-control': 'no-store' } });
	} catch (err) {
		if (err instanceof Refusal) error(err.status, err.code);
		throw err;
	}
};
