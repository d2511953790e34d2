import { fail, redirect } from '@sveltejs/kit';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { createHearing, HearingInput, teamTimeZone, typedHearingValues } from '$lib/server/hearings';
import { timeZoneOr, TIME_ZONE_COOKIE } from '$lib/server/my-tasks';
import { authorize } from '$lib/server/teams';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = event.locals.app;
	try {
		const { team } = await authorize(db, event.params.slug, requireUser(event).id, 'playbook.edit');
		const zone = await teamTimeZone(db, team.id);
		// The zone the team used last; else the browser's (from its cookie, or set once the page runs).
		return { timeZone: zone ?? timeZoneOr(event.cookies.get(TIME_ZONE_COOKIE)), zoneFromBrowser: zone === null };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(HearingInput, form);
		if (!parsed.ok) return fail(400, { errors: parsed.failure.data.errors, values: typedHearingValues(form) });
		let id: string;
		try {
			id = (await createHearing(event.locals.app.db, event.params.slug, user.id, typedHearingValues(form))).id;
		} catch (err) {
			const failure = refused(err, form, err instanceof Refusal && typeof err.params.field === 'string' ? err.params.field : undefined);
			return fail(failure.status, { ...failure.data, values: typedHearingValues(form) });
		}
		redirect(303, `/t/${event.params.slug}/hearings/${id}?created`);
	}
};
