import { redirect } from '@sveltejs/kit';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { listHearings } from '$lib/server/hearings';
import { timeZoneOr, TIME_ZONE_COOKIE } from '$lib/server/my-tasks';
import { Refusal } from '$lib/server/refusal';
import { createTestimony, listTestimony, NewTestimonyInput } from '$lib/server/testimony';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = event.locals.app;
	const now = Date.now();
	try {
		const { team } = await event.parent();
		const [hearings, unassigned] = await Promise.all([listHearings(db, event.params.slug, requireUser(event).id, now), listTestimony(db, team.id, null)]);
		return { ...hearings, unassigned, now, viewerZone: timeZoneOr(event.cookies.get(TIME_ZONE_COOKIE)) };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	testimony: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(NewTestimonyInput, form);
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			id = (await createTestimony(event.locals.app.db, event.params.slug, user.id, parsed.data, event.locals.locale)).id;
		} catch (err) {
			return refused(err, form, err instanceof Refusal && typeof err.params.field === 'string' ? err.params.field : undefined);
		}
		redirect(303, `/t/${event.params.slug}/testimony/${id}`);
	}
};
