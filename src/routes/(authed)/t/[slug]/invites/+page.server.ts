import * as v from 'valibot';
import { ROLES } from '$lib/roles';
import { createInvite, INVITE_DEFAULT_DAYS, listInvites, revokeInvite } from '$lib/server/invites';
import { parseForm, picklist, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { publicOrigin } from '$lib/server/origin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return { invites: await listInvites(event.locals.app.db, event.params.slug, requireUser(event).id), defaultDays: INVITE_DEFAULT_DAYS };
	} catch (err) {
		pageError(event, err);
	}
};

const whole = (min: number, max: number) =>
	v.pipe(v.string('required'), v.trim(), v.regex(/^\d{1,4}$/, 'whole_number'), v.transform(Number), v.minValue(min, 'out_of_range'), v.maxValue(max, 'out_of_range'));

const NewInvite = v.object({ role: picklist(ROLES), days: whole(1, 90), maxUses: whole(1, 500) });

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(NewInvite, form);
		if (!parsed.ok) return parsed.failure;
		try {
			const token = await createInvite(event.locals.app.db, event.params.slug, user.id, parsed.data);
			return { success: 'invite_created', link: `${publicOrigin(event)}/invite/${token}` };
		} catch (err) {
			return refused(err, form);
		}
	},
	revoke: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ inviteId: text(64) }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await revokeInvite(event.locals.app.db, event.params.slug, user.id, parsed.data.inviteId);
		} catch (err) {
			return refused(err);
		}
		return { success: 'invite_revoked' };
	}
};
