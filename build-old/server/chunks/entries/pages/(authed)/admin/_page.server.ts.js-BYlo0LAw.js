import { s as setCampaignAdmin, l as listUsers } from '../../../../chunks/accounts.js-BLX3_-TW.js';
import { p as parseForm, b as picklist, t as text$1, r as refused } from '../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../chunks/guard.js-DiCDU1AF.js';
import { R as Refusal } from '../../../../chunks/refusal.js-CqIAUhOf.js';
import * as v from 'valibot';

// src/routes/(authed)/admin/+page.server.ts
var load = async (event) => {
	if (!event.locals.user?.is_admin) pageError(event, new Refusal("forbidden", 403));
	return { users: await listUsers(event.locals.app.db) };
};
var actions = { admin: async (event) => {
	const user = requireUser(event);
	const parsed = parseForm(v.object({
		userId: text$1(64),
		admin: picklist(["grant", "revoke"])
	}), await event.request.formData());
	if (!parsed.ok) return parsed.failure;
	try {
		await setCampaignAdmin(event.locals.app.db, user, parsed.data.userId, parsed.data.admin === "grant");
	} catch (err) {
		return refused(err);
	}
	return { success: parsed.data.admin === "grant" ? "admin_granted" : "admin_revoked" };
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BYlo0LAw.js.map
