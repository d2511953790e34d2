import { R as ROLES } from '../../../../../../chunks/roles.js-C7S8Lfoc.js';
import { r as revokeInvite, c as createInvite, l as listInvites } from '../../../../../../chunks/invites.js-7Yb4Oz_K.js';
import { p as parseForm, t as text$1, r as refused, b as picklist } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { p as publicOrigin } from '../../../../../../chunks/origin.js-C_K1rKSC.js';
import * as v from 'valibot';

// src/routes/(authed)/t/[slug]/invites/+page.server.ts
var load = async (event) => {
	try {
		return {
			invites: await listInvites(event.locals.app.db, event.params.slug, requireUser(event).id),
			defaultDays: 7
		};
	} catch (err) {
		pageError(event, err);
	}
};
var whole = (min, max) => v.pipe(v.string("required"), v.trim(), v.regex(/^\d{1,4}$/, "whole_number"), v.transform(Number), v.minValue(min, "out_of_range"), v.maxValue(max, "out_of_range"));
var NewInvite = v.object({
	role: picklist(ROLES),
	days: whole(1, 90),
	maxUses: whole(1, 500)
});
var actions = {
	create: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(NewInvite, form);
		if (!parsed.ok) return parsed.failure;
		try {
			const token = await createInvite(event.locals.app.db, event.params.slug, user.id, parsed.data);
			return {
				success: "invite_created",
				link: `${publicOrigin(event)}/invite/${token}`
			};
		} catch (err) {
			return refused(err, form);
		}
	},
	revoke: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ inviteId: text$1(64) }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await revokeInvite(event.locals.app.db, event.params.slug, user.id, parsed.data.inviteId);
		} catch (err) {
			return refused(err);
		}
		return { success: "invite_revoked" };
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CkYFXMla.js.map
