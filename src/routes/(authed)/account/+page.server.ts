import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { changePassword } from '$lib/server/accounts';
import { calendarFeedStatus, calendarPath, createCalendarToken, revokeCalendarToken } from '$lib/server/calendar';
import { assignmentEmailSetting, setAssignmentEmail } from '$lib/server/assignment-mail';
import { publicOrigin } from '$lib/server/origin';
import { invalidateAllSessions } from '$lib/server/auth/session';
import { clearSessionCookie, clearSiteStorage, startSession } from '$lib/server/auth/cookies';
import { parseForm, password, refused } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { locals } = event;
	const user = requireUser(event);
	const sessions = await locals.app.db
		.selectFrom('session')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', user.id)
		.executeTakeFirstOrThrow();
	return {
		sessions: Number(sessions.n),
		calendarFeed: await calendarFeedStatus(locals.app.db, user.id),
		assignmentEmail: await assignmentEmailSetting(locals.app.db, user.id)
	};
};

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ currentPassword: password, newPassword: password }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await changePassword(event.locals.app.db, user.id, parsed.data.currentPassword, parsed.data.newPassword);
		} catch (err) {
			const field = err instanceof Refusal && err.code === 'password_wrong' ? 'currentPassword' : 'newPassword';
			return refused(err, form, field);
		}
		// Every other device is signed out; this one gets a fresh session.
		await startSession(event, user.id);
		return { success: 'password_changed' };
	},
	// Makes the feed link, or replaces it (the old one stops working at once); shown this once.
	calendarFeed: async (event) => {
		const user = requireUser(event);
		const token = await createCalendarToken(event.locals.app.db, user.id);
		return { calendar: 'created', feedUrl: `${publicOrigin(event)}${calendarPath(token)}` };
	},
	calendarOff: async (event) => {
		const user = requireUser(event);
		await revokeCalendarToken(event.locals.app.db, user.id);
		return { calendar: 'turned_off' };
	},
	assignmentEmail: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ assignmentEmail: v.optional(v.literal('1')) }), form);
		if (!parsed.ok) return parsed.failure;
		await setAssignmentEmail(event.locals.app.db, user.id, parsed.data.assignmentEmail === '1');
		return { notify: 'saved' };
	},
	signOutEverywhere: async (event) => {
		const user = requireUser(event);
		await invalidateAllSessions(event.locals.app.db, user.id);
		clearSessionCookie(event);
		clearSiteStorage(event);
		redirect(303, '/signin?signed_out');
	}
};
