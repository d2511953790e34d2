import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import type { Document, Team, User } from '$lib/server/db/schema';
import { createDocument } from '$lib/server/documents';
import { liveDocuments } from '$lib/server/live-documents';
import { documentJson, plainText, readContent } from '$lib/server/export/content';
import { attachmentHeader, exportDocument, EXPORTS_PER_PERSON } from '$lib/server/export/index';
import { writeDocx } from '$lib/server/export/docx';
import { writeMarkdown } from '$lib/server/export/markdown';
import { writePdf } from '$lib/server/export/pdf';
import { addTeam, openFoundation, PASSWORD, teamOfFour, type Foundation } from '../foundation/helpers';
import { cookiesOf, startKit, type Kit } from '../foundation/kit';
import { docxRuns, el, item, p, pdfText, runs, testimonyDoc } from './export-fixtures';

const header = { title: 'Testimonio para el Concejo', speaker: 'José Núñez', body: 'Concejo Municipal de Peñasco', hearingDate: '14 de diciembre de 2026', agendaItem: 'Punto 7: órdenes judiciales' };

describe('what the exports read from a document', () => {
	test('headings, lists, bold, italic and links as written; comment marks dropped, unknown nodes kept as their text, unsafe links unlinked', () => {
		const blocks = readContent(documentJson(testimonyDoc()));
		expect(blocks[0]).toEqual({ type: 'heading', level: 1, inline: [{ text: 'Testimonio para el Concejo', marks: {} }] });
		expect(blocks[2]).toEqual({ type: 'paragraph', inline: [{ text: 'José Núñez', marks: { bold: true } }, { text: ' y vivo en ', marks: {} }] });
		expect(blocks[5]).toMatchObject({ type: 'list', ordered: false, items: [[{ type: 'paragraph' }], [{ type: 'paragraph' }]] });
		expect(blocks[6]).toMatchObject({ type: 'list', ordered: true, start: 1 });
		expect(blocks[7]).toEqual({ type: 'paragraph', inline: [{ text: 'Gracias por su atención, ', marks: {} }, { text: 'señora alcaldesa', marks: {} }, { text: '.', marks: {} }] });
		expect(blocks[8]).toMatchObject({ inline: [{}, { text: 'nuestro sitio', marks: { link: 'https://example.org/datos' } }, {}, { text: 'aquí', marks: {} }] });
		expect(blocks[9]).toEqual({ type: 'paragraph', inline: [{ text: 'Texto de un nodo desconocido', marks: {} }] });
	});

	test('suggestions: insertions left out and deletions kept unless asked for; then both are marked', () => {
		const json = {
			type: 'doc',
			content: [
				{ type: 'paragraph', content: [{ type: 'text', text: 'Votar ' }, { type: 'text', text: 'no', marks: [{ type: 'deletion', attrs: { id: 'a' } }] }, { type: 'text', text: 'sí', marks: [{ type: 'insertion', attrs: { id: 'b' } }] }] },
				{ type: 'paragraph', marks: [{ type: 'insertion', attrs: { id: 'c' } }], content: [{ type: 'text', text: 'Un párrafo sugerido' }] }
			]
		};
		expect(plainText(readContent(json))).toBe('Votar no');
		const included = readContent(json, { includeSuggestions: true });
		expect(included[0]).toEqual({ type: 'paragraph', inline: [{ text: 'Votar ', marks: {} }, { text: 'no', marks: { deleted: true } }, { text: 'sí', marks: { inserted: true } }] });
		expect(included).toHaveLength(2);
		expect(plainText(included)).toBe('Votar sí\nUn párrafo sugerido');
	});

	test('whatever a client put in the document still reads: wrong attributes, text at the root, deep nesting, junk', () => {
		const doc = new Y.Doc();
		let deep = p(['al fondo']);
		for (let i = 0; i < 200; i++) deep = el('blockquote', [deep]);
		doc.getXmlFragment(RICH_TEXT_FIELD).insert(0, [
			el('heading', [runs(['Nivel raro'])], { level: 'abc' }),
			el('heading', [runs(['Nivel 99'])], { level: 99 }),
			el('orderedList', [item('desde menos')], { start: -5 }),
			el('bulletList', [p(['no es un listItem'])]),
			el('paragraph', [runs(['marca ', { bold: 'yes', weird: { x: 1 } }])]),
			deep
		]);
		const blocks = readContent(documentJson(doc));
		expect(blocks[0]).toMatchObject({ type: 'heading', level: 1 });
		expect(blocks[1]).toMatchObject({ type: 'heading', level: 6 });
		expect(blocks[2]).toMatchObject({ type: 'list', start: 0 });
		expect(plainText(blocks)).toBe('Nivel raro\nNivel 99\ndesde menos\nno es un listItem\nmarca \nal fondo');
		expect(readContent(null)).toEqual([]);
		expect(readContent({ type: 'doc', content: [null, 7, 'x', { type: 'text', text: 5 }] })).toEqual([]);
	});
});

