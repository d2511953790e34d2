import * as v from 'valibot';
import { redirect } from '@sveltejs/kit';
import { archiveDocument, getDocument, renameDocument, RICH_TEXT_KINDS } from '$lib/server/documents';
import { commentActions } from '$lib/server/doc-comment-actions';
import { parseForm, picklist, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { document, canEdit } = await getDocument(event.locals.app.db, event.params.slug, requireUser(event).id, event.params.id);
		if (document.kind === 'testimony') redirect(303, `/t/${event.params.slug}/testimony/${document.id}`);
		if (!RICH_TEXT_KINDS.includes(document.kind)) redirect(303, `/t/${event.params.slug}/policy`);
		return { document, canEdit };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	rename: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ title: text(200) }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await renameDocument(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.title);
		} catch (err) {
			return refused(err, form, 'title');
		}
		return { success: 'document_renamed' };
	},
	archive: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ archived: picklist(['yes', 'no'] as const) }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await archiveDocument(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.archived === 'yes');
		} catch (err) {
			return refused(err);
		}
		return { success: parsed.data.archived === 'yes' ? 'document_archived' : 'document_restored' };
	},
	...commentActions
};
