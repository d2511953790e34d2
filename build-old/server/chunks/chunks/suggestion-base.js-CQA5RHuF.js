// src/lib/collab/suggestions.ts
/**
* Suggested changes in rich text (suggestion mode): the shape both the editor and the server's
* reviewer policy hold to. The marks are those of @handlewithcare/prosemirror-suggest-changes,
* with our own attributes.
*
* - Text marks `insertion`, `deletion`, `modification`. Each excludes the others, so
*   y-prosemirror stores it on the text's formatting under its plain name, with its attributes as
*   the value: `{ id, author, at }` (modification adds the library's `type`, `attrName`,
*   `previousValue`, `newValue`).
* - `id` is `s-` and a random UUID: two people suggesting at once never share an id (the
*   library's own "highest + 1" would), and it never starts with a digit (the library reads ids
*   with parseInt).
* - `author` is the suggester's user id; `at` is Unix ms.
* - y-prosemirror does not sync node marks, so a suggested new or deleted block (a paragraph, a
*   list item) carries its suggestion as the node attribute `suggestion`:
*   `{ type: 'insertion' | 'deletion', id, author, at }`, or absent / null.
*/
var SUGGESTION_MARKS = [
	"insertion",
	"deletion",
	"modification"
];
/** The node attribute of a block-level suggestion. */
var BLOCK_SUGGESTION_ATTR = "suggestion";
var isSuggestionMark = (key) => SUGGESTION_MARKS.includes(key);
/** A new suggestion id. */
var newSuggestionId = () => `s-${crypto.randomUUID()}`;
// src/lib/collab/suggestion-base.ts
/** Suggestion mode anchors a suggestion at a block's edge with a zero-width space: not part of the words. */
var ANCHOR = "​";
/** Blocks nested deeper are kept as they are; a crafted document cannot blow the stack. */
var MAX_DEPTH = 60;
var isRecord = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function marksOf(node) {
	if (!Array.isArray(node.marks)) return [];
	return node.marks.filter((m) => isRecord(m) && typeof m.type === "string").map((m) => ({
		type: m.type,
		attrs: isRecord(m.attrs) ? m.attrs : void 0
	}));
}
function childrenOf(node) {
	return Array.isArray(node.content) ? node.content.filter(isRecord) : [];
}
/** A block's own suggestion: the `suggestion` attribute (node marks do not reach Yjs), or a node mark. */
function blockSuggestion(node) {
	const value = isRecord(node.attrs) ? node.attrs[BLOCK_SUGGESTION_ATTR] : void 0;
	if (isRecord(value) && (value.type === "insertion" || value.type === "deletion")) return value.type;
	const marks = marksOf(node).map((m) => m.type);
	if (marks.includes("insertion")) return "insertion";
	if (marks.includes("deletion")) return "deletion";
	return null;
}
var insertionId = (marks) => {
	const mark = marks.find((m) => m.type === "insertion");
	return mark ? String(mark.attrs?.id ?? "") : null;
};
var isInline = (node) => node.type === "text" || node.type === "hardBreak";
/** A block without its suggestion: the attribute cleared, suggestion node marks dropped. */
function plainBlock(node) {
	const { content: _content, ...rest } = node;
	const out = { ...rest };
	if (isRecord(node.attrs) && "suggestion" in node.attrs) out.attrs = {
		...node.attrs,
		[BLOCK_SUGGESTION_ATTR]: null
	};
	const marks = marksOf(node).filter((m) => !isSuggestionMark(m.type));
	if (marks.length) out.marks = marks;
	else delete out.marks;
	return out;
}
function flatten(node, out, depth) {
	for (const child of childrenOf(node)) {
		if (isInline(child)) {
			out.push({
				inline: child,
				marks: marksOf(child)
			});
			continue;
		}
		if (blockSuggestion(child) === "insertion") continue;
		if (depth >= MAX_DEPTH) {
			out.push({ whole: child });
			continue;
		}
		out.push({ open: plainBlock(child) });
		flatten(child, out, depth + 1);
		out.push({ close: true });
	}
}
/**
* Block boundaries that are part of one suggested insertion (Enter while suggesting): inserted
* words of the same suggestion on both sides, with only closings then as many openings between.
*/
function dropSuggestedBoundaries(tokens) {
	const drop = /* @__PURE__ */ new Set();
	let last = null;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (!("inline" in token)) continue;
		const id = insertionId(token.marks);
		if (last && id && last.id === id && i - last.index > 1) {
			const between = tokens.slice(last.index + 1, i);
			const closes = between.findIndex((t) => !("close" in t));
			const closing = closes === -1 ? between.length : closes;
			if (closing * 2 === between.length && between.slice(closing).every((t) => "open" in t)) for (let j = last.index + 1; j < i; j++) drop.add(j);
		}
		last = {
			index: i,
			id
		};
	}
	return drop.size ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}
