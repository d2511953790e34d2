import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TextSelection } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocument } from '$lib/server/documents';
import { acceptSuggestionCommand, openSuggestions, rejectAllCommand, rejectSuggestionCommand } from '$lib/components/editor/suggest-changes';
import { after, fragment, pmDoc, run, schema, suggestOn, text } from './harness';
import { addMember, client, person, startServer, synced, teamOf, waitFor, type Client, type Person, type TestServer } from '../collab/helpers';
import { openFoundation, type Foundation } from '../foundation/helpers';

// Two live clients on the real collaboration server, each driving the editor's own schema,
// suggestion transform and commands over y-prosemirror's conversion (see harness.ts).

let f: Foundation;
let server: TestServer;
let owner: Person, suggester: Person;
let slug: string;
const clients: Client[] = [];

beforeAll(async () => {
	f = await openFoundation();
	server = await startServer(f.app);
	[owner, suggester] = await Promise.all(['Olga Owner', 'Sam Suggester'].map((n) => person(f.app, n)));
	const team = await teamOf(f.app, owner, 'Riverside Jail Watch');
	slug = team.slug;
	await addMember(f.app, team.id, suggester, 'member');
}, 120_000);

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	await f.close();
});

describe('suggestions between two live clients', () => {
	it('one suggests, the other accepts some and rejects others; both converge on the same text, and the server keeps it', async () => {
		const document = await createDocument(f.db, slug, owner.id, { title: 'Testimony' });
		const a = client(server, document.id, owner);
		const b = client(server, document.id, suggester);
		clients.push(a, b);
		await synced(a, b);
		const start = {
			type: 'doc',
			content: [
				{ type: 'paragraph', content: [{ type: 'text', text: 'We ask the council to act.' }] },
				{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First rule' }] }] }] }
			]
		};
		a.doc.transact(() => prosemirrorJSONToYXmlFragment(schema, start, fragment(a)));
		await waitFor(() => text(pmDoc(b)).includes('First rule'), 5000, 'the text at the suggester');

		// Sam suggests: a word added, words removed, a new list item.
		suggestOn(b, suggester.id, (s) => s.tr.insertText(' today', after(s.doc, 'to act')));
		suggestOn(b, suggester.id, (s) => s.tr.delete(after(s.doc, 'We ask '), after(s.doc, 'We ask ') + 'the council '.length));
		suggestOn(b, suggester.id, (s) => {
			const end = after(s.doc, 'First rule');
			return s.tr.setSelection(TextSelection.create(s.doc, end)).split(end, 2);
		});
		suggestOn(b, suggester.id, (s) => s.tr.insertText('Second rule', after(s.doc, 'First rule') + 5));
		// Nothing Sam sent was refused by the server's shape check.
		expect(b.closes).toEqual([]);
		await waitFor(() => openSuggestions(pmDoc(a)).length >= 3, 5000, 'the suggestions at the owner');
		const open = openSuggestions(pmDoc(a));
		expect(open.every((s) => s.author === suggester.id)).toBe(true);
		expect(text(pmDoc(a))).toContain('We ask the council to act today.');

		// Olga accepts the added word and the new item, rejects the removal.
		const find = (words: string) => openSuggestions(pmDoc(a)).find((s) => s.inserted.includes(words) || s.deleted.includes(words))!;
		run(a, acceptSuggestionCommand(find('today').id));
		run(a, rejectSuggestionCommand(find('the council').id));
		run(a, acceptSuggestionCommand(find('Second rule').id));
		const expected = 'We ask the council to act today.\nFirst rule\nSecond rule';
		expect(text(pmDoc(a))).toBe(expected);
		await waitFor(() => text(pmDoc(b)) === expected && openSuggestions(pmDoc(b)).length === 0, 5000, 'the suggester to converge');
		expect(pmDoc(b).toJSON()).toEqual(pmDoc(a).toJSON());
		expect(a.closes).toEqual([]);

		// A suggestion rejected with Reject all: gone for both.
		suggestOn(b, suggester.id, (s) => s.tr.insertText(' now', after(s.doc, 'Second rule')));
		await waitFor(() => openSuggestions(pmDoc(a)).length === 1, 5000, 'the new suggestion at the owner');
		run(a, rejectAllCommand);
		await waitFor(() => text(pmDoc(b)) === expected && openSuggestions(pmDoc(b)).length === 0, 5000, 'the rejection at the suggester');
		expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
	});
});
