import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { createDocument, getDocument } from '$lib/server/documents';
import { endReview, listReviewers, sharedWithMe, shareForReview } from '$lib/server/document-shares';
import { listThreads, openThread } from '$lib/server/doc-comments';
import { readDocument } from '$lib/server/live-documents';
import { newThreadId } from '$lib/doc-comments';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import { acceptSuggestionCommand, openSuggestions, rejectSuggestionCommand } from '$lib/components/editor/suggest-changes';
import { after, edit, fragment, pmDoc, run, schema, suggestOn, text } from './harness';
import { addMember, client, person, synced, startServer, teamOf, upgradeStatus, waitFor, type Client, type Person, type TestServer } from '../collab/helpers';
import { openFoundation, type Foundation } from '../foundation/helpers';

// A reviewer (a document shared for review) on the real server: suggestions and comments go in,
// anything else is refused by the engine and never stored.

let f: Foundation;
let server: TestServer;
let owner: Person, member: Person, lawyer: Person, stranger: Person;
let slug: string, otherSlug: string;
const clients: Client[] = [];
const START = {
	type: 'doc',
	content: [
		{ type: 'paragraph', content: [{ type: 'text', text: 'We ask the council to vote no.' }] },
		{ type: 'paragraph', content: [{ type: 'text', text: 'Thank you.' }] }
	]
};

beforeAll(async () => {
	f = await openFoundation();
	server = await startServer(f.app, { recheckIntervalMs: 200 });
	[owner, member, lawyer, stranger] = await Promise.all(['Olga Owner', 'Mia Member', 'Lena Lawyer', 'Sol Stranger'].map((n) => person(f.app, n)));
	const team = await teamOf(f.app, owner, 'Riverside Jail Watch');
	slug = team.slug;
	await addMember(f.app, team.id, member, 'member');
	otherSlug = (await teamOf(f.app, stranger, 'Elsewhere Watch')).slug;
}, 120_000);

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	await f.close();
});

const stored = async (documentId: string) => {
	const doc = await readDocument(f.db, documentId);
	const pm = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(RICH_TEXT_FIELD), schema);
	doc.destroy();
	return pm;
};

async function sharedDocument() {
	const document = await createDocument(f.db, slug, owner.id, { title: 'Testimony for the 14th' });
	const o = client(server, document.id, owner);
	clients.push(o);
	await synced(o);
	o.doc.transact(() => prosemirrorJSONToYXmlFragment(schema, START, fragment(o)));
	for (let i = 0; !text(await stored(document.id)).includes('Thank you'); i++) {
		if (i > 500) throw new Error('the text was never stored');
		await new Promise((r) => setTimeout(r, 10));
	}
	// The address as someone might type it: the account is found all the same.
	const email = (await f.db.selectFrom('user').select('email').where('id', '=', lawyer.id).executeTakeFirstOrThrow()).email;
	await shareForReview(f.db, slug, owner.id, document.id, ` ${email.toUpperCase()} `);
	return { document, o };
}

