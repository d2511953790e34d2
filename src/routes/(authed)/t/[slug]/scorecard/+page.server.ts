import * as v from 'valibot';
import { parseForm, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { addSuggestedTargets, addTarget, removeTarget, renameTarget, scorecard, TargetInput } from '$lib/server/scorecard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await scorecard(event.locals.app.db, event.params.slug, requireUser(event).id);
	} catch (err) {
		pageError(event, err);
	}
};

const Target = v.object({ targetId: text(64) });

export const actions: Actions = {
	addTarget: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(TargetInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await addTarget(event.locals.app.db, event.params.slug, user.id, parsed.data);
		} catch (err) {
			return refused(err, form);
		}
		return { success: 'target_added' };
	},
	suggested: async (event) => {
		const user = requireUser(event);
		try {
			await addSuggestedTargets(event.locals.app.db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		return { success: 'targets_added' };
	},
	renameTarget: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ targetId: text(64), name: TargetInput.entries.name }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await renameTarget(event.locals.app.db, event.params.slug, user.id, parsed.data.targetId, parsed.data.name);
		} catch (err) {
			return refused(err, form);
		}
		return { success: 'target_renamed' };
	},
	removeTarget: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(Target, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await removeTarget(event.locals.app.db, event.params.slug, user.id, parsed.data.targetId);
		} catch (err) {
			return refused(err);
		}
		return { success: 'target_removed' };
	}
};
