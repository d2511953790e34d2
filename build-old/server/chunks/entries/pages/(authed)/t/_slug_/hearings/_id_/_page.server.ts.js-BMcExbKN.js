import { r as refused, p as parseForm } from '../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';
import { d as deleteHearing, p as prepareHearing, g as getHearing, h as hearingPrep, a as prepBoards } from '../../../../../../../chunks/hearings2.js-7VLYJc4A.js';
import { t as timeZoneOr } from '../../../../../../../chunks/my-tasks.js-Lf6CVEWP.js';
import { R as Refusal } from '../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { c as createTestimony, l as listTestimony, N as NewTestimonyInput } from '../../../../../../../chunks/testimony.js-_KidzKTn.js';
import { B as fail, A as redirect } from '../../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/hearings/[id]/+page.server.ts
var load = async (event) => {
	const { db } = event.locals.app;
	try {
		const { team, hearing, canEdit, canDelete } = await getHearing(db, event.params.slug, requireUser(event).id, event.params.id);
		const [testimony, prep, boards] = await Promise.all([
			listTestimony(db, team.id, hearing.id),
			hearingPrep(db, hearing.id),
			canEdit ? prepBoards(db, team.id) : []
		]);
		return {
			hearing,
			canEdit,
			canDelete,
			testimony,
			prep,
			boards,
			created: event.url.searchParams.has("created"),
			now: Date.now(),
			viewerZone: timeZoneOr(event.cookies.get("tz"))
		};
	} catch (err) {
		pageError(event, err);
	}
};
/** A domain refusal on a form, on the field it names if it names one. */
function refusedOn(err, form) {
	return refused(err, form, err instanceof Refusal && typeof err.params.field === "string" ? err.params.field : void 0);
}
var actions = {
	testimony: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		form.set("hearingId", event.params.id);
		const parsed = parseForm(NewTestimonyInput, form);
		if (!parsed.ok) return parsed.failure;
		let id;
		try {
			id = (await createTestimony(event.locals.app.db, event.params.slug, user.id, parsed.data, event.locals.locale)).id;
		} catch (err) {
			return refusedOn(err, form);
		}
		redirect(303, `/t/${event.params.slug}/testimony/${id}`);
	},
	prepare: async (event) => {
		const user = requireUser(event);
		const boardId = (await event.request.formData()).get("boardId");
		try {
			const result = await prepareHearing(event.locals.app.db, event.params.slug, user.id, event.params.id, {
				boardId: typeof boardId === "string" && boardId ? boardId : null,
				locale: event.locals.locale
			});
			return {
				prepared: result.created ? "made" : "exists",
				boardId: result.boardId
			};
		} catch (err) {
			return refused(err);
		}
	},
	delete: async (event) => {
		const user = requireUser(event);
		if ((await event.request.formData()).get("confirm") !== "yes") return fail(400, { message: "invalid" });
		try {
			await deleteHearing(event.locals.app.db, event.params.slug, user.id, event.params.id);
		} catch (err) {
			return refused(err);
		}
		redirect(303, `/t/${event.params.slug}/hearings`);
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BMcExbKN.js.map
