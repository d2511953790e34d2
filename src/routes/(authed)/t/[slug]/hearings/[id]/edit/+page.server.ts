import { error, fail, redirect } from '@sveltejs/kit';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { getHearing, HearingInput, hearingFormValues, typedHearingValues, updateHearing } from '$lib/server/hearings';
import { Refusal } from '$lib/server/refusal';
import { translate } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { hearing, canEdit } = await getHearing(event.locals.app.db, event.params.slug, requireUser(event).id, event.params.id);
		if (!canEdit) error(403, translate(event.locals.locale, 'errors.forbidden'));
		return { hearing, values: hearingFormValues(hearing) };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(HearingInput, form);
		if (!parsed.ok) return fail(400, { errors: parsed.failure.data.errors, values: typedHearingValues(form) });
		try {
			await updateHearing(event.locals.app.db, event.params.slug, user.id, event.params.id, typedHearingValues(form));
		} catch (err) {
			const failure = refused(err, form, err instanceof Refusal && typeof err.params.field === 'string' ? err.params.field : undefined);
			return fail(failure.status, { ...failure.data, values: typedHearingValues(form) });
		}
		redirect(303, `/t/${event.params.slug}/hearings/${event.params.id}`);
	}
};
