import * as Y from 'yjs';
import type { DB } from './db/index';
import { cleanText } from '$lib/text';
import { can } from '$lib/roles';
import { COMMENT_KINDS, type LiveKind } from '$lib/collab/document-kinds';
import { commentActivityMap, commentAnchors, isCommentKey, RICH_TEXT_FIELD, THREAD_ID } from '$lib/collab/rich-text-doc';
import { arrangeThreads, DOC_COMMENT_MAX, QUOTE_MAX, type ArrangedThreads, type DocCommentView, type DocThreadView } from '$lib/doc-comments';
import { getDocument, type DocumentAccess } from './documents';
import { Refusal, newId } from './refusal';
import { liveDocuments, readStored } from './live-documents';

/** What the person asking may do with a document's comments. */
export interface CommentRights {
	/** Members and above, and reviewers, comment, reply and resolve while the document is not archived. */
	canComment: boolean;
	/** Organizers and owners delete anyone's comment. */
	canModerate: boolean;
}

function cleanBody(body: string): string {
	const clean = cleanText(body, { multiline: true });
	if (!clean) throw new Refusal('comment_required', 400);
	if (clean.length > DOC_COMMENT_MAX) throw new Refusal('comment_too_long', 400, { max: DOC_COMMENT_MAX });
	return clean;
}

/** A document of the team that takes comments; another team's, or one of another kind, is a 404. */
async function readable(db: DB, slug: string, userId: string, documentId: string): Promise<DocumentAccess & CommentRights> {
	const access = await getDocument(db, slug, userId, documentId);
	if (!COMMENT_KINDS.includes(access.document.kind as LiveKind)) throw new Refusal('document_not_found', 404);
	return { ...access, canComment: access.canEdit || access.canSuggest, canModerate: can(access.role, 'member.manage') };
}

async function commenter(db: DB, slug: string, userId: string, documentId: string): Promise<DocumentAccess & CommentRights> {
	const access = await readable(db, slug, userId, documentId);
	if (!can(access.role, 'playbook.edit') && !access.reviewer) throw new Refusal('forbidden', 403);
	if (access.document.archived_at !== null) throw new Refusal('comments_archived', 403);
	return access;
}

async function threadOf(db: DB, documentId: string, threadId: string) {
	const thread = await db.selectFrom('doc_comment_thread').selectAll().where('id', '=', threadId).where('document_id', '=', documentId).executeTakeFirst();
	if (!thread) throw new Refusal('comments_thread_not_found', 404);
	return thread;
}

async function commentOf(db: DB, documentId: string, commentId: string) {
	const comment = await db.selectFrom('doc_comment').selectAll().where('id', '=', commentId).where('document_id', '=', documentId).executeTakeFirst();
	if (!comment) throw new Refusal('comment_not_found', 404);
	return comment;
}

/** Counts the change and tells everyone on the document, so open pages fetch the thread again. */
async function publish(db: DB, documentId: string, threadId: string, by: string): Promise<void> {
	const row = await db
		.updateTable('doc_comment_thread')
		.set((eb) => ({ revision: eb('revision', '+', 1) }))
		.where('id', '=', threadId)
		.returning('revision')
		.executeTakeFirst();
	await liveDocuments(db).change(
		documentId,
		(doc) => {
			const activity = commentActivityMap(doc);
			if (!row) activity.delete(threadId);
			else if (activity.get(threadId) !== row.revision) activity.set(threadId, row.revision);
		},
		{ by }
	);
}

async function nextSeq(db: DB, threadId: string): Promise<number> {
	const row = await db
		.selectFrom('doc_comment')
		.select((eb) => eb.fn.max<number | null>('seq').as('seq'))
		.where('thread_id', '=', threadId)
		.executeTakeFirst();
	return (row?.seq ?? 0) + 1;
}

/**
 * Opens a thread on a passage the browser has just marked with `threadId` (a fresh random id in
 * the form of `newId`), with its first comment. `quote` is the passage as it read then.
 */
