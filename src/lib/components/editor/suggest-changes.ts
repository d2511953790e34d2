import { Extension, Mark, mergeAttributes } from '@tiptap/core';
import { Document } from '@tiptap/extension-document';
import { Blockquote } from '@tiptap/extension-blockquote';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import type { Mark as PMMark, Node as PMNode } from '@tiptap/pm/model';
import type { Command, EditorState, Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';
import {
	applySuggestion,
	applySuggestions,
	deletion as deletionSpec,
	insertion as insertionSpec,
	isSuggestChangesEnabled,
	modification as modificationSpec,
	revertSuggestion,
	revertSuggestions,
	suggestChanges,
	suggestChangesKey,
	transformToSuggestionTransaction
} from '@handlewithcare/prosemirror-suggest-changes';
import { BLOCK_SUGGESTION_ATTR, isSuggestionMark, newSuggestionId, type BlockSuggestion, type SuggestionMark } from '$lib/collab/suggestions';
import { baseText } from '$lib/collab/suggestion-base';
import { isCommentKey } from '$lib/collab/rich-text-doc';

/**
 * The nodes that hold other blocks, allowing the suggestion marks on their children (or
 * suggesting a new list item throws). They replace StarterKit's own: configure it with
 * `STARTER_KIT_CONTAINERS_OFF` and add these. Tiptap lets no extension change another node's `marks`.
 */
const containerMarks = { marks: 'insertion deletion modification' };
export const SuggestionContainers = [Document.extend(containerMarks), Blockquote.extend(containerMarks), BulletList.extend(containerMarks), OrderedList.extend(containerMarks), ListItem.extend(containerMarks)];
export const STARTER_KIT_CONTAINERS_OFF = { document: false, blockquote: false, bulletList: false, orderedList: false, listItem: false } as const;
/** Blocks that carry a block-level suggestion as the node attribute (y-prosemirror does not sync node marks). */
const BLOCKS = ['paragraph', 'heading', 'listItem', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule'];

export interface SuggestChangesOptions {
	/** The suggester's user id, written as `author` on every suggestion they make. */
	author: string;
	/** Suggesting from the start (a reviewer's editor is never anything else). */
	enabled: boolean;
}

/** One open suggestion, as the changes panel lists it. */
export interface OpenSuggestion {
	id: string;
	author: string;
	at: number;
	/** Words suggested for insertion and for deletion, in document order. */
	inserted: string;
	deleted: string;
	/** Whether a whole block (a paragraph, a list item) is suggested in or out. */
	block: boolean;
	/** Where it starts, to scroll to it. */
	pos: number;
}

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		suggestChanges: {
			/** Turns suggesting on or off for this editor. */
			setSuggesting: (enabled: boolean) => ReturnType;
			/** Accepts one suggestion, or every one. */
			acceptSuggestion: (id: string) => ReturnType;
			acceptAllSuggestions: () => ReturnType;
			/** Rejects one suggestion, or every one. */
			rejectSuggestion: (id: string) => ReturnType;
			rejectAllSuggestions: () => ReturnType;
		};
	}
}

const suggestionAttributes = {
	id: { default: null, rendered: false },
	author: { default: null, rendered: false },
	at: { default: null, rendered: false }
};

function suggestionMark(name: SuggestionMark, tag: string, extraAttrs: Record<string, { default: unknown; rendered: false }> = {}) {
	const spec = { insertion: insertionSpec, deletion: deletionSpec, modification: modificationSpec }[name];
	return Mark.create({
		name,
		inclusive: false,
		excludes: spec.excludes,
		addAttributes: () => ({ ...suggestionAttributes, ...extraAttrs }),
		// Pasted text never brings suggestions along: they come from the document only.
		parseHTML: () => [],
		renderHTML: ({ mark, HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes, { class: `suggestion suggestion-${name}`, 'data-suggestion': mark.attrs.id }), 0]
	});
}

export const InsertionMark = suggestionMark('insertion', 'ins');
export const DeletionMark = suggestionMark('deletion', 'del');
export const ModificationMark = suggestionMark('modification', 'span', {
	type: { default: null, rendered: false },
	attrName: { default: null, rendered: false },
	previousValue: { default: null, rendered: false },
	newValue: { default: null, rendered: false }
});

const isBlockSuggestion = (value: unknown): value is BlockSuggestion =>
	!!value && typeof value === 'object' && typeof (value as BlockSuggestion).id === 'string' && ((value as BlockSuggestion).type === 'insertion' || (value as BlockSuggestion).type === 'deletion');

/** Every suggestion id in a document, with its author and time (text marks and block attributes). */
function knownSuggestions(doc: PMNode): Map<string, { author: string; at: number }> {
	const known = new Map<string, { author: string; at: number }>();
	doc.descendants((node) => {
		const block = node.attrs[BLOCK_SUGGESTION_ATTR];
		if (isBlockSuggestion(block) && !known.has(block.id)) known.set(block.id, { author: block.author, at: block.at });
		for (const mark of node.marks) {
			if (isSuggestionMark(mark.type.name) && typeof mark.attrs.author === 'string' && !known.has(mark.attrs.id)) known.set(mark.attrs.id, { author: mark.attrs.author, at: mark.attrs.at });
		}
	});
	return known;
}

