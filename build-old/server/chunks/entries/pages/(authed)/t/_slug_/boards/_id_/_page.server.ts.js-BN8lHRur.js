import { d as archiveBoard, r as renameBoard, g as getBoard } from '../../../../../../../chunks/teams.js-DRa-kSv4.js';
import { d as deleteComment, e as editComment, a as addComment, C as COMMENT_MAX } from '../../../../../../../chunks/card-comments.js-CG5xznsh.js';
import { l as listDocuments } from '../../../../../../../chunks/documents.js-CaNv629-.js';
import { l as listHearings } from '../../../../../../../chunks/hearings2.js-7VLYJc4A.js';
import { l as listMembers } from '../../../../../../../chunks/members.js-L2XGN1de.js';
import { l as listTargets } from '../../../../../../../chunks/scorecard2.js-D-c3nwHr.js';
import { r as readDocument } from '../../../../../../../chunks/live-documents.js-D-DuJ62i.js';
import { h as readBoard } from '../../../../../../../chunks/board-doc.js-70NGdl8z.js';
import { d as dayFaces } from '../../../../../../../chunks/board-filters.js-ChelmdiM.js';
import { p as parseForm, r as refused, t as text$1, b as picklist } from '../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser, p as pageError } from '../../../../../../../chunks/guard.js-DiCDU1AF.js';
import * as v from 'valibot';

// src/routes/(authed)/t/[slug]/boards/[id]/+page.server.ts
var load = async (event) => {
	const { db } = event.locals.app;
	const userId = requireUser(event).id;
	try {
		const { board, canEdit, canModerate } = await getBoard(db, event.params.slug, userId, event.params.id);
		const [members, documents, targets, hearings, stored] = await Promise.all([
			listMembers(db, event.params.slug, userId),
			listDocuments(db, event.params.slug, userId),
			listTargets(db, event.params.slug, userId),
			listHearings(db, event.params.slug, userId),
			readDocument(db, board.id)
		]);
		const initial = readBoard(stored);
		stored.destroy();
		const memberIds = new Set(members.map((m) => m.id));
		const gone = [...new Set(initial.cards.flatMap((c) => c.assignees))].filter((id) => !memberIds.has(id));
		const former = gone.length ? await db.selectFrom("user").select(["id", "display_name"]).where("id", "in", gone).execute() : [];
		return {
			board,
			canEdit,
			canModerate,
			members: members.map((m) => ({
				id: m.id,
				name: m.display_name
			})),
			formerMembers: former.map((u) => ({
				id: u.id,
				name: u.display_name
			})),
			documents: documents.map((d) => ({
				id: d.id,
				title: d.title
			})),
			targets: targets.map((t) => ({
				id: t.id,
				name: t.name
			})),
			hearings: [...hearings.upcoming, ...hearings.past].map(({ id, body_kind, body_name, starts_at, time_zone }) => ({
				id,
				body_kind,
				body_name,
				starts_at,
				time_zone
			})),
			initial,
			dayFaces: dayFaces(event.locals.locale, initial.cards)
		};
	} catch (err) {
		pageError(event, err);
	}
};
var CommentInput = v.object({
	card: v.pipe(v.string("required"), v.minLength(1, "required"), v.maxLength(64, "invalid")),
	body: text$1(COMMENT_MAX, { multiline: true })
});
var CommentRef = v.object({
	card: v.pipe(v.string("required"), v.maxLength(64, "invalid")),
	comment: v.pipe(v.string("required"), v.maxLength(64, "invalid"))
});
var actions = {
	rename: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ name: text$1(120) }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await renameBoard(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.name);
		} catch (err) {
			return refused(err, form, "name");
		}
		return { success: "board_renamed" };
	},
	archive: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ archived: picklist(["yes", "no"]) }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await archiveBoard(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.archived === "yes");
		} catch (err) {
			return refused(err);
		}
		return { success: parsed.data.archived === "yes" ? "board_archived" : "board_restored" };
	},
	comment: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(CommentInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await addComment(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.card, parsed.data.body);
		} catch (err) {
			return refused(err, form, "body");
		}
		return { success: "comment_added" };
	},
	editComment: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({
			...CommentRef.entries,
			body: text$1(COMMENT_MAX, { multiline: true })
		}), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await editComment(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.card, parsed.data.comment, parsed.data.body);
		} catch (err) {
			return refused(err, form, "body");
		}
		return { success: "comment_edited" };
	},
	deleteComment: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(CommentRef, await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteComment(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.card, parsed.data.comment);
		} catch (err) {
			return refused(err);
		}
		return { success: "comment_deleted" };
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BN8lHRur.js.map
