import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocument } from '$lib/server/documents';
import { readDocument } from '$lib/server/live-documents';
import { commentActivityMap, commentAnchors, RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import { newThreadId, type ArrangedThreads } from '$lib/doc-comments';
import { addMember, client, person, startServer, synced, teamOf, waitFor, sleep, type Client, type Person, type TestServer } from '../collab/helpers';
import { openFoundation, type Foundation } from '../foundation/helpers';
import { startKit, type Kit } from '../foundation/kit';
import { deleteWords, markPassage, paragraphText, plain, writeParagraphs } from './fixtures';

// The page's routes over real HTTP (SvelteKit on Vite) and the live engine on a real WebSocket
// server, sharing one database: what a comment posted on the page does to everyone on the document.
let f: Foundation;
let kit: Kit;
let server: TestServer;
let member: Person, second: Person, viewer: Person, outsider: Person;
let slug: string;
let otherSlug: string;
const clients: Client[] = [];

beforeAll(async () => {
	f = await openFoundation();
	kit = await startKit(f.app);
	server = await startServer(f.app);
	[member, second, viewer, outsider] = await Promise.all(['Mateo Member', 'Sara Second', 'Vera Viewer', 'Otto Outsider'].map((n) => person(f.app, n)));
	const team = await teamOf(f.app, member, 'Riverside Jail Watch');
	slug = team.slug;
	await addMember(f.app, team.id, second, 'member');
	await addMember(f.app, team.id, viewer, 'viewer');
	otherSlug = (await teamOf(f.app, outsider, 'Lakeside Rapid Response')).slug;
}, 120_000);

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	await kit.close();
	await f.close();
});

function open(documentId: string, who: Person): Client {
	const c = client(server, documentId, who);
	clients.push(c);
	return c;
}

/** A document of `teamSlug` with two paragraphs, typed by a live client of `who`, who stays connected. */
async function documentWithText(who: Person, teamSlug = slug) {
	const document = await createDocument(f.db, teamSlug, who.id, { title: 'Testimony notes' });
	const writer = open(document.id, who);
	await synced(writer);
	writeParagraphs(writer.doc, ['We ask the council to adopt all nine rules.', 'Our county holds people for federal agents without a warrant.']);
	await waitFor(() => writer.provider.synced, 5000, 'the text to be sent');
	await storedHas(document.id, (doc) => doc.getXmlFragment(RICH_TEXT_FIELD).length === 2);
	return { document, writer };
}

async function storedHas(documentId: string, check: (doc: Y.Doc) => boolean, what = 'the store to hold it'): Promise<void> {
	const deadline = Date.now() + 5000;
	for (;;) {
		const doc = await readDocument(f.db, documentId);
		const ok = check(doc);
		doc.destroy();
		if (ok) return;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(30);
	}
}

const post = async (path: string, fields: Record<string, string>, who: Person) => {
	const response = await kit.post(path, fields, who.cookie);
	await response.arrayBuffer();
	return response.status;
};

async function threadsOf(documentId: string, who: Person, teamSlug = slug): Promise<{ status: number; body: (ArrangedThreads & { canComment: boolean }) | null }> {
	const response = await kit.fetch(`/t/${teamSlug}/docs/${documentId}/comments`, { cookie: who.cookie, headers: { accept: 'application/json' } });
	const body = response.ok ? await response.json() : (await response.arrayBuffer(), null);
	return { status: response.status, body };
}

const rowCount = async () => (await f.db.selectFrom('doc_comment').select('id').execute()).length;

