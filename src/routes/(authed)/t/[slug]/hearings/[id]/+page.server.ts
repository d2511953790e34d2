import { fail, redirect } from '@sveltejs/kit';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { deleteHearing, getHearing, hearingPrep, prepareHearing, prepBoards } from '$lib/server/hearings';
import { timeZoneOr, TIME_ZONE_COOKIE } from '$lib/server/my-tasks';
import { Refusal } from '$lib/server/refusal';
import { createTestimony, listTestimony, NewTestimonyInput } from '$lib/server/testimony';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = event.locals.app;
	try {
		const { team, hearing, canEdit, canDelete } = await getHearing(db, event.params.slug, requireUser(event).id, event.params.id);
		const [testimony, prep, boards] = await Promise.all([listTestimony(db, team.id, hearing.id), hearingPrep(db, hearing.id), canEdit ? prepBoards(db, team.id) : []]);
		return {
			hearing,
			canEdit,
			canDelete,
			testimony,
			prep,
			boards,
			created: event.url.searchParams.has('created'),
			now: Date.now(),
			viewerZone: timeZoneOr(event.cookies.get(TIME_ZONE_COOKIE))
		};
	} catch (err) {
		pageError(event, err);
	}
};

/** A domain refusal on a form, on the field it names if it names one. */
function refusedOn(err: unknown, form: FormData) {
	return refused(err, form, err instanceof Refusal && typeof err.params.field === 'string' ? err.params.field : undefined);
}

export const actions: Actions = {
	testimony: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		form.set('hearingId', event.params.id);
		const parsed = parseForm(NewTestimonyInput, form);
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			id = (await createTestimony(event.locals.app.db, event.params.slug, user.id, parsed.data, event.locals.locale)).id;
		} catch (err) {
			return refusedOn(err, form);
		}
		redirect(303, `/t/${event.params.slug}/testimony/${id}`);
	},
	prepare: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const boardId = form.get('boardId');
		try {
			const result = await prepareHearing(event.locals.app.db, event.params.slug, user.id, event.params.id, {
				boardId: typeof boardId === 'string' && boardId ? boardId : null,
				locale: event.locals.locale
			});
			return { prepared: result.created ? 'made' : 'exists', boardId: result.boardId };
		} catch (err) {
			return refused(err);
		}
	},
	delete: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') return fail(400, { message: 'invalid' });
		try {
			await deleteHearing(event.locals.app.db, event.params.slug, user.id, event.params.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, `/t/${event.params.slug}/hearings`);
	}
};
