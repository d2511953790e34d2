import { ACTIONS, can } from '$lib/roles';
import { teamAccess } from '$lib/server/teams';
import { pageError, requireUser } from '$lib/server/guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { locals, params } = event;
	try {
		const { team, role } = await teamAccess(locals.app.db, params.slug, requireUser(event).id);
		const allowed = Object.fromEntries(ACTIONS.map((a) => [a, can(role, a)])) as Record<(typeof ACTIONS)[number], boolean>;
		return { team, role, allowed };
	} catch (err) {
		pageError(event, err);
	}
};
