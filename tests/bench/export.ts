/**
 * `npx tsx tests/bench/export.ts`: exporting a 2,000-word testimony (headings, paragraphs with
 * bold and italic, bullet and numbered lists, Spanish accents) as PDF, DOCX and Markdown: each
 * writer alone, and the whole request path (read from a real SQLite file, convert, write); and
 * the meter's counting, of the whole text and of one paragraph (what a keystroke re-counts); and
 * the engine's check of one reviewer's keystroke (a suggested letter) on the same document.
 * p50/p95 over repeated runs. Prints; never asserts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createAppContext } from '$lib/server/app';
import { readConfig } from '$lib/server/config';
import { newId } from '$lib/server/refusal';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';
import { liveDocuments } from '$lib/server/live-documents';
import { documentJson, plainText, readContent } from '$lib/server/export/content';
import { exportDocument, writeExport } from '$lib/server/export/index';
import { countText, countWords } from '$lib/testimony-meter';
import type { ExportFormat } from '$lib/export-check';
import { reviewerBeforeApply } from '../../server/collab/reviewer-policy';

const WORDS = 2000;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const vocabulary = 'vivo en este condado desde hace veinte años y pido que el concejo adopte las nueve reglas para que ningún vecino tema llamar a la policía'.split(' ');

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs: Record<string, string | number> = {}): Y.XmlElement {
	const node = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
	node.insert(0, children);
	return node;
}

/** About `words` words: a heading every 250, paragraphs of 50 with a bold and an italic phrase, a list every 400. */
function fill(doc: Y.Doc, words: number): void {
	const nodes: Y.XmlElement[] = [];
	let written = 0;
	let n = 0;
	const phrase = (length: number) => Array.from({ length }, () => vocabulary[n++ % vocabulary.length]).join(' ');
	while (written < words) {
		if (written % 250 === 0) {
			nodes.push(element('heading', [new Y.XmlText(`Sección ${nodes.length + 1}: ${phrase(3)}`)], { level: 2 }));
			written += 5;
		}
		// A text not yet in a document cannot tell its length: the runs are placed by hand.
		const text = new Y.XmlText();
		let at = 0;
		for (const [run, marks] of [[`${phrase(20)} `, {}], [phrase(5), { bold: {} }], [` ${phrase(20)} `, {}], [phrase(5), { italic: {} }], ['.', {}]] as const) {
			text.insert(at, run, marks);
			at += run.length;
		}
		nodes.push(element('paragraph', [text]));
		written += 50;
		if (written % 400 === 0) {
			const list = written % 800 === 0 ? 'orderedList' : 'bulletList';
			nodes.push(element(list, [1, 2, 3].map(() => element('listItem', [element('paragraph', [new Y.XmlText(phrase(8))])]))));
			written += 24;
		}
	}
	doc.getXmlFragment(RICH_TEXT_FIELD).insert(0, nodes);
}

function stats(times: number[]): string {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms`;
}

async function time(runs: number, run: () => unknown): Promise<number[]> {
	await run(); // warm up: fonts, JIT
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await run();
		times.push(performance.now() - start);
	}
	return times;
}

const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-export-'));
const app = await createAppContext(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
const { db } = app;
try {
	const now = Date.now();
	const user = newId();
	const team = newId();
	const documentId = newId();
	await db.insertInto('user').values({ id: user, email: `${user}@example.org`, display_name: 'Bench', password_hash: 'x', locale: null, created_at: now }).execute();
	await db
		.insertInto('team')
		.values({ id: team, slug: 'bench', name: 'Bench', jurisdiction_kind: 'city', jurisdiction_name: 'X', state: 'IL', council_name: null, sheriff_office: null, police_department: null, jail: null, created_by: user, created_at: now })
		.execute();
	await db.insertInto('membership').values({ team_id: team, user_id: user, role: 'member', created_at: now }).execute();
	await db.insertInto('document').values({ id: documentId, team_id: team, kind: 'doc', title: 'Testimonio largo', created_by: user, created_at: now, updated_at: now, archived_at: null }).execute();
	await liveDocuments(db).change(documentId, (doc) => fill(doc, WORDS));

	const source = new Y.Doc();
	fill(source, WORDS);
	const blocks = readContent(documentJson(source));
	const text = plainText(blocks);
	console.log(`document: ${countWords(text)} words, ${text.length} characters, ${blocks.length} blocks, ${RUNS} runs each`);
	console.log(`read (Yjs -> ProseMirror JSON -> blocks): ${stats(await time(RUNS, () => readContent(documentJson(source))))}`);
	for (const format of ['pdf', 'docx', 'md'] as ExportFormat[]) {
		let size = 0;
		const writer = await time(RUNS, async () => (size = (await writeExport(format, blocks, { title: 'Testimonio largo', speaker: 'José Núñez' }, 'es')).byteLength));
		const whole = await time(RUNS, () => exportDocument(db, 'bench', user, documentId, { format, locale: 'es' }));
		console.log(`${format.padEnd(4)} ${String(Math.round(size / 1000)).padStart(4)} kB  writer: ${stats(writer)}  whole request path: ${stats(whole)}`);
	}
	const paragraph = text.split('\n').find((line) => line.length > 200)!;
	console.log(`meter, whole text (${countWords(text)} words): ${stats(await time(RUNS * 5, () => countText(text)))}; words alone ${stats(await time(RUNS * 5, () => countWords(text)))}`);
	console.log(`meter, one paragraph (${countWords(paragraph)} words; a keystroke re-counts only its block): ${stats(await time(RUNS * 50, () => countText(paragraph)))}`);

	// A reviewer types into the first paragraph while suggesting: the room's doc, its scratch copy
	// and the reviewer's own copy are kept in step as the engine keeps them.
	const copy = () => {
		const doc = new Y.Doc();
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
		return doc;
	};
	const [room, scratch, reviewer] = [copy(), copy(), copy()];
	const target = (reviewer.getXmlFragment(RICH_TEXT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
	const mark = { insertion: { id: 's-00000000-0000-4000-8000-000000000000', author: 'reviewer', at: 1 } };
	let verdict = '';
	let at = 10;
	const check = await time(RUNS * 10, () => {
		const before = Y.encodeStateVector(reviewer);
		target.insert(at++, 'x', mark);
		const update = Y.encodeStateAsUpdate(reviewer, before);
		verdict = reviewerBeforeApply({ kind: 'doc', readOnly: false, suggestOnly: true, identity: { userId: 'reviewer' } as never, doc: () => room, scratch: () => scratch, update }).action;
		Y.applyUpdate(room, update);
	});
	console.log(`reviewer check, one suggested letter on the ${countWords(text)}-word document (verdict: ${verdict}): ${stats(check)}`);
} finally {
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
}
