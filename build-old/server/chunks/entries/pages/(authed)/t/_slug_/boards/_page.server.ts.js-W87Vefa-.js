import { c as createBoard, l as listBoards } from '../../../../../../chunks/teams.js-DRa-kSv4.js';
import { p as parseForm, t as text$1, r as refused } from '../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { A as redirect } from '../../../../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/(authed)/t/[slug]/boards/+page.server.ts
var load = async (event) => {
	const archived = event.url.searchParams.has("archived");
	try {
		return {
			boards: await listBoards(event.locals.app.db, event.params.slug, requireUser(event).id, {
				archived,
				locale: event.locals.locale
			}),
			archived
		};
	} catch (err) {
		pageError(event, err);
	}
};
var actions = { create: async (event) => {
	const user = requireUser(event);
	const form = await event.request.formData();
	const parsed = parseForm(v.object({ name: text$1(120) }), form);
	if (!parsed.ok) return parsed.failure;
	let id;
	try {
		({id} = await createBoard(event.locals.app.db, event.params.slug, user.id, parsed.data, event.locals.locale));
	} catch (err) {
		return refused(err, form, "name");
	}
	redirect(303, `/t/${event.params.slug}/boards/${id}`);
} };

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-W87Vefa-.js.map