describe('the files', () => {
	const blocks = readContent(documentJson(testimonyDoc()));

	test('DOCX: the header, headings as Word headings, list items numbered, bold and italic runs, accents', async () => {
		const { xml, runs, paragraphs } = await docxRuns(await writeDocx(blocks, header, 'es'));
		expect(paragraphs).toContain('Testimonio para el Concejo');
		expect(paragraphs).toContain('Orador: José Núñez');
		expect(paragraphs).toContain('Ante: Concejo Municipal de Peñasco');
		expect(paragraphs).toContain('Audiencia: 14 de diciembre de 2026');
		expect(paragraphs).toContain('Punto del orden del día: Punto 7: órdenes judiciales');
		expect(xml).toContain('<w:pStyle w:val="Title"/>');
		expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
		expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(1);
		// The speaker's name in the header, then in the text, where it is bold.
		expect(runs.filter((r) => r.text === 'José Núñez').map((r) => r.bold)).toEqual([false, true]);
		expect(runs.find((r) => r.text === 'Orador: ')).toMatchObject({ bold: true });
		expect(runs.find((r) => r.text === 'Peñasco')).toMatchObject({ bold: false, italic: true });
		expect(runs.find((r) => r.text === ' y vivo en ')).toMatchObject({ bold: false });
		for (const text of ['Órdenes judiciales, no solicitudes de detención', 'Ningún acceso sin orden', 'Primero: escuchar', 'Segundo: votar sí', 'Texto de un nodo desconocido', 'Gracias por su atención, señora alcaldesa.']) {
			expect(paragraphs).toContain(text);
		}
		// Four list items, each numbered (bullets and numbers are two numberings).
		expect(xml.match(/<w:numPr>/g)).toHaveLength(4);
		expect(xml).toContain('w:hyperlink');
		expect(xml).not.toContain('javascript:');
		expect(xml).not.toContain('thread-1');
	});

	test('PDF: the header and every line of the text, accents included', async () => {
		const bytes = await writePdf(blocks, header, 'es');
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		const text = await pdfText(bytes);
		for (const line of [
			'Testimonio para el Concejo',
			'Orador: José Núñez',
			'Punto del orden del día: Punto 7: órdenes judiciales',
			'Lo que pedimos',
			'Órdenes judiciales, no solicitudes de detención',
			'Ningún acceso sin orden',
			'Primero: escuchar',
			'Gracias por su atención, señora alcaldesa.',
			'Texto de un nodo desconocido'
		]) {
			expect(text.replace(/\s+/g, ' ')).toContain(line);
		}
		expect(text).toMatch(/José Núñez y vivo en/);
		// pdf.js reads a list's numbers after its text: each item's line holds its number.
		expect(text.split('\n').find((line) => line.includes('Primero'))).toContain('1.');
		expect(text.split('\n').find((line) => line.includes('Segundo'))).toContain('2.');
	});

	test('Markdown: headings, lists, bold, italic and links as written, with the header', () => {
		const markdown = writeMarkdown(blocks, header, 'es');
		expect(markdown).toBe(
			[
				'# Testimonio para el Concejo',
				'',
				'**Orador:** José Núñez  ',
				'**Ante:** Concejo Municipal de Peñasco  ',
				'**Audiencia:** 14 de diciembre de 2026  ',
				'**Punto del orden del día:** Punto 7: órdenes judiciales',
				'',
				'# Testimonio para el Concejo',
				'',
				'Buenas noches. Me llamo',
				'',
				'**José Núñez** y vivo en',
				'',
				'*Peñasco*, cerca de la escuela.',
				'',
				'## Lo que pedimos',
				'',
				'- Órdenes judiciales, no solicitudes de detención',
				'- Ningún acceso sin orden',
				'',
				'1. Primero: escuchar',
				'2. Segundo: votar sí',
				'',
				'Gracias por su atención, señora alcaldesa.',
				'',
				'Más datos en [nuestro sitio](https://example.org/datos) y aquí',
				'',
				'Texto de un nodo desconocido',
				''
			].join('\n')
		);
	});

	test('Markdown: text that looks like Markdown stays text', () => {
		const tricky = ['# 3 cosas', '1. no es lista', '- tampoco', '---', '    sangría', 'a_b *c* [d](e) `f`'];
		const markdown = writeMarkdown(readContent({ type: 'doc', content: tricky.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }), {}, 'en');
		expect(markdown.trim().split('\n\n')).toEqual(['\\# 3 cosas', '1\\. no es lista', '\\- tampoco', '\\---', '&#32;   sangría', 'a\\_b \\*c\\* \\[d\\](e) \\`f\\`']);
		const code = writeMarkdown(readContent({ type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'a\n```\nb' }] }] }), {}, 'en');
		expect(code).toBe('````\na\n```\nb\n````\n');
	});

	test('open suggestions, when asked for: tracked changes in DOCX, CriticMarkup in Markdown, both in the PDF text', async () => {
		const json = {
			type: 'doc',
			content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pedimos votar ' }, { type: 'text', text: 'no', marks: [{ type: 'deletion', attrs: { id: 'a' } }] }, { type: 'text', text: 'sí', marks: [{ type: 'insertion', attrs: { id: 'b' } }] }] }]
		};
		const plain = await docxRuns(await writeDocx(readContent(json), {}, 'es'));
		expect(plain.paragraphs).toEqual(['Pedimos votar no']);
		expect(plain.xml).not.toMatch(/<w:ins |<w:del /);
		const tracked = (await docxRuns(await writeDocx(readContent(json, { includeSuggestions: true }), {}, 'es'))).xml;
		expect(tracked).toMatch(/<w:ins [^>]*w:author="Playbook"[^>]*>.*<w:t xml:space="preserve">sí<\/w:t>.*<\/w:ins>/s);
		expect(tracked).toMatch(/<w:del [^>]*>.*<w:delText xml:space="preserve">no<\/w:delText>.*<\/w:del>/s);
		expect(writeMarkdown(readContent(json), {}, 'es')).toBe('Pedimos votar no\n');
		expect(writeMarkdown(readContent(json, { includeSuggestions: true }), {}, 'es')).toBe('Pedimos votar {--no--}{++sí++}\n');
		expect(await pdfText(await writePdf(readContent(json, { includeSuggestions: true }), {}, 'es'))).toContain('Pedimos votar nosí');
	});

	test('a download name keeps its accents in filename* and has a safe ASCII fallback', () => {
		expect(attachmentHeader('Testimonio: José / Peñasco', 'pdf')).toBe(`attachment; filename="Testimonio Jose Penasco.pdf"; filename*=UTF-8''Testimonio%20Jos%C3%A9%20Pe%C3%B1asco.pdf`);
		expect(attachmentHeader('"; evil="x\r\n', 'docx')).toBe(`attachment; filename="evil= x.docx"; filename*=UTF-8''%3B%20evil%3D%20x.docx`);
		expect(attachmentHeader('🙂', 'md')).toBe(`attachment; filename="document.md"; filename*=UTF-8''%F0%9F%99%82.md`);
		expect(attachmentHeader('...', 'md')).toMatch(/^attachment; filename="document\.md"/);
	});
});

