import { redirect } from '@sveltejs/kit';
import { adaptModel, findAdaptation, namesChanged, pendingUpdate, refillNames } from '$lib/server/adaptation';
import { getVersion, latestVersion } from '$lib/server/model-policy';
import { refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import type { SlotValues } from '$lib/policy/model';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { team } = await event.parent();
	const { db } = event.locals.app;
	try {
		const adaptation = await findAdaptation(db, team.id);
		if (!adaptation) return { adaptation: null, model: await latestVersion(db) };
		const [base, pending] = await Promise.all([getVersion(db, adaptation.base_version), pendingUpdate(db, team.slug, requireUser(event).id)]);
		return {
			adaptation: { documentId: adaptation.document_id, baseVersion: adaptation.base_version },
			model: base,
			update: pending && { toVersion: pending.update.toVersion, notes: pending.update.notes, summary: pending.update.summary },
			namesChanged: namesChanged(team, JSON.parse(adaptation.slot_values) as SlotValues),
			values: JSON.parse(adaptation.slot_values) as SlotValues
		};
	} catch (err) {
		pageError(event, err);
	}
};

export const actions: Actions = {
	adapt: async (event) => {
		const user = requireUser(event);
		try {
			await adaptModel(event.locals.app.db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, `/t/${event.params.slug}/policy`);
	},
	refill: async (event) => {
		const user = requireUser(event);
		try {
			const count = await refillNames(event.locals.app.db, event.params.slug, user.id);
			return { success: 'names_refilled', params: { count } };
		} catch (err) {
			return refused(err);
		}
	}
};