describe('sharing a document for review', () => {
	it('organizers and owners share with an existing account; members cannot; the reviewer sees it shared with them', async () => {
		const document = await createDocument(f.db, slug, owner.id, { title: 'Statement' });
		const email = (await f.db.selectFrom('user').select('email').where('id', '=', lawyer.id).executeTakeFirstOrThrow()).email;
		await expect(shareForReview(f.db, slug, member.id, document.id, email)).rejects.toMatchObject({ code: 'forbidden', status: 403 });
		await expect(shareForReview(f.db, slug, owner.id, document.id, 'nobody@example.org')).rejects.toMatchObject({ code: 'review_no_account', status: 400 });
		const memberEmail = (await f.db.selectFrom('user').select('email').where('id', '=', member.id).executeTakeFirstOrThrow()).email;
		await expect(shareForReview(f.db, slug, owner.id, document.id, memberEmail)).rejects.toMatchObject({ code: 'review_already_editor' });
		await expect(shareForReview(f.db, otherSlug, stranger.id, document.id, email)).rejects.toMatchObject({ status: 404 });
		await shareForReview(f.db, slug, owner.id, document.id, email);
		await shareForReview(f.db, slug, owner.id, document.id, email); // twice: no change
		expect((await listReviewers(f.db, slug, owner.id, document.id)).map((r) => [r.name, r.email])).toEqual([['Lena Lawyer', email]]);
		expect((await listReviewers(f.db, slug, member.id, document.id)).map((r) => [r.name, r.email])).toEqual([['Lena Lawyer', '']]);
		expect((await sharedWithMe(f.db, lawyer.id)).map((d) => d.title)).toContain('Statement');
		const access = await getDocument(f.db, slug, lawyer.id, document.id);
		expect(access).toMatchObject({ reviewer: true, canSuggest: true, canEdit: false, role: 'viewer', member: false });
		// Someone it is not shared with hears there is no such team.
		await expect(getDocument(f.db, slug, stranger.id, document.id)).rejects.toMatchObject({ code: 'team_not_found', status: 404 });
		await expect(endReview(f.db, slug, member.id, document.id, lawyer.id)).rejects.toMatchObject({ code: 'forbidden' });
		await endReview(f.db, slug, owner.id, document.id, lawyer.id);
		await expect(getDocument(f.db, slug, lawyer.id, document.id)).rejects.toMatchObject({ status: 404 });
	});
});