// Real HTTP to SvelteKit's own server on a real SQLite file.
describe('the export route', () => {
	let f: Foundation;
	let kit: Kit;
	let team: Team;
	let other: Team;
	let document: Document;
	let foreign: Document;
	const cookies: Record<'member' | 'viewer' | 'outsider', string> = { member: '', viewer: '', outsider: '' };
	let people: Record<'member' | 'viewer' | 'outsider' | 'owner', User>;

	beforeAll(async () => {
		f = await openFoundation();
		kit = await startKit(f.app);
		const four = await teamOfFour(f.db);
		people = four;
		team = four.team;
		other = await addTeam(f.db, four.outsider, [], 'Otro equipo');
		document = await createDocument(f.db, team.slug, four.member.id, { title: 'Testimonio de José · Peñasco' });
		await liveDocuments(f.db).change(document.id, (doc) => {
			const source = testimonyDoc();
			Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
		});
		foreign = await createDocument(f.db, other.slug, four.outsider.id, { title: 'Ajeno' });
		for (const who of ['member', 'viewer', 'outsider'] as const) {
			const signedIn = await kit.post('/signin', { email: four[who].email, password: PASSWORD });
			expect(signedIn.status).toBe(303);
			cookies[who] = cookiesOf(signedIn);
		}
	}, 120_000);
	afterAll(async () => {
		await kit?.close();
		await f?.close();
	});

	const path = (doc: Document, format: string, slug = team.slug) => `/t/${slug}/docs/${doc.id}/export/${format}`;

	test('a member gets each format with its type and an accented file name', async () => {
		for (const [format, type] of [
			['pdf', 'application/pdf'],
			['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
			['md', 'text/markdown; charset=utf-8']
		]) {
			const response = await kit.fetch(path(document, format), { cookie: cookies.member });
			expect(response.status, format).toBe(200);
			expect(response.headers.get('content-type')).toBe(type);
			expect(response.headers.get('content-disposition')).toBe(
				`attachment; filename="Testimonio de Jose Penasco.${format}"; filename*=UTF-8''${encodeURIComponent(`Testimonio de José · Peñasco.${format}`)}`
			);
			expect(response.headers.get('cache-control')).toContain('no-store');
			const bytes = new Uint8Array(await response.arrayBuffer());
			expect(Number(response.headers.get('content-length'))).toBe(bytes.byteLength);
			if (format === 'pdf') expect(await pdfText(bytes)).toContain('Ningún acceso sin orden');
			if (format === 'docx') expect((await docxRuns(bytes)).paragraphs).toContain('Órdenes judiciales, no solicitudes de detención');
			if (format === 'md') expect(new TextDecoder().decode(bytes)).toContain('**José Núñez** y vivo en');
		}
	});

	test('a viewer may export; the check answers with the size and its message', async () => {
		const response = await kit.fetch(path(document, 'pdf'), { cookie: cookies.viewer });
		expect(response.status).toBe(200);
		const checked = await kit.fetch(`${path(document, 'pdf')}?check`, { cookie: cookies.viewer, headers: { accept: 'application/json' } });
		expect(checked.status).toBe(200);
		const body = await checked.json();
		expect(body.bytes).toBeGreaterThan(1000);
		expect(body.characters).toBeGreaterThan(100);
		expect(body.checks).toEqual([{ level: 'note', key: 'export.check.size', params: { size: { bytes: body.bytes } } }]);
	});

	test('one person makes only a few files at a time; one more is a 429 with a sentence, and the next one after works', async () => {
		const tooMany = Array.from({ length: EXPORTS_PER_PERSON + 1 }, () => exportDocument(f.db, team.slug, people.member.id, document.id, { format: 'md', locale: 'en' }));
		const results = await Promise.allSettled(tooMany);
		expect(results.map((r) => r.status)).toEqual([...Array(EXPORTS_PER_PERSON).fill('fulfilled'), 'rejected']);
		expect((results[EXPORTS_PER_PERSON] as PromiseRejectedResult).reason).toMatchObject({ code: 'export_busy', status: 429 });
		// Someone else is not held up, and the member may export again once the others are done.
		await expect(exportDocument(f.db, team.slug, people.viewer.id, document.id, { format: 'md', locale: 'en' })).resolves.toBeTruthy();
		await expect(exportDocument(f.db, team.slug, people.member.id, document.id, { format: 'md', locale: 'en' })).resolves.toBeTruthy();
	});

	test('refusals: another team\'s document, an outsider, an unknown format or document are 404; signed out goes to sign-in; nothing changes', async () => {
		const before = await f.db.selectFrom('document').selectAll().orderBy('id').execute();
		const updatesBefore = await f.db.selectFrom('document_update').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
		// Another team's document under my team's address, and my team's address for someone outside it.
		expect((await kit.fetch(path(foreign, 'pdf'), { cookie: cookies.member })).status).toBe(404);
		expect((await kit.fetch(path(foreign, 'pdf', other.slug), { cookie: cookies.member })).status).toBe(404);
		expect((await kit.fetch(path(document, 'pdf'), { cookie: cookies.outsider })).status).toBe(404);
		expect((await kit.fetch(`${path(document, 'pdf')}?check`, { cookie: cookies.outsider })).status).toBe(404);
		for (const format of ['html', 'PDF', 'exe', '..%2Fpdf']) {
			const response = await kit.fetch(path(document, format), { cookie: cookies.member });
			expect(response.status, format).toBe(404);
		}
		expect((await kit.fetch(`/t/${team.slug}/docs/nope/export/pdf`, { cookie: cookies.member })).status).toBe(404);
		const signedOut = await kit.fetch(path(document, 'docx'));
		expect(signedOut.status).toBe(303);
		expect(signedOut.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(path(document, 'docx'))}`);
		expect(await f.db.selectFrom('document').selectAll().orderBy('id').execute()).toEqual(before);
		expect(await f.db.selectFrom('document_update').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()).toEqual(updatesBefore);
		expect(people.owner.id).toBeTruthy();
	});
});
