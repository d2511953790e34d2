import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { suggestTransaction } from '../../src/lib/components/editor/suggest-changes';
import { richTextBlocks, RICH_TEXT_FIELD } from '../../src/lib/collab/rich-text-doc';
import { documentJson, plainText, readContent } from '../../src/lib/server/export/content';
import { writeMarkdown } from '../../src/lib/server/export/markdown';
import { writePdf } from '../../src/lib/server/export/pdf';
import { docxRuns, pdfText } from '../testimony/export-fixtures';
import { writeDocx } from '../../src/lib/server/export/docx';
import { schema } from './harness';

const start = {
	type: 'doc',
	content: [
		{ type: 'paragraph', content: [{ type: 'text', text: 'Pedimos votar no.' }] },
		{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Orden judicial' }] }] }] },
		{ type: 'paragraph', content: [{ type: 'text', text: 'Párrafo que sobra.' }] }
	]
};

/** A document with suggestions made in the editor, as the server reads it from Yjs. */
function suggested(): Y.Doc {
	let state = EditorState.create({ schema, doc: schema.nodeFromJSON(start) });
	const apply = (edit: (s: EditorState) => ReturnType<EditorState['tr']['insertText']>) => (state = state.apply(suggestTransaction(state, edit(state), 'user-1')));
	// "no" struck, "sí" added.
	apply((s) => s.tr.insertText('sí', 17, 17));
	apply((s) => s.tr.delete(15, 17));
	// A new list item.
	let end = -1;
	state.doc.descendants((node, pos) => {
		if (node.isText && node.text === 'Orden judicial') end = pos + node.nodeSize;
	});
	apply((s) => s.tr.setSelection(TextSelection.create(s.doc, end)).split(end, 2));
	apply((s) => s.tr.insertText('Sin 287(g)', s.selection.from));
	// The last paragraph suggested out.
	const last = state.doc.content.size - state.doc.lastChild!.nodeSize;
	apply((s) => s.tr.delete(last, s.doc.content.size));
	const doc = new Y.Doc();
	prosemirrorJSONToYXmlFragment(schema, state.doc.toJSON(), doc.getXmlFragment(RICH_TEXT_FIELD));
	return doc;
}

describe('exports of a document with open suggestions', () => {
	it('by default read the text as it stands before the suggestions', () => {
		const blocks = readContent(documentJson(suggested()));
		expect(plainText(blocks)).toBe('Pedimos votar no.\nOrden judicial\nPárrafo que sobra.');
	});

	it('with "include open suggestions" mark insertions and deletions, block ones too, in Markdown, DOCX and PDF', async () => {
		const blocks = readContent(documentJson(suggested()), { includeSuggestions: true });
		const markdown = writeMarkdown(blocks, {}, 'es');
		expect(markdown).toContain('{--no--}');
		expect(markdown).toContain('{++sí++}');
		expect(markdown).toContain('{++Sin 287(g)++}');
		expect(markdown).toContain('{--Párrafo que sobra.--}');
		expect(markdown).not.toContain('\u200B');
		const { xml } = await docxRuns(await writeDocx(blocks, {}, 'es'));
		expect(xml).toContain('<w:ins');
		expect(xml).toContain('<w:del');
		expect(await pdfText(await writePdf(blocks, {}, 'es'))).toContain('Sin 287(g)');
	});

	it('version history reads the blocks of a document with suggestions', () => {
		expect(richTextBlocks(suggested().getXmlFragment(RICH_TEXT_FIELD)).join('|')).toContain('Orden judicial');
	});
});