/**
 * Gives the suggestions the library just made (their marks carry only an id) their author and
 * time, and moves block-level ones from node marks to the `suggestion` attribute. The library
 * reuses the id of a suggestion next to the new one; one of another person's gets a new id instead.
 */
export function finishSuggestions(tr: Transaction, before: PMNode, author: string, now = Date.now()): Transaction {
	const known = knownSuggestions(before);
	const renamed = new Map<string, string>();
	const attrsFor = (id: string) => {
		const previous = known.get(id);
		if (previous && previous.author === author) return { id, author, at: previous.at };
		if (!previous) return { id, author, at: now };
		let fresh = renamed.get(id);
		if (!fresh) renamed.set(id, (fresh = newSuggestionId()));
		return { id: fresh, author, at: now };
	};
	const texts: { from: number; to: number; mark: PMMark }[] = [];
	const blocks: { pos: number; node: PMNode; mark: PMMark }[] = [];
	tr.doc.descendants((node, pos) => {
		for (const mark of node.marks) {
			if (!isSuggestionMark(mark.type.name)) continue;
			if (!node.isInline) blocks.push({ pos, node, mark });
			else if (mark.attrs.author === null) texts.push({ from: pos, to: pos + node.nodeSize, mark });
		}
	});
	for (const { from, to, mark } of texts) {
		tr.removeMark(from, to, mark);
		tr.addMark(from, to, mark.type.create({ ...mark.attrs, ...attrsFor(String(mark.attrs.id)) }));
	}
	for (const { pos, node, mark } of blocks) {
		tr.removeNodeMark(pos, mark);
		const previous = node.attrs[BLOCK_SUGGESTION_ATTR];
		// A modification of a block (its type or attributes) has no block form: it is applied as made.
		if (mark.type.name === 'modification' || !(BLOCK_SUGGESTION_ATTR in node.attrs)) continue;
		const attrs = mark.attrs.author === null ? attrsFor(String(mark.attrs.id)) : { id: mark.attrs.id, author: mark.attrs.author, at: mark.attrs.at };
		const suggestion: BlockSuggestion = { type: mark.type.name as 'insertion' | 'deletion', ...attrs };
		if (!isBlockSuggestion(previous) || previous.id !== suggestion.id) tr.setNodeAttribute(pos, BLOCK_SUGGESTION_ATTR, suggestion);
	}
	return tr;
}

/**
 * Accepts or rejects suggestions: block-level ones (the `suggestion` attribute) here, a kept block
 * losing its attribute and a dropped one going, then the text marks with the library's command.
 * One transaction, kept out of suggesting.
 */
function resolve(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined, id: string | null, accept: boolean, command: Command): boolean {
	const tr = state.tr;
	const blocks: { pos: number; keep: boolean }[] = [];
	state.doc.descendants((node, pos) => {
		const block = node.attrs[BLOCK_SUGGESTION_ATTR];
		if (isBlockSuggestion(block) && (id === null || block.id === id)) blocks.push({ pos, keep: (block.type === 'insertion') === accept });
	});
	// Last first, so earlier positions hold; a block inside a dropped one goes with it.
	for (const { pos, keep } of blocks.reverse()) {
		const { pos: at, deleted } = tr.mapping.mapResult(pos);
		const node = deleted ? null : tr.doc.nodeAt(at);
		if (!node) continue;
		if (keep) tr.setNodeAttribute(at, BLOCK_SUGGESTION_ATTR, null);
		else tr.delete(at, at + node.nodeSize);
	}
	const rest = state.apply(tr);
	let marks: Transaction | null = null;
	const ran = command(rest, (commandTr) => (marks = commandTr));
	if (!ran && !blocks.length) return false;
	if (!dispatch) return true;
	for (const step of (marks as Transaction | null)?.steps ?? []) tr.step(step);
	dispatch(tr.setMeta(suggestChangesKey, { skip: true }));
	return true;
}

/** Accept and reject, one suggestion or all, as ProseMirror commands. */
export const acceptSuggestionCommand =
	(id: string): Command =>
	(state, dispatch) =>
		resolve(state, dispatch, id, true, applySuggestion(id));
export const rejectSuggestionCommand =
	(id: string): Command =>
	(state, dispatch) =>
		resolve(state, dispatch, id, false, revertSuggestion(id));
export const acceptAllCommand: Command = (state, dispatch) => resolve(state, dispatch, null, true, applySuggestions);
export const rejectAllCommand: Command = (state, dispatch) => resolve(state, dispatch, null, false, revertSuggestions);

/** What a transaction made while suggesting becomes: the same change, as suggestions by `author`. */
export function suggestTransaction(state: EditorState, tr: Transaction, author: string): Transaction {
	return finishSuggestions(transformToSuggestionTransaction(tr, state, () => newSuggestionId()), state.doc, author);
}

