import { p as parseForm, r as refused } from '../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { t as typedHearingValues, e as createHearing, f as teamTimeZone, H as HearingInput } from '../../../../../../../chunks/hearings2.js-7VLYJc4A.js';
import { t as timeZoneOr } from '../../../../../../../chunks/my-tasks.js-Lf6CVEWP.js';
import { a as authorize } from '../../../../../../../chunks/teams.js-DRa-kSv4.js';
import { R as Refusal } from '../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { B as fail, A as redirect } from '../../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/hearings/new/+page.server.ts
var load = async (event) => {
	const { db } = event.locals.app;
	try {
		const { team } = await authorize(db, event.params.slug, requireUser(event).id, "playbook.edit");
		const zone = await teamTimeZone(db, team.id);
		return {
			timeZone: zone ?? timeZoneOr(event.cookies.get("tz")),
			zoneFromBrowser: zone === null
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = { create: async (event) => {
	const user = requireUser(event);
	const form = await event.request.formData();
	const parsed = parseForm(HearingInput, form);
	if (!parsed.ok) return fail(400, {
		errors: parsed.failure.data.errors,
		values: typedHearingValues(form)
	});
	let id;
	try {
		id = (await createHearing(event.locals.app.db, event.params.slug, user.id, typedHearingValues(form))).id;
	} catch (err) {
		const failure = refused(err, form, err instanceof Refusal && typeof err.params.field === "string" ? err.params.field : void 0);
		return fail(failure.status, {
			...failure.data,
			values: typedHearingValues(form)
		});
	}
	redirect(303, `/t/${event.params.slug}/hearings/${id}?created`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CZWTAEhb.js.map
