import { c as changePassword } from '../../../../chunks/accounts.js-BLX3_-TW.js';
import { r as revokeCalendarToken, c as createCalendarToken, a as calendarPath, b as calendarFeedStatus } from '../../../../chunks/calendar.js-Bv5xeEnq.js';
import '../../../../chunks/i18n.js-DfYLM2F_.js';
import { p as publicOrigin } from '../../../../chunks/origin.js-C_K1rKSC.js';
import { i as invalidateAllSessions } from '../../../../chunks/session.js-DRTce--L.js';
import { c as clearSessionCookie, a as clearSiteStorage, b as startSession } from '../../../../chunks/cookies.js-meQshAIL.js';
import { p as parseForm, a as password, r as refused } from '../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser } from '../../../../chunks/guard.js-DiCDU1AF.js';
import { R as Refusal } from '../../../../chunks/refusal.js-CqIAUhOf.js';
import { A as redirect } from '../../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/lib/server/assignment-mail.ts
/** Whether the person wants an email when someone assigns them a card (on unless turned off). */
async function assignmentEmailSetting(db, userId) {
	return (await db.selectFrom("user").select("assignment_email").where("id", "=", userId).executeTakeFirst())?.assignment_email !== 0;
}
async function setAssignmentEmail(db, userId, on) {
	await db.updateTable("user").set({ assignment_email: on ? 1 : 0 }).where("id", "=", userId).execute();
}
// src/routes/(authed)/account/+page.server.ts
var load = async (event) => {
	const { locals } = event;
	const user = requireUser(event);
	const sessions = await locals.app.db.selectFrom("session").select((eb) => eb.fn.countAll().as("n")).where("user_id", "=", user.id).executeTakeFirstOrThrow();
	return {
		sessions: Number(sessions.n),
		calendarFeed: await calendarFeedStatus(locals.app.db, user.id),
		assignmentEmail: await assignmentEmailSetting(locals.app.db, user.id)
	};
};
var actions = {
	password: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({
			currentPassword: password,
			newPassword: password
		}), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await changePassword(event.locals.app.db, user.id, parsed.data.currentPassword, parsed.data.newPassword);
		} catch (err) {
			const field = err instanceof Refusal && err.code === "password_wrong" ? "currentPassword" : "newPassword";
			return refused(err, form, field);
		}
		await startSession(event, user.id);
		return { success: "password_changed" };
	},
	calendarFeed: async (event) => {
		const user = requireUser(event);
		const token = await createCalendarToken(event.locals.app.db, user.id);
		return {
			calendar: "created",
			feedUrl: `${publicOrigin(event)}${calendarPath(token)}`
		};
	},
	calendarOff: async (event) => {
		const user = requireUser(event);
		await revokeCalendarToken(event.locals.app.db, user.id);
		return { calendar: "turned_off" };
	},
	assignmentEmail: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ assignmentEmail: v.optional(v.literal("1")) }), form);
		if (!parsed.ok) return parsed.failure;
		await setAssignmentEmail(event.locals.app.db, user.id, parsed.data.assignmentEmail === "1");
		return { notify: "saved" };
	},
	signOutEverywhere: async (event) => {
		const user = requireUser(event);
		await invalidateAllSessions(event.locals.app.db, user.id);
		clearSessionCookie(event);
		clearSiteStorage(event);
		redirect(303, "/signin?signed_out");
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-jE_HpjsW.js.map
