import { redirect } from '@sveltejs/kit';
import { documentActions } from '$lib/server/document-actions';
import { getDocument, RICH_TEXT_KINDS } from '$lib/server/documents';
import { commentActions } from '$lib/server/doc-comment-actions';
import { pageError, requireUser } from '$lib/server/guard';
import { memberNames } from '$lib/server/members';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const userId = requireUser(event).id;
		const { document, canEdit } = await getDocument(event.locals.app.db, event.params.slug, userId, event.params.id);
		if (document.kind === 'testimony') redirect(303, `/t/${event.params.slug}/testimony/${document.id}`);
		if (!RICH_TEXT_KINDS.includes(document.kind)) redirect(303, `/t/${event.params.slug}/policy`);
		return { document, canEdit, members: await memberNames(event.locals.app.db, event.params.slug, userId) };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	...documentActions({ renamed: 'document_renamed', archived: 'document_archived', restored: 'document_restored' }),
	...commentActions
};
