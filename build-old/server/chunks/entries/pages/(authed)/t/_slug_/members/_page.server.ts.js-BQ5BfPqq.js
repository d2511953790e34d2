import { R as ROLES } from '../../../../../../chunks/roles.js-C7S8Lfoc.js';
import { b as leaveTeam, r as removeMember, c as changeRole, d as resettableMembers, l as listMembers } from '../../../../../../chunks/members.js-L2XGN1de.js';
import { m as makeResetLink } from '../../../../../../chunks/reset.js-DLs1BJa7.js';
import { p as parseForm, r as refused, b as picklist, t as text$1 } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { p as publicOrigin } from '../../../../../../chunks/origin.js-C_K1rKSC.js';
import { A as redirect } from '../../../../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/(authed)/t/[slug]/members/+page.server.ts
var load = async (event) => {
	try {
		const user = requireUser(event);
		const { db } = event.locals.app;
		return {
			members: await listMembers(db, event.params.slug, user.id),
			resettable: await resettableMembers(db, event.params.slug, user)
		};
	} catch (err) {
		pageError(event, err);
	}
};
var Target = v.object({ userId: text$1(64) });
var actions = {
	role: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({
			userId: text$1(64),
			role: picklist(ROLES)
		}), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await changeRole(event.locals.app.db, event.params.slug, user.id, parsed.data.userId, parsed.data.role);
		} catch (err) {
			return refused(err);
		}
		return { success: "role_changed" };
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
		return { success: "member_removed" };
	},
	leave: async (event) => {
		const user = requireUser(event);
		try {
			await leaveTeam(event.locals.app.db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, "/");
	},
	resetLink: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(Target, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const input = {
				slug: event.params.slug,
				actor: user,
				targetId: parsed.data.userId,
				origin: publicOrigin(event),
				locale: event.locals.locale
			};
			const { link, notified } = await makeResetLink(event.locals.app, input);
			return {
				resetLink: link,
				resetFor: parsed.data.userId,
				resetNotified: notified
			};
		} catch (err) {
			return refused(err);
		}
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BQ5BfPqq.js.map
