import type * as Y from 'yjs';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import { BLOCK_SUGGESTION_ATTR } from '$lib/collab/suggestions';
import { withoutSuggestions } from '$lib/collab/suggestion-base';

/**
 * A document as the exports write it: the editor's ProseMirror JSON read defensively into a
 * small closed tree. Any editor may have put anything into the Yjs document, so nothing here
 * trusts it: unknown marks are dropped, unknown nodes become paragraphs of their text, numbers
 * are clamped and only web and mail links are kept.
 */

/** The ProseMirror JSON of a node, as the editor and y-prosemirror write it. */
export interface JsonNode {
	type?: unknown;
	attrs?: unknown;
	content?: unknown;
	marks?: unknown;
	text?: unknown;
}

export interface Marks {
	bold?: true;
	italic?: true;
	underline?: true;
	strike?: true;
	code?: true;
	/** A web or mail address; anything else is not a link. */
	link?: string;
	/** Open suggestions, kept only when the export asks for them. */
	inserted?: true;
	deleted?: true;
}

export type Inline = { text: string; marks: Marks } | { lineBreak: true };

export type Block =
	| { type: 'paragraph'; inline: Inline[] }
	| { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; inline: Inline[] }
	| { type: 'list'; ordered: boolean; start: number; items: Block[][] }
	| { type: 'quote'; blocks: Block[] }
	| { type: 'code'; text: string }
	| { type: 'rule' };

/** Who speaks, where and when: printed above the text. Every field is optional. */
export interface ExportHeader {
	title?: string;
	speaker?: string;
	/** The body heard: "Springfield City Council". */
	body?: string;
	/** As it should be printed, already in the hearing's time zone and the reader's language. */
	hearingDate?: string;
	agendaItem?: string;
}

export interface ExportOptions {
	/**
	 * Keep open suggestions, shown as suggested insertions and deletions (tracked changes in
	 * DOCX, underlined and struck through in PDF, CriticMarkup in Markdown). Without it, the text
	 * reads as it stands before anyone accepts them: suggested insertions are left out and
	 * suggested deletions stay in as ordinary text. Reads the marks of suggestion mode
	 * (`insertion`, `deletion`) and a block's `suggestion` attribute (see $lib/collab/suggestions).
	 */
	includeSuggestions?: boolean;
}

/** The marks of suggestion mode, as @handlewithcare/prosemirror-suggest-changes names them. */
export const SUGGESTION_MARKS = { insertion: 'insertion', deletion: 'deletion' } as const;

/** Nodes nested deeper than this are read as their text: a crafted document cannot blow the stack. */
const MAX_DEPTH = 40;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function children(node: JsonNode): JsonNode[] {
	return Array.isArray(node.content) ? node.content.filter(isObject) : [];
}

function attr(node: JsonNode, name: string): unknown {
	return isObject(node.attrs) ? node.attrs[name] : undefined;
}

function markNames(value: unknown): { type: string; attrs: Record<string, unknown> }[] {
	if (!Array.isArray(value)) return [];
	return value.filter(isObject).flatMap((mark) => (typeof mark.type === 'string' ? [{ type: mark.type, attrs: isObject(mark.attrs) ? mark.attrs : {} }] : []));
}

/** A link the reader of a file may follow: http, https or mailto, nothing that runs. */
export function safeHref(value: unknown): string | undefined {
	if (typeof value !== 'string' || value.length > 2048) return undefined;
	try {
		const url = new URL(value);
		return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
	} catch {
		return undefined;
	}
}

function readMarks(value: unknown, options: ExportOptions): Marks | null {
	const marks: Marks = {};
	for (const mark of markNames(value)) {
		switch (mark.type) {
			case 'bold':
			case 'italic':
			case 'underline':
			case 'strike':
			case 'code':
				marks[mark.type] = true;
				break;
			case 'link': {
				const href = safeHref(mark.attrs.href);
				if (href) marks.link = href;
				break;
			}
			// Left in only when the export asks for them (see `readContent`).
			case SUGGESTION_MARKS.insertion:
				marks.inserted = true;
				break;
			case SUGGESTION_MARKS.deletion:
				marks.deleted = true;
				break;
			// Comments, other people's marks and anything unknown: the text stays, the mark goes.
		}
	}
	return marks;
}

