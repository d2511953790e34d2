import * as Y from 'yjs';
import JSZip from 'jszip';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';

type Child = Y.XmlElement | Y.XmlText;

export function el(name: string, children: Child[] = [], attrs: Record<string, unknown> = {}): Y.XmlElement {
	const node = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
	node.insert(0, children);
	return node;
}

/** Text in runs, each with the marks y-prosemirror stores as formatting attributes. */
export function runs(...parts: [string, Record<string, unknown>?][]): Y.XmlText {
	const text = new Y.XmlText();
	let at = 0;
	for (const [value, marks] of parts) {
		text.insert(at, value, marks ?? {});
		at += value.length;
	}
	return text;
}

export const p = (...parts: [string, Record<string, unknown>?][]) => el('paragraph', [runs(...parts)]);
export const item = (text: string) => el('listItem', [p([text])]);

/** A testimony as the editor stores it: Spanish accents, headings, both lists, marks, a comment and an unknown node. */
export function testimonyDoc(): Y.Doc {
	const doc = new Y.Doc();
	doc.getXmlFragment(RICH_TEXT_FIELD).insert(0, [
		el('heading', [runs(['Testimonio para el Concejo'])], { level: 1 }),
		p(['Buenas noches. Me llamo ']),
		p(['José Núñez', { bold: {} }], [' y vivo en ']),
		p(['Peñasco', { italic: {} }], [', cerca de la escuela. ']),
		el('heading', [runs(['Lo que pedimos'])], { level: 2 }),
		el('bulletList', [item('Órdenes judiciales, no solicitudes de detención'), item('Ningún acceso sin orden')]),
		el('orderedList', [item('Primero: escuchar'), item('Segundo: votar sí')], { start: 1 }),
		p(['Gracias por su atención, ', {}], ['señora alcaldesa', { comment: { id: 'thread-1' } }], ['.', {}]),
		p(['Más datos en ', {}], ['nuestro sitio', { link: { href: 'https://example.org/datos' } }], [' y ', {}], ['aquí', { link: { href: 'javascript:alert(1)' } }]),
		el('mysteryCallout', [p(['Texto de un nodo desconocido'])])
	]);
	return doc;
}

/** The text of the runs of word/document.xml, with whether each is bold or italic. */
export async function docxRuns(bytes: Uint8Array): Promise<{ xml: string; runs: { text: string; bold: boolean; italic: boolean }[]; paragraphs: string[] }> {
	const zip = await JSZip.loadAsync(bytes);
	const xml = await zip.file('word/document.xml')!.async('string');
	const found = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, run]) => ({
		text: [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join(''),
		bold: /<w:b\/>|<w:b w:val="true"\/>/.test(run),
		italic: /<w:i\/>|<w:i w:val="true"\/>/.test(run)
	}));
	const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map(([, a, b]) =>
		[...(a ?? b).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1])).join('')
	);
	return { xml, runs: found, paragraphs };
}

function decodeXml(text: string): string {
	return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of every page of a PDF, lines joined by newlines, read with pdf.js. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
	}
	await pdf.destroy();
	return pages.join('\n');
}
