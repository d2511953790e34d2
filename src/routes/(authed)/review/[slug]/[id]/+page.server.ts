import { redirect } from '@sveltejs/kit';
import { commentActions } from '$lib/server/doc-comment-actions';
import { authorNames } from '$lib/server/document-shares';
import { getDocument } from '$lib/server/documents';
import { Refusal } from '$lib/server/refusal';
import { pageError, requireUser } from '$lib/server/guard';
import { timeZoneOr, TIME_ZONE_COOKIE } from '$lib/server/my-tasks';
import { getTestimony } from '$lib/server/testimony';
import type { Actions, PageServerLoad } from './$types';

/** A document shared with me for review: I comment and suggest; the team decides. */
export const load: PageServerLoad = async (event) => {
	const { db } = event.locals.app;
	const userId = requireUser(event).id;
	try {
		const { document, canSuggest, reviewer, member } = await getDocument(db, event.params.slug, userId, event.params.id);
		// The team's own people (a viewer who reviews too) work on the team's page, with its navigation.
		if (member) redirect(303, `/t/${event.params.slug}/docs/${document.id}`);
		if (!reviewer) throw new Refusal('document_not_found', 404);
		// Not `team`: the site header would link to the team's pages, which are not the reviewer's.
		const byTeam = await db.selectFrom('team').select(['name', 'slug']).where('id', '=', document.team_id!).executeTakeFirstOrThrow();
		const testimony = document.kind === 'testimony' ? await getTestimony(db, event.params.slug, userId, document.id) : null;
		return {
			document,
			byTeam,
			canSuggest,
			testimony: testimony?.testimony ?? null,
			hearing: testimony?.hearing ?? null,
			members: await authorNames(db, document.id),
			now: Date.now(),
			viewerZone: timeZoneOr(event.cookies.get(TIME_ZONE_COOKIE))
		};
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = { ...commentActions };
