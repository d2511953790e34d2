import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { BOARD_NAME_MAX, createBoard, listBoards } from '$lib/server/boards';
import { parseForm, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const archived = event.url.searchParams.has('archived');
	try {
		const boards = await listBoards(event.locals.app.db, event.params.slug, requireUser(event).id, { archived, locale: event.locals.locale });
		return { boards, archived };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ name: text(BOARD_NAME_MAX) }), form);
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await createBoard(event.locals.app.db, event.params.slug, user.id, parsed.data, event.locals.locale));
		} catch (err) {
			return refused(err, form, 'name');
		}
		redirect(303, `/t/${event.params.slug}/boards/${id}`);
	}
};
