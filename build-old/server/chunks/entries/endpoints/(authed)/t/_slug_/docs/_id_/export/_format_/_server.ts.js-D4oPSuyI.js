import { t as translate } from '../../../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import { i as isExportFormat, c as checkExport, a as countCharacters } from '../../../../../../../../../chunks/export-check.js-CTHSmoJb.js';
import { g as getDocument, R as RICH_TEXT_KINDS } from '../../../../../../../../../chunks/documents.js-CaNv629-.js';
import { r as readDocument } from '../../../../../../../../../chunks/live-documents.js-D-DuJ62i.js';
import { R as Refusal } from '../../../../../../../../../chunks/refusal.js-CqIAUhOf.js';
import { f as formatInZone } from '../../../../../../../../../chunks/hearings.js-k0Avay5_.js';
import { v as viewOf } from '../../../../../../../../../chunks/hearings2.js-7VLYJc4A.js';
import { R as RICH_TEXT_FIELD } from '../../../../../../../../../chunks/rich-text-doc.js-B7aUjoe-.js';
import { w as withoutSuggestions, B as BLOCK_SUGGESTION_ATTR } from '../../../../../../../../../chunks/suggestion-base.js-CQA5RHuF.js';
import { createRequire } from 'node:module';
import { A as redirect, v as error, j as json } from '../../../../../../../../../chunks/utils.js-Cx36Gts4.js';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { Paragraph, TextRun, HeadingLevel, Document, Packer, AlignmentType, LevelFormat, InsertedTextRun, DeletedTextRun, ExternalHyperlink } from 'docx';
import { resolveExtensions } from '@tiptap/core';
import Paragraph$1 from '@tiptap/extension-paragraph';
import CodeBlock from '@tiptap/extension-code-block';
import StarterKit from '@tiptap/starter-kit';
import { MarkdownManager } from '@tiptap/markdown';
import { readFileSync } from 'node:fs';
import pdfmake from 'pdfmake';
import 'i18next';
import '../../../../../../../../../chunks/text.js-De780Z__.js';
import '../../../../../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../../../../../chunks/teams.js-DRa-kSv4.js';
import '../../../../../../../../../chunks/board-doc.js-70NGdl8z.js';
import 'yjs';
import 'fractional-indexing';
import '../../../../../../../../../chunks/db.js-CZ3aFlsq.js';
import 'kysely';
import 'better-sqlite3';
import 'node:path';
import 'node:worker_threads';
import 'node:crypto';
import '@oslojs/encoding';
import '../../../../../../../../../chunks/scorecard.js-C021Dk_-.js';
import '../../../../../../../../../chunks/forms.js-J73ZrRYJ.js';
import 'valibot';
import '../../../../../../../../../chunks/scorecard2.js-D-c3nwHr.js';
import '../../../../../../../../../chunks/postgres.js-CZMSXUZ9.js';
import 'pg';
import '../../../../../../../../../chunks/model-policy.js-dJ2Mdan-.js';
import '../../../../../../../../../chunks/redline.js-B3MCp1Vy.js';
import '../../../../../../../../../chunks/states.js-0GJhGoOw.js';
import '../../../../../../../../../chunks/model.js-DLwlbFq3.js';
import 'diff';
import '../../../../../../../../../chunks/policy-doc.js-spMKaOze.js';
import '../../../../../../../../../chunks/model-draft-doc.js-DQbVtYkH.js';
import '../../../../../../../../../chunks/adaptation.js-Ba6M5iPZ.js';
import '../../../../../../../../../chunks/merge.js-B1XQ_MNh.js';
import 'node-diff3';
import '@oslojs/crypto/sha2';
import '../../../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';

