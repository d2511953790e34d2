import { c as cleanText } from './text.js-De780Z__.js';
import { c as can } from './roles.js-C7S8Lfoc.js';
import { c as cardsMap, g as commentCountsMap } from './board-doc.js-70NGdl8z.js';
import { g as getBoard } from './teams.js-DRa-kSv4.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import { r as readDocument, l as liveDocuments } from './live-documents.js-D-DuJ62i.js';
import * as Y from 'yjs';

// src/lib/server/card-comments.ts
var COMMENT_MAX = 4e3;
function cleanBody(body) {
	const clean = cleanText(body, { multiline: true });
	if (!clean) throw new Refusal("comment_required", 400);
	if (clean.length > 4e3) throw new Refusal("comment_too_long", 400, { max: COMMENT_MAX });
	return clean;
}
/** The board, when the card is one in its stored state; a card of another board or team is a 404. */
async function cardOn(db, slug, userId, boardId, cardId) {
	const access = await getBoard(db, slug, userId, boardId);
	const doc = await readDocument(db, access.board.id);
	const found = cardsMap(doc).get(cardId) instanceof Y.Map;
	doc.destroy();
	if (!found) throw new Refusal("card_not_found", 404);
	return access;
}
async function commenter(db, slug, userId, boardId, cardId) {
	const access = await cardOn(db, slug, userId, boardId, cardId);
	if (!can(access.role, "playbook.edit")) throw new Refusal("forbidden", 403);
	if (access.board.archived_at !== null) throw new Refusal("board_archived", 403);
	return access;
}
/** Tells everyone on the board how many comments the card has, so open dialogs fetch them. */
async function publishCount(db, boardId, cardId, by) {
	const row = await db.selectFrom("card_comment").select((eb) => eb.fn.countAll().as("n")).where("board_id", "=", boardId).where("card_id", "=", cardId).executeTakeFirstOrThrow();
	const count = Number(row.n);
	await liveDocuments(db).change(boardId, (doc) => {
		if (commentCountsMap(doc).get(cardId) !== count) commentCountsMap(doc).set(cardId, count);
	}, { by });
}
async function addComment(db, slug, userId, boardId, cardId, body) {
	const clean = cleanBody(body);
	const { board } = await commenter(db, slug, userId, boardId, cardId);
	const id = newId();
	await db.insertInto("card_comment").values({
		id,
		board_id: board.id,
		card_id: cardId,
		team_id: board.team_id,
		author_id: userId,
		body: clean,
		created_at: Date.now(),
		edited_at: null
	}).execute();
	await publishCount(db, board.id, cardId, userId);
	return id;
}
async function commentOf(db, boardId, cardId, commentId) {
	const comment = await db.selectFrom("card_comment").selectAll().where("id", "=", commentId).where("board_id", "=", boardId).where("card_id", "=", cardId).executeTakeFirst();
	if (!comment) throw new Refusal("comment_not_found", 404);
	return comment;
}
/** Authors edit their own comments only. */
async function editComment(db, slug, userId, boardId, cardId, commentId, body) {
	const clean = cleanBody(body);
	const { board } = await commenter(db, slug, userId, boardId, cardId);
	const comment = await commentOf(db, board.id, cardId, commentId);
	if (comment.author_id !== userId) throw new Refusal("forbidden", 403);
	if (comment.body === clean) return;
	await db.updateTable("card_comment").set({
		body: clean,
		edited_at: Date.now()
	}).where("id", "=", comment.id).execute();
}
/** Authors delete their own; organizers and above delete anyone's. */
async function deleteComment(db, slug, userId, boardId, cardId, commentId) {
	const access = await commenter(db, slug, userId, boardId, cardId);
	const comment = await commentOf(db, access.board.id, cardId, commentId);
	if (comment.author_id !== userId && !access.canModerate) throw new Refusal("forbidden", 403);
	await db.deleteFrom("card_comment").where("id", "=", comment.id).execute();
	await publishCount(db, access.board.id, cardId, userId);
}
/** A card's comments (oldest first) and history (newest first); any member of the team may read them. */
async function cardActivity(db, slug, userId, boardId, cardId) {
	const access = await cardOn(db, slug, userId, boardId, cardId);
	const mayComment = access.canEdit;
	const [comments, events] = await Promise.all([db.selectFrom("card_comment").leftJoin("user", "user.id", "card_comment.author_id").select([
		"card_comment.id",
		"card_comment.author_id",
		"user.display_name",
		"card_comment.body",
		"card_comment.created_at",
		"card_comment.edited_at"
	]).where("card_comment.board_id", "=", access.board.id).where("card_comment.card_id", "=", cardId).orderBy("card_comment.created_at").execute(), db.selectFrom("card_event").leftJoin("user", "user.id", "card_event.user_id").select([
		"card_event.id",
		"card_event.kind",
		"card_event.detail",
		"card_event.user_id",
		"user.display_name",
		"card_event.created_at"
	]).where("card_event.board_id", "=", access.board.id).where("card_event.card_id", "=", cardId).orderBy("card_event.id", "desc").limit(100).execute()]);
	return {
		comments: comments.map((c) => ({
			id: c.id,
			authorId: c.author_id,
			authorName: c.display_name,
			body: c.body,
			createdAt: c.created_at,
			editedAt: c.edited_at,
			mine: mayComment && c.author_id === userId,
			canDelete: mayComment && (c.author_id === userId || access.canModerate)
		})),
		history: events.map((e) => ({
			id: e.id,
			kind: e.kind,
			detail: parseDetail(e.detail),
			userId: e.user_id,
			userName: e.display_name,
			createdAt: e.created_at
		}))
	};
}
function parseDetail(detail) {
	try {
		const value = JSON.parse(detail);
		return value && typeof value === "object" && !Array.isArray(value) ? value : {};
	} catch {
		return {};
	}
}

export { COMMENT_MAX as C, addComment as a, cardActivity as c, deleteComment as d, editComment as e };
//# sourceMappingURL=card-comments.js-CG5xznsh.js.map
