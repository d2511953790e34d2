import { p as parseForm, r as refused, t as text$1 } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { c as removeTarget, T as TargetInput, d as renameTarget, e as addSuggestedTargets, f as addTarget, g as scorecard } from '../../../../../../chunks/scorecard2.js-D-c3nwHr.js';
import * as v from 'valibot';

// src/routes/(authed)/t/[slug]/scorecard/+page.server.ts
var load = async (event) => {
	try {
		return await scorecard(event.locals.app.db, event.params.slug, requireUser(event).id);
	} catch (err) {
		pageError(event, err);
	}
};
var Target = v.object({ targetId: text$1(64) });
var actions = {
	addTarget: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(TargetInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await addTarget(event.locals.app.db, event.params.slug, user.id, parsed.data);
		} catch (err) {
			return refused(err, form);
		}
		return { success: "target_added" };
	},
	suggested: async (event) => {
		const user = requireUser(event);
		try {
			await addSuggestedTargets(event.locals.app.db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		return { success: "targets_added" };
	},
	renameTarget: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({
			targetId: text$1(64),
			name: TargetInput.entries.name
		}), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await renameTarget(event.locals.app.db, event.params.slug, user.id, parsed.data.targetId, parsed.data.name);
		} catch (err) {
			return refused(err, form);
		}
		return { success: "target_renamed" };
	},
	removeTarget: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(Target, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await removeTarget(event.locals.app.db, event.params.slug, user.id, parsed.data.targetId);
		} catch (err) {
			return refused(err);
		}
		return { success: "target_removed" };
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DL8akpfH.js.map
