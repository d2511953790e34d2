import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { entryHistory, EntryInput, setEntry } from '$lib/server/scorecard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = event.locals.app;
	const { slug, target, rule } = event.params;
	try {
		return await entryHistory(db, slug, requireUser(event).id, target, rule);
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	set: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(EntryInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await setEntry(event.locals.app.db, event.params.slug, user.id, event.params.target, event.params.rule, parsed.data);
		} catch (err) {
			return refused(err, form);
		}
		return { success: 'entry_saved' };
	}
};
