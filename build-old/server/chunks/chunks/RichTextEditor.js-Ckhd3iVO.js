import { aq as bind_props, ak as attr_class, ai as escape_html, T as derived, ah as attr, am as ensure_array_like, aj as stringify } from './server.js-DUATOAhJ.js';
import { c as onDestroy } from './internal2.js-BICIkewf.js';
import { t } from './t.svelte.js-Dq5mMf18.js';
import { R as RICH_TEXT_FIELD, C as COMMENT_MARK, i as isCommentKey } from './rich-text-doc.js-B7aUjoe-.js';
import { B as BLOCK_SUGGESTION_ATTR, n as newSuggestionId, b as baseText, i as isSuggestionMark } from './suggestion-base.js-CQA5RHuF.js';
import { Extension, Mark, mergeAttributes } from '@tiptap/core';
import '@tiptap/starter-kit';
import '@tiptap/extension-collaboration';
import '@tiptap/extension-collaboration-caret';
import { isSuggestChangesEnabled, suggestChangesKey, suggestChanges, modification, deletion, insertion, revertSuggestion, applySuggestion, transformToSuggestionTransaction, applySuggestions, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { PluginKey, Plugin } from '@tiptap/pm/state';
import { DecorationSet, Decoration } from '@tiptap/pm/view';
import { Document } from '@tiptap/extension-document';
import { Blockquote } from '@tiptap/extension-blockquote';
import { BulletList, OrderedList, ListItem } from '@tiptap/extension-list';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';

// src/lib/components/editor/EditorToolbar.svelte
function EditorToolbar($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The Suggesting switch; `only`: always on (a reviewer), shown on and disabled. */
		let { editor, revision, linkOpen = false, oncomment, suggesting } = $$props;
		let linkHref = "";
		const chain = () => editor.chain().focus();
		const commenting = oncomment;
		const headings = !suggesting?.only;
		const allTools = [
			{
				id: "bold",
				label: t("editor.bold"),
				shortcut: "Ctrl+B",
				active: () => editor.isActive("bold"),
				run: () => chain().toggleBold().run()
			},
			{
				id: "italic",
				label: t("editor.italic"),
				shortcut: "Ctrl+I",
				active: () => editor.isActive("italic"),
				run: () => chain().toggleItalic().run()
			},
			{
				id: "h1",
				label: t("editor.heading1"),
				shortcut: "Ctrl+Alt+1",
				active: () => editor.isActive("heading", { level: 1 }),
				run: () => chain().toggleHeading({ level: 1 }).run()
			},
			{
				id: "h2",
				label: t("editor.heading2"),
				shortcut: "Ctrl+Alt+2",
				active: () => editor.isActive("heading", { level: 2 }),
				run: () => chain().toggleHeading({ level: 2 }).run()
			},
			{
				id: "h3",
				label: t("editor.heading3"),
				shortcut: "Ctrl+Alt+3",
				active: () => editor.isActive("heading", { level: 3 }),
				run: () => chain().toggleHeading({ level: 3 }).run()
			},
			{
				id: "bullets",
				label: t("editor.bullets"),
				shortcut: "Ctrl+Shift+8",
				active: () => editor.isActive("bulletList"),
				run: () => chain().toggleBulletList().run()
			},
			{
				id: "numbers",
				label: t("editor.numbers"),
				shortcut: "Ctrl+Shift+7",
				active: () => editor.isActive("orderedList"),
				run: () => chain().toggleOrderedList().run()
			},
			{
				id: "link",
				label: t("editor.link"),
				shortcut: "Ctrl+K",
				active: () => editor.isActive("link"),
				run: () => linkOpen = !linkOpen
			},
			...commenting ? [{
				id: "comment",
				label: t("comments.comment_tool"),
				shortcut: "Ctrl+Alt+M",
				active: () => false,
				run: () => oncomment?.()
			}] : [],
			{
				id: "undo",
				label: t("editor.undo"),
				shortcut: "Ctrl+Z",
				active: () => false,
				run: () => chain().undo().run()
			},
			{
				id: "redo",
				label: t("editor.redo"),
				shortcut: "Ctrl+Shift+Z",
				active: () => false,
				run: () => chain().redo().run()
			}
		];
		const tools = headings ? allTools : allTools.filter((tool) => !/^h[1-3]$/.test(tool.id));
		const LETTERS = {
			bold: "B",
			italic: "I",
			h1: "H1",
			h2: "H2",
			h3: "H3"
		};
		const PATHS = {
			bullets: "M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01",
			numbers: "M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.5 14.5a1.5 1.5 0 1 1 2.6 1L3.5 19H6.5",
			comment: "M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12zM9 10h6M9 14h4",
			link: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
			undo: "M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
			redo: "M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13"
		};
		const states = derived(() => {
			return Object.fromEntries(tools.map((tool) => [tool.id, tool.active()]));
		});
		const suggestOn = derived(() => {
			return isSuggestChangesEnabled(editor.state);
		});
		let focusIndex = 0;
		$$renderer.push(`<div class="toolbar svelte-vm4iq2" role="toolbar"${attr("aria-label", t("editor.toolbar"))} tabindex="-1"><!--[-->`);
		const each_array = ensure_array_like(tools);
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let tool = each_array[i];
			$$renderer.push(`<button type="button"${attr("data-tool", tool.id)}${attr_class("tool svelte-vm4iq2", void 0, { "active": states()[tool.id] })}${attr("tabindex", i === focusIndex ? 0 : -1)}${attr("aria-pressed", tool.id === "undo" || tool.id === "redo" || tool.id === "comment" ? void 0 : states()[tool.id])}${attr("aria-label", tool.label)}${attr("aria-keyshortcuts", tool.shortcut.replace("Ctrl", "Control"))}${attr("title", `${stringify(tool.label)} (${stringify(tool.shortcut)})`)}>`);
			if (LETTERS[tool.id]) $$renderer.push(`<!--[0--><span aria-hidden="true"${attr_class(`icon icon-${stringify(tool.id)}`, "svelte-vm4iq2")}>${escape_html(LETTERS[tool.id])}</span>`);
			else $$renderer.push(`<!--[-1--><svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path${attr("d", PATHS[tool.id])}></path></svg>`);
			$$renderer.push(`<!--]--></button>`);
		}
		$$renderer.push(`<!--]--> `);
		if (suggesting) $$renderer.push(`<!--[0--><button type="button" data-tool="suggest"${attr_class("tool suggest svelte-vm4iq2", void 0, { "active": suggestOn() })}${attr("tabindex", focusIndex === tools.length ? 0 : -1)}${attr("aria-pressed", suggestOn())}${attr("aria-disabled", suggesting.only ? "true" : void 0)}${attr("title", suggesting.only ? t("suggestions.only_hint") : t("suggestions.mode_hint"))}><svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path></svg> <span>${escape_html(t("suggestions.mode"))}</span></button>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		if (linkOpen) $$renderer.push(`<!--[0--><form class="link-form row svelte-vm4iq2"><label for="link-href" class="svelte-vm4iq2">${escape_html(t("editor.link_address"))}</label> <input id="link-href" type="url"${attr("value", linkHref)} placeholder="https://" class="svelte-vm4iq2"/> <button>${escape_html(t("editor.link_apply"))}</button> <button type="button" class="secondary">${escape_html(t("editor.link_remove"))}</button></form>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
		bind_props($$props, { linkOpen });
	});
}
// src/lib/components/editor/comment-mark.ts
var commentHighlightsKey = new PluginKey("commentHighlights");
/** The thread ids of the comment marks on a text node. */
function threadsOn(node) {
	return node.marks.filter((m) => m.type.name === "comment" && typeof m.attrs.threadId === "string").map((m) => m.attrs.threadId);
}
function decorate(doc, { shown, active }) {
	if (!shown.size && !active) return DecorationSet.empty;
	const decorations = [];
	doc.descendants((node, pos) => {
		if (!node.isText) return;
		const ids = threadsOn(node).filter((id) => shown.has(id) || id === active);
		if (!ids.length) return;
		const classes = ["comment-highlight"];
		if (ids.length > 1) classes.push("comment-overlap");
		if (active && ids.includes(active)) classes.push("comment-active");
		decorations.push(Decoration.inline(pos, pos + node.nodeSize, {
			class: classes.join(" "),
			"data-threads": ids.join(" ")
		}));
	});
	return DecorationSet.create(doc, decorations);
}
/** The threads highlighted at a position of the text, innermost first. */
function threadsAt(state, pos, shown) {
	const $pos = state.doc.resolve(pos);
	const nodes = [$pos.nodeAfter, $pos.nodeBefore].filter((n) => !!n && n.isText);
	return [...new Set(nodes.flatMap(threadsOn))].filter((id) => shown.has(id));
}
Mark.create({
	name: COMMENT_MARK,
	excludes: "",
	inclusive: false,
	spanning: true,
	addOptions() {
		return {
			onOpen: null,
			onComment: null
		};
	},
	addAttributes() {
		return { threadId: {
			default: null,
			parseHTML: (element) => element.getAttribute("data-comment"),
			renderHTML: (attributes) => ({ "data-comment": attributes.threadId })
		} };
	},
	parseHTML() {
		return [];
	},
	renderHTML({ HTMLAttributes }) {
		return [
			"span",
			mergeAttributes(HTMLAttributes),
			0
		];
	},
	addCommands() {
		return {
			addComment: (threadId) => ({ tr, state, dispatch }) => {
				const { from, to, empty } = state.selection;
				if (empty) return false;
				if (dispatch) tr.addMark(from, to, state.schema.marks[COMMENT_MARK].create({ threadId })).setMeta("addToHistory", false);
				return true;
			},
			removeComment: (threadId) => ({ tr, state, dispatch }) => {
				const mark = state.schema.marks[COMMENT_MARK].create({ threadId });
				let found = false;
				state.doc.descendants((node, pos) => {
					if (node.isText && threadsOn(node).includes(threadId)) {
						found = true;
						if (dispatch) tr.removeMark(pos, pos + node.nodeSize, mark);
					}
				});
				if (dispatch && found) tr.setMeta("addToHistory", false);
				return found;
			},
			setCommentHighlights: (highlights) => ({ tr, dispatch }) => {
				if (dispatch) tr.setMeta(commentHighlightsKey, highlights).setMeta("addToHistory", false);
				return true;
			}
		};
	},
	addKeyboardShortcuts() {
		return { "Mod-Alt-m": () => {
			if (!this.options.onComment) return false;
			this.options.onComment();
			return true;
		} };
	},
	addProseMirrorPlugins() {
		const options = this.options;
		return [new Plugin({
			key: commentHighlightsKey,
			state: {
				init: (_config, state) => {
					const highlights = {
						shown: /* @__PURE__ */ new Set(),
						active: null
					};
					return {
						highlights,
						decorations: decorate(state.doc, highlights)
					};
				},
				apply: (tr, value, _old, state) => {
					const next = tr.getMeta(commentHighlightsKey);
					if (next) return {
						highlights: next,
						decorations: decorate(state.doc, next)
					};
					if (tr.docChanged) return {
						highlights: value.highlights,
						decorations: decorate(state.doc, value.highlights)
					};
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
					return false;
				}
			}
		})];
	}
});
// src/lib/components/editor/suggest-changes.ts
/**
* The nodes that hold other blocks, allowing the suggestion marks on their children (or
* suggesting a new list item throws). They replace StarterKit's own: configure it with
* `STARTER_KIT_CONTAINERS_OFF` and add these. Tiptap lets no extension change another node's `marks`.
*/
var containerMarks = { marks: "insertion deletion modification" };
Document.extend(containerMarks), Blockquote.extend(containerMarks), BulletList.extend(containerMarks), OrderedList.extend(containerMarks), ListItem.extend(containerMarks);
/** Blocks that carry a block-level suggestion as the node attribute (y-prosemirror does not sync node marks). */
var BLOCKS = [
	"paragraph",
	"heading",
	"listItem",
	"bulletList",
	"orderedList",
	"blockquote",
	"codeBlock",
	"horizontalRule"
];
var suggestionAttributes = {
	id: {
		default: null,
		rendered: false
	},
	author: {
		default: null,
		rendered: false
	},
	at: {
		default: null,
		rendered: false
	}
};
function suggestionMark(name, tag, extraAttrs = {}) {
	const spec = {
		insertion,
		deletion,
		modification
	}[name];
	return Mark.create({
		name,
		inclusive: false,
		excludes: spec.excludes,
		addAttributes: () => ({
			...suggestionAttributes,
			...extraAttrs
		}),
		parseHTML: () => [],
		renderHTML: ({ mark, HTMLAttributes }) => [
			tag,
			mergeAttributes(HTMLAttributes, {
				class: `suggestion suggestion-${name}`,
				"data-suggestion": mark.attrs.id
			}),
			0
		]
	});
}
var InsertionMark = suggestionMark("insertion", "ins");
var DeletionMark = suggestionMark("deletion", "del");
var ModificationMark = suggestionMark("modification", "span", {
	type: {
		default: null,
		rendered: false
	},
	attrName: {
		default: null,
		rendered: false
	},
	previousValue: {
		default: null,
		rendered: false
	},
	newValue: {
		default: null,
		rendered: false
	}
});
var isBlockSuggestion = (value) => !!value && typeof value === "object" && typeof value.id === "string" && (value.type === "insertion" || value.type === "deletion");
/** Every suggestion id in a document, with its author and time (text marks and block attributes). */
function knownSuggestions(doc) {
	const known = /* @__PURE__ */ new Map();
	doc.descendants((node) => {
		const block = node.attrs[BLOCK_SUGGESTION_ATTR];
		if (isBlockSuggestion(block) && !known.has(block.id)) known.set(block.id, {
			author: block.author,
			at: block.at
		});
		for (const mark of node.marks) if (isSuggestionMark(mark.type.name) && typeof mark.attrs.author === "string" && !known.has(mark.attrs.id)) known.set(mark.attrs.id, {
			author: mark.attrs.author,
			at: mark.attrs.at
		});
	});
	return known;
}
/**
* Gives the suggestions the library just made (their marks carry only an id) their author and
* time, and moves block-level ones from node marks to the `suggestion` attribute. The library
* reuses the id of a suggestion next to the new one; one of another person's gets a new id instead.
*/
function finishSuggestions(tr, before, author, now = Date.now()) {
	const known = knownSuggestions(before);
	const renamed = /* @__PURE__ */ new Map();
	const attrsFor = (id) => {
		const previous = known.get(id);
		if (previous && previous.author === author) return {
			id,
			author,
			at: previous.at
		};
		if (!previous) return {
			id,
			author,
			at: now
		};
		let fresh = renamed.get(id);
		if (!fresh) renamed.set(id, fresh = newSuggestionId());
		return {
			id: fresh,
			author,
			at: now
		};
	};
	const texts = [];
	const blocks = [];
	tr.doc.descendants((node, pos) => {
		for (const mark of node.marks) {
			if (!isSuggestionMark(mark.type.name)) continue;
			if (!node.isInline) blocks.push({
				pos,
				node,
				mark
			});
			else if (mark.attrs.author === null) texts.push({
				from: pos,
				to: pos + node.nodeSize,
				mark
			});
		}
	});
	for (const { from, to, mark } of texts) {
		tr.removeMark(from, to, mark);
		tr.addMark(from, to, mark.type.create({
			...mark.attrs,
			...attrsFor(String(mark.attrs.id))
		}));
	}
	for (const { pos, node, mark } of blocks) {
		tr.removeNodeMark(pos, mark);
		const previous = node.attrs[BLOCK_SUGGESTION_ATTR];
		if (mark.type.name === "modification" || !("suggestion" in node.attrs)) continue;
		const attrs = mark.attrs.author === null ? attrsFor(String(mark.attrs.id)) : {
			id: mark.attrs.id,
			author: mark.attrs.author,
			at: mark.attrs.at
		};
		const suggestion = {
			type: mark.type.name,
			...attrs
		};
		if (!isBlockSuggestion(previous) || previous.id !== suggestion.id) tr.setNodeAttribute(pos, BLOCK_SUGGESTION_ATTR, suggestion);
	}
	return tr;
}
/**
* Accepts or rejects suggestions: block-level ones (the `suggestion` attribute) here, a kept block
* losing its attribute and a dropped one going, then the text marks with the library's command.
* One transaction, kept out of suggesting.
*/
function resolve(state, dispatch, id, accept, command) {
	const tr = state.tr;
	const blocks = [];
	state.doc.descendants((node, pos) => {
		const block = node.attrs[BLOCK_SUGGESTION_ATTR];
		if (isBlockSuggestion(block) && (id === null || block.id === id)) blocks.push({
			pos,
			keep: block.type === "insertion" === accept
		});
	});
	for (const { pos, keep } of blocks.reverse()) {
		const { pos: at, deleted } = tr.mapping.mapResult(pos);
		const node = deleted ? null : tr.doc.nodeAt(at);
		if (!node) continue;
		if (keep) tr.setNodeAttribute(at, BLOCK_SUGGESTION_ATTR, null);
		else tr.delete(at, at + node.nodeSize);
	}
	const rest = state.apply(tr);
	let marks = null;
	if (!command(rest, (commandTr) => marks = commandTr) && !blocks.length) return false;
	if (!dispatch) return true;
	for (const step of marks?.steps ?? []) tr.step(step);
	dispatch(tr.setMeta(suggestChangesKey, { skip: true }));
	return true;
}
/** Accept and reject, one suggestion or all, as ProseMirror commands. */
var acceptSuggestionCommand = (id) => (state, dispatch) => resolve(state, dispatch, id, true, applySuggestion(id));
var rejectSuggestionCommand = (id) => (state, dispatch) => resolve(state, dispatch, id, false, revertSuggestion(id));
var acceptAllCommand = (state, dispatch) => resolve(state, dispatch, null, true, applySuggestions);
var rejectAllCommand = (state, dispatch) => resolve(state, dispatch, null, false, revertSuggestions);
/** What a transaction made while suggesting becomes: the same change, as suggestions by `author`. */
function suggestTransaction(state, tr, author) {
	return finishSuggestions(transformToSuggestionTransaction(tr, state, () => newSuggestionId()), state.doc, author);
}
/** A comment's mark added or taken away is not a change to the text: never a suggestion. */
function onlyComments(tr) {
	return tr.steps.every((step) => (step instanceof AddMarkStep || step instanceof RemoveMarkStep) && isCommentKey(step.mark.type.name));
}
/** Whether a change leaves the text without suggestions as it was (what the server holds a reviewer to). */
function keepsToSuggestions(tr) {
	return baseText(tr.before.toJSON(), isCommentKey) === baseText(tr.doc.toJSON(), isCommentKey);
}
Extension.create({
	name: "suggestChanges",
	addOptions() {
		return {
			author: "",
			enabled: false
		};
	},
	addExtensions() {
		return [
			InsertionMark,
			DeletionMark,
			ModificationMark
		];
	},
	addGlobalAttributes() {
		return [{
			types: BLOCKS,
			attributes: { [BLOCK_SUGGESTION_ATTR]: {
				default: null,
				parseHTML: () => null,
				renderHTML: (attributes) => isBlockSuggestion(attributes["suggestion"]) ? { "data-suggestion-block": attributes[BLOCK_SUGGESTION_ATTR].type } : {}
			} }
		}];
	},
	addProseMirrorPlugins() {
		return [suggestChanges()];
	},
	onCreate() {
		if (this.options.enabled) this.editor.commands.setSuggesting(true);
	},
	dispatchTransaction({ transaction, next }) {
		const state = this.editor.state;
		const ySync = transaction.getMeta("y-sync$") ?? {};
		const skip = "skip" in (transaction.getMeta(suggestChangesKey) ?? {});
		if (!transaction.docChanged || ySync.isChangeOrigin) {
			next(transaction);
			return;
		}
		const tr = !isSuggestChangesEnabled(state) || skip || ySync.isUndoRedoOperation || transaction.getMeta("history$") || onlyComments(transaction) ? transaction : suggestTransaction(state, transaction, this.options.author);
		if (this.options.enabled && !keepsToSuggestions(tr)) return;
		next(tr);
	},
	addCommands() {
		return {
			setSuggesting: (enabled) => ({ tr, dispatch }) => {
				if (dispatch) tr.setMeta(suggestChangesKey, { enabled }).setMeta("addToHistory", false);
				return true;
			},
			acceptSuggestion: (id) => ({ state, dispatch }) => acceptSuggestionCommand(id)(state, dispatch),
			rejectSuggestion: (id) => ({ state, dispatch }) => rejectSuggestionCommand(id)(state, dispatch),
			acceptAllSuggestions: () => ({ state, dispatch }) => acceptAllCommand(state, dispatch),
			rejectAllSuggestions: () => ({ state, dispatch }) => rejectAllCommand(state, dispatch)
		};
	}
});
// src/lib/components/editor/RichTextEditor.svelte
function RichTextEditor($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The name of the document's XML fragment that holds this text... */
		/** ...or the fragment itself, for text kept inside a structure (a policy rule). */
		/** Words only: no toolbar, headings, lists or other people's carets (policy rule text). */
		/** Comments on passages: the toolbar's Comment button, Ctrl+Alt+M, and clicks on highlighted words. */
		/** The Tiptap editor, once made. */
		/** Told of the document after every change (and once when the editor starts): the speaking meter counts it. */
		/** Suggestion mode: the suggester's user id, and whether the editor may only suggest (the switch stays on). */
		let { live, user, editable: allowed, field = RICH_TEXT_FIELD, fragment, plain = false, label, comments, editor = null, ondoc, suggest } = $$props;
		const editable = derived(() => allowed && !live.readOnly);
		/** Bumped on every editor transaction so the toolbar re-reads marks and nodes. */
		let revision = 0;
		let linkOpen = false;
		Extension.create({
			name: "playbookLinkShortcut",
			addKeyboardShortcuts() {
				return { "Mod-k": () => {
					linkOpen = true;
					return true;
				} };
			}
		});
		onDestroy(() => editor?.destroy());
		let $$settled = true;
		let $$inner_renderer;
		function $$render_inner($$renderer) {
			$$renderer.push(`<div${attr_class("editor svelte-jgchhy", void 0, {
				"readonly": !editable(),
				"plain": plain
			})}>`);
			if (editable() && editor && !plain) {
				$$renderer.push("<!--[0-->");
				EditorToolbar($$renderer, {
					editor,
					revision,
					oncomment: comments?.onComment ?? void 0,
					suggesting: suggest ? { only: suggest.only } : void 0,
					get linkOpen() {
						return linkOpen;
					},
					set linkOpen($$value) {
						linkOpen = $$value;
						$$settled = false;
					}
				});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <div class="surface svelte-jgchhy"></div> `);
			if (!editor) $$renderer.push(`<!--[0--><p class="muted loading svelte-jgchhy">${escape_html(t("editor.loading"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div>`);
		}
		do {
			$$settled = true;
			$$inner_renderer = $$renderer.copy();
			$$render_inner($$inner_renderer);
		} while (!$$settled);
		$$renderer.subsume($$inner_renderer);
		bind_props($$props, { editor });
	});
}

export { RichTextEditor as R };
//# sourceMappingURL=RichTextEditor.js-Ckhd3iVO.js.map
