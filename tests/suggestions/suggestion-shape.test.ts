import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { suggestTransaction } from '../../src/lib/components/editor/suggest-changes';
import { richTextProblems, RICH_TEXT_FIELD } from '../../src/lib/collab/rich-text-doc';
import { newSuggestionId } from '../../src/lib/collab/suggestions';
import type { ShapeProblem } from '../../src/lib/collab/doc-shape';
import { schema } from './harness';

const start = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We ask the council.' }] }] };

function updateFrom(doc: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	const vector = Y.encodeStateVector(copy);
	edit(copy);
	return Y.encodeStateAsUpdate(copy, vector);
}
function problemsOf(doc: Y.Doc, update: Uint8Array): string[] {
	let problems = null as ShapeProblem[] | null;
	const check = (tr: Y.Transaction) => (problems ??= richTextProblems(tr));
	doc.on('afterTransaction', check);
	Y.applyUpdate(doc, update);
	doc.off('afterTransaction', check);
	return (problems ?? []).map((p) => p.problem);
}
const room = () => {
	const doc = new Y.Doc();
	prosemirrorJSONToYXmlFragment(schema, start, doc.getXmlFragment(RICH_TEXT_FIELD));
	return doc;
};
const paragraph = (doc: Y.Doc) => doc.getXmlFragment(RICH_TEXT_FIELD).get(0) as Y.XmlElement;
const textOf = (doc: Y.Doc) => paragraph(doc).get(0) as Y.XmlText;
const good = () => ({ id: newSuggestionId(), author: 'user-1', at: 1_700_000_000_000 });

describe('the server’s shape check of suggestions', () => {
	it('accepts what the editor writes: text suggestions and a suggested new paragraph', () => {
		let state = EditorState.create({ schema, doc: schema.nodeFromJSON(start) });
		const edits = [
			(s: EditorState) => s.tr.insertText(' now', s.doc.content.size - 2),
			(s: EditorState) => s.tr.delete(4, 8),
			(s: EditorState) => s.tr.setSelection(TextSelection.create(s.doc, s.doc.content.size - 1)).split(s.doc.content.size - 1)
		];
		for (const edit of edits) state = state.apply(suggestTransaction(state, edit(state), 'user-1'));
		const doc = new Y.Doc();
		prosemirrorJSONToYXmlFragment(schema, state.doc.toJSON(), doc.getXmlFragment(RICH_TEXT_FIELD));
		expect(problemsOf(new Y.Doc(), Y.encodeStateAsUpdate(doc))).toEqual([]);
		const base = room();
		expect(problemsOf(base, updateFrom(base, (c) => textOf(c).format(0, 2, { insertion: good() })))).toEqual([]);
		expect(problemsOf(base, updateFrom(base, (c) => textOf(c).format(0, 2, { insertion: null })))).toEqual([]);
		expect(problemsOf(base, updateFrom(base, (c) => paragraph(c).setAttribute('suggestion', { type: 'insertion', ...good() } as never)))).toEqual([]);
		expect(problemsOf(base, updateFrom(base, (c) => paragraph(c).setAttribute('suggestion', null as never)))).toEqual([]);
		expect(problemsOf(base, updateFrom(base, (c) => textOf(c).format(0, 2, { modification: { ...good(), type: 'mark', attrName: null, previousValue: null, newValue: { type: 'bold' } } })))).toEqual([]);
	});

	it('refuses malformed suggestion marks and block attributes', () => {
		const badMarks: unknown[] = [
			{ ...good(), id: '1' },
			{ ...good(), id: 's-not-a-uuid' },
			{ ...good(), id: 7 },
			{ ...good(), author: 42 },
			{ ...good(), author: '' },
			{ ...good(), at: 'yesterday' },
			{ ...good(), name: 'Forged Name' },
			{ id: newSuggestionId() },
			'text',
			[good()]
		];
		for (const value of badMarks) {
			for (const key of ['insertion', 'deletion']) {
				const doc = room();
				expect(problemsOf(doc, updateFrom(doc, (c) => textOf(c).format(0, 2, { [key]: value }))), JSON.stringify({ key, value })).toContain('suggestion_mark_invalid');
			}
		}
		const doc = room();
		expect(problemsOf(doc, updateFrom(doc, (c) => textOf(c).insert(0, 'Hi ', { deletion: { id: 3 } })))).toContain('suggestion_mark_invalid');
		const badBlocks: unknown[] = [{ ...good(), type: 'rewrite' }, good(), { type: 'insertion', ...good(), id: '2' }, { type: 'deletion', ...good(), author: null }, 'insertion', 5];
		for (const value of badBlocks) {
			const copy = room();
			expect(problemsOf(copy, updateFrom(copy, (c) => paragraph(c).setAttribute('suggestion', value as never))), JSON.stringify(value)).toContain('suggestion_attr_invalid');
		}
	});
});
