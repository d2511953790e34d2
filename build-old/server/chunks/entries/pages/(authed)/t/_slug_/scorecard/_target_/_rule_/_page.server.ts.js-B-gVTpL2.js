import { p as parseForm, r as refused } from '../../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { h as setEntry, i as entryHistory, E as EntryInput } from '../../../../../../../../chunks/scorecard2.js-D-c3nwHr.js';

// src/routes/(authed)/t/[slug]/scorecard/[target]/[rule]/+page.server.ts
var load = async (event) => {
	const { db } = event.locals.app;
	const { slug, target, rule } = event.params;
	try {
		return await entryHistory(db, slug, requireUser(event).id, target, rule);
	} catch (err) {
		pageError(event, err);
	}
};
var actions = { set: async (event) => {
	const user = requireUser(event);
	const form = await event.request.formData();
	const parsed = parseForm(EntryInput, form);
	if (!parsed.ok) return parsed.failure;
	try {
		await setEntry(event.locals.app.db, event.params.slug, user.id, event.params.target, event.params.rule, parsed.data);
	} catch (err) {
		return refused(err, form);
	}
	return { success: "entry_saved" };
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B-gVTpL2.js.map
