import { p as parseForm, r as refused } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { l as listTargets } from '../../../../../../chunks/scorecard2.js-D-c3nwHr.js';
import { a as addTactic, l as listTactics, b as linkableDocuments, T as TacticInput } from '../../../../../../chunks/tactics.js-Civd1z96.js';

// src/routes/(authed)/t/[slug]/tactics/+page.server.ts
var load = async (event) => {
	const { db } = event.locals.app;
	const { slug } = event.params;
	const userId = requireUser(event).id;
	try {
		const [tactics, targets, documents] = await Promise.all([
			listTactics(db, slug, userId),
			listTargets(db, slug, userId),
			linkableDocuments(db, slug, userId)
		]);
		return {
			tactics,
			targets,
			documents
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = { add: async (event) => {
	const user = requireUser(event);
	const form = await event.request.formData();
	const parsed = parseForm(TacticInput, form);
	if (!parsed.ok) return parsed.failure;
	try {
		await addTactic(event.locals.app.db, event.params.slug, user.id, parsed.data);
	} catch (err) {
		return refused(err, form);
	}
	return { success: "tactic_logged" };
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-s4YTaX8l.js.map
