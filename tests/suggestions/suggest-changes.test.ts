import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { acceptAllCommand, acceptSuggestionCommand, openSuggestions, rejectAllCommand, rejectSuggestionCommand, suggestTransaction } from '../../src/lib/components/editor/suggest-changes';
import { RICH_TEXT_FIELD } from '../../src/lib/collab/rich-text-doc';
import { SUGGESTION_ID } from '../../src/lib/collab/suggestions';
import { schema } from './harness';

const ALICE = 'user-alice';
const BOB = 'user-bob';

const start = {
	type: 'doc',
	content: [
		{ type: 'paragraph', content: [{ type: 'text', text: 'We ask the council to act.' }] },
		{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First rule' }] }] }] }
	]
};

const stateOf = (json: unknown) => EditorState.create({ schema, doc: schema.nodeFromJSON(json) });
/** Applies `edit` as `author` suggesting. */
function suggest(state: EditorState, author: string, edit: (tr: Transaction) => void): EditorState {
	const tr = state.tr;
	edit(tr);
	return state.apply(suggestTransaction(state, tr, author));
}
function run(state: EditorState, command: (s: EditorState, d?: (tr: Transaction) => void) => boolean): EditorState {
	let next = state;
	expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
	return next;
}
/** The document as another client sees it after Yjs. */
function throughYjs(doc: PMNode): EditorState {
	const ydoc = new Y.Doc();
	prosemirrorJSONToYXmlFragment(schema, doc.toJSON(), ydoc.getXmlFragment(RICH_TEXT_FIELD));
	const other = new Y.Doc();
	Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
	return EditorState.create({ schema, doc: yXmlFragmentToProseMirrorRootNode(other.getXmlFragment(RICH_TEXT_FIELD), schema) });
}
const text = (state: EditorState) => state.doc.textBetween(0, state.doc.content.size, '\n').replaceAll('\u200B', '');
/** Position just after `words` in the document. */
function after(state: EditorState, words: string): number {
	let at = -1;
	state.doc.descendants((node, pos) => {
		if (at < 0 && node.isText && node.text!.includes(words)) at = pos + node.text!.indexOf(words) + words.length;
	});
	return at;
}

describe('suggestion mode', () => {
	it('marks an insertion and a deletion with a UUID id, the author and the time', () => {
		let state = stateOf(start);
		state = suggest(state, ALICE, (tr) => tr.insertText(' now', after(state, 'to act')));
		const from = after(state, 'We ask ') ;
		state = suggest(state, ALICE, (tr) => tr.delete(from, from + 'the council'.length));
		const open = openSuggestions(state.doc);
		expect(open).toHaveLength(2);
		for (const s of open) {
			expect(s.id).toMatch(SUGGESTION_ID);
			expect(s.author).toBe(ALICE);
			expect(s.at).toBeGreaterThan(Date.now() - 10_000);
		}
		expect(open.map((s) => [s.inserted, s.deleted])).toEqual([
			['', 'the council'],
			['now', '']
		]);
		// The deleted words stay in the text until accepted.
		expect(text(state)).toContain('We ask the council to act now.');
	});

	it('gives a new id to words typed next to another person’s suggestion', () => {
		let state = stateOf(start);
		state = suggest(state, ALICE, (tr) => tr.insertText(' now', after(state, 'to act')));
		state = suggest(state, BOB, (tr) => tr.insertText('!', after(state, ' now')));
		const open = openSuggestions(state.doc);
		expect(open.map((s) => s.author).sort()).toEqual([ALICE, BOB]);
		expect(new Set(open.map((s) => s.id)).size).toBe(2);
	});

	it('accepts one and rejects another after Yjs, and both orders of the others agree', () => {
		let state = stateOf(start);
		state = suggest(state, ALICE, (tr) => tr.insertText(' now', after(state, 'to act')));
		const from = after(state, 'We ask ');
		state = suggest(state, ALICE, (tr) => tr.delete(from, from + 'the council '.length));
		let other = throughYjs(state.doc);
		const [deletion, insertion] = openSuggestions(other.doc);
		other = run(other, acceptSuggestionCommand(deletion.id));
		other = run(other, rejectSuggestionCommand(insertion.id));
		expect(text(other)).toBe('We ask to act.\nFirst rule');
		expect(openSuggestions(other.doc)).toEqual([]);
	});

	it('a suggested new list item and paragraph keep their suggestion through Yjs and resolve', () => {
		let state = stateOf(start);
		// Enter at the end of the list item, then words: a new item.
		const end = after(state, 'First rule');
		state = suggest(state, ALICE, (tr) => tr.setSelection(TextSelection.create(tr.doc, end)).split(end, 2));
		state = suggest(state, ALICE, (tr) => tr.insertText('Second rule', state.selection.from));
		// A whole new paragraph at the end of the document.
		state = suggest(state, ALICE, (tr) => tr.insert(tr.doc.content.size, schema.nodes.paragraph.create(null, schema.text('Thank you.'))));
		// No node marks leave the editor: y-prosemirror would drop them.
		state.doc.descendants((node) => expect(node.isInline || node.marks.length === 0).toBe(true));
		const synced = throughYjs(state.doc);
		expect(synced.doc.toJSON()).toEqual(state.doc.toJSON());
		const open = openSuggestions(synced.doc);
		expect(open.length).toBeGreaterThanOrEqual(2);
		expect(open.some((s) => s.block)).toBe(true);
		expect(open.map((s) => s.inserted).join(' ')).toContain('Second rule');
		expect(open.map((s) => s.inserted).join(' ')).toContain('Thank you.');

		const accepted = run(synced, acceptAllCommand);
		expect(text(accepted)).toBe('We ask the council to act.\nFirst rule\nSecond rule\nThank you.');
		expect(openSuggestions(accepted.doc)).toEqual([]);
		expect(accepted.doc.child(1).childCount).toBe(2);

		const rejected = run(synced, rejectAllCommand);
		expect(text(rejected)).toBe('We ask the council to act.\nFirst rule');
		expect(openSuggestions(rejected.doc)).toEqual([]);
		expect(rejected.doc.toJSON()).toEqual(stateOf(start).doc.toJSON());
	});

	it('a suggested removal of a whole paragraph resolves both ways', () => {
		const two = { type: 'doc', content: [start.content[0], { type: 'paragraph', content: [{ type: 'text', text: 'Drop me.' }] }] };
		let state = stateOf(two);
		const p = state.doc.child(0).nodeSize;
		state = suggest(state, BOB, (tr) => tr.delete(p, p + state.doc.child(1).nodeSize));
		const synced = throughYjs(state.doc);
		const [open] = openSuggestions(synced.doc);
		expect(open.author).toBe(BOB);
		expect(open.deleted).toBe('Drop me.');
		expect(text(run(synced, acceptSuggestionCommand(open.id)))).toBe('We ask the council to act.');
		expect(text(run(synced, rejectSuggestionCommand(open.id)))).toBe('We ask the council to act.\nDrop me.');
	});
});
