import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { CommentMark } from '../../src/lib/components/editor/comment-mark';
import { commentAnchors, isCommentAttrs, richTextProblems, RICH_TEXT_FIELD } from '../../src/lib/collab/rich-text-doc';
import type { ShapeProblem } from '../../src/lib/collab/doc-shape';
import { arrangeThreads, newThreadId, type DocThreadView } from '../../src/lib/doc-comments';

// The schema the browser's editor uses for a document, with the comment mark.
const schema = getSchema([StarterKit.configure({ undoRedo: false, heading: { levels: [1, 2, 3] } }), CommentMark]);
const A = newThreadId();
const B = newThreadId();

const mark = (threadId: string) => ({ type: 'comment', attrs: { threadId } });

/** "We ask the council" with A over "ask the council" and B over "the council" (overlapping), then bold "now". */
const pmDoc = {
	type: 'doc',
	content: [
		{
			type: 'paragraph',
			content: [
				{ type: 'text', text: 'We ' },
				{ type: 'text', text: 'ask ', marks: [mark(A)] },
				{ type: 'text', text: 'the council', marks: [mark(A), mark(B)] },
				{ type: 'text', text: ' now', marks: [{ type: 'bold' }] }
			]
		},
		{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Local facts', marks: [mark(B)] }] }
	]
};

/** The update a client sends for `edit` on a copy of `doc`. */
function updateFrom(doc: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
	const copy = new Y.Doc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	const vector = Y.encodeStateVector(copy);
	edit(copy);
	return Y.encodeStateAsUpdate(copy, vector);
}

/** The shape problems the server finds in `update` applied to `doc`, read off the transaction that applied it as the room does. */
function problemsOf(doc: Y.Doc, update: Uint8Array): ShapeProblem[] {
	let problems = null as ShapeProblem[] | null;
	// Yjs may follow with a transaction of its own that tidies formatting: the first is the update's.
	const check = (tr: Y.Transaction) => (problems ??= richTextProblems(tr));
	doc.on('afterTransaction', check);
	Y.applyUpdate(doc, update);
	doc.off('afterTransaction', check);
	return problems ?? [];
}

function editorDoc(): Y.Doc {
	const doc = new Y.Doc();
	prosemirrorJSONToYXmlFragment(schema, pmDoc, doc.getXmlFragment(RICH_TEXT_FIELD));
	return doc;
}

describe('the comment mark in the Yjs document', () => {
	it('round-trips through y-prosemirror, overlapping marks kept apart by thread id', () => {
		const doc = editorDoc();
		// Synced to a second document as a client would receive it.
		const other = new Y.Doc();
		Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
		const back = yXmlFragmentToProseMirrorRootNode(other.getXmlFragment(RICH_TEXT_FIELD), schema);
		expect(back.toJSON()).toEqual(pmDoc);
		// Each overlapping mark is its own formatting key holding only the thread id.
		const text = (other.getXmlFragment(RICH_TEXT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
		const delta = text.toDelta() as { insert: string; attributes?: Record<string, unknown> }[];
		const council = delta.find((op) => op.insert === 'the council')!;
		const keys = Object.keys(council.attributes!);
		expect(keys).toHaveLength(2);
		expect(keys.every((k) => k.startsWith('comment--'))).toBe(true);
		expect(Object.values(council.attributes!).map((v) => (v as { threadId: string }).threadId).sort()).toEqual([A, B].sort());
	});

	it('is accepted by the server shape check; a mark with a malformed id is refused', () => {
		const room = new Y.Doc();
		expect(problemsOf(room, Y.encodeStateAsUpdate(editorDoc()))).toEqual([]);
		const textOf = (copy: Y.Doc) => (copy.getXmlFragment(RICH_TEXT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
		// An honest new comment on "We", and one removed again: both fine.
		const C = newThreadId();
		expect(problemsOf(room, updateFrom(room, (copy) => textOf(copy).format(0, 2, { [`comment--x${C}`]: { threadId: C } })))).toEqual([]);
		expect(problemsOf(room, updateFrom(room, (copy) => textOf(copy).format(0, 2, { [`comment--x${C}`]: null })))).toEqual([]);
		const bad: unknown[] = [
			{ threadId: 42 },
			{ threadId: 'x'.repeat(5000) },
			{ threadId: 'UPPERCASE-and-dashes-0000' },
			{ threadId: '' },
			{ threadId: A, extra: 'field' },
			{},
			'just a string',
			[A],
			7,
			true
		];
		for (const value of bad) {
			for (const key of ['comment', `comment--${A}`]) {
				const copy = new Y.Doc();
				Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
				const problems = problemsOf(copy, updateFrom(copy, (c) => textOf(c).format(3, 3, { [key]: value })));
				expect(problems.map((p) => p.problem), JSON.stringify({ key, value })).toContain('comment_mark_invalid');
			}
		}
		// Inserted text carrying a bad mark is refused the same way.
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
		expect(problemsOf(copy, updateFrom(copy, (c) => textOf(c).insert(0, 'Hi ', { 'comment--z': { threadId: 12 } }))).map((p) => p.problem)).toContain('comment_mark_invalid');
	});

	it('reads the anchors in document order with the words they cover', () => {
		const anchors = commentAnchors(editorDoc().getXmlFragment(RICH_TEXT_FIELD));
		expect([...anchors.keys()]).toEqual([A, B]);
		expect(anchors.get(A)).toBe('ask the council');
		expect(anchors.get(B)).toBe('the councilLocal facts');
		expect(isCommentAttrs({ threadId: A })).toBe(true);
		expect(isCommentAttrs({ threadId: A.toUpperCase() })).toBe(false);
	});

	it('lists open threads in document order, then those whose text was removed, then resolved ones, dropping none', () => {
		const doc = editorDoc();
		const C = newThreadId();
		const D = newThreadId();
		const thread = (id: string, createdAt: number, resolvedAt: number | null = null): DocThreadView => ({
			id,
			quote: `quote ${id}`,
			anchoredText: null,
			createdAt,
			createdBy: null,
			resolvedAt,
			resolvedByName: null,
			revision: 1,
			comments: []
		});
		// B was made first but sits after A in the text; C's words are not in the text; D is resolved.
		const threads = [thread(B, 1), thread(C, 2), thread(A, 3), thread(D, 4, 5)];
		let arranged = arrangeThreads(threads, commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD)));
		expect(arranged.open.map((t) => t.id)).toEqual([A, B]);
		expect(arranged.removed.map((t) => t.id)).toEqual([C]);
		expect(arranged.resolved.map((t) => t.id)).toEqual([D]);
		expect(arranged.open[0].anchoredText).toBe('ask the council');

		// Deleting every word under A moves it to "text removed"; B keeps the heading.
		const text = (doc.getXmlFragment(RICH_TEXT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
		text.delete(3, 'ask the council'.length);
		arranged = arrangeThreads(threads, commentAnchors(doc.getXmlFragment(RICH_TEXT_FIELD)));
		expect(arranged.open.map((t) => t.id)).toEqual([B]);
		expect(arranged.removed.map((t) => t.id)).toEqual([C, A]);
		expect(arranged.open.length + arranged.removed.length + arranged.resolved.length).toBe(threads.length);
	});
});
