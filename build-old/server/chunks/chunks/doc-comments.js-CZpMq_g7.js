import { c as cleanText } from './text.js-De780Z__.js';
import { c as can } from './roles.js-C7S8Lfoc.js';
import './board-doc.js-70NGdl8z.js';
import { T as THREAD_ID, c as commentAnchors, R as RICH_TEXT_FIELD, a as commentActivityMap, i as isCommentKey } from './rich-text-doc.js-B7aUjoe-.js';
import { a as arrangeThreads, D as DOC_COMMENT_MAX } from './doc-comments2.js-CJrsNjBz.js';
import { g as getDocument } from './documents.js-CaNv629-.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import { r as readDocument, l as liveDocuments } from './live-documents.js-D-DuJ62i.js';
import * as Y from 'yjs';

// src/lib/collab/document-kinds.ts
/**
* The rich-text kinds whose passages take anchored comments (their threads in SQLite, the
* `comment` mark and the server's activity map in the document). Testimony joins when it lands.
*/
var COMMENT_KINDS = [
	"doc",
	"talking_points",
	"testimony"
];
// src/lib/server/doc-comments.ts
function cleanBody(body) {
	const clean = cleanText(body, { multiline: true });
	if (!clean) throw new Refusal("comment_required", 400);
	if (clean.length > 4e3) throw new Refusal("comment_too_long", 400, { max: DOC_COMMENT_MAX });
	return clean;
}
/** A document of the team that takes comments; another team's, or one of another kind, is a 404. */
async function readable(db, slug, userId, documentId) {
	const access = await getDocument(db, slug, userId, documentId);
	if (!COMMENT_KINDS.includes(access.document.kind)) throw new Refusal("document_not_found", 404);
	return {
		...access,
		canComment: access.canEdit || access.canSuggest,
		canModerate: can(access.role, "member.manage")
	};
}
async function commenter(db, slug, userId, documentId) {
	const access = await readable(db, slug, userId, documentId);
	if (!can(access.role, "playbook.edit") && !access.reviewer) throw new Refusal("forbidden", 403);
	if (access.document.archived_at !== null) throw new Refusal("comments_archived", 403);
	return access;
}
async function threadOf(db, documentId, threadId) {
	const thread = await db.selectFrom("doc_comment_thread").selectAll().where("id", "=", threadId).where("document_id", "=", documentId).executeTakeFirst();
	if (!thread) throw new Refusal("comments_thread_not_found", 404);
	return thread;
}
async function commentOf(db, documentId, commentId) {
	const comment = await db.selectFrom("doc_comment").selectAll().where("id", "=", commentId).where("document_id", "=", documentId).executeTakeFirst();
	if (!comment) throw new Refusal("comment_not_found", 404);
	return comment;
}
/** Counts the change and tells everyone on the document, so open pages fetch the thread again. */
async function publish(db, documentId, threadId, by) {
	const row = await db.updateTable("doc_comment_thread").set((eb) => ({ revision: eb("revision", "+", 1) })).where("id", "=", threadId).returning("revision").executeTakeFirst();
	await liveDocuments(db).change(documentId, (doc) => {
		const activity = commentActivityMap(doc);
		if (!row) activity.delete(threadId);
		else if (activity.get(threadId) !== row.revision) activity.set(threadId, row.revision);
	}, { by });
}
async function nextSeq(db, threadId) {
	return ((await db.selectFrom("doc_comment").select((eb) => eb.fn.max("seq").as("seq")).where("thread_id", "=", threadId).executeTakeFirst())?.seq ?? 0) + 1;
}
/**
* Opens a thread on a passage the browser has just marked with `threadId` (a fresh random id in
* the form of `newId`), with its first comment. `quote` is the passage as it read then.
*/
async function openThread(db, slug, userId, documentId, input) {
	if (!THREAD_ID.test(input.threadId)) throw new Refusal("comments_thread_invalid", 400);
	const body = cleanBody(input.body);
	const quote = cleanText(input.quote).slice(0, 300);
	const { document } = await commenter(db, slug, userId, documentId);
	const now = Date.now();
	try {
		await db.transaction().execute(async (trx) => {
			await trx.insertInto("doc_comment_thread").values({
				id: input.threadId,
				document_id: document.id,
				team_id: document.team_id,
				created_by: userId,
				created_at: now,
				quote,
				resolved_at: null,
				resolved_by: null,
				revision: 0
			}).execute();
			await trx.insertInto("doc_comment").values({
				id: newId(),
				thread_id: input.threadId,
				document_id: document.id,
				author_id: userId,
				body,
				created_at: now,
				seq: 1,
				edited_at: null
			}).execute();
		});
	} catch (error) {
		if (error instanceof Error && /UNIQUE|PRIMARY KEY/i.test(error.message)) throw new Refusal("comments_thread_exists", 409);
		throw error;
	}
	await publish(db, document.id, input.threadId, userId);
	return input.threadId;
}
/** A reply at the end of a thread (resolved threads take replies too, as people reopen the talk). */
async function reply(db, slug, userId, documentId, threadId, body) {
	const clean = cleanBody(body);
	const { document } = await commenter(db, slug, userId, documentId);
	const thread = await threadOf(db, document.id, threadId);
	const id = newId();
	await db.insertInto("doc_comment").values({
		id,
		thread_id: thread.id,
		document_id: document.id,
		author_id: userId,
		body: clean,
		created_at: Date.now(),
		seq: await nextSeq(db, thread.id),
		edited_at: null
	}).execute();
	await publish(db, document.id, thread.id, userId);
	return id;
}
/** Authors edit their own comments only. */
async function editComment(db, slug, userId, documentId, commentId, body) {
	const clean = cleanBody(body);
	const { document } = await commenter(db, slug, userId, documentId);
	const comment = await commentOf(db, document.id, commentId);
	if (comment.author_id !== userId) throw new Refusal("forbidden", 403);
	if (comment.body === clean) return;
	await db.updateTable("doc_comment").set({
		body: clean,
		edited_at: Date.now()
	}).where("id", "=", comment.id).execute();
	await publish(db, document.id, comment.thread_id, userId);
}
/**
* Authors delete their own comments; organizers and owners anyone's. A thread left with no
* comment goes too, and its mark is taken out of the text.
*/
async function deleteComment(db, slug, userId, documentId, commentId) {
	const access = await commenter(db, slug, userId, documentId);
	const comment = await commentOf(db, access.document.id, commentId);
	if (comment.author_id !== userId && !access.canModerate) throw new Refusal("forbidden", 403);
	if (await db.transaction().execute(async (trx) => {
		await trx.deleteFrom("doc_comment").where("id", "=", comment.id).execute();
		if (await trx.selectFrom("doc_comment").select("id").where("thread_id", "=", comment.thread_id).limit(1).executeTakeFirst()) return false;
		await trx.deleteFrom("doc_comment_thread").where("id", "=", comment.thread_id).execute();
		return true;
	})) await unmark(db, access.document.id, comment.thread_id, userId);
	else await publish(db, access.document.id, comment.thread_id, userId);
}
/** Takes a deleted thread's mark out of the text and its entry out of the activity map. */
async function unmark(db, documentId, threadId, by) {
	await liveDocuments(db).change(documentId, (doc) => {
		commentActivityMap(doc).delete(threadId);
		let body;
		try {
			body = doc.getXmlFragment(RICH_TEXT_FIELD);
		} catch {
			return;
		}
		removeCommentMark(body, threadId);
	}, { by });
}
/** Removes every comment mark of one thread from a rich-text fragment, leaving the words. */
function removeCommentMark(fragment, threadId) {
	const walk = (node) => {
		if (node instanceof Y.XmlText) {
			let index = 0;
			const runs = [];
			for (const op of node.toDelta()) {
				const length = typeof op.insert === "string" ? op.insert.length : 1;
				for (const [key, value] of Object.entries(op.attributes ?? {})) if (isCommentKey(key) && value?.threadId === threadId) runs.push([
					index,
					length,
					key
				]);
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
async function resolveThread(db, slug, userId, documentId, threadId, resolved) {
	const { document } = await commenter(db, slug, userId, documentId);
	const thread = await threadOf(db, document.id, threadId);
	if (thread.resolved_at !== null === resolved) return;
	await db.updateTable("doc_comment_thread").set(resolved ? {
		resolved_at: Date.now(),
		resolved_by: userId
	} : {
		resolved_at: null,
		resolved_by: null
	}).where("id", "=", thread.id).execute();
	await publish(db, document.id, thread.id, userId);
}
/** Every thread of a document with its comments, unsorted; anyone in the team may read them. */
async function threadsOf(db, documentId, userId, rights) {
	const [threads, comments] = await Promise.all([db.selectFrom("doc_comment_thread").leftJoin("user", "user.id", "doc_comment_thread.resolved_by").select([
		"doc_comment_thread.id",
		"doc_comment_thread.quote",
		"doc_comment_thread.created_at",
		"doc_comment_thread.created_by",
		"doc_comment_thread.resolved_at",
		"doc_comment_thread.revision",
		"user.display_name as resolved_by_name"
	]).where("doc_comment_thread.document_id", "=", documentId).orderBy("doc_comment_thread.created_at").execute(), db.selectFrom("doc_comment").leftJoin("user", "user.id", "doc_comment.author_id").select([
		"doc_comment.id",
		"doc_comment.thread_id",
		"doc_comment.author_id",
		"user.display_name",
		"doc_comment.body",
		"doc_comment.created_at",
		"doc_comment.edited_at"
	]).where("doc_comment.document_id", "=", documentId).orderBy("doc_comment.thread_id").orderBy("doc_comment.seq").execute()]);
	const byThread = /* @__PURE__ */ new Map();
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
async function storedAnchors(db, documentId) {
	const doc = await readDocument(db, documentId);
	try {
		return commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD));
	} catch {
		return /* @__PURE__ */ new Map();
	} finally {
		doc.destroy();
	}
}
/** A document's threads as its panel lists them, and what the asker may do with them. */
async function listThreads(db, slug, userId, documentId) {
	const access = await readable(db, slug, userId, documentId);
	const rights = {
		canComment: access.canComment,
		canModerate: access.canModerate
	};
	const [threads, anchors] = await Promise.all([threadsOf(db, access.document.id, userId, rights), storedAnchors(db, access.document.id)]);
	return {
		...arrangeThreads(threads, anchors),
		...rights
	};
}

export { reply as a, deleteComment as d, editComment as e, listThreads as l, openThread as o, resolveThread as r };
//# sourceMappingURL=doc-comments.js-CZpMq_g7.js.map
