import { redirect } from '@sveltejs/kit';
import { createTeam } from '$lib/server/teams';
import { parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import { TeamForm } from '$lib/server/team-form';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(TeamForm, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		const team = await createTeam(event.locals.app.db, user.id, parsed.data);
		redirect(303, `/t/${team.slug}`);
	}
};
