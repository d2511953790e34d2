import { f as findAdaptation } from '../../../../../../chunks/adaptation.js-Ba6M5iPZ.js';
import { c as createDocument, l as listDocuments, h as hasDocumentOfKind } from '../../../../../../chunks/documents.js-CaNv629-.js';
import { a as latestVersion } from '../../../../../../chunks/model-policy.js-dJ2Mdan-.js';
import { p as parseForm, t as text$1, r as refused } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { A as redirect } from '../../../../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/(authed)/t/[slug]/docs/+page.server.ts
var load = async (event) => {
	const archived = event.url.searchParams.has("archived");
	const { team } = await event.parent();
	const { db } = event.locals.app;
	try {
		const [documents, adaptation, latest, talkingPoints] = await Promise.all([
			listDocuments(db, event.params.slug, requireUser(event).id, { archived }),
			findAdaptation(db, team.id),
			latestVersion(db),
			hasDocumentOfKind(db, team.id, "talking_points")
		]);
		return {
			documents,
			archived,
			policy: adaptation ? {
				baseVersion: adaptation.base_version,
				latestVersion: latest.version
			} : null,
			talkingPointsMade: talkingPoints
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = { create: async (event) => {
	const user = requireUser(event);
	const form = await event.request.formData();
	const parsed = parseForm(v.object({ title: text$1(200) }), form);
	if (!parsed.ok) return parsed.failure;
	let id;
	try {
		({id} = await createDocument(event.locals.app.db, event.params.slug, user.id, parsed.data));
	} catch (err) {
		return refused(err, form, "title");
	}
	redirect(303, `/t/${event.params.slug}/docs/${id}`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CoEBwKyG.js.map
