import * as v from 'valibot';
import { listUsers, setCampaignAdmin } from '$lib/server/accounts';
import { parseForm, picklist, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.user?.is_admin) pageError(event, new Refusal('forbidden', 403));
	return { users: await listUsers(event.locals.app.db) };
};

export const actions: Actions = {
	admin: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ userId: text(64), admin: picklist(['grant', 'revoke'] as const) }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await setCampaignAdmin(event.locals.app.db, user, parsed.data.userId, parsed.data.admin === 'grant');
		} catch (err) {
			return refused(err);
		}
		return { success: parsed.data.admin === 'grant' ? 'admin_granted' : 'admin_revoked' };
	}
};