// src/lib/server/export/content.ts
/** The marks of suggestion mode, as @handlewithcare/prosemirror-suggest-changes names them. */
var SUGGESTION_MARKS = {
	insertion: "insertion",
	deletion: "deletion"
};
/** Nodes nested deeper than this are read as their text: a crafted document cannot blow the stack. */
var MAX_DEPTH = 40;
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function children(node) {
	return Array.isArray(node.content) ? node.content.filter(isObject) : [];
}
function attr(node, name) {
	return isObject(node.attrs) ? node.attrs[name] : void 0;
}
function markNames(value) {
	if (!Array.isArray(value)) return [];
	return value.filter(isObject).flatMap((mark) => typeof mark.type === "string" ? [{
		type: mark.type,
		attrs: isObject(mark.attrs) ? mark.attrs : {}
	}] : []);
}
/** A link the reader of a file may follow: http, https or mailto, nothing that runs. */
function safeHref(value) {
	if (typeof value !== "string" || value.length > 2048) return void 0;
	try {
		const url = new URL(value);
		return [
			"http:",
			"https:",
			"mailto:"
		].includes(url.protocol) ? url.href : void 0;
	} catch {
		return;
	}
}
function readMarks(value, options) {
	const marks = {};
	for (const mark of markNames(value)) switch (mark.type) {
		case "bold":
		case "italic":
		case "underline":
		case "strike":
		case "code":
			marks[mark.type] = true;
			break;
		case "link": {
			const href = safeHref(mark.attrs.href);
			if (href) marks.link = href;
			break;
		}
		case SUGGESTION_MARKS.insertion:
			marks.inserted = true;
			break;
		case SUGGESTION_MARKS.deletion: marks.deleted = true;
	}
	return marks;
}
/** All the text under a node, leaves (hard breaks) as line breaks: how an unknown node is kept. */
function inlineOf(node, options, depth = 0) {
	if (node.type === "text") {
		const text = typeof node.text === "string" ? node.text.replaceAll("​", "") : "";
		if (text === "") return [];
		const marks = readMarks(node.marks);
		return marks ? [{
			text,
			marks
		}] : [];
	}
	if (node.type === "hardBreak") return [{ lineBreak: true }];
	if (depth > MAX_DEPTH) return [];
	return children(node).flatMap((child) => inlineOf(child, options, depth + 1));
}
/** The text under a node nested too deep to read as blocks, walked without recursion. */
function deepText(node, options) {
	const out = [];
	const stack = [node];
	while (stack.length) {
		const next = stack.pop();
		if (next.type === "text" || next.type === "hardBreak") out.push(...inlineOf(next, options));
		else stack.push(...children(next).reverse());
	}
	return out;
}
/** Text of an unknown node holding blocks: each block's text on its own line. */
function flatInline(node, options, depth) {
	const kids = children(node);
	if (!kids.some((kid) => kid.type !== "text" && kid.type !== "hardBreak")) return inlineOf(node, options, depth);
	return kids.map((kid) => flatInline(kid, options, depth + 1)).filter((line) => line.length).flatMap((line, i) => i ? [{ lineBreak: true }, ...line] : line);
}
/** A block's own suggestion: the `suggestion` attribute the editor writes (node marks do not reach Yjs), or a node mark. */
function blockSuggestion(node) {
	const value = attr(node, BLOCK_SUGGESTION_ATTR);
	if (isObject(value) && (value.type === "insertion" || value.type === "deletion")) return value.type;
	const marks = markNames(node.marks);
	if (marks.some((mark) => mark.type === SUGGESTION_MARKS.insertion)) return "insertion";
	if (marks.some((mark) => mark.type === SUGGESTION_MARKS.deletion)) return "deletion";
	return null;
}
/** With suggestions shown, a suggested block's words are marked as inserted or deleted like suggested words. */
function markBlock(block, suggestion) {
	if (!suggestion) return block;
	const mark = suggestion === "insertion" ? "inserted" : "deleted";
	const marked = (inline) => inline.map((part) => "text" in part ? {
		...part,
		marks: {
			...part.marks,
			[mark]: true
		}
	} : part);
	if (block.type === "paragraph" || block.type === "heading") return {
		...block,
		inline: marked(block.inline)
	};
	if (block.type === "list") return {
		...block,
		items: block.items.map((item) => item.map((b) => markBlock(b, suggestion)))
	};
	if (block.type === "quote") return {
		...block,
		blocks: block.blocks.map((b) => markBlock(b, suggestion))
	};
	return block;
}
function clampInt(value, min, max, fallback) {
	const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
	return typeof number === "number" && Number.isInteger(number) ? Math.min(max, Math.max(min, number)) : fallback;
}
function readBlocks(nodes, options, depth) {
	const blocks = [];
	let loose = [];
	const flush = () => {
		if (loose.length) blocks.push({
			type: "paragraph",
			inline: loose
		});
		loose = [];
	};
	for (const node of nodes) {
		if (node.type === "text" || node.type === "hardBreak") {
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
function readBlock(node, options, depth) {
	const block = readPlainBlock(node, options, depth);
	return block && markBlock(block, blockSuggestion(node));
}
function readPlainBlock(node, options, depth) {
	if (depth > MAX_DEPTH) return {
		type: "paragraph",
		inline: deepText(node, options)
	};
	switch (node.type) {
		case "paragraph": return {
			type: "paragraph",
			inline: inlineOf(node, options, depth)
		};
		case "heading": return {
			type: "heading",
			level: clampInt(attr(node, "level"), 1, 6, 1),
			inline: inlineOf(node, options, depth)
		};
		case "bulletList":
		case "orderedList": return {
			type: "list",
			ordered: node.type === "orderedList",
			start: clampInt(attr(node, "start"), 0, 99999, 1),
			items: children(node).map((item) => {
				const kids = item.type === "listItem" ? children(item) : [item];
				const suggestion = item.type === "listItem" ? blockSuggestion(item) : null;
				return readBlocks(kids, options, depth + 1).map((b) => markBlock(b, suggestion));
			})
		};
		case "blockquote": return {
			type: "quote",
			blocks: readBlocks(children(node), options, depth + 1)
		};
		case "codeBlock": return {
			type: "code",
			text: inlineOf(node, options, depth).map((part) => "text" in part ? part.text : "\n").join("")
		};
		case "horizontalRule": return { type: "rule" };
		default: return {
			type: "paragraph",
			inline: flatInline(node, options, depth)
		};
	}
}
/**
* The blocks of a document from its ProseMirror JSON (a `doc` node, or anything holding blocks).
* Without `includeSuggestions`, the text as it stands before anyone takes a suggestion (the same
* reading the engine holds a reviewer to), so no suggestion is left to mark.
*/
function readContent(json, options = {}) {
	if (!isObject(json)) return [];
	const content = options.includeSuggestions ? json : withoutSuggestions(json);
	return readBlocks(content.type === "doc" || content.type === void 0 ? children(content) : [content], options, 0);
}
/** The ProseMirror JSON of a rich-text document kept in Yjs. */
function documentJson(doc, field = RICH_TEXT_FIELD) {
	return {
		type: "doc",
		content: yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(field)).content ?? []
	};
}
/** The text of inline content, line breaks as newlines. */
function inlineText(inline) {
	return inline.map((part) => "text" in part ? part.text : "\n").join("");
}
/** The plain text of the blocks, one line per block: what a clerk's form would count. */
function plainText(blocks) {
	const lines = [];
	const walk = (list) => {
		for (const block of list) if (block.type === "paragraph" || block.type === "heading") lines.push(inlineText(block.inline.filter((p) => !("marks" in p && p.marks.deleted))));
		else if (block.type === "code") lines.push(block.text);
		else if (block.type === "quote") walk(block.blocks);
		else if (block.type === "list") block.items.forEach(walk);
	};
	walk(blocks);
	return lines.join("\n");
}
/** The header's lines, in print order, without the title. */
function headerLines(header) {
	return [
		"speaker",
		"body",
		"hearingDate",
		"agendaItem"
	].flatMap((field) => {
		const value = header[field]?.trim();
		return value ? [{
			key: `export.header_${field}`,
			value
		}] : [];
	});
}
// src/lib/server/export/docx.ts
var HEADINGS = [
	HeadingLevel.HEADING_1,
	HeadingLevel.HEADING_2,
	HeadingLevel.HEADING_3,
	HeadingLevel.HEADING_4,
	HeadingLevel.HEADING_5,
	HeadingLevel.HEADING_6
];
var BULLETS = "playbook-bullets";
var NUMBERS = "playbook-numbers";
/** Word lists nest nine levels deep; deeper items sit at the last one. */
var LEVELS = 9;
/** Tracked changes carry an author and a date; suggestions exported here keep neither yet. */
var SUGGESTION_AUTHOR = "Playbook";
function levels(ordered) {
	const bullets = [
		"•",
		"◦",
		"▪"
	];
	return Array.from({ length: LEVELS }, (_, level) => ({
		level,
		format: ordered ? [
			LevelFormat.DECIMAL,
			LevelFormat.LOWER_LETTER,
			LevelFormat.LOWER_ROMAN
		][level % 3] : LevelFormat.BULLET,
		text: ordered ? `%${level + 1}.` : bullets[level % 3],
		alignment: AlignmentType.LEFT,
		style: { paragraph: { indent: {
			left: 720 * (level + 1),
			hanging: 360
		} } }
	}));
}
function runs(inline, context) {
	const out = [];
	for (const part of inline) {
		if (!("text" in part)) {
			out.push(new TextRun({ break: 1 }));
			continue;
		}
		const { marks } = part;
		const options = {
			text: part.text,
			bold: marks.bold,
			italics: marks.italic,
			strike: marks.strike,
			underline: marks.underline || marks.link ? {} : void 0,
			font: marks.code ? "Courier New" : void 0,
			color: marks.link ? "1155CC" : void 0
		};
		const change = {
			id: ++context.changeId,
			author: SUGGESTION_AUTHOR,
			date: context.date
		};
		const run = marks.inserted ? new InsertedTextRun({
			...options,
			...change
		}) : marks.deleted ? new DeletedTextRun({
			...options,
			...change
		}) : new TextRun(options);
		out.push(marks.link ? new ExternalHyperlink({
			link: marks.link,
			children: [run]
		}) : run);
	}
	return out;
}
/** `depth`: how many lists the blocks sit in; what is not a list item's number is indented to match. */
function paragraphs(blocks, context, depth = 0) {
	const indent = depth ? { left: 720 * depth } : void 0;
	const out = [];
	for (const block of blocks) switch (block.type) {
		case "paragraph":
			out.push(new Paragraph({
				children: runs(block.inline, context),
				indent
			}));
			break;
		case "heading":
			out.push(new Paragraph({
				heading: HEADINGS[block.level - 1],
				children: runs(block.inline, context),
				indent
			}));
			break;
		case "code":
			out.push(...block.text.split("\n").map((line) => new Paragraph({
				children: [new TextRun({
					text: line,
					font: "Courier New"
				})],
				indent
			})));
			break;
		case "rule":
			out.push(new Paragraph({
				border: { bottom: {
					style: "single",
					size: 6,
					color: "999999",
					space: 1
				} },
				children: [],
				indent
			}));
			break;
		case "quote":
			out.push(...paragraphs(block.blocks, context, depth + 1));
			break;
		case "list": {
			const level = Math.min(8, depth);
			const reference = block.ordered ? block.start === 1 ? NUMBERS : `${NUMBERS}-${block.start}` : BULLETS;
			if (block.ordered && block.start !== 1) context.starts.add(block.start);
			const numbering = {
				reference,
				level,
				instance: ++context.instance
			};
			for (const item of block.items) {
				const [first, ...rest] = item;
				const numbered = first?.type === "paragraph" || first?.type === "heading";
				out.push(new Paragraph({
					children: numbered ? runs(first.inline, context) : [],
					numbering
				}));
				out.push(...paragraphs(numbered ? rest : item, context, depth + 1));
			}
			break;
		}
	}
	return out;
}
/** The document as a Word file: title, header lines, then the text with its headings, lists and marks. */
async function writeDocx(blocks, header, locale) {
	const context = {
		instance: 0,
		changeId: 0,
		date: (/* @__PURE__ */ new Date()).toISOString(),
		starts: /* @__PURE__ */ new Set()
	};
	const body = paragraphs(blocks, context);
	const top = [];
	if (header.title?.trim()) top.push(new Paragraph({
		heading: HeadingLevel.TITLE,
		children: [new TextRun(header.title.trim())]
	}));
	for (const line of headerLines(header)) top.push(new Paragraph({ children: [new TextRun({
		text: `${translate(locale, line.key)}: `,
		bold: true
	}), new TextRun(line.value)] }));
	const numbering = [
		{
			reference: BULLETS,
			levels: levels(false)
		},
		{
			reference: NUMBERS,
			levels: levels(true)
		},
		...[...context.starts].map((start) => ({
			reference: `${NUMBERS}-${start}`,
			levels: levels(true).map((level, i) => i === 0 ? {
				...level,
				start
			} : level)
		}))
	];
	const document = new Document({
		title: header.title?.trim() || void 0,
		creator: "Playbook",
		styles: { default: { document: { run: {
			font: "Calibri",
			size: 24
		} } } },
		numbering: { config: numbering },
		sections: [{ children: [...top, ...body] }]
	});
	return new Uint8Array(await Packer.toBuffer(document));
}
// src/lib/server/export/markdown.ts
/**
* Text at the start of a line that Markdown would read as a heading, a list, a quote, a rule or
* a setext underline: "# 3 things", "1. First", "- or", "===". @tiptap/markdown escapes marks
* inside a line but not these, so our paragraphs escape them.
*/
var BLOCK_START = /^( {0,3})(#{1,6}(?=\s|$)|[-+*=](?=\s|$)|[-=_*]{3,}\s*$|\d{1,9}(?=[.)](?:\s|$)))/;
function escapeLineStarts(markdown) {
	return markdown.split("\n").map((line) => {
		return line.replace(/^ {4,}/, (spaces) => `&#32;${spaces.slice(1)}`).replace(BLOCK_START, (_, lead, marker) => /^\d/.test(marker) ? `${lead}${marker}\\` : `${lead}\\${marker}`);
	}).join("\n");
}
/** A paragraph whose lines cannot turn into other blocks; an empty one is just a blank line. */
var SafeParagraph = Paragraph$1.extend({ renderMarkdown: (node, h) => Array.isArray(node.content) && node.content.length ? escapeLineStarts(h.renderChildren(node.content)).trimEnd() : "" });
/** A code block fenced longer than any run of backticks inside it, so its text cannot close it early. */
var SafeCodeBlock = CodeBlock.extend({ renderMarkdown: (node, h) => {
	const text = node.content ? h.renderChildren(node.content) : "";
	const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = "`".repeat(longest + 1);
	return `${fence}\n${text}\n${fence}`;
} });
var manager;
function markdownManager() {
	manager ??= new MarkdownManager({ extensions: resolveExtensions([
		StarterKit.configure({
			undoRedo: false,
			paragraph: false,
			codeBlock: false
		}),
		SafeParagraph,
		SafeCodeBlock
	]) });
	return manager;
}
var MARKS = [
	"bold",
	"italic",
	"underline",
	"strike",
	"code"
];
function inlineJson(inline) {
	return inline.flatMap((part) => {
		if (!("text" in part)) return [{ type: "hardBreak" }];
		const marks = MARKS.filter((name) => part.marks[name]).map((type) => ({ type }));
		if (part.marks.link) marks.push({
			type: "link",
			attrs: { href: part.marks.link }
		});
		const text = {
			type: "text",
			text: part.text,
			...marks.length ? { marks } : {}
		};
		if (part.marks.inserted) return [
			{
				type: "text",
				text: "{++"
			},
			text,
			{
				type: "text",
				text: "++}"
			}
		];
		if (part.marks.deleted) return [
			{
				type: "text",
				text: "{--"
			},
			text,
			{
				type: "text",
				text: "--}"
			}
		];
		return [text];
	});
}
function blockJson(block) {
	switch (block.type) {
		case "paragraph": return {
			type: "paragraph",
			content: inlineJson(block.inline)
		};
		case "heading": return {
			type: "heading",
			attrs: { level: block.level },
			content: inlineJson(block.inline)
		};
		case "code": return {
			type: "codeBlock",
			attrs: { language: null },
			content: block.text ? [{
				type: "text",
				text: block.text
			}] : []
		};
		case "rule": return { type: "horizontalRule" };
		case "quote": return {
			type: "blockquote",
			content: block.blocks.map(blockJson)
		};
		case "list": return {
			type: block.ordered ? "orderedList" : "bulletList",
			...block.ordered ? { attrs: { start: block.start } } : {},
			content: block.items.map((item) => ({
				type: "listItem",
				content: item.length ? item.map(blockJson) : [{
					type: "paragraph",
					content: []
				}]
			}))
		};
	}
}
/** Header text escaped like paragraph text: a speaker named "# 1" stays a name. */
function plainLine(text) {
	return markdownManager().serialize({
		type: "doc",
		content: [{
			type: "paragraph",
			content: [{
				type: "text",
				text
			}]
		}]
	});
}
/** The document as Markdown: the title as a heading, header lines in bold labels, then the text. */
function writeMarkdown(blocks, header, locale) {
	const top = [];
	if (header.title?.trim()) top.push(`# ${plainLine(header.title.trim())}`);
	const lines = headerLines(header).map((line) => `**${translate(locale, line.key)}:** ${plainLine(line.value)}`);
	if (lines.length) top.push(lines.join("  \n"));
	const body = markdownManager().serialize({
		type: "doc",
		content: blocks.map(blockJson)
	});
	return `${[...top, body.trim()].filter(Boolean).join("\n\n")}\n`;
}
// src/lib/server/export/pdf.ts
var ready = false;
/**
* pdfmake on the server, once: the Roboto it ships (Latin with every Spanish accent), read into
* memory so that no document can make it open a file or fetch a URL.
*/
function setUp() {
	if (ready) return;
	const require = createRequire(import.meta.url);
	const files = pdfmake.virtualfs;
	const font = (file) => {
		files.writeFileSync(file, readFileSync(require.resolve(`pdfmake/fonts/Roboto/${file}`)));
		return file;
	};
	pdfmake.setFonts({ Roboto: {
		normal: font("Roboto-Regular.ttf"),
		bold: font("Roboto-Medium.ttf"),
		italics: font("Roboto-Italic.ttf"),
		bolditalics: font("Roboto-MediumItalic.ttf")
	} });
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy(() => false);
	ready = true;
}
var HEADING_SIZES = [
	20,
	17,
	15,
	13,
	12,
	12
];
function inlineParts(inline) {
	return inline.map((part) => {
		if (!("text" in part)) return { text: "\n" };
		const { marks } = part;
		const decoration = [marks.underline || marks.link || marks.inserted ? "underline" : null, marks.strike || marks.deleted ? "lineThrough" : null].filter((d) => d !== null);
		return {
			text: part.text,
			bold: marks.bold,
			italics: marks.italic,
			decoration: decoration.length ? decoration : void 0,
			link: marks.link,
			color: marks.inserted ? "#1a7f37" : marks.deleted ? "#b42318" : marks.link ? "#1155cc" : void 0,
			background: marks.code ? "#eeeeee" : void 0
		};
	});
}
function contentOf(blocks) {
	return blocks.map((block) => {
		switch (block.type) {
			case "paragraph": return {
				text: block.inline.length ? inlineParts(block.inline) : " ",
				margin: [
					0,
					0,
					0,
					8
				]
			};
			case "heading": return {
				text: inlineParts(block.inline),
				bold: true,
				fontSize: HEADING_SIZES[block.level - 1],
				margin: [
					0,
					10,
					0,
					6
				],
				headlineLevel: block.level
			};
			case "code": return {
				text: block.text,
				background: "#eeeeee",
				preserveLeadingSpaces: true,
				margin: [
					0,
					0,
					0,
					8
				]
			};
			case "rule": return {
				canvas: [{
					type: "line",
					x1: 0,
					y1: 0,
					x2: 492,
					y2: 0,
					lineWidth: .5,
					lineColor: "#999999"
				}],
				margin: [
					0,
					6,
					0,
					10
				]
			};
			case "quote": return {
				stack: contentOf(block.blocks),
				margin: [
					18,
					0,
					0,
					0
				],
				color: "#444444"
			};
			case "list": {
				const items = block.items.map((item) => ({ stack: contentOf(item) }));
				return block.ordered ? {
					ol: items,
					start: block.start,
					margin: [
						0,
						0,
						0,
						8
					]
				} : {
					ul: items,
					margin: [
						0,
						0,
						0,
						8
					]
				};
			}
		}
	});
}
/** The document as a PDF: title, header lines, then the text with its headings, lists and marks. */
async function writePdf(blocks, header, locale) {
	setUp();
	const top = [];
	if (header.title?.trim()) top.push({
		text: header.title.trim(),
		fontSize: 22,
		bold: true,
		margin: [
			0,
			0,
			0,
			8
		]
	});
	for (const line of headerLines(header)) top.push({
		text: [{
			text: `${translate(locale, line.key)}: `,
			bold: true
		}, { text: line.value }],
		margin: [
			0,
			0,
			0,
			2
		]
	});
	if (top.length) top.push({
		text: " ",
		margin: [
			0,
			0,
			0,
			8
		]
	});
	const definition = {
		info: {
			title: header.title?.trim() || void 0,
			creator: "Playbook",
			producer: "Playbook"
		},
		language: locale,
		pageSize: "LETTER",
		pageMargins: [
			60,
			60,
			60,
			60
		],
		defaultStyle: {
			font: "Roboto",
			fontSize: 11,
			lineHeight: 1.3
		},
		content: [...top, ...contentOf(blocks)]
	};
	return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}
// src/lib/server/export/index.ts
/** Document kinds whose text is one rich-text body, and so can be exported. */
var EXPORTABLE_KINDS = RICH_TEXT_KINDS;
var CONTENT_TYPES = {
	pdf: "application/pdf",
	docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	md: "text/markdown; charset=utf-8"
};
/** Writes blocks in a format: the one place the three writers are chosen. */
async function writeExport(format, blocks, header, locale) {
	if (format === "pdf") return writePdf(blocks, header, locale);
	if (format === "docx") return writeDocx(blocks, header, locale);
	return new TextEncoder().encode(writeMarkdown(blocks, header, locale));
}
/**
* A team document as a file, for anyone who may read it (viewers too); another team's document,
* or one that is not rich text, is a 404. Read from storage, which holds every accepted update.
*/
async function exportDocument(db, slug, userId, documentId, request) {
	const release = claimExport(userId);
	try {
		const { document } = await getDocument(db, slug, userId, documentId);
		if (!EXPORTABLE_KINDS.includes(document.kind)) throw new Refusal("document_not_found", 404);
		const doc = await readDocument(db, document.id);
		try {
			const blocks = readContent(documentJson(doc), request.options);
			const header = request.header ?? await exportHeaderFor(db, document, request.locale);
			return {
				document,
				bytes: await writeExport(request.format, blocks, header, request.locale),
				characters: countCharacters(plainText(blocks))
			};
		} finally {
			doc.destroy();
		}
	} finally {
		release();
	}
}
var running = /* @__PURE__ */ new Map();
/** Counts an export as running for `userId` until the returned function is called; refuses one too many. */
function claimExport(userId) {
	const now = running.get(userId) ?? 0;
	if (now >= 4) throw new Refusal("export_busy", 429);
	running.set(userId, now + 1);
	return () => {
		const left = (running.get(userId) ?? 1) - 1;
		if (left > 0) running.set(userId, left);
		else running.delete(userId);
	};
}
/** The testimony row of a document and its hearing, when it is testimony for one. */
async function testimonyOf(db, document) {
	if (document.kind !== "testimony") return null;
	const testimony = await db.selectFrom("testimony").selectAll().where("document_id", "=", document.id).executeTakeFirst();
	if (!testimony) return null;
	const row = testimony.hearing_id ? await db.selectFrom("hearing").selectAll().where("id", "=", testimony.hearing_id).where("team_id", "=", testimony.team_id).executeTakeFirst() : void 0;
	return {
		testimony,
		hearing: row ? viewOf(row) : null
	};
}
/**
* What a document's file says above its text: a team document has its title; testimony adds its
* speaker and its hearing's body, date (in the hearing's time zone) and agenda item.
*/
async function exportHeaderFor(db, document, locale) {
	const found = await testimonyOf(db, document);
	const header = { title: document.title };
	if (!found) return header;
	const { testimony, hearing } = found;
	if (testimony.speaker_name) header.speaker = testimony.speaker_name;
	if (hearing) {
		const t = (key, params) => translate(locale, key, params);
		header.body = hearing.body_name || t(`hearings.body.${hearing.body_kind}`);
		header.hearingDate = formatInZone(hearing.starts_at, hearing.time_zone, locale);
		if (hearing.agenda_item) header.agendaItem = hearing.agenda_item;
	}
	return header;
}
/** The ways a hearing takes written comment, as the export check names them. */
var FILING = {
	pdf: "pdf",
	word: "docx",
	printed: "printed",
	web_form: "web_form"
};
/**
* The clerk's rules for a document's filing: testimony for a hearing answers with that hearing's
* formats, printed copies and character cap; anything else has none.
*/
async function filingRulesFor(db, document) {
	const hearing = (await testimonyOf(db, document))?.hearing;
	if (!hearing) return null;
	return {
		accepts: hearing.formats.map((format) => FILING[format]),
		printedCopies: hearing.printed_copies,
		characterCap: hearing.character_cap
	};
}
/** An export and what the clerk's rules say about it. */
async function checkDocumentExport(db, slug, userId, documentId, request) {
	const exported = await exportDocument(db, slug, userId, documentId, request);
	const file = {
		format: request.format,
		bytes: exported.bytes.byteLength,
		characters: exported.characters
	};
	return {
		bytes: file.bytes,
		characters: file.characters,
		checks: checkExport(file, await filingRulesFor(db, exported.document))
	};
}
/**
* A Content-Disposition for a download named after the document: an ASCII name for old clients
* and the real one, accents kept, in `filename*` (RFC 6266 / 5987).
*/
function attachmentHeader(title, format) {
	const base = title.normalize("NFC").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "").replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim().replace(/^\.+/, "").slice(0, 120).trim() || "document";
	return `attachment; filename="${base.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "").replace(/[%;\\"]/g, "").replace(/\s+/g, " ").trim() || "document"}.${format}"; filename*=UTF-8''${encodeURIComponent(`${base}.${format}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
// src/routes/(authed)/t/[slug]/docs/[id]/export/[format]/+server.ts
/**
* A document as a PDF, Word or Markdown file, for anyone who may read it. `?suggestions=include`
* keeps open suggestions, marked (see ExportOptions). `?check` answers instead with the file's
* size and what the clerk's rules say about it, as JSON.
*/
var GET = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	if (!isExportFormat(params.format)) error(404, translate(locals.locale, "errors.document_not_found"));
	const request = {
		format: params.format,
		locale: locals.locale,
		options: { includeSuggestions: url.searchParams.get("suggestions") === "include" }
	};
	try {
		if (url.searchParams.has("check")) return json(await checkDocumentExport(locals.app.db, params.slug, locals.user.id, params.id, request), { headers: { "cache-control": "no-store" } });
		const { document, bytes } = await exportDocument(locals.app.db, params.slug, locals.user.id, params.id, request);
		return new Response(bytes, { headers: {
			"content-type": CONTENT_TYPES[params.format],
			"content-disposition": attachmentHeader(document.title, params.format),
			"content-length": String(bytes.byteLength),
			"cache-control": "private, no-store",
			"x-content-type-options": "nosniff"
		} });
	} catch (err) {
		if (err instanceof Refusal) error(err.status, translate(locals.locale, `errors.${err.code}`, err.params));
		throw err;
	}
};

export { GET };
//# sourceMappingURL=_server.ts.js-D4oPSuyI.js.map
