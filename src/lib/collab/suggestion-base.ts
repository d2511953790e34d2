import { BLOCK_SUGGESTION_ATTR, isSuggestionMark } from './suggestions';

/**
 * The text as it stands before anyone takes an open suggestion: every suggested insertion left
 * out (words, whole blocks, and a suggested split of a block, which rejecting would join again),
 * every suggested deletion kept as ordinary text. A reviewer may change the suggestions but never
 * this; the exports print it when suggestions are left out.
 *
 * Works on the ProseMirror JSON of a document (as y-prosemirror reads it from Yjs), which any
 * editor may have filled with anything: nothing here trusts its shape.
 */

export interface PmNode {
	type?: unknown;
	attrs?: unknown;
	content?: unknown;
	marks?: unknown;
	text?: unknown;
}

interface PmMark {
	type: string;
	attrs?: Record<string, unknown>;
}

/** The document flattened: a block opening, a block closing, or a piece of inline content. */
type Token = { open: PmNode } | { close: true } | { inline: PmNode; marks: PmMark[] } | { whole: PmNode };

/** Suggestion mode anchors a suggestion at a block's edge with a zero-width space: not part of the words. */
const ANCHOR = '\u200B';
/** Blocks nested deeper are kept as they are; a crafted document cannot blow the stack. */
const MAX_DEPTH = 60;

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

function marksOf(node: PmNode): PmMark[] {
	if (!Array.isArray(node.marks)) return [];
	return node.marks.filter((m): m is PmMark => isRecord(m) && typeof m.type === 'string').map((m) => ({ type: m.type, attrs: isRecord(m.attrs) ? m.attrs : undefined }));
}

function childrenOf(node: PmNode): PmNode[] {
	return Array.isArray(node.content) ? node.content.filter(isRecord) : [];
}

/** A block's own suggestion: the `suggestion` attribute (node marks do not reach Yjs), or a node mark. */
function blockSuggestion(node: PmNode): 'insertion' | 'deletion' | null {
	const value = isRecord(node.attrs) ? node.attrs[BLOCK_SUGGESTION_ATTR] : undefined;
	if (isRecord(value) && (value.type === 'insertion' || value.type === 'deletion')) return value.type;
	const marks = marksOf(node).map((m) => m.type);
	if (marks.includes('insertion')) return 'insertion';
	if (marks.includes('deletion')) return 'deletion';
	return null;
}

const insertionId = (marks: PmMark[]) => {
	const mark = marks.find((m) => m.type === 'insertion');
	return mark ? String(mark.attrs?.id ?? '') : null;
};

const isInline = (node: PmNode) => node.type === 'text' || node.type === 'hardBreak';

/** A block without its suggestion: the attribute cleared, suggestion node marks dropped. */
function plainBlock(node: PmNode): PmNode {
	const { content: _content, ...rest } = node;
	const out: PmNode = { ...rest };
	if (isRecord(node.attrs) && BLOCK_SUGGESTION_ATTR in node.attrs) out.attrs = { ...node.attrs, [BLOCK_SUGGESTION_ATTR]: null };
	const marks = marksOf(node).filter((m) => !isSuggestionMark(m.type));
	if (marks.length) out.marks = marks;
	else delete out.marks;
	return out;
}