/** All the text under a node, leaves (hard breaks) as line breaks: how an unknown node is kept. */
function inlineOf(node: JsonNode, options: ExportOptions, depth = 0): Inline[] {
	if (node.type === 'text') {
		// Suggestion mode anchors a suggested new block with a zero-width space: not part of the words.
		const text = typeof node.text === 'string' ? node.text.replaceAll('\u200B', '') : '';
		if (text === '') return [];
		const marks = readMarks(node.marks, options);
		return marks ? [{ text, marks }] : [];
	}
	if (node.type === 'hardBreak') return [{ lineBreak: true }];
	if (depth > MAX_DEPTH) return [];
	return children(node).flatMap((child) => inlineOf(child, options, depth + 1));
}

/** The text under a node nested too deep to read as blocks, walked without recursion. */
function deepText(node: JsonNode, options: ExportOptions): Inline[] {
	const out: Inline[] = [];
	const stack: JsonNode[] = [node];
	while (stack.length) {
		const next = stack.pop()!;
		if (next.type === 'text' || next.type === 'hardBreak') out.push(...inlineOf(next, options));
		else stack.push(...children(next).reverse());
	}
	return out;
}

/** Text of an unknown node holding blocks: each block's text on its own line. */
function flatInline(node: JsonNode, options: ExportOptions, depth: number): Inline[] {
	const kids = children(node);
	if (!kids.some((kid) => kid.type !== 'text' && kid.type !== 'hardBreak')) return inlineOf(node, options, depth);
	const lines = kids.map((kid) => flatInline(kid, options, depth + 1)).filter((line) => line.length);
	return lines.flatMap((line, i) => (i ? [{ lineBreak: true } as Inline, ...line] : line));
}

/** A block's own suggestion: the `suggestion` attribute the editor writes (node marks do not reach Yjs), or a node mark. */
function blockSuggestion(node: JsonNode): 'insertion' | 'deletion' | null {
	const value = attr(node, BLOCK_SUGGESTION_ATTR);
	if (isObject(value) && (value.type === 'insertion' || value.type === 'deletion')) return value.type;
	const marks = markNames(node.marks);
	if (marks.some((mark) => mark.type === SUGGESTION_MARKS.insertion)) return 'insertion';
	if (marks.some((mark) => mark.type === SUGGESTION_MARKS.deletion)) return 'deletion';
	return null;
}

/** With suggestions shown, a suggested block's words are marked as inserted or deleted like suggested words. */
function markBlock<T extends Block>(block: T, suggestion: 'insertion' | 'deletion' | null): T {
	if (!suggestion) return block;
	const mark = suggestion === 'insertion' ? 'inserted' : 'deleted';
	const marked = (inline: Inline[]) => inline.map((part) => ('text' in part ? { ...part, marks: { ...part.marks, [mark]: true } } : part));
	if (block.type === 'paragraph' || block.type === 'heading') return { ...block, inline: marked(block.inline) };
	if (block.type === 'list') return { ...block, items: block.items.map((item) => item.map((b) => markBlock(b, suggestion))) };
	if (block.type === 'quote') return { ...block, blocks: block.blocks.map((b) => markBlock(b, suggestion)) };
	return block;
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) ? Math.min(max, Math.max(min, number)) : fallback;
}

function readBlocks(nodes: JsonNode[], options: ExportOptions, depth: number): Block[] {
	const blocks: Block[] = [];
	let loose: Inline[] = [];
	// Text straight inside a container (a root written by a script) reads as one paragraph.
	const flush = () => {
		if (loose.length) blocks.push({ type: 'paragraph', inline: loose });
		loose = [];
	};
	for (const node of nodes) {
		if (node.type === 'text' || node.type === 'hardBreak') {
			loose.push(...inlineOf(node, options, depth));
			continue;
		}
		flush();
		const block = readBlock(node, options, depth);
		if (block) blocks.push(block);
	}
	flush();
	return blocks;
}

