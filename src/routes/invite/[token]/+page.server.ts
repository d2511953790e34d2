import { redirect } from '@sveltejs/kit';
import { acceptInvite, openInvite } from '$lib/server/invites';
import { refused } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const invite = await openInvite(locals.app.db, params.token);
		return { valid: true as const, team: { name: invite.name, jurisdiction: invite.jurisdiction_name, state: invite.state }, role: invite.role, here: url.pathname };
	} catch (err) {
		if (err instanceof Refusal) return { valid: false as const, problem: err.code, here: url.pathname };
		throw err;
	}
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		let slug: string;
		try {
			({ slug } = await acceptInvite(event.locals.app.db, event.params.token, user.id));
		} catch (err) {
			return refused(err);
		}
		redirect(303, `/t/${slug}`);
	}
};