/** A comment's mark added or taken away is not a change to the text: never a suggestion. */
function onlyComments(tr: Transaction): boolean {
	return tr.steps.every((step) => (step instanceof AddMarkStep || step instanceof RemoveMarkStep) && isCommentKey(step.mark.type.name));
}

/** Whether a change leaves the text without suggestions as it was (what the server holds a reviewer to). */
export function keepsToSuggestions(tr: Transaction): boolean {
	return baseText(tr.before.toJSON(), isCommentKey) === baseText(tr.doc.toJSON(), isCommentKey);
}

/** The open suggestions of a document, in document order. */
export function openSuggestions(doc: PMNode): OpenSuggestion[] {
	const found = new Map<string, OpenSuggestion>();
	const entry = (id: string, author: unknown, at: unknown, pos: number) => {
		let suggestion = found.get(id);
		if (!suggestion) found.set(id, (suggestion = { id, author: typeof author === 'string' ? author : '', at: typeof at === 'number' ? at : 0, inserted: '', deleted: '', block: false, pos }));
		return suggestion;
	};
	doc.descendants((node, pos) => {
		const block = node.attrs[BLOCK_SUGGESTION_ATTR];
		if (isBlockSuggestion(block)) {
			const suggestion = entry(block.id, block.author, block.at, pos);
			suggestion.block = true;
			if (node.isTextblock) suggestion[block.type === 'insertion' ? 'inserted' : 'deleted'] += `${node.textContent.replaceAll('\u200B', '')} `;
		}
		if (!node.isText) return;
		for (const mark of node.marks) {
			if (!isSuggestionMark(mark.type.name)) continue;
			const suggestion = entry(String(mark.attrs.id), mark.attrs.author, mark.attrs.at, pos);
			const text = (node.text ?? '').replaceAll('\u200B', '');
			if (mark.type.name === 'insertion') suggestion.inserted += text;
			else if (mark.type.name === 'deletion') suggestion.deleted += text;
		}
	});
	return [...found.values()].map((s) => ({ ...s, inserted: s.inserted.trim(), deleted: s.deleted.trim() }));
}

/**
 * Suggestion mode, with @handlewithcare/prosemirror-suggest-changes behind it: the marks with our
 * attributes (see $lib/collab/suggestions), the library's plugin and decorations, and its
 * transaction rewrite while suggesting.
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions>({
	name: 'suggestChanges',

	addOptions() {
		return { author: '', enabled: false };
	},

	addExtensions() {
		return [InsertionMark, DeletionMark, ModificationMark];
	},

	addGlobalAttributes() {
		return [
			{
				types: BLOCKS,
				attributes: {
					[BLOCK_SUGGESTION_ATTR]: {
						default: null,
						parseHTML: () => null,
						renderHTML: (attributes) => (isBlockSuggestion(attributes[BLOCK_SUGGESTION_ATTR]) ? { 'data-suggestion-block': attributes[BLOCK_SUGGESTION_ATTR].type } : {})
					}
				}
			}
		];
	},

	addProseMirrorPlugins() {
		return [suggestChanges()];
	},

	onCreate() {
		if (this.options.enabled) this.editor.commands.setSuggesting(true);
	},

	dispatchTransaction({ transaction, next }) {
		const state = this.editor.state;
		const ySync = (transaction.getMeta('y-sync$') ?? {}) as { isUndoRedoOperation?: boolean; isChangeOrigin?: boolean };
		const skip = 'skip' in ((transaction.getMeta(suggestChangesKey) as object | undefined) ?? {});
		if (!transaction.docChanged || ySync.isChangeOrigin) {
			next(transaction);
			return;
		}
		const asIs = !isSuggestChangesEnabled(state) || skip || ySync.isUndoRedoOperation || transaction.getMeta('history$') || onlyComments(transaction);
		const tr = asIs ? transaction : suggestTransaction(state, transaction, this.options.author);
		// A reviewer's editor (suggesting only) makes no change the server would refuse: one that is
		// not a suggestion (a heading, for now) is not made at all.
		if (this.options.enabled && !keepsToSuggestions(tr)) return;
		next(tr);
	},

	addCommands() {
		return {
			setSuggesting:
				(enabled) =>
				({ tr, dispatch }) => {
					if (dispatch) tr.setMeta(suggestChangesKey, { enabled }).setMeta('addToHistory', false);
					return true;
				},
			acceptSuggestion:
				(id) =>
				({ state, dispatch }) =>
					acceptSuggestionCommand(id)(state, dispatch),
			rejectSuggestion:
				(id) =>
				({ state, dispatch }) =>
					rejectSuggestionCommand(id)(state, dispatch),
			acceptAllSuggestions:
				() =>
				({ state, dispatch }) =>
					acceptAllCommand(state, dispatch),
			rejectAllSuggestions:
				() =>
				({ state, dispatch }) =>
					rejectAllCommand(state, dispatch)
		};
	}
});
