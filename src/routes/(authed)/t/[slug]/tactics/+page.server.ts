import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { listTargets } from '$lib/server/scorecard';
import { addTactic, linkableDocuments, listTactics, TacticInput } from '$lib/server/tactics';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = event.locals.app;
	const { slug } = event.params;
	const userId = requireUser(event).id;
	try {
		const [tactics, targets, documents] = await Promise.all([listTactics(db, slug, userId), listTargets(db, slug, userId), linkableDocuments(db, slug, userId)]);
		return { tactics, targets, documents };
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	add: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(TacticInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await addTactic(event.locals.app.db, event.params.slug, user.id, parsed.data);
		} catch (err) {
			return refused(err, form);
		}
		return { success: 'tactic_logged' };
	}
};
