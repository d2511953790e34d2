import { t as teamAccess, f as deleteTeam, u as updateTeam } from '../../../../../../chunks/teams.js-DRa-kSv4.js';
import { p as parseForm, r as refused } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { c as can } from '../../../../../../chunks/roles.js-C7S8Lfoc.js';
import { R as Refusal } from '../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { T as TeamForm } from '../../../../../../chunks/team-form.js-D1FA1bZO.js';
import { B as fail, A as redirect } from '../../../../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/(authed)/t/[slug]/settings/+page.server.ts
var load = async (event) => {
	const { role } = await teamAccess(event.locals.app.db, event.params.slug, requireUser(event).id);
	if (!can(role, "team.edit")) pageError(event, new Refusal("forbidden", 403));
	return {};
};
var actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(TeamForm, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateTeam(event.locals.app.db, event.params.slug, user.id, parsed.data);
		} catch (err) {
			return refused(err, form);
		}
		return { success: "team_saved" };
	},
	delete: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ confirm: v.pipe(v.string("required"), v.trim()) }), form);
		if (!parsed.ok) return parsed.failure;
		const { db } = event.locals.app;
		try {
			const { team } = await teamAccess(db, event.params.slug, user.id);
			if (parsed.data.confirm !== team.name) return fail(400, { errors: { confirm: "confirm_mismatch" } });
			await deleteTeam(db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, "/");
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Dc8k7siD.js.map