/** Rebuilds the tree from tokens, leaving out suggested words and lifting suggested deletions. */
function rebuild(root, tokens) {
	const top = {
		...plainBlock(root),
		content: []
	};
	const stack = [top];
	for (const token of tokens) {
		const parent = stack[stack.length - 1];
		if ("open" in token) {
			const node = {
				...token.open,
				content: []
			};
			parent.content.push(node);
			stack.push(node);
		} else if ("close" in token) {
			if (stack.length > 1) stack.pop();
		} else if ("whole" in token) parent.content.push(token.whole);
		else {
			if (token.marks.some((m) => m.type === "insertion")) continue;
			const marks = token.marks.filter((m) => !isSuggestionMark(m.type));
			const node = { ...token.inline };
			if (marks.length) node.marks = marks;
			else delete node.marks;
			if (node.type === "text") {
				const text = typeof node.text === "string" ? node.text.replaceAll(ANCHOR, "") : "";
				if (!text) continue;
				node.text = text;
			}
			parent.content.push(node);
		}
	}
	const tidy = (node, depth = 0) => {
		if (!Array.isArray(node.content) || depth > MAX_DEPTH) return node;
		const content = node.content.map((child) => tidy(child, depth + 1));
		const out = {
			...node,
			content
		};
		if (!content.length) delete out.content;
		return out;
	};
	return tidy(top);
}
/** The document as it reads with every open suggestion rejected (see the top of this file). */
function withoutSuggestions(doc) {
	const tokens = [];
	flatten(doc, tokens, 0);
	return rebuild(doc, dropSuggestedBoundaries(tokens));
}
/**
* What a reviewer's update must leave as it was: the text without suggestions, with comments
* (marks of their own, added freely) and the order of marks on a piece of text set aside, and
* neighbouring pieces with the same marks joined, so that only words, blocks and formatting count.
*/
function baseText(doc, ignoreMark) {
	const canonical = (node, depth = 0) => {
		if (depth > MAX_DEPTH) return JSON.stringify(node);
		const marks = marksOf(node).filter((m) => !ignoreMark(m.type)).map((m) => JSON.stringify([m.type, m.attrs ?? {}])).sort();
		const kids = [];
		for (const child of childrenOf(node)) {
			const next = canonical(child, depth + 1);
			const prev = kids[kids.length - 1];
			if (next.t === "text" && prev?.t === "text" && JSON.stringify(prev.m) === JSON.stringify(next.m)) prev.text += next.text ?? "";
			else kids.push(next);
		}
		const shown = kids.filter((k) => !(isRecord(k) && k.t === "paragraph" && !k.c?.length));
		if (node.type === "text") return {
			t: "text",
			text: typeof node.text === "string" ? node.text : "",
			m: marks
		};
		const attrs = isRecord(node.attrs) ? Object.fromEntries(Object.entries(node.attrs).filter(([k]) => k !== BLOCK_SUGGESTION_ATTR).sort(([a], [b]) => a < b ? -1 : 1)) : {};
		return {
			t: String(node.type ?? ""),
			a: attrs,
			m: marks,
			c: shown
		};
	};
	return JSON.stringify(canonical(withoutSuggestions(doc)));
}

export { BLOCK_SUGGESTION_ATTR as B, baseText as b, isSuggestionMark as i, newSuggestionId as n, withoutSuggestions as w };
//# sourceMappingURL=suggestion-base.js-CQA5RHuF.js.map
