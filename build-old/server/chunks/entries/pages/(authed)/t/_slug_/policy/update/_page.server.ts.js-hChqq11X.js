import { p as pendingUpdate, g as acceptModelUpdate } from '../../../../../../../chunks/adaptation.js-Ba6M5iPZ.js';
import { p as parseForm, r as refused } from '../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { d as decideAllSuggestions } from '../../../../../../../chunks/merge.js-B1XQ_MNh.js';
import { R as Refusal } from '../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { A as redirect, B as fail } from '../../../../../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/(authed)/t/[slug]/policy/update/+page.server.ts
var load = async (event) => {
	try {
		const pending = await pendingUpdate(event.locals.app.db, event.params.slug, requireUser(event).id);
		if (!pending) redirect(303, `/t/${event.params.slug}/policy`);
		return pending;
	} catch (err) {
		pageError(event, err);
	}
};
var version = v.pipe(v.string("required"), v.regex(/^\d{1,6}$/, "invalid"), v.transform(Number));
var Accept = v.object({
	from: version,
	to: version,
	fingerprint: v.pipe(v.string("required"), v.regex(/^[0-9a-f]{32}$/, "invalid"))
});
var Bulk = v.object({ all: v.picklist(["accept", "reject"], "invalid") });
/** Decision fields: d:<hunk id> = accept | reject | custom, with the wording in c:<hunk id>. */
function readDecisions(form) {
	const decisions = {};
	for (const [name, value] of form) {
		if (!name.startsWith("d:") || typeof value !== "string") continue;
		const id = name.slice(2);
		if (id.length > 200) return null;
		if (value === "accept" || value === "reject") decisions[id] = value;
		else if (value === "custom") {
			const custom = form.get(`c:${id}`);
			if (typeof custom !== "string" || custom.length > 5e3) return null;
			decisions[id] = { custom };
		} else return null;
	}
	return decisions;
}
var actions = {
	apply: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(Accept, form);
		if (!parsed.ok) return parsed.failure;
		const decisions = readDecisions(form);
		if (!decisions) return refused(new Refusal("invalid"));
		try {
			await acceptModelUpdate(event.locals.app.db, event.params.slug, user.id, {
				...parsed.data,
				decisions
			});
		} catch (err) {
			if (err instanceof Refusal) return fail(err.status, {
				message: err.code,
				params: err.params,
				decisions
			});
			throw err;
		}
		redirect(303, `/t/${event.params.slug}/policy?updated=${parsed.data.to}`);
	},
	/** "Accept all" / "Reject all" for a browser without JavaScript: the choices, filled in, changing nothing. */
	choose: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(Bulk, form);
		if (!parsed.ok) return parsed.failure;
		const decisions = readDecisions(form);
		if (!decisions) return refused(new Refusal("invalid"));
		let pending;
		try {
			pending = await pendingUpdate(event.locals.app.db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		if (!pending) redirect(303, `/t/${event.params.slug}/policy`);
		return { decisions: decideAllSuggestions(pending.update, decisions, parsed.data.all) };
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-hChqq11X.js.map
