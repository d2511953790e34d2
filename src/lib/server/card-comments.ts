import * as Y from 'yjs';
import type { DB } from './db/index';
import { cleanText } from '$lib/text';
import { can } from '$lib/roles';
import { cardsMap, commentCountsMap } from '$lib/collab/board-doc';
import { getBoard, type BoardAccess } from './boards';
import { Refusal, newId } from './refusal';
import { liveDocuments, readStored } from './live-documents';

export const COMMENT_MAX = 4000;

/** A comment as the card dialog shows it. */
export interface CardComment {
	id: string;
	authorId: string | null;
	authorName: string | null;
	body: string;
	createdAt: number;
	editedAt: number | null;
	/** Whether the person asking may edit / delete it. */
	mine: boolean;
	canDelete: boolean;
}

/** A line of the card's history, with who made the change. */
export interface CardHistoryEntry {
	id: number;
	kind: string;
	detail: Record<string, unknown>;
	userId: string | null;
	userName: string | null;
	createdAt: number;
}

function cleanBody(body: string): string {
	const clean = cleanText(body, { multiline: true });
	if (!clean) throw new Refusal('comment_required', 400);
	if (clean.length > COMMENT_MAX) throw new Refusal('comment_too_long', 400, { max: COMMENT_MAX });
	return clean;
}

/** The board, when the card is one in its stored state; a card of another board or team is a 404. */
async function cardOn(db: DB, slug: string, userId: string, boardId: string, cardId: string): Promise<BoardAccess> {
	const access = await getBoard(db, slug, userId, boardId);
	const found = await readStored(db, access.board.id, (doc) => cardsMap(doc).get(cardId) instanceof Y.Map);
	if (!found) throw new Refusal('card_not_found', 404);
	return access;
}

async function commenter(db: DB, slug: string, userId: string, boardId: string, cardId: string): Promise<BoardAccess> {
	const access = await cardOn(db, slug, userId, boardId, cardId);
	if (!can(access.role, 'playbook.edit')) throw new Refusal('forbidden', 403);
	if (access.board.archived_at !== null) throw new Refusal('board_archived', 403);
	return access;
}

/** Tells everyone on the board how many comments the card has, so open dialogs fetch them. */
async function publishCount(db: DB, boardId: string, cardId: string, by: string): Promise<void> {
	const row = await db
		.selectFrom('card_comment')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('board_id', '=', boardId)
		.where('card_id', '=', cardId)
		.executeTakeFirstOrThrow();
	const count = Number(row.n);
	await liveDocuments(db).change(boardId, (doc) => {
		if (commentCountsMap(doc).get(cardId) !== count) commentCountsMap(doc).set(cardId, count);
	}, { by });
}

export async function addComment(db: DB, slug: string, userId: string, boardId: string, cardId: string, body: string): Promise<string> {
	const clean = cleanBody(body);
	const { board } = await commenter(db, slug, userId, boardId, cardId);
	const id = newId();
	await db
		.insertInto('card_comment')
		.values({ id, board_id: board.id, card_id: cardId, team_id: board.team_id!, author_id: userId, body: clean, created_at: Date.now(), edited_at: null })
		.execute();
	await publishCount(db, board.id, cardId, userId);
	return id;
}

async function commentOf(db: DB, boardId: string, cardId: string, commentId: string) {
	const comment = await db
		.selectFrom('card_comment')
		.selectAll()
		.where('id', '=', commentId)
		.where('board_id', '=', boardId)
		.where('card_id', '=', cardId)
		.executeTakeFirst();
	if (!comment) throw new Refusal('comment_not_found', 404);
	return comment;
}

/** Authors edit their own comments only. */
export async function editComment(db: DB, slug: string, userId: string, boardId: string, cardId: string, commentId: string, body: string): Promise<void> {
	const clean = cleanBody(body);
	const { board } = await commenter(db, slug, userId, boardId, cardId);
	const comment = await commentOf(db, board.id, cardId, commentId);
	if (comment.author_id !== userId) throw new Refusal('forbidden', 403);
	if (comment.body === clean) return;
	await db.updateTable('card_comment').set({ body: clean, edited_at: Date.now() }).where('id', '=', comment.id).execute();
}

/** Authors delete their own; organizers and above delete anyone's. */
export async function deleteComment(db: DB, slug: string, userId: string, boardId: string, cardId: string, commentId: string): Promise<void> {
	const access = await commenter(db, slug, userId, boardId, cardId);
	const comment = await commentOf(db, access.board.id, cardId, commentId);
	if (comment.author_id !== userId && !access.canModerate) throw new Refusal('forbidden', 403);
	await db.deleteFrom('card_comment').where('id', '=', comment.id).execute();
	await publishCount(db, access.board.id, cardId, userId);
}

/** A card's comments (oldest first) and history (newest first); any member of the team may read them. */
export async function cardActivity(db: DB, slug: string, userId: string, boardId: string, cardId: string): Promise<{ comments: CardComment[]; history: CardHistoryEntry[] }> {
	const access = await cardOn(db, slug, userId, boardId, cardId);
	const mayComment = access.canEdit;
	const [comments, events] = await Promise.all([
		db
			.selectFrom('card_comment')
			.leftJoin('user', 'user.id', 'card_comment.author_id')
			.select(['card_comment.id', 'card_comment.author_id', 'user.display_name', 'card_comment.body', 'card_comment.created_at', 'card_comment.edited_at'])
			.where('card_comment.board_id', '=', access.board.id)
			.where('card_comment.card_id', '=', cardId)
			.orderBy('card_comment.created_at')
			.execute(),
		db
			.selectFrom('card_event')
			.leftJoin('user', 'user.id', 'card_event.user_id')
			.select(['card_event.id', 'card_event.kind', 'card_event.detail', 'card_event.user_id', 'user.display_name', 'card_event.created_at'])
			.where('card_event.board_id', '=', access.board.id)
			.where('card_event.card_id', '=', cardId)
			.orderBy('card_event.id', 'desc')
			.limit(100)
			.execute()
	]);
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
		history: events.map((e) => ({ id: e.id, kind: e.kind, detail: parseDetail(e.detail), userId: e.user_id, userName: e.display_name, createdAt: e.created_at }))
	};
}

function parseDetail(detail: string): Record<string, unknown> {
	try {
		const value: unknown = JSON.parse(detail);
		return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}
