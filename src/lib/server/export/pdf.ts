import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { translate, type Locale } from '$lib/i18n';
import { headerLines, type Block, type ExportHeader, type Inline } from './content';

type TextPart = Exclude<Content, string | Content[]> & { text: unknown };

let ready = false;

/**
 * pdfmake on the server, once: the Roboto it ships (Latin with every Spanish accent), read into
 * memory so that no document can make it open a file or fetch a URL.
 */
function setUp(): void {
	if (ready) return;
	const require = createRequire(import.meta.url);
	// pdfmake reads fonts named in its virtual file system before it would touch the disk.
	const files = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
	const font = (file: string) => {
		files.writeFileSync(file, readFileSync(require.resolve(`pdfmake/fonts/Roboto/${file}`)));
		return file;
	};
	pdfmake.setFonts({
		Roboto: {
			normal: font('Roboto-Regular.ttf'),
			bold: font('Roboto-Medium.ttf'),
			italics: font('Roboto-Italic.ttf'),
			bolditalics: font('Roboto-MediumItalic.ttf')
		}
	});
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy(() => false);
	ready = true;
}

const HEADING_SIZES = [20, 17, 15, 13, 12, 12];

function inlineParts(inline: Inline[]): TextPart[] {
	return inline.map((part) => {
		if (!('text' in part)) return { text: '\n' };
		const { marks } = part;
		const decoration = [marks.underline || marks.link || marks.inserted ? 'underline' : null, marks.strike || marks.deleted ? 'lineThrough' : null].filter(
			(d): d is 'underline' | 'lineThrough' => d !== null
		);
		return {
			text: part.text,
			bold: marks.bold,
			italics: marks.italic,
			decoration: decoration.length ? decoration : undefined,
			link: marks.link,
			color: marks.inserted ? '#1a7f37' : marks.deleted ? '#b42318' : marks.link ? '#1155cc' : undefined,
			background: marks.code ? '#eeeeee' : undefined
		} as TextPart;
	});
}

function contentOf(blocks: Block[]): Content[] {
	return blocks.map((block): Content => {
		switch (block.type) {
			case 'paragraph':
				// An empty paragraph is an empty line, as in the editor.
				return { text: block.inline.length ? inlineParts(block.inline) : ' ', margin: [0, 0, 0, 8] };
			case 'heading':
				return { text: inlineParts(block.inline), bold: true, fontSize: HEADING_SIZES[block.level - 1], margin: [0, 10, 0, 6], headlineLevel: block.level } as Content;
			case 'code':
				return { text: block.text, background: '#eeeeee', preserveLeadingSpaces: true, margin: [0, 0, 0, 8] } as Content;
			case 'rule':
				return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 492, y2: 0, lineWidth: 0.5, lineColor: '#999999' }], margin: [0, 6, 0, 10] };
			case 'quote':
				return { stack: contentOf(block.blocks), margin: [18, 0, 0, 0], color: '#444444' };
			case 'list': {
				const items = block.items.map((item) => ({ stack: contentOf(item) }));
				return block.ordered ? { ol: items, start: block.start, margin: [0, 0, 0, 8] } : { ul: items, margin: [0, 0, 0, 8] };
			}
		}
	});
}

/** The document as a PDF: title, header lines, then the text with its headings, lists and marks. */
export async function writePdf(blocks: Block[], header: ExportHeader, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
	setUp();
	const top: Content[] = [];
	if (header.title?.trim()) top.push({ text: header.title.trim(), fontSize: 22, bold: true, margin: [0, 0, 0, 8] });
	for (const line of headerLines(header)) top.push({ text: [{ text: `${translate(locale, line.key)}: `, bold: true }, { text: line.value }], margin: [0, 0, 0, 2] });
	if (top.length) top.push({ text: ' ', margin: [0, 0, 0, 8] });
	const definition: TDocumentDefinitions = {
		info: { title: header.title?.trim() || undefined, creator: 'Playbook', producer: 'Playbook' },
		language: locale,
		pageSize: 'LETTER',
		pageMargins: [60, 60, 60, 60],
		defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.3 },
		content: [...top, ...contentOf(blocks)]
	};
	return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}
