import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { createDocument, listDocuments } from '$lib/server/documents';
import { parseForm, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const archived = event.url.searchParams.has('archived');
	try {
		return { documents: await listDocuments(event.locals.app.db, event.params.slug, requireUser(event).id, { archived }), archived };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ title: text(200) }), form);
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await createDocument(event.locals.app.db, event.params.slug, user.id, parsed.data));
		} catch (err) {
			return refused(err, form, 'title');
		}
		redirect(303, `/t/${event.params.slug}/docs/${id}`);
	}
};
