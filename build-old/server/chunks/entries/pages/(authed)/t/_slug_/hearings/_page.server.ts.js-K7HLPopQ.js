import { p as parseForm, r as refused } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { l as listHearings } from '../../../../../../chunks/hearings2.js-7VLYJc4A.js';
import { t as timeZoneOr } from '../../../../../../chunks/my-tasks.js-Lf6CVEWP.js';
import { R as Refusal } from '../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { c as createTestimony, l as listTestimony, N as NewTestimonyInput } from '../../../../../../chunks/testimony.js-_KidzKTn.js';
import { A as redirect } from '../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/hearings/+page.server.ts
var load = async (event) => {
	const { db } = event.locals.app;
	const now = Date.now();
	try {
		const { team } = await event.parent();
		const [hearings, unassigned] = await Promise.all([listHearings(db, event.params.slug, requireUser(event).id, now), listTestimony(db, team.id, null)]);
		return {
			...hearings,
			unassigned,
			now,
			viewerZone: timeZoneOr(event.cookies.get("tz"))
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = { testimony: async (event) => {
	const user = requireUser(event);
	const form = await event.request.formData();
	const parsed = parseForm(NewTestimonyInput, form);
	if (!parsed.ok) return parsed.failure;
	let id;
	try {
		id = (await createTestimony(event.locals.app.db, event.params.slug, user.id, parsed.data, event.locals.locale)).id;
	} catch (err) {
		return refused(err, form, err instanceof Refusal && typeof err.params.field === "string" ? err.params.field : void 0);
	}
	redirect(303, `/t/${event.params.slug}/testimony/${id}`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-K7HLPopQ.js.map
