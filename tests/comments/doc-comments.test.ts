import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocument } from '$lib/server/documents';
import { deleteComment, editComment, listThreads, openThread, reply, resolveThread } from '$lib/server/doc-comments';
import { liveDocuments, readDocument } from '$lib/server/live-documents';
import { commentActivityMap, commentAnchors, RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import { DOC_COMMENT_MAX, newThreadId } from '$lib/doc-comments';
import { addMember, addUser, expectRefusal, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';
import { deleteWords, markPassage, writeParagraphs } from './fixtures';

let f: Foundation;
beforeEach(async () => {
	f = await openFoundation();
});
afterEach(async () => {
	await f.close();
});

const LINES = ['We ask the council to adopt all nine rules.', 'Our county holds people for federal agents without a warrant.'];

/** A team with a document of two paragraphs. */
async function teamWithDoc(kind: 'doc' | 'talking_points' | 'testimony' = 'doc') {
	const people = await teamOfFour(f.db);
	const organizer = await addUser(f.db, 'Oscar Organizer');
	const second = await addUser(f.db, 'Sara Second');
	await addMember(f.db, people.team, organizer, 'organizer');
	await addMember(f.db, people.team, second, 'member');
	const document = await createDocument(f.db, people.team.slug, people.owner.id, { title: 'Testimony notes', kind });
	await liveDocuments(f.db).change(document.id, (doc) => writeParagraphs(doc, LINES));
	return { ...people, organizer, second, document, slug: people.team.slug };
}

/** Opens a thread the way the page does: the browser marks the words, then posts the first comment. */
async function commentOn(slug: string, userId: string, documentId: string, words: string, body: string, paragraph = 0): Promise<string> {
	const threadId = newThreadId();
	await liveDocuments(f.db).change(documentId, (doc) => markPassage(doc, paragraph, words, threadId));
	await openThread(f.db, slug, userId, documentId, { threadId, quote: words, body });
	return threadId;
}

async function activity(documentId: string) {
	const doc = await readDocument(f.db, documentId);
	const entries = Object.fromEntries(commentActivityMap(doc).entries());
	doc.destroy();
	return entries;
}

const rows = async () => ({
	threads: await f.db.selectFrom('doc_comment_thread').selectAll().execute(),
	comments: await f.db.selectFrom('doc_comment').selectAll().execute()
});

describe('comments on a document', () => {
	it('takes comments on testimony as on any document, with the same roles', async () => {
		const { slug, member, viewer, document } = await teamWithDoc('testimony');
		const threadId = await commentOn(slug, member.id, document.id, 'all nine rules', 'Name the rules the sheriff refused.');
		const threads = await listThreads(f.db, slug, viewer.id, document.id);
		expect(threads.open.map((t) => t.id)).toEqual([threadId]);
		expect(threads.canComment).toBe(false);
		await expectRefusal(reply(f.db, slug, viewer.id, document.id, threadId, 'Viewers only read'), 403);
	});

	it('opens a thread with its real author, replies in order, and counts every change in the document', async () => {
		const { member, second, viewer, document, slug } = await teamWithDoc();
		const thread = await commentOn(slug, member.id, document.id, 'all nine rules', '  Should we name the rules?\r\n \u200b ');
		await reply(f.db, slug, second.id, document.id, thread, 'Yes, one line each.');
		await reply(f.db, slug, member.id, document.id, thread, 'Done.');
		const listed = await listThreads(f.db, slug, viewer.id, document.id);
		expect(listed).toMatchObject({ canComment: false, canModerate: false });
		expect(listed.open).toHaveLength(1);
		const [shown] = listed.open;
		expect(shown).toMatchObject({ id: thread, quote: 'all nine rules', anchoredText: 'all nine rules', resolvedAt: null });
		expect(shown.comments.map((c) => [c.authorName, c.body, c.canEdit, c.canDelete])).toEqual([
			['Mateo Member', 'Should we name the rules?', false, false],
			['Sara Second', 'Yes, one line each.', false, false],
			['Mateo Member', 'Done.', false, false]
		]);
		expect(await activity(document.id)).toEqual({ [thread]: 3 });
	});

	it("refuses another team's document, outsiders, viewers, bad ids and bad bodies, and stores nothing", async () => {
		const { member, viewer, outsider, document, slug } = await teamWithDoc();
		const other = await teamWithDoc();
		const input = (body = 'Hi') => ({ threadId: newThreadId(), quote: 'the council', body });
		// Another team's document, asked through this team or through the other team by someone not in it.
		await expectRefusal(openThread(f.db, slug, member.id, other.document.id, input()), 404, 'document_not_found');
		await expectRefusal(openThread(f.db, other.slug, member.id, other.document.id, input()), 404);
		await expectRefusal(listThreads(f.db, slug, member.id, other.document.id), 404, 'document_not_found');
		await expectRefusal(openThread(f.db, slug, outsider.id, document.id, input()), 404);
		await expectRefusal(listThreads(f.db, slug, outsider.id, document.id), 404);
		await expectRefusal(openThread(f.db, slug, viewer.id, document.id, input()), 403, 'forbidden');
		await expectRefusal(openThread(f.db, slug, member.id, document.id, { ...input(), threadId: 'x'.repeat(500) }), 400, 'comments_thread_invalid');
		await expectRefusal(openThread(f.db, slug, member.id, document.id, { ...input(), threadId: '../../etc' }), 400, 'comments_thread_invalid');
		await expectRefusal(openThread(f.db, slug, member.id, document.id, input(' \u200b ')), 400, 'comment_required');
		await expectRefusal(openThread(f.db, slug, member.id, document.id, input('x'.repeat(DOC_COMMENT_MAX + 1))), 400, 'comment_too_long');
		expect(await rows()).toEqual({ threads: [], comments: [] });
		expect(await activity(document.id)).toEqual({});

		// A thread of the other team cannot be answered, resolved or have its comments touched from this one.
		const theirs = await commentOn(other.slug, other.member.id, other.document.id, 'the council', 'Theirs');
		const [theirComment] = await f.db.selectFrom('doc_comment').select('id').execute();
		await expectRefusal(reply(f.db, slug, member.id, document.id, theirs, 'Hi'), 404, 'comments_thread_not_found');
		await expectRefusal(resolveThread(f.db, slug, member.id, document.id, theirs, true), 404, 'comments_thread_not_found');
		await expectRefusal(editComment(f.db, slug, member.id, document.id, theirComment.id, 'Forged'), 404, 'comment_not_found');
		await expectRefusal(deleteComment(f.db, slug, member.id, document.id, theirComment.id), 404, 'comment_not_found');
		// Viewers of this team do not reply or resolve either; the same id twice is a conflict.
		const ours = await commentOn(slug, member.id, document.id, 'the council', 'Ours');
		await expectRefusal(reply(f.db, slug, viewer.id, document.id, ours, 'Hi'), 403, 'forbidden');
		await expectRefusal(resolveThread(f.db, slug, viewer.id, document.id, ours, true), 403, 'forbidden');
		await expectRefusal(openThread(f.db, slug, member.id, document.id, { threadId: ours, quote: '', body: 'Again' }), 409, 'comments_thread_exists');
		const after = await rows();
		expect(after.comments.map((c) => c.body).sort()).toEqual(['Ours', 'Theirs']);
		expect(after.threads.every((t) => t.resolved_at === null)).toBe(true);
	});

	it('lets authors edit and delete their own, organizers delete any, and nobody else', async () => {
		const { owner, member, second, viewer, organizer, document, slug } = await teamWithDoc();
		const thread = await commentOn(slug, member.id, document.id, 'the council', 'First');
		const secondId = await reply(f.db, slug, second.id, document.id, thread, 'Second');
		const [first] = (await listThreads(f.db, slug, member.id, document.id)).open[0].comments;
		expect(first).toMatchObject({ canEdit: true, canDelete: true });
		for (const who of [second, owner, organizer, viewer]) await expectRefusal(editComment(f.db, slug, who.id, document.id, first.id, 'Forged'), 403);
		await expectRefusal(deleteComment(f.db, slug, second.id, document.id, first.id), 403, 'forbidden');
		await expectRefusal(deleteComment(f.db, slug, viewer.id, document.id, first.id), 403, 'forbidden');
		expect((await rows()).comments.find((c) => c.id === first.id)?.body).toBe('First');

		await editComment(f.db, slug, member.id, document.id, first.id, 'First, corrected');
		const seen = (await listThreads(f.db, slug, organizer.id, document.id)).open[0].comments;
		expect(seen[0]).toMatchObject({ body: 'First, corrected', canEdit: false, canDelete: true });
		expect(seen[0].editedAt).not.toBeNull();
		expect(seen[1]).toMatchObject({ body: 'Second', canEdit: false, canDelete: true });

		// The organizer deletes another person's reply; the author deletes their own, the last one:
		// the thread goes, and so do its mark in the text and its entry in the activity map.
		await deleteComment(f.db, slug, organizer.id, document.id, secondId);
		expect((await rows()).comments).toHaveLength(1);
		await deleteComment(f.db, slug, member.id, document.id, first.id);
		expect(await rows()).toEqual({ threads: [], comments: [] });
		expect(await activity(document.id)).toEqual({});
		const doc = await readDocument(f.db, document.id);
		expect(commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD)).size).toBe(0);
		expect(doc.getXmlFragment(RICH_TEXT_FIELD).toString()).toContain('We ask the council to adopt all nine rules.');
	});

	it('resolves and reopens a thread, keeping who resolved it and when', async () => {
		const { member, second, document, slug } = await teamWithDoc();
		const thread = await commentOn(slug, member.id, document.id, 'the council', 'Is this the right body?');
		const before = Date.now();
		await resolveThread(f.db, slug, second.id, document.id, thread, true);
		let listed = await listThreads(f.db, slug, member.id, document.id);
		expect(listed.open).toEqual([]);
		expect(listed.resolved).toHaveLength(1);
		expect(listed.resolved[0]).toMatchObject({ id: thread, resolvedByName: 'Sara Second' });
		expect(listed.resolved[0].resolvedAt).toBeGreaterThanOrEqual(before);
		// Resolving twice changes nothing.
		await resolveThread(f.db, slug, member.id, document.id, thread, true);
		expect((await listThreads(f.db, slug, member.id, document.id)).resolved[0].resolvedByName).toBe('Sara Second');
		expect(await activity(document.id)).toEqual({ [thread]: 2 });

		await resolveThread(f.db, slug, member.id, document.id, thread, false);
		listed = await listThreads(f.db, slug, member.id, document.id);
		expect(listed.resolved).toEqual([]);
		expect(listed.open[0]).toMatchObject({ id: thread, resolvedAt: null, resolvedByName: null });
		expect(await activity(document.id)).toEqual({ [thread]: 3 });
	});

	it('keeps threads whose text was deleted, listed after the open ones as text removed', async () => {
		const { member, document, slug } = await teamWithDoc('talking_points');
		const late = await commentOn(slug, member.id, document.id, 'without a warrant', 'Cite the statute.', 1);
		const early = await commentOn(slug, member.id, document.id, 'all nine rules', 'Name them.');
		const gone = await commentOn(slug, member.id, document.id, 'federal agents', 'Say who exactly.', 1);
		let listed = await listThreads(f.db, slug, member.id, document.id);
		expect(listed.open.map((t) => t.id)).toEqual([early, gone, late]);

		await liveDocuments(f.db).change(document.id, (doc) => deleteWords(doc, 1, 'federal agents'));
		listed = await listThreads(f.db, slug, member.id, document.id);
		expect(listed.open.map((t) => t.id)).toEqual([early, late]);
		expect(listed.removed.map((t) => [t.id, t.quote, t.anchoredText])).toEqual([[gone, 'federal agents', null]]);
		expect(listed.removed[0].comments.map((c) => c.body)).toEqual(['Say who exactly.']);
		// It can still be answered and resolved.
		await reply(f.db, slug, member.id, document.id, gone, 'The text went; resolving.');
		await resolveThread(f.db, slug, member.id, document.id, gone, true);
		expect((await listThreads(f.db, slug, member.id, document.id)).resolved.map((t) => t.id)).toEqual([gone]);
	});

	it('refuses changes on an archived document, which stays readable', async () => {
		const { member, document, slug } = await teamWithDoc();
		const thread = await commentOn(slug, member.id, document.id, 'the council', 'Before archiving');
		await f.db.updateTable('document').set({ archived_at: Date.now() }).where('id', '=', document.id).execute();
		await expectRefusal(reply(f.db, slug, member.id, document.id, thread, 'After'), 403, 'comments_archived');
		await expectRefusal(resolveThread(f.db, slug, member.id, document.id, thread, true), 403, 'comments_archived');
		const listed = await listThreads(f.db, slug, member.id, document.id);
		expect(listed.canComment).toBe(false);
		expect(listed.open[0].comments.map((c) => [c.body, c.canEdit, c.canDelete])).toEqual([['Before archiving', false, false]]);
	});
});
