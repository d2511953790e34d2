import { redirect } from '@sveltejs/kit';
import { documentActions } from '$lib/server/document-actions';
import { getDocument, RICH_TEXT_KINDS } from '$lib/server/documents';
import { commentActions } from '$lib/server/doc-comment-actions';
import { pageError, requireUser } from '$lib/server/guard';
import { authorNames, listReviewers } from '$lib/server/document-shares';
import { reviewActions } from '$lib/server/review-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const userId = requireUser(event).id;
		const { db } = event.locals.app;
		const { document, canEdit, reviewer, canSuggest } = await getDocument(db, event.params.slug, userId, event.params.id);
		if (document.kind === 'testimony') redirect(303, `/t/${event.params.slug}/testimony/${document.id}`);
		if (!RICH_TEXT_KINDS.includes(document.kind)) redirect(303, `/t/${event.params.slug}/policy`);
		return { document, canEdit, reviewer, canSuggest, members: await authorNames(db, document.id), reviewers: await listReviewers(db, event.params.slug, userId, document.id) };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	...documentActions({ renamed: 'document_renamed', archived: 'document_archived', restored: 'document_restored' }),
	...commentActions,
	...reviewActions
};
