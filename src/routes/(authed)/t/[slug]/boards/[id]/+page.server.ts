import * as v from 'valibot';
import { archiveBoard, BOARD_NAME_MAX, getBoard, renameBoard } from '$lib/server/boards';
import { addComment, COMMENT_MAX, deleteComment, editComment } from '$lib/server/card-comments';
import { listDocuments } from '$lib/server/documents';
import { listHearings } from '$lib/server/hearings';
import { listMembers } from '$lib/server/members';
import { listTargets } from '$lib/server/scorecard';
import { readStored } from '$lib/server/live-documents';
import { readBoard } from '$lib/collab/board-doc';
import { docStamp } from '$lib/collab/doc-stamp';
import { dayFaces } from '$lib/board-filters';
import { parseForm, picklist, refused, text } from '$lib/server/forms';
import { pageError, requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = event.locals.app;
	const userId = requireUser(event).id;
	try {
		const { board, canEdit, canModerate } = await getBoard(db, event.params.slug, userId, event.params.id);
		const [members, documents, targets, hearings, stored] = await Promise.all([
			listMembers(db, event.params.slug, userId),
			listDocuments(db, event.params.slug, userId),
			listTargets(db, event.params.slug, userId),
			listHearings(db, event.params.slug, userId),
			// The page shows the stored board at once; the live document takes over once it syncs.
			readStored(db, board.id, (doc) => ({ initial: readBoard(doc), stamp: docStamp(doc) }))
		]);
		const { initial, stamp } = stored;
		// Names of people assigned who are no longer members, so a card can say who left.
		const memberIds = new Set(members.map((m) => m.id));
		const gone = [...new Set(initial.cards.flatMap((c) => c.assignees))].filter((id) => !memberIds.has(id));
		const former = gone.length ? await db.selectFrom('user').select(['id', 'display_name']).where('id', 'in', gone).execute() : [];
		return {
			board,
			canEdit,
			canModerate,
			members: members.map((m) => ({ id: m.id, name: m.display_name })),
			formerMembers: former.map((u) => ({ id: u.id, name: u.display_name })),
			documents: documents.map((d) => ({ id: d.id, title: d.title })),
			targets: targets.map((t) => ({ id: t.id, name: t.name })),
			hearings: [...hearings.upcoming, ...hearings.past].map(({ id, body_kind, body_name, starts_at, time_zone }) => ({ id, body_kind, body_name, starts_at, time_zone })),
			initial,
			stamp,
			dayFaces: dayFaces(event.locals.locale, initial.cards)
		};
	} catch (err) {
		pageError(event, err);
	}
};

const CommentInput = v.object({ card: v.pipe(v.string('required'), v.minLength(1, 'required'), v.maxLength(64, 'invalid')), body: text(COMMENT_MAX, { multiline: true }) });
const CommentRef = v.object({ card: v.pipe(v.string('required'), v.maxLength(64, 'invalid')), comment: v.pipe(v.string('required'), v.maxLength(64, 'invalid')) });

export const actions: Actions = {
	rename: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ name: text(BOARD_NAME_MAX) }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await renameBoard(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.name);
		} catch (err) {
			return refused(err, form, 'name');
		}
		return { success: 'board_renamed' };
	},
	archive: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(v.object({ archived: picklist(['yes', 'no'] as const) }), await event.request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await archiveBoard(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.archived === 'yes');
		} catch (err) {
			return refused(err);
		}
		return { success: parsed.data.archived === 'yes' ? 'board_archived' : 'board_restored' };
	},
	comment: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(CommentInput, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await addComment(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.card, parsed.data.body);
		} catch (err) {
			return refused(err, form, 'body');
		}
		return { success: 'comment_added' };
	},
	editComment: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ ...CommentRef.entries, body: text(COMMENT_MAX, { multiline: true }) }), form);
		if (!parsed.ok) return parsed.failure;
		try {
			await editComment(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.card, parsed.data.comment, parsed.data.body);
		} catch (err) {
			return refused(err, form, 'body');
		}
		return { success: 'comment_edited' };
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
		return { success: 'comment_deleted' };
	}
};
