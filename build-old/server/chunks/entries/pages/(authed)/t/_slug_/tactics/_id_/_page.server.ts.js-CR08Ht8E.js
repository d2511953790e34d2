import { r as refused, p as parseForm } from '../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { l as listTargets } from '../../../../../../../chunks/scorecard2.js-D-c3nwHr.js';
import { d as deleteTactic, u as updateTactic, g as getTactic, b as linkableDocuments, T as TacticInput } from '../../../../../../../chunks/tactics.js-Civd1z96.js';
import { A as redirect } from '../../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/tactics/[id]/+page.server.ts
var load = async (event) => {
	const { db } = event.locals.app;
	const { slug, id } = event.params;
	const userId = requireUser(event).id;
	try {
		const [tactic, targets, documents] = await Promise.all([
			getTactic(db, slug, userId, id),
			listTargets(db, slug, userId),
			linkableDocuments(db, slug, userId)
		]);
		return {
			tactic,
			targets,
			documents
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(TacticInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateTactic(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data);
		} catch (err) {
			return refused(err, form);
		}
		return { success: "tactic_saved" };
	},
	delete: async (event) => {
		const user = requireUser(event);
		try {
			await deleteTactic(event.locals.app.db, event.params.slug, user.id, event.params.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, `/t/${event.params.slug}/tactics`);
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CR08Ht8E.js.map
