import { Mark, mergeAttributes } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { COMMENT_MARK } from '$lib/collab/rich-text-doc';

/** Which threads the text shows highlighted (the open ones), and the one open in the panel. */
export interface CommentHighlights {
	shown: ReadonlySet<string>;
	active: string | null;
}

export interface CommentMarkOptions {
	/** A highlighted passage was clicked: open its thread. */
	onOpen: ((threadId: string) => void) | null;
	/** Mod-Alt-m: comment on the selection (left to the browser when there are no comments here). */
	onComment: (() => void) | null;
}

declare module '@tiptap/core' {
	interface Commands<ReturnType> {
		comment: {
			/** Marks the selection as the passage of a thread; kept out of undo, as the thread is not undone either. */
			addComment: (threadId: string) => ReturnType;
			/** Takes one thread's mark out of the text, wherever it is now. */
			removeComment: (threadId: string) => ReturnType;
			/** Sets which threads are highlighted and which is active. */
			setCommentHighlights: (highlights: CommentHighlights) => ReturnType;
		};
	}
}

export const commentHighlightsKey = new PluginKey<{ highlights: CommentHighlights; decorations: DecorationSet }>('commentHighlights');

/** The thread ids of the comment marks on a text node. */
function threadsOn(node: PMNode): string[] {
	return node.marks.filter((m) => m.type.name === COMMENT_MARK && typeof m.attrs.threadId === 'string').map((m) => m.attrs.threadId as string);
}

function decorate(doc: PMNode, { shown, active }: CommentHighlights): DecorationSet {
	if (!shown.size && !active) return DecorationSet.empty;
	const decorations: Decoration[] = [];
	doc.descendants((node, pos) => {
		if (!node.isText) return;
		const ids = threadsOn(node).filter((id) => shown.has(id) || id === active);
		if (!ids.length) return;
		const classes = ['comment-highlight'];
		if (ids.length > 1) classes.push('comment-overlap');
		if (active && ids.includes(active)) classes.push('comment-active');
		decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: classes.join(' '), 'data-threads': ids.join(' ') }));
	});
	return DecorationSet.create(doc, decorations);
}

/** The threads highlighted at a position of the text, innermost first. */
function threadsAt(state: EditorState, pos: number, shown: ReadonlySet<string>): string[] {
	const $pos = state.doc.resolve(pos);
	const nodes = [$pos.nodeAfter, $pos.nodeBefore].filter((n): n is PMNode => !!n && n.isText);
	return [...new Set(nodes.flatMap(threadsOn))].filter((id) => shown.has(id));
}

/**
 * A passage commented on: a mark holding only its thread's id. Several may cover the same words
 * (`excludes: ''`), and typing at its edge does not extend it (`inclusive: false`). Highlighting
 * is a decoration, so only threads the panel knows (open ones) are shown.
 */
export const CommentMark = Mark.create<CommentMarkOptions>({
	name: COMMENT_MARK,
	excludes: '',
	inclusive: false,
	spanning: true,

	addOptions() {
		return { onOpen: null, onComment: null };
	},

	addAttributes() {
		return {
			threadId: {
				default: null,
				parseHTML: (element) => element.getAttribute('data-comment'),
				renderHTML: (attributes) => ({ 'data-comment': attributes.threadId })
			}
		};
	},

	// Pasted words do not bring another passage's thread along: the mark comes only from the document.
	parseHTML() {
		return [];
	},

	renderHTML({ HTMLAttributes }) {
		return ['span', mergeAttributes(HTMLAttributes), 0];
	},

	addCommands() {
		return {
			addComment:
				(threadId) =>
				({ tr, state, dispatch }) => {
					const { from, to, empty } = state.selection;
					if (empty) return false;
					if (dispatch) tr.addMark(from, to, state.schema.marks[COMMENT_MARK].create({ threadId })).setMeta('addToHistory', false);
					return true;
				},
			removeComment:
				(threadId) =>
				({ tr, state, dispatch }) => {
					const mark = state.schema.marks[COMMENT_MARK].create({ threadId });
					let found = false;
					state.doc.descendants((node, pos) => {
						if (node.isText && threadsOn(node).includes(threadId)) {
							found = true;
							if (dispatch) tr.removeMark(pos, pos + node.nodeSize, mark);
						}
					});
					if (dispatch && found) tr.setMeta('addToHistory', false);
					return found;
				},
			setCommentHighlights:
				(highlights) =>
				({ tr, dispatch }) => {
					if (dispatch) tr.setMeta(commentHighlightsKey, highlights).setMeta('addToHistory', false);
					return true;
				}
		};
	},

	addKeyboardShortcuts() {
		return {
			'Mod-Alt-m': () => {
				if (!this.options.onComment) return false;
				this.options.onComment();
				return true;
			}
		};
	},

	addProseMirrorPlugins() {
		const options = this.options;
		return [
			new Plugin({
				key: commentHighlightsKey,
				state: {
					init: (_config, state) => {
						const highlights: CommentHighlights = { shown: new Set(), active: null };
						return { highlights, decorations: decorate(state.doc, highlights) };
					},
					apply: (tr: Transaction, value, _old, state) => {
						const next = tr.getMeta(commentHighlightsKey) as CommentHighlights | undefined;
						if (next) return { highlights: next, decorations: decorate(state.doc, next) };
						if (tr.docChanged) return { highlights: value.highlights, decorations: decorate(state.doc, value.highlights) };
						return value;
					}
				},
				props: {
					decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
					handleClick: (view, pos) => {
						const highlights = commentHighlightsKey.getState(view.state)?.highlights;
						if (!highlights) return false;
						const [thread] = threadsAt(view.state, pos, highlights.shown);
						if (thread) options.onOpen?.(thread);
						// The caret still goes where the person clicked.
						return false;
					}
				}
			})
		];
	}
});
