import { p as publishDraft, l as listVersions, d as draftReview } from '../../../../../chunks/model-policy.js-dJ2Mdan-.js';
import { p as parseForm, r as refused, t as text$1 } from '../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../chunks/guard.js-DiCDU1AF.js';
import { A as redirect } from '../../../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/(authed)/admin/model/+page.server.ts
var load = async (event) => {
	const user = requireUser(event);
	const { db } = event.locals.app;
	try {
		return {
			...await draftReview(db, user),
			versions: await listVersions(db)
		};
	} catch (err) {
		pageError(event, err);
	}
};
var Publish = v.object({
	notes: text$1(2e3, { multiline: true }),
	expected: v.pipe(v.string("required"), v.regex(/^\d{1,6}$/, "invalid"), v.transform(Number))
});
var actions = { publish: async (event) => {
	const user = requireUser(event);
	const form = await event.request.formData();
	const parsed = parseForm(Publish, form);
	if (!parsed.ok) return parsed.failure;
	let version;
	try {
		({version} = await publishDraft(event.locals.app.db, user, parsed.data.notes, parsed.data.expected));
	} catch (err) {
		return refused(err, form);
	}
	redirect(303, `/admin/model?published=${version}`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-r807JAnU.js.map