export async function openThread(db: DB, slug: string, userId: string, documentId: string, input: { threadId: string; quote: string; body: string }): Promise<string> {
	if (!THREAD_ID.test(input.threadId)) throw new Refusal('comments_thread_invalid', 400);
	const body = cleanBody(input.body);
	const quote = cleanText(input.quote).slice(0, QUOTE_MAX);
	const { document } = await commenter(db, slug, userId, documentId);
	const now = Date.now();
	try {
		await db.transaction().execute(async (trx) => {
			await trx
				.insertInto('doc_comment_thread')
				.values({ id: input.threadId, document_id: document.id, team_id: document.team_id!, created_by: userId, created_at: now, quote, resolved_at: null, resolved_by: null, revision: 0 })
				.execute();
			await trx.insertInto('doc_comment').values({ id: newId(), thread_id: input.threadId, document_id: document.id, author_id: userId, body, created_at: now, seq: 1, edited_at: null }).execute();
		});
	} catch (error) {
		if (error instanceof Error && /UNIQUE|PRIMARY KEY/i.test(error.message)) throw new Refusal('comments_thread_exists', 409);
		throw error;
	}
	await publish(db, document.id, input.threadId, userId);
	return input.threadId;
}

/** A reply at the end of a thread (resolved threads take replies too, as people reopen the talk). */
export async function reply(db: DB, slug: string, userId: string, documentId: string, threadId: string, body: string): Promise<string> {
	const clean = cleanBody(body);
	const { document } = await commenter(db, slug, userId, documentId);
	const thread = await threadOf(db, document.id, threadId);
	const id = newId();
	await db
		.insertInto('doc_comment')
		.values({ id, thread_id: thread.id, document_id: document.id, author_id: userId, body: clean, created_at: Date.now(), seq: await nextSeq(db, thread.id), edited_at: null })
		.execute();
	await publish(db, document.id, thread.id, userId);
	return id;
}

/** Authors edit their own comments only. */
export async function editComment(db: DB, slug: string, userId: string, documentId: string, commentId: string, body: string): Promise<void> {
	const clean = cleanBody(body);
	const { document } = await commenter(db, slug, userId, documentId);
	const comment = await commentOf(db, document.id, commentId);
	if (comment.author_id !== userId) throw new Refusal('forbidden', 403);
	if (comment.body === clean) return;
	await db.updateTable('doc_comment').set({ body: clean, edited_at: Date.now() }).where('id', '=', comment.id).execute();
	await publish(db, document.id, comment.thread_id, userId);
}

/**
 * Authors delete their own comments; organizers and owners anyone's. A thread left with no
 * comment goes too, and its mark is taken out of the text.
 */
export async function deleteComment(db: DB, slug: string, userId: string, documentId: string, commentId: string): Promise<void> {
	const access = await commenter(db, slug, userId, documentId);
	const comment = await commentOf(db, access.document.id, commentId);
	if (comment.author_id !== userId && !access.canModerate) throw new Refusal('forbidden', 403);
	const emptied = await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('doc_comment').where('id', '=', comment.id).execute();
		const left = await trx.selectFrom('doc_comment').select('id').where('thread_id', '=', comment.thread_id).limit(1).executeTakeFirst();
		if (left) return false;
		await trx.deleteFrom('doc_comment_thread').where('id', '=', comment.thread_id).execute();
		return true;
	});
	if (emptied) await unmark(db, access.document.id, comment.thread_id, userId);
	else await publish(db, access.document.id, comment.thread_id, userId);
}

/** Takes a deleted thread's mark out of the text and its entry out of the activity map. */
async function unmark(db: DB, documentId: string, threadId: string, by: string): Promise<void> {
	await liveDocuments(db).change(
		documentId,
		(doc) => {
			commentActivityMap(doc).delete(threadId);
			let body: Y.XmlFragment;
			try {
				body = doc.getXmlFragment(RICH_TEXT_FIELD);
			} catch {
				return; // a body kept as another type (a script's plain text) holds no marks
			}
			removeCommentMark(body, threadId);
		},
		{ by }
	);
}

/** Removes every comment mark of one thread from a rich-text fragment, leaving the words. */
export function removeCommentMark(fragment: Y.XmlFragment, threadId: string): void {
	const walk = (node: Y.XmlFragment | Y.XmlElement | Y.XmlText) => {
		if (node instanceof Y.XmlText) {
			let index = 0;
			const runs: [number, number, string][] = [];
			for (const op of node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
				const length = typeof op.insert === 'string' ? op.insert.length : 1;
				for (const [key, value] of Object.entries(op.attributes ?? {})) {
					if (isCommentKey(key) && (value as { threadId?: unknown } | null)?.threadId === threadId) runs.push([index, length, key]);
				}
				index += length;
			}
			for (const [at, length, key] of runs) node.format(at, length, { [key]: null });
			return;
		}
		for (const child of node.toArray()) if (child instanceof Y.XmlElement || child instanceof Y.XmlText) walk(child);
	};
	walk(fragment);
}