describe('a reviewer on the live document', () => {
	it('suggests and comments; the team sees both and accepts; the reviewer converges', async () => {
		const { document, o } = await sharedDocument();
		const r = client(server, document.id, lawyer);
		clients.push(r);
		await synced(r);
		await waitFor(() => text(pmDoc(r)).includes('Thank you'), 5000, 'the text at the reviewer');
		suggestOn(r, lawyer.id, (s) => s.tr.insertText(' on item 7', after(s.doc, 'vote no')));
		suggestOn(r, lawyer.id, (s) => s.tr.delete(after(s.doc, 'We ask '), after(s.doc, 'We ask ') + 'the council '.length));
		// A suggested split (Enter in the middle of a paragraph) and words in the new paragraph.
		suggestOn(r, lawyer.id, (s) => s.tr.split(after(s.doc, 'Thank')));
		await waitFor(() => openSuggestions(pmDoc(o)).length >= 3, 5000, 'the suggestions at the owner');
		expect(r.closes).toEqual([]);
		expect(openSuggestions(pmDoc(o)).every((s) => s.author === lawyer.id)).toBe(true);

		const thread = newThreadId();
		edit(r, (s) => s.tr.addMark(after(s.doc, 'We ') - 3, after(s.doc, 'We ask'), schema.marks.comment.create({ threadId: thread })));
		await openThread(f.db, slug, lawyer.id, document.id, { threadId: thread, quote: 'We ask', body: 'Name the ordinance here.' });
		const threads = await listThreads(f.db, slug, owner.id, document.id);
		expect(threads.canComment).toBe(true);
		expect(threads.open.map((t) => t.comments[0].body)).toEqual(['Name the ordinance here.']);
		expect((await listThreads(f.db, slug, lawyer.id, document.id)).canModerate).toBe(false);

		// The reviewer withdraws one of their own suggestions: allowed (it leaves the text as it was).
		const removal = openSuggestions(pmDoc(r)).find((s) => s.deleted.includes('the council'))!;
		run(r, rejectSuggestionCommand(removal.id));
		await waitFor(() => openSuggestions(pmDoc(o)).length === 2, 5000, 'the withdrawal at the owner');
		const added = openSuggestions(pmDoc(o)).find((s) => s.inserted.includes('on item 7'))!;
		run(o, acceptSuggestionCommand(added.id));
		await waitFor(() => text(pmDoc(r)).startsWith('We ask the council to vote no on item 7.'), 5000, 'the acceptance at the reviewer');
		expect(r.closes).toEqual([]);
		await waitFor(() => JSON.stringify(pmDoc(r).toJSON()) === JSON.stringify(pmDoc(o).toJSON()), 5000, 'convergence');
		expect(Y.encodeStateVector(r.doc)).toEqual(Y.encodeStateVector(o.doc));
		expect(pmDoc(r).toJSON()).toEqual(pmDoc(o).toJSON());

		// The owner types straight into the text, then the reviewer suggests again: the engine's
		// copy it checks the reviewer on has caught up with the owner's words.
		edit(o, (s) => s.tr.insertText(' Truly.', after(s.doc, 'item 7.')));
		await waitFor(() => text(pmDoc(r)).includes('Truly.'), 5000, "the owner's words at the reviewer");
		suggestOn(r, lawyer.id, (s) => s.tr.insertText(' tonight', after(s.doc, 'vote no')));
		await waitFor(() => openSuggestions(pmDoc(o)).some((s) => s.inserted.includes('tonight')), 5000, 'the new suggestion at the owner');
		expect(r.closes).toEqual([]);
	});

	for (const [name, attack, reason] of [
		['types straight into the text', (c: Client) => edit(c, (s) => s.tr.insertText(' and abstain', after(s.doc, 'vote no'))), 'suggestions_only'],
		['deletes words outright', (c: Client) => edit(c, (s) => s.tr.delete(0, after(s.doc, 'We ask ') + 1)), 'suggestions_only'],
		['makes words bold outright', (c: Client) => edit(c, (s) => s.tr.addMark(1, 6, schema.marks.bold.create())), 'suggestions_only'],
		['accepts a suggestion', (c: Client) => {
			suggestOn(c, lawyer.id, (s) => s.tr.insertText(' now', after(s.doc, 'vote no')));
			const id = openSuggestions(pmDoc(c))[0].id;
			run(c, acceptSuggestionCommand(id));
		}, 'suggestions_only'],
		['suggests in another person\'s name', (c: Client) => suggestOn(c, member.id, (s) => s.tr.insertText(' forged', after(s.doc, 'vote no'))), 'suggestion_author']
	] as const) {
		it(`is refused when it ${name}: the connection closes and nothing is stored`, async () => {
			const { document, o } = await sharedDocument();
			const before = (await stored(document.id)).toJSON();
			const raw = client(server, document.id, lawyer);
			clients.push(raw);
			await synced(raw);
			await waitFor(() => text(pmDoc(raw)).includes('Thank you'), 5000, 'the text at the reviewer');
			attack(raw);
			await waitFor(() => raw.closes.some((c) => c.code === 4422), 5000, 'the refusal');
			raw.destroy();
			expect(raw.closes.find((c) => c.code === 4422)!.reason).toBe(name.startsWith('accepts') ? 'suggestions_only' : reason);
			// Only the reviewer's own suggestion, if the attack began with one, may be stored.
			const now = await stored(document.id);
			expect(text(now).replace(' now', '')).toBe(text(schema.nodeFromJSON(before)));
			expect(text(pmDoc(o)).replace(' now', '')).toBe(text(schema.nodeFromJSON(before)));
		});
	}

	it('loses live access when the review ends, and someone it was never shared with is refused at the door', async () => {
		const { document } = await sharedDocument();
		const r = client(server, document.id, lawyer);
		clients.push(r);
		await synced(r);
		await endReview(f.db, slug, owner.id, document.id, lawyer.id);
		await waitFor(() => r.closes.some((c) => c.code === 4403), 5000, 'the access re-check');
		r.destroy();
		expect(await upgradeStatus(`${server.url}/${document.id}`, { Origin: server.origin, Cookie: stranger.cookie })).toBe(403);
		expect(await upgradeStatus(`${server.url}/${document.id}`, { Origin: server.origin, Cookie: lawyer.cookie })).toBe(403);
	});
});
