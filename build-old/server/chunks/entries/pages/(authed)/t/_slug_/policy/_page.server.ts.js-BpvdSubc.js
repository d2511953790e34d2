import { r as refillNames, c as adaptModel, f as findAdaptation, p as pendingUpdate, n as namesChanged } from '../../../../../../chunks/adaptation.js-Ba6M5iPZ.js';
import { a as latestVersion, g as getVersion } from '../../../../../../chunks/model-policy.js-dJ2Mdan-.js';
import { r as refused } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { A as redirect } from '../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/policy/+page.server.ts
var load = async (event) => {
	const { team } = await event.parent();
	const { db } = event.locals.app;
	try {
		const adaptation = await findAdaptation(db, team.id);
		if (!adaptation) return {
			adaptation: null,
			model: await latestVersion(db)
		};
		const [base, pending] = await Promise.all([getVersion(db, adaptation.base_version), pendingUpdate(db, team.slug, requireUser(event).id)]);
		return {
			adaptation: {
				documentId: adaptation.document_id,
				baseVersion: adaptation.base_version
			},
			model: base,
			update: pending && {
				toVersion: pending.update.toVersion,
				notes: pending.update.notes,
				summary: pending.update.summary
			},
			namesChanged: namesChanged(team, JSON.parse(adaptation.slot_values)),
			values: JSON.parse(adaptation.slot_values)
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = {
	adapt: async (event) => {
		const user = requireUser(event);
		try {
			await adaptModel(event.locals.app.db, event.params.slug, user.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, `/t/${event.params.slug}/policy`);
	},
	refill: async (event) => {
		const user = requireUser(event);
		try {
			return {
				success: "names_refilled",
				params: { count: await refillNames(event.locals.app.db, event.params.slug, user.id) }
			};
		} catch (err) {
			return refused(err);
		}
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BpvdSubc.js.map