function flatten(node: PmNode, out: Token[], depth: number): void {
	for (const child of childrenOf(node)) {
		if (isInline(child)) {
			out.push({ inline: child, marks: marksOf(child) });
			continue;
		}
		// A whole block suggested as new is not there until someone accepts it.
		if (blockSuggestion(child) === 'insertion') continue;
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
function dropSuggestedBoundaries(tokens: Token[]): Token[] {
	const drop = new Set<number>();
	let last: { index: number; id: string | null } | null = null;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (!('inline' in token)) continue;
		const id = insertionId(token.marks);
		if (last && id && last.id === id && i - last.index > 1) {
			const between = tokens.slice(last.index + 1, i);
			const closes = between.findIndex((t) => !('close' in t));
			const closing = closes === -1 ? between.length : closes;
			const balanced = closing * 2 === between.length && between.slice(closing).every((t) => 'open' in t);
			if (balanced) for (let j = last.index + 1; j < i; j++) drop.add(j);
		}
		last = { index: i, id };
	}
	return drop.size ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}

/** Rebuilds the tree from tokens, leaving out suggested words and lifting suggested deletions. */
function rebuild(root: PmNode, tokens: Token[]): PmNode {
	const top: PmNode & { content: PmNode[] } = { ...plainBlock(root), content: [] };
	const stack: (PmNode & { content: PmNode[] })[] = [top];
	for (const token of tokens) {
		const parent = stack[stack.length - 1];
		if ('open' in token) {
			const node = { ...token.open, content: [] as PmNode[] };
			parent.content.push(node);
			stack.push(node);
		} else if ('close' in token) {
			if (stack.length > 1) stack.pop();
		} else if ('whole' in token) {
			parent.content.push(token.whole);
		} else {
			if (token.marks.some((m) => m.type === 'insertion')) continue;
			const marks = token.marks.filter((m) => !isSuggestionMark(m.type));
			const node: PmNode = { ...token.inline };
			if (marks.length) node.marks = marks;
			else delete node.marks;
			if (node.type === 'text') {
				const text = typeof node.text === 'string' ? node.text.replaceAll(ANCHOR, '') : '';
				if (!text) continue;
				node.text = text;
			}
			parent.content.push(node);
		}
	}
	const tidy = (node: PmNode & { content?: unknown }, depth = 0): PmNode => {
		if (!Array.isArray(node.content) || depth > MAX_DEPTH) return node;
		const content = (node.content as PmNode[]).map((child) => tidy(child, depth + 1));
		const out: PmNode = { ...node, content };
		if (!content.length) delete out.content;
		return out;
	};
	return tidy(top);
}

/** The document as it reads with every open suggestion rejected (see the top of this file). */
export function withoutSuggestions(doc: PmNode): PmNode {
	const tokens: Token[] = [];
	flatten(doc, tokens, 0);
	return rebuild(doc, dropSuggestedBoundaries(tokens));
}

/**
 * What a reviewer's update must leave as it was: the text without suggestions, with comments
 * (marks of their own, added freely) and the order of marks on a piece of text set aside, and
 * neighbouring pieces with the same marks joined, so that only words, blocks and formatting count.
 */
export function baseText(doc: PmNode, ignoreMark: (type: string) => boolean): string {
	const canonical = (node: PmNode, depth = 0): unknown => {
		if (depth > MAX_DEPTH) return JSON.stringify(node);
		const marks = marksOf(node)
			.filter((m) => !ignoreMark(m.type))
			.map((m) => JSON.stringify([m.type, m.attrs ?? {}]))
			.sort();
		const kids: unknown[] = [];
		for (const child of childrenOf(node)) {
			const next = canonical(child, depth + 1) as { t?: string; text?: string; m?: string[] };
			const prev = kids[kids.length - 1] as { t?: string; text?: string; m?: string[] } | undefined;
			if (next.t === 'text' && prev?.t === 'text' && JSON.stringify(prev.m) === JSON.stringify(next.m)) prev.text += next.text ?? '';
			else kids.push(next);
		}
		// An empty paragraph is no text: the editor adds and drops them as people type.
		const shown = kids.filter((k) => !(isRecord(k) && k.t === 'paragraph' && !(k.c as unknown[] | undefined)?.length));
		if (node.type === 'text') return { t: 'text', text: typeof node.text === 'string' ? node.text : '', m: marks };
		const attrs = isRecord(node.attrs) ? Object.fromEntries(Object.entries(node.attrs).filter(([k]) => k !== BLOCK_SUGGESTION_ATTR).sort(([a], [b]) => (a < b ? -1 : 1))) : {};
		return { t: String(node.type ?? ''), a: attrs, m: marks, c: shown };
	};
	return JSON.stringify(canonical(withoutSuggestions(doc)));
}

/** Every suggestion in a document: its id and author, from text marks and block attributes. */
export function suggestionAuthors(doc: PmNode): Map<string, string> {
	const found = new Map<string, string>();
	const note = (value: unknown) => {
		if (isRecord(value) && typeof value.id === 'string' && !found.has(value.id)) found.set(value.id, typeof value.author === 'string' ? value.author : '');
	};
	const stack: PmNode[] = [doc];
	while (stack.length) {
		const node = stack.pop()!;
		if (isRecord(node.attrs)) note(node.attrs[BLOCK_SUGGESTION_ATTR]);
		for (const mark of marksOf(node)) if (isSuggestionMark(mark.type)) note(mark.attrs);
		stack.push(...childrenOf(node));
	}
	return found;
}
