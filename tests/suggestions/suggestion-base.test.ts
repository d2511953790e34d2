import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { setBlockType, wrapIn, toggleMark, joinBackward } from '@tiptap/pm/commands';
import { wrapInList } from '@tiptap/pm/schema-list';
import { keepsToSuggestions, suggestTransaction } from '../../src/lib/components/editor/suggest-changes';
import { isCommentKey } from '../../src/lib/collab/rich-text-doc';
import { baseText, suggestionAuthors, withoutSuggestions } from '../../src/lib/collab/suggestion-base';
import { plainText, readContent } from '../../src/lib/server/export/content';
import { schema } from './harness';

const start = {
	type: 'doc',
	content: [
		{ type: 'paragraph', content: [{ type: 'text', text: 'We ask you to vote no.' }] },
		{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'No 287(g)' }] }] }] },
		{ type: 'paragraph', content: [{ type: 'text', text: 'Thank you for your time.' }] }
	]
};
const base = (json: unknown) => baseText(json as never, isCommentKey);
const fresh = () => EditorState.create({ schema, doc: schema.nodeFromJSON(start) });
const posOf = (state: EditorState, text: string, offset = 0) => {
	let found = -1;
	state.doc.descendants((node, pos) => {
		if (found < 0 && node.isText && node.text?.includes(text)) found = pos + node.text.indexOf(text) + offset;
	});
	return found;
};
/** Runs an editor command as a suggestion by `author`. */
function suggest(state: EditorState, edit: (s: EditorState) => Transaction, author = 'reviewer-1'): EditorState {
	return state.apply(suggestTransaction(state, edit(state), author));
}
function command(state: EditorState, run: (s: EditorState, dispatch: (tr: Transaction) => void) => boolean): Transaction {
	let made: Transaction | null = null;
	run(state, (tr) => (made = tr));
	if (!made) throw new Error('command did nothing');
	return made;
}
const at = (state: EditorState, pos: number, to = pos) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos, to)));

describe('the text without suggestions', () => {
	const before = base(start);
	const cases: [string, (s: EditorState) => EditorState][] = [
		['a word typed', (s) => suggest(s, (x) => x.tr.insertText('please ', posOf(x, 'vote')))],
		['a word deleted', (s) => suggest(s, (x) => x.tr.delete(posOf(x, 'no.'), posOf(x, 'no.') + 3))],
		['a paragraph split in the middle (Enter)', (s) => suggest(at(s, posOf(s, 'vote')), (x) => x.tr.split(posOf(x, 'vote')))],
		['Enter at the end of a paragraph, then words', (s) => {
			const end = posOf(s, 'no.', 3);
			const split = suggest(at(s, end), (x) => x.tr.split(end));
			return suggest(split, (x) => x.tr.insertText('Our county is next.', x.selection.from));
		}],
		['a new list item', (s) => {
			const end = posOf(s, '287(g)', 6);
			const split = suggest(at(s, end), (x) => x.tr.split(end, 2));
			return suggest(split, (x) => x.tr.insertText('No ICE detainers', x.selection.from));
		}],
		['a paragraph deleted', (s) => suggest(s, (x) => x.tr.delete(x.doc.content.size - x.doc.lastChild!.nodeSize, x.doc.content.size))],
		['two paragraphs joined (Backspace at the start of one)', (s) => suggest(at(s, posOf(s, 'Thank')), (x) => command(x, joinBackward))],
		['bold made', (s) => suggest(at(s, posOf(s, 'vote'), posOf(s, 'vote', 4)), (x) => command(x, toggleMark(schema.marks.bold)))],
		['a comment added', (s) => s.apply(s.tr.addMark(posOf(s, 'vote'), posOf(s, 'vote', 4), schema.marks.comment.create({ threadId: 'abcdefghijklmnopqrstuvwxyz' })))]
	];
	for (const [name, edit] of cases) {
		it(`reads the same after ${name} as a suggestion`, () => {
			const after = edit(fresh()).doc.toJSON();
			expect(base(after)).toBe(before);
		});
	}

	it('changes with an edit that is not a suggestion', () => {
		const s = fresh();
		expect(base(s.apply(s.tr.insertText('please ', posOf(s, 'vote'))).doc.toJSON())).not.toBe(before);
		expect(base(s.apply(s.tr.delete(posOf(s, 'no.'), posOf(s, 'no.') + 3)).doc.toJSON())).not.toBe(before);
		expect(base(s.apply(s.tr.split(posOf(s, 'vote'))).doc.toJSON())).not.toBe(before);
		expect(base(s.apply(s.tr.addMark(posOf(s, 'vote'), posOf(s, 'vote', 4), schema.marks.bold.create())).doc.toJSON())).not.toBe(before);
		expect(base(command(at(s, posOf(s, 'We')), setBlockType(schema.nodes.heading, { level: 2 })).doc.toJSON())).not.toBe(before);
	});

	it('matches what the exports print when suggestions are left out', () => {
		const s = suggest(at(fresh(), posOf(fresh(), 'vote')), (x) => x.tr.split(posOf(x, 'vote')));
		const json = s.doc.toJSON();
		expect(plainText(readContent(withoutSuggestions(json)))).toBe('We ask you to vote no.\nNo 287(g)\nThank you for your time.');
	});

	it('names the author of every suggestion', () => {
		const s = suggest(fresh(), (x) => x.tr.insertText('please ', posOf(x, 'vote')), 'ana');
		expect([...suggestionAuthors(s.doc.toJSON()).values()]).toEqual(['ana']);
	});

	it('reads a crafted document without throwing', () => {
		const deep: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'x' }] };
		let node = deep;
		for (let i = 0; i < 500; i++) node = { type: 'blockquote', content: [node] };
		for (const json of [{}, { content: 'no' }, { content: [null, 3, { type: 'text' }] }, { type: 'doc', content: [node] }]) expect(typeof base(json)).toBe('string');
	});

	it('a reviewer\'s editor makes no heading (not yet a suggestion), and keeps a suggested list or quote', () => {
		const s = fresh();
		const suggested = (x: EditorState, run: Parameters<typeof command>[1]) => suggestTransaction(x, command(x, run), 'reviewer-1');
		expect(keepsToSuggestions(suggested(at(s, posOf(s, 'We')), setBlockType(schema.nodes.heading, { level: 2 })))).toBe(false);
		expect(keepsToSuggestions(suggested(at(s, posOf(s, 'Thank')), wrapInList(schema.nodes.bulletList)))).toBe(true);
		expect(keepsToSuggestions(suggested(at(s, posOf(s, 'Thank')), wrapIn(schema.nodes.blockquote)))).toBe(true);
		expect(keepsToSuggestions(suggested(at(s, posOf(s, 'vote')), (x, d) => (d(x.tr.insertText('please ')), true)))).toBe(true);
	});
});
