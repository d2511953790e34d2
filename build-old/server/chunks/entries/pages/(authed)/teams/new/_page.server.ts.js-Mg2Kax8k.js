import { h as createTeam } from '../../../../../chunks/teams.js-DRa-kSv4.js';
import { p as parseForm } from '../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser } from '../../../../../chunks/guard.js-DiCDU1AF.js';
import { T as TeamForm } from '../../../../../chunks/team-form.js-D1FA1bZO.js';
import { A as redirect } from '../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/teams/new/+page.server.ts
var actions = { default: async (event) => {
	const user = requireUser(event);
	const parsed = parseForm(TeamForm, await event.request.formData());
	if (!parsed.ok) return parsed.failure;
	const team = await createTeam(event.locals.app.db, user.id, parsed.data);
	redirect(303, `/t/${team.slug}`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Mg2Kax8k.js.map
