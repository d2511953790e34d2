import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { deleteTeam, teamAccess, updateTeam } from '$lib/server/teams';
import { parseForm, refused } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { can } from '$lib/roles';
import { Refusal } from '$lib/server/refusal';
import { TeamForm } from '$lib/server/team-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { role } = await teamAccess(event.locals.app.db, event.params.slug, requireUser(event).id);
	if (!can(role, 'team.edit')) pageError(event, new Refusal('forbidden', 403));
	return {};
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(TeamForm, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateTeam(event.locals.app.db, event.params.slug, user.id, parsed.data);
		} catch (err) {
			return refused(err, form);
		}
		return { success: 'team_saved' };
	},
	delete: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ confirm: v.pipe(v.string('required'), v.trim()) }), form);
		if (!parsed.ok) return parsed.failure;
		const { db } = event.locals.app;
		try {
			const { team } = await teamAccess(db, event.params.slug, user.id);
			if (parsed.data.confirm !== team.name) return fail(400, { errors: { confirm: 'confirm_mismatch' } });
			await deleteTeam(db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, '/');
	}
};
