import { resolveExtensions, type JSONContent } from '@tiptap/core';
import Paragraph from '@tiptap/extension-paragraph';
import CodeBlock from '@tiptap/extension-code-block';
import StarterKit from '@tiptap/starter-kit';
import { MarkdownManager } from '@tiptap/markdown';
import { translate, type Locale } from '$lib/i18n';
import { headerLines, type Block, type ExportHeader, type Inline } from './content';

/**
 * Text at the start of a line that Markdown would read as a heading, a list, a quote, a rule or
 * a setext underline: "# 3 things", "1. First", "- or", "===". @tiptap/markdown escapes marks
 * inside a line but not these, so our paragraphs escape them.
 */
const BLOCK_START = /^( {0,3})(#{1,6}(?=\s|$)|[-+*=](?=\s|$)|[-=_*]{3,}\s*$|\d{1,9}(?=[.)](?:\s|$)))/;

function escapeLineStarts(markdown: string): string {
	return markdown
		.split('\n')
		.map((line) => {
			// Four leading spaces would make a code block: the first becomes a non-breaking one.
			const spaced = line.replace(/^ {4,}/, (spaces) => `&#32;${spaces.slice(1)}`);
			return spaced.replace(BLOCK_START, (_, lead: string, marker: string) => (/^\d/.test(marker) ? `${lead}${marker}\\` : `${lead}\\${marker}`));
		})
		.join('\n');
}

/** A paragraph whose lines cannot turn into other blocks; an empty one is just a blank line. */
const SafeParagraph = Paragraph.extend({
	renderMarkdown: (node: JSONContent, h) => (Array.isArray(node.content) && node.content.length ? escapeLineStarts(h.renderChildren(node.content)).trimEnd() : '')
});

/** A code block fenced longer than any run of backticks inside it, so its text cannot close it early. */
const SafeCodeBlock = CodeBlock.extend({
	renderMarkdown: (node: JSONContent, h) => {
		const text = node.content ? h.renderChildren(node.content) : '';
		const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
		const fence = '`'.repeat(longest + 1);
		return `${fence}\n${text}\n${fence}`;
	}
});

let manager: MarkdownManager | undefined;

function markdownManager(): MarkdownManager {
	manager ??= new MarkdownManager({
		extensions: resolveExtensions([StarterKit.configure({ undoRedo: false, paragraph: false, codeBlock: false }), SafeParagraph, SafeCodeBlock])
	});
	return manager;
}

const MARKS = ['bold', 'italic', 'underline', 'strike', 'code'] as const;

function inlineJson(inline: Inline[]): JSONContent[] {
	return inline.flatMap((part): JSONContent[] => {
		if (!('text' in part)) return [{ type: 'hardBreak' }];
		const marks: JSONContent['marks'] = MARKS.filter((name) => part.marks[name]).map((type) => ({ type }));
		if (part.marks.link) marks.push({ type: 'link', attrs: { href: part.marks.link } });
		const text: JSONContent = { type: 'text', text: part.text, ...(marks.length ? { marks } : {}) };
		// Open suggestions, when asked for, in CriticMarkup: {++inserted++} and {--deleted--}.
		if (part.marks.inserted) return [{ type: 'text', text: '{++' }, text, { type: 'text', text: '++}' }];
		if (part.marks.deleted) return [{ type: 'text', text: '{--' }, text, { type: 'text', text: '--}' }];
		return [text];
	});
}

function blockJson(block: Block): JSONContent {
	switch (block.type) {
		case 'paragraph':
			return { type: 'paragraph', content: inlineJson(block.inline) };
		case 'heading':
			return { type: 'heading', attrs: { level: block.level }, content: inlineJson(block.inline) };
		case 'code':
			return { type: 'codeBlock', attrs: { language: null }, content: block.text ? [{ type: 'text', text: block.text }] : [] };
		case 'rule':
			return { type: 'horizontalRule' };
		case 'quote':
			return { type: 'blockquote', content: block.blocks.map(blockJson) };
		case 'list':
			return {
				type: block.ordered ? 'orderedList' : 'bulletList',
				...(block.ordered ? { attrs: { start: block.start } } : {}),
				content: block.items.map((item) => ({ type: 'listItem', content: item.length ? item.map(blockJson) : [{ type: 'paragraph', content: [] }] }))
			};
	}
}

/** Header text escaped like paragraph text: a speaker named "# 1" stays a name. */
function plainLine(text: string): string {
	return markdownManager().serialize({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
}

/** The document as Markdown: the title as a heading, header lines in bold labels, then the text. */
export function writeMarkdown(blocks: Block[], header: ExportHeader, locale: Locale): string {
	const top: string[] = [];
	if (header.title?.trim()) top.push(`# ${plainLine(header.title.trim())}`);
	const lines = headerLines(header).map((line) => `**${translate(locale, line.key)}:** ${plainLine(line.value)}`);
	if (lines.length) top.push(lines.join('  \n'));
	const body = markdownManager().serialize({ type: 'doc', content: blocks.map(blockJson) });
	return `${[...top, body.trim()].filter(Boolean).join('\n\n')}\n`;
}