/** Resolves a thread (who and when are kept) or reopens it; any member may. */
export async function resolveThread(db: DB, slug: string, userId: string, documentId: string, threadId: string, resolved: boolean): Promise<void> {
	const { document } = await commenter(db, slug, userId, documentId);
	const thread = await threadOf(db, document.id, threadId);
	if ((thread.resolved_at !== null) === resolved) return;
	await db
		.updateTable('doc_comment_thread')
		.set(resolved ? { resolved_at: Date.now(), resolved_by: userId } : { resolved_at: null, resolved_by: null })
		.where('id', '=', thread.id)
		.execute();
	await publish(db, document.id, thread.id, userId);
}

/** Every thread of a document with its comments, unsorted; anyone in the team may read them. */
async function threadsOf(db: DB, documentId: string, userId: string, rights: CommentRights): Promise<DocThreadView[]> {
	const [threads, comments] = await Promise.all([
		db
			.selectFrom('doc_comment_thread')
			.leftJoin('user', 'user.id', 'doc_comment_thread.resolved_by')
			.select([
				'doc_comment_thread.id',
				'doc_comment_thread.quote',
				'doc_comment_thread.created_at',
				'doc_comment_thread.created_by',
				'doc_comment_thread.resolved_at',
				'doc_comment_thread.revision',
				'user.display_name as resolved_by_name'
			])
			.where('doc_comment_thread.document_id', '=', documentId)
			.orderBy('doc_comment_thread.created_at')
			.execute(),
		db
			.selectFrom('doc_comment')
			.leftJoin('user', 'user.id', 'doc_comment.author_id')
			.select(['doc_comment.id', 'doc_comment.thread_id', 'doc_comment.author_id', 'user.display_name', 'doc_comment.body', 'doc_comment.created_at', 'doc_comment.edited_at'])
			.where('doc_comment.document_id', '=', documentId)
			.orderBy('doc_comment.thread_id')
			.orderBy('doc_comment.seq')
			.execute()
	]);
	const byThread = new Map<string, DocCommentView[]>();
	for (const c of comments) {
		const list = byThread.get(c.thread_id) ?? [];
		list.push({
			id: c.id,
			authorId: c.author_id,
			authorName: c.display_name,
			body: c.body,
			createdAt: c.created_at,
			editedAt: c.edited_at,
			canEdit: rights.canComment && c.author_id === userId,
			canDelete: rights.canComment && (c.author_id === userId || rights.canModerate)
		});
		byThread.set(c.thread_id, list);
	}
	return threads.map((t) => ({
		id: t.id,
		quote: t.quote,
		anchoredText: null,
		createdAt: t.created_at,
		createdBy: t.created_by,
		resolvedAt: t.resolved_at,
		resolvedByName: t.resolved_at === null ? null : t.resolved_by_name,
		revision: t.revision,
		comments: byThread.get(t.id) ?? []
	}));
}

/** Where each thread's mark is in the stored text (every accepted update is stored before anyone sees it). */
async function storedAnchors(db: DB, documentId: string): Promise<Map<string, string>> {
	return readStored(db, documentId, (doc) => {
		try {
			return commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD));
		} catch {
			// A body kept as another type (a script's plain text) has no marks to find.
			return new Map<string, string>();
		}
	});
}

/** A document's threads as its panel lists them, and what the asker may do with them. */
export async function listThreads(db: DB, slug: string, userId: string, documentId: string): Promise<ArrangedThreads & CommentRights> {
	const access = await readable(db, slug, userId, documentId);
	const rights = { canComment: access.canComment, canModerate: access.canModerate };
	const [threads, anchors] = await Promise.all([threadsOf(db, access.document.id, userId, rights), storedAnchors(db, access.document.id)]);
	return { ...arrangeThreads(threads, anchors), ...rights };
}
