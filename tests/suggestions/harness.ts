import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { expect } from 'vitest';
import { EditorState, type Command, type Transaction } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import { CommentMark } from '$lib/components/editor/comment-mark';
import { STARTER_KIT_CONTAINERS_OFF, SuggestChanges, SuggestionContainers, suggestTransaction } from '$lib/components/editor/suggest-changes';
import type { Client } from '../collab/helpers';

// Live clients driving the editor's own schema, suggestion transform and commands over
// y-prosemirror's conversion, as the editor's binding does (no browser view in Vitest).

export const schema = getSchema([StarterKit.configure({ undoRedo: false, heading: { levels: [1, 2, 3] }, ...STARTER_KIT_CONTAINERS_OFF }), ...SuggestionContainers, CommentMark, SuggestChanges]);

export const fragment = (c: Client) => c.doc.getXmlFragment(RICH_TEXT_FIELD);
export const pmDoc = (c: Client): PMNode => yXmlFragmentToProseMirrorRootNode(fragment(c), schema);

/** Writes an editor state's document into the client's Yjs document, as the editor's binding does. */
export const write = (c: Client, doc: PMNode) => c.doc.transact(() => updateYFragment(c.doc, fragment(c), doc, { mapping: new Map(), isOMark: new Map() }));

/** A change made straight into the text. */
export function edit(c: Client, change: (state: EditorState) => Transaction): void {
	const state = EditorState.create({ schema, doc: pmDoc(c) });
	write(c, state.apply(change(state)).doc);
}

/** A change made while suggesting, by `author`. */
export function suggestOn(c: Client, author: string, change: (state: EditorState) => Transaction): void {
	const state = EditorState.create({ schema, doc: pmDoc(c) });
	write(c, state.apply(suggestTransaction(state, change(state), author)).doc);
}

/** Runs an editor command (accept, reject...) on the client's document; it must apply. */
export function run(c: Client, command: Command): void {
	const state = EditorState.create({ schema, doc: pmDoc(c) });
	let next = state;
	expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
	write(c, next.doc);
}

/** The document's text, blocks on lines, without suggestion mode's zero-width anchors. */
export const text = (doc: PMNode) => doc.textBetween(0, doc.content.size, '\n').replaceAll('\u200B', '');

/** The position right after the first occurrence of `words`, or -1. */
export function after(doc: PMNode, words: string): number {
	let at = -1;
	doc.descendants((node, pos) => {
		if (at < 0 && node.isText && node.text!.includes(words)) at = pos + node.text!.indexOf(words) + words.length;
	});
	return at;
}
