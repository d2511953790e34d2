import {
	AlignmentType,
	DeletedTextRun,
	Document,
	ExternalHyperlink,
	HeadingLevel,
	InsertedTextRun,
	LevelFormat,
	Packer,
	Paragraph,
	TextRun,
	type ILevelsOptions,
	type IRunOptions,
	type ParagraphChild
} from 'docx';
import { translate, type Locale } from '$lib/i18n';
import { headerLines, type Block, type ExportHeader, type Inline } from './content';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const BULLETS = 'playbook-bullets';
const NUMBERS = 'playbook-numbers';
/** Word lists nest nine levels deep; deeper items sit at the last one. */
const LEVELS = 9;

/** Tracked changes carry an author and a date; suggestions exported here keep neither yet. */
const SUGGESTION_AUTHOR = 'Playbook';

function levels(ordered: boolean): ILevelsOptions[] {
	const bullets = ['\u2022', '\u25e6', '\u25aa'];
	return Array.from({ length: LEVELS }, (_, level) => ({
		level,
		format: ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3] : LevelFormat.BULLET,
		text: ordered ? `%${level + 1}.` : bullets[level % 3],
		alignment: AlignmentType.LEFT,
		style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } }
	}));
}

interface Context {
	/** Each ordered list restarts its numbering: Word counts instances of one numbering. */
	instance: number;
	changeId: number;
	date: string;
	/** Ordered lists starting elsewhere than 1 each need a numbering of their own. */
	starts: Set<number>;
}

function runs(inline: Inline[], context: Context): ParagraphChild[] {
	const out: ParagraphChild[] = [];
	for (const part of inline) {
		if (!('text' in part)) {
			out.push(new TextRun({ break: 1 }));
			continue;
		}
		const { marks } = part;
		const options: IRunOptions = {
			text: part.text,
			bold: marks.bold,
			italics: marks.italic,
			strike: marks.strike,
			underline: marks.underline || marks.link ? {} : undefined,
			font: marks.code ? 'Courier New' : undefined,
			color: marks.link ? '1155CC' : undefined
		};
		const change = { id: ++context.changeId, author: SUGGESTION_AUTHOR, date: context.date };
		const run = marks.inserted ? new InsertedTextRun({ ...options, ...change }) : marks.deleted ? new DeletedTextRun({ ...options, ...change }) : new TextRun(options);
		out.push(marks.link ? new ExternalHyperlink({ link: marks.link, children: [run] }) : run);
	}
	return out;
}

/** `depth`: how many lists the blocks sit in; what is not a list item's number is indented to match. */
function paragraphs(blocks: Block[], context: Context, depth = 0): Paragraph[] {
	const indent = depth ? { left: 720 * depth } : undefined;
	const out: Paragraph[] = [];
	for (const block of blocks) {
		switch (block.type) {
			case 'paragraph':
				out.push(new Paragraph({ children: runs(block.inline, context), indent }));
				break;
			case 'heading':
				out.push(new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.inline, context), indent }));
				break;
			case 'code':
				out.push(...block.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })], indent })));
				break;
			case 'rule':
				out.push(new Paragraph({ border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } }, children: [], indent }));
				break;
			case 'quote':
				out.push(...paragraphs(block.blocks, context, depth + 1));
				break;
			case 'list': {
				const level = Math.min(LEVELS - 1, depth);
				const reference = block.ordered ? (block.start === 1 ? NUMBERS : `${NUMBERS}-${block.start}`) : BULLETS;
				if (block.ordered && block.start !== 1) context.starts.add(block.start);
				const numbering = { reference, level, instance: ++context.instance };
				for (const item of block.items) {
					// The item's first paragraph carries its number or bullet; the rest sit indented under it.
					const [first, ...rest] = item;
					const numbered = first?.type === 'paragraph' || first?.type === 'heading';
					out.push(new Paragraph({ children: numbered ? runs(first.inline, context) : [], numbering }));
					out.push(...paragraphs(numbered ? rest : item, context, depth + 1));
				}
				break;
			}
		}
	}
	return out;
}

/** The document as a Word file: title, header lines, then the text with its headings, lists and marks. */
export async function writeDocx(blocks: Block[], header: ExportHeader, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
	const context: Context = { instance: 0, changeId: 0, date: new Date().toISOString(), starts: new Set() };
	const body = paragraphs(blocks, context);
	const top: Paragraph[] = [];
	if (header.title?.trim()) top.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(header.title.trim())] }));
	for (const line of headerLines(header)) {
		top.push(new Paragraph({ children: [new TextRun({ text: `${translate(locale, line.key)}: `, bold: true }), new TextRun(line.value)] }));
	}
	const numbering = [
		{ reference: BULLETS, levels: levels(false) },
		{ reference: NUMBERS, levels: levels(true) },
		...[...context.starts].map((start) => ({
			reference: `${NUMBERS}-${start}`,
			levels: levels(true).map((level, i) => (i === 0 ? { ...level, start } : level))
		}))
	];
	const document = new Document({
		title: header.title?.trim() || undefined,
		creator: 'Playbook',
		styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
		numbering: { config: numbering },
		sections: [{ children: [...top, ...body] }]
	});
	return new Uint8Array(await Packer.toBuffer(document));
}