describe('comments on a live document', () => {
	it('a comment posted on the page reaches everyone on the document within 2 s; replies and resolving do too', async () => {
		const { document, writer } = await documentWithText(member);
		const watcher = open(document.id, viewer);
		await synced(watcher);
		const actions = `/t/${slug}/docs/${document.id}`;

		// The browser marks the words first (a live edit the server accepts), then posts the comment.
		const thread = newThreadId();
		markPassage(writer.doc, 0, 'all nine rules', thread);
		await storedHas(document.id, (doc) => commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD)).has(thread), 'the mark to be stored');
		expect(writer.closes).toEqual([]);
		await waitFor(() => commentAnchors(watcher.doc.getXmlFragment(RICH_TEXT_FIELD)).get(thread) === 'all nine rules', 5000, 'the mark to reach the viewer');

		// Vite compiles the route on its first request: once, before anything is timed.
		expect((await kit.fetch(actions, { cookie: member.cookie }).then(async (r) => (await r.arrayBuffer(), r))).status).toBe(200);
		const posted = Date.now();
		expect(await post(`${actions}?/openThread`, { thread, quote: 'all nine rules', body: 'Should we name all nine?' }, member)).toBe(200);
		const answered = Date.now();
		// Heard on the other connection within 2 s of the page's answer.
		await waitFor(() => commentActivityMap(watcher.doc).get(thread) === 1, 2000, 'the viewer to hear of the comment');
		const heardAfter = Date.now() - posted;
		const afterAnswer = Date.now() - answered;

		let listed = await threadsOf(document.id, viewer);
		expect(listed.status).toBe(200);
		expect(listed.body!.canComment).toBe(false);
		expect(listed.body!.open.map((t) => [t.id, t.anchoredText, t.comments.map((c) => [c.authorName, c.body])])).toEqual([[thread, 'all nine rules', [['Mateo Member', 'Should we name all nine?']]]]);

		// A viewer cannot answer or resolve, over HTTP either; nothing changes.
		expect(await post(`${actions}?/reply`, { thread, body: 'Me too' }, viewer)).toBe(403);
		expect(await post(`${actions}?/resolveThread`, { thread, resolved: 'yes' }, viewer)).toBe(403);
		expect(await rowCount()).toBe(1);

		// Another member answers, then resolves: each is heard live.
		expect(await post(`${actions}?/reply`, { thread, body: 'Yes, one line each.' }, second)).toBe(200);
		await waitFor(() => commentActivityMap(watcher.doc).get(thread) === 2, 2000, 'the reply to be heard');
		expect(await post(`${actions}?/resolveThread`, { thread, resolved: 'yes' }, second)).toBe(200);
		await waitFor(() => commentActivityMap(watcher.doc).get(thread) === 3, 2000, 'the resolution to be heard');
		listed = await threadsOf(document.id, member);
		expect(listed.body!.open).toEqual([]);
		expect(listed.body!.resolved.map((t) => [t.id, t.resolvedByName, t.comments.length])).toEqual([[thread, 'Sara Second', 2]]);
		expect(await post(`${actions}?/resolveThread`, { thread, resolved: 'no' }, member)).toBe(200);
		await waitFor(() => commentActivityMap(watcher.doc).get(thread) === 4, 2000, 'the reopening to be heard');

		// Someone deletes the words: the thread is kept, listed as text removed.
		deleteWords(writer.doc, 0, 'all nine rules');
		await storedHas(document.id, (doc) => !commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD)).has(thread), 'the deletion to be stored');
		listed = await threadsOf(document.id, member);
		expect(listed.body!.open).toEqual([]);
		expect(listed.body!.removed.map((t) => [t.id, t.quote, t.anchoredText])).toEqual([[thread, 'all nine rules', null]]);
		console.info(`comments: another client heard of a new comment ${heardAfter} ms after it was posted (${afterAnswer} ms after the answer)`);
	});

	it("refuses another team's document over HTTP (404) and stores nothing", async () => {
		const { document } = await documentWithText(outsider, otherSlug);
		const before = await rowCount();
		expect((await threadsOf(document.id, member)).status).toBe(404);
		expect((await threadsOf(document.id, member, otherSlug)).status).toBe(404);
		const thread = newThreadId();
		expect(await post(`/t/${slug}/docs/${document.id}?/openThread`, { thread, quote: 'x', body: 'Hi' }, member)).toBe(404);
		expect(await post(`/t/${otherSlug}/docs/${document.id}?/openThread`, { thread, quote: 'x', body: 'Hi' }, member)).toBe(404);
		expect(await rowCount()).toBe(before);
		// Bad input is a 400, not a 500.
		const own = await createDocument(f.db, slug, member.id, { title: 'Ours' });
		expect(await post(`/t/${slug}/docs/${own.id}?/openThread`, { thread: 'not-an-id', quote: 'x', body: 'Hi' }, member)).toBe(400);
		expect(await post(`/t/${slug}/docs/${own.id}?/openThread`, { thread, quote: 'x', body: '' }, member)).toBe(400);
		expect(await post(`/t/${slug}/docs/${own.id}?/resolveThread`, { thread, resolved: 'maybe' }, member)).toBe(400);
		expect(await post(`/t/${slug}/docs/${own.id}?/reply`, { thread, body: 'Hi' }, member)).toBe(404);
		expect(await rowCount()).toBe(before);
	});

	it('refuses a raw client writing the activity map (4422): nothing of it is stored or relayed', async () => {
		const { document, writer } = await documentWithText(member);
		const thread = newThreadId();
		markPassage(writer.doc, 0, 'the council', thread);
		expect(await post(`/t/${slug}/docs/${document.id}?/openThread`, { thread, quote: 'the council', body: 'Which council?' }, member)).toBe(200);
		await waitFor(() => commentActivityMap(writer.doc).get(thread) === 1, 2000, 'the count');

		const forgeries: ((doc: Y.Doc) => void)[] = [
			(doc) => commentActivityMap(doc).set(thread, 99),
			(doc) => commentActivityMap(doc).set(newThreadId(), 1),
			(doc) => commentActivityMap(doc).delete(thread)
		];
		for (const forge of forgeries) {
			const attacker = open(document.id, second);
			await synced(attacker);
			await waitFor(() => commentActivityMap(attacker.doc).get(thread) === 1, 5000, 'the attacker to sync');
			forge(attacker.doc);
			await waitFor(() => attacker.closes.length > 0, 5000, 'the attacker to be closed');
			expect(attacker.closes[0]).toEqual({ code: 4422, reason: 'comment_activity' });
			attacker.destroy();
		}
		await sleep(200);
		expect(Object.fromEntries(commentActivityMap(writer.doc).entries())).toEqual({ [thread]: 1 });
		await storedHas(document.id, (doc) => JSON.stringify(commentActivityMap(doc).toJSON()) === JSON.stringify({ [thread]: 1 }), 'the stored map to be the server’s');
		// The honest editor types on.
		paragraphText(writer.doc, 1).insert(0, 'Today ');
		await storedHas(document.id, (doc) => plain(paragraphText(doc, 1)).startsWith('Today '), 'honest typing to be stored');
	});

	it('refuses a raw client sending a comment mark with a malformed id (4422), also on text already formatted', async () => {
		const { document, writer } = await documentWithText(member);
		// Text with formatting makes Yjs tidy it after a remote update, in a transaction of its own.
		paragraphText(writer.doc, 0).format(0, 2, { bold: true });
		markPassage(writer.doc, 1, 'federal agents', newThreadId());
		await storedHas(document.id, (doc) => commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD)).size === 1, 'the honest mark');
		const bad: unknown[] = [{ threadId: 12345 }, { threadId: 'x'.repeat(10_000) }, 'not attributes', { threadId: newThreadId(), extra: 1 }];
		for (const value of bad) {
			const attacker = open(document.id, second);
			await synced(attacker);
			await waitFor(() => attacker.doc.getXmlFragment(RICH_TEXT_FIELD).length === 2, 5000, 'the attacker to sync');
			paragraphText(attacker.doc, 0).format(3, 3, { 'comment--forged': value });
			await waitFor(() => attacker.closes.length > 0, 5000, 'the attacker to be closed');
			expect(attacker.closes[0]).toEqual({ code: 4422, reason: 'update_refused' });
			attacker.destroy();
		}
		await waitFor(() => writer.provider.synced && writer.provider.wsconnected, 5000, 'the writer to reconnect');
		const doc = await readDocument(f.db, document.id);
		const stored = paragraphText(doc, 0).toDelta() as { attributes?: Record<string, unknown> }[];
		expect(stored.some((op) => op.attributes && 'comment--forged' in op.attributes)).toBe(false);
		expect(commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD)).size).toBe(1);
		doc.destroy();
	});
});
