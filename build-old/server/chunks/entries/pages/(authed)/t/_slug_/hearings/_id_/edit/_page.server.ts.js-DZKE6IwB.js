import { p as parseForm, r as refused } from '../../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { t as typedHearingValues, b as updateHearing, g as getHearing, c as hearingFormValues, H as HearingInput } from '../../../../../../../../chunks/hearings2.js-7VLYJc4A.js';
import { R as Refusal } from '../../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { t as translate } from '../../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import { B as fail, A as redirect, v as error } from '../../../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/hearings/[id]/edit/+page.server.ts
var load = async (event) => {
	try {
		const { hearing, canEdit } = await getHearing(event.locals.app.db, event.params.slug, requireUser(event).id, event.params.id);
		if (!canEdit) error(403, translate(event.locals.locale, "errors.forbidden"));
		return {
			hearing,
			values: hearingFormValues(hearing)
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = { save: async (event) => {
	const user = requireUser(event);
	const form = await event.request.formData();
	const parsed = parseForm(HearingInput, form);
	if (!parsed.ok) return fail(400, {
		errors: parsed.failure.data.errors,
		values: typedHearingValues(form)
	});
	try {
		await updateHearing(event.locals.app.db, event.params.slug, user.id, event.params.id, typedHearingValues(form));
	} catch (err) {
		const failure = refused(err, form, err instanceof Refusal && typeof err.params.field === "string" ? err.params.field : void 0);
		return fail(failure.status, {
			...failure.data,
			values: typedHearingValues(form)
		});
	}
	redirect(303, `/t/${event.params.slug}/hearings/${event.params.id}`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DZKE6IwB.js.map