function readBlock(node: JsonNode, options: ExportOptions, depth: number): Block | null {
	const block = readPlainBlock(node, options, depth);
	return block && markBlock(block, blockSuggestion(node));
}

function readPlainBlock(node: JsonNode, options: ExportOptions, depth: number): Block | null {
	if (depth > MAX_DEPTH) return { type: 'paragraph', inline: deepText(node, options) };
	switch (node.type) {
		case 'paragraph': {
			return { type: 'paragraph', inline: inlineOf(node, options, depth) };
		}
		case 'heading':
			return { type: 'heading', level: clampInt(attr(node, 'level'), 1, 6, 1) as 1, inline: inlineOf(node, options, depth) };
		case 'bulletList':
		case 'orderedList':
			return {
				type: 'list',
				ordered: node.type === 'orderedList',
				start: clampInt(attr(node, 'start'), 0, 99_999, 1),
				items: children(node).map((item) => {
					const kids = item.type === 'listItem' ? children(item) : [item];
					const suggestion = item.type === 'listItem' ? blockSuggestion(item) : null;
					return readBlocks(kids, options, depth + 1).map((b) => markBlock(b, suggestion));
				})
			};
		case 'blockquote':
			return { type: 'quote', blocks: readBlocks(children(node), options, depth + 1) };
		case 'codeBlock':
			return {
				type: 'code',
				text: inlineOf(node, options, depth)
					.map((part) => ('text' in part ? part.text : '\n'))
					.join('')
			};
		case 'horizontalRule':
			return { type: 'rule' };
		default:
			return { type: 'paragraph', inline: flatInline(node, options, depth) };
	}
}

/**
 * The blocks of a document from its ProseMirror JSON (a `doc` node, or anything holding blocks).
 * Without `includeSuggestions`, the text as it stands before anyone takes a suggestion (the same
 * reading the engine holds a reviewer to), so no suggestion is left to mark.
 */
export function readContent(json: unknown, options: ExportOptions = {}): Block[] {
	if (!isObject(json)) return [];
	const content = options.includeSuggestions ? json : withoutSuggestions(json);
	return readBlocks(content.type === 'doc' || content.type === undefined ? children(content) : [content], options, 0);
}

/** The ProseMirror JSON of a rich-text document kept in Yjs. */
export function documentJson(doc: Y.Doc, field = RICH_TEXT_FIELD): JsonNode {
	return { type: 'doc', content: yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(field)).content ?? [] };
}

/** The text of inline content, line breaks as newlines. */
export function inlineText(inline: Inline[]): string {
	return inline.map((part) => ('text' in part ? part.text : '\n')).join('');
}

/** The plain text of the blocks, one line per block: what a clerk's form would count. */
export function plainText(blocks: Block[]): string {
	const lines: string[] = [];
	const walk = (list: Block[]) => {
		for (const block of list) {
			if (block.type === 'paragraph' || block.type === 'heading') lines.push(inlineText(block.inline.filter((p) => !('marks' in p && p.marks.deleted))));
			else if (block.type === 'code') lines.push(block.text);
			else if (block.type === 'quote') walk(block.blocks);
			else if (block.type === 'list') block.items.forEach(walk);
		}
	};
	walk(blocks);
	return lines.join('\n');
}

/** The header's lines, in print order, without the title. */
export function headerLines(header: ExportHeader): { key: string; value: string }[] {
	const fields = ['speaker', 'body', 'hearingDate', 'agendaItem'] as const;
	return fields.flatMap((field) => {
		const value = header[field]?.trim();
		return value ? [{ key: `export.header_${field}`, value }] : [];
	});
}
