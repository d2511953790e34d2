import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { ROLES } from '$lib/roles';
import { changeRole, leaveTeam, listMembers, removeMember, resettableMembers } from '$lib/server/members';
import { makeResetLink } from '$lib/server/auth/reset';
import { parseForm, picklist, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import { publicOrigin } from '$lib/server/origin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const user = requireUser(event);
		const { db } = event.locals.app;
		return { members: await listMembers(db, event.params.slug, user.id), resettable: await resettableMembers(db, event.params.slug, user) };
	} catch (err) {
		pageError(event, err);
	}
};

const Target = v.object({ userId: text(64) });

export const actions: Actions = {
	role: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ userId: text(64), role: picklist(ROLES) }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await changeRole(event.locals.app.db, event.params.slug, user.id, parsed.data.userId, parsed.data.role);
		} catch (err) {
			return refused(err);
		}
		return { success: 'role_changed' };
	},
	remove: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(Target, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await removeMember(event.locals.app.db, event.params.slug, user.id, parsed.data.userId);
		} catch (err) {
			return refused(err);
		}
		return { success: 'member_removed' };
	},
	leave: async (event) => {
		const user = requireUser(event);
		try {
			await leaveTeam(event.locals.app.db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, '/');
	},
	resetLink: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(Target, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const input = { slug: event.params.slug, actor: user, targetId: parsed.data.userId, origin: publicOrigin(event), locale: event.locals.locale };
			const { link, notified } = await makeResetLink(event.locals.app, input);
			return { resetLink: link, resetFor: parsed.data.userId, resetNotified: notified };
		} catch (err) {
			return refused(err);
		}
	}
};

