import { redirect } from '@sveltejs/kit';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { listTargets } from '$lib/server/scorecard';
import { deleteTactic, getTactic, linkableDocuments, TacticInput, updateTactic } from '$lib/server/tactics';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = event.locals.app;
	const { slug, id } = event.params;
	const userId = requireUser(event).id;
	try {
		const [tactic, targets, documents] = await Promise.all([getTactic(db, slug, userId, id), listTargets(db, slug, userId), linkableDocuments(db, slug, userId)]);
		return { tactic, targets, documents };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(TacticInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateTactic(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data);
		} catch (err) {
			return refused(err, form);
		}
		return { success: 'tactic_saved' };
	},
	delete: async (event) => {
		const user = requireUser(event);
		try {
			await deleteTactic(event.locals.app.db, event.params.slug, user.id, event.params.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, `/t/${event.params.slug}/tactics`);
	}
};
