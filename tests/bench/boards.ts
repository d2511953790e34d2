/**
 * `npm run bench:boards`: what boards cost the server.
 * 1. The projection hook (afterApply + afterStored) per update on a board of 500 cards: title
 *    edits, moves, checklist ticks, assignments, description typing.
 * 2. The board's checks per update on the same board: the shape check (validateBoard on the
 *    scratch copy) and the board policy.
 * 3. My tasks for a person in 50 teams with 20,000 cards in all.
 * 4. A browser's first sync of the same board: the server's whole state applied as Yjs applies it
 *    to a document with an 'update' listener (it encodes the change again for the listener), and
 *    as `applyServerState` does (the listener gets the server's bytes).
 * 5. Reading the same board as stored, as a board page or a card's comments does: built from the
 *    store, and from its open room (`readStored`).
 * Prints numbers; never asserts times.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { sqliteConnection } from '../../src/lib/server/db/index';
import { createAppContext } from '../../src/lib/server/app';
import { readConfig } from '../../src/lib/server/config';
import { newId } from '../../src/lib/server/refusal';
import { addCard, addChecklistItem, cardDescription, moveCard, readColumns, seedBoard, setAssignee, setCardTitle, setChecklistItem, validateBoard, readBoard } from '../../src/lib/collab/board-doc';
import { rebuildBoard, taskKeys } from '../../src/lib/server/card-projection';
import { myTaskCount, myTasks, myTasksQuery, TASKS_PAGE } from '../../src/lib/server/my-tasks';
import { boardProjection, type ProjectionStats } from '../../server/collab/board-projection';
import { boardPolicy } from '../../server/collab/board-policy';
import { createLogger } from '../../src/lib/server/log';
import { applyServerState } from '../../src/lib/collab/server-state';
import type { Incoming } from '../../server/collab/before-apply';
import { createCollabEndpoint } from '../../server/collab/index';
import { SqliteDocumentStore } from '../../src/lib/server/document-store';
import { liveDocuments, readFromStore, readStored } from '../../src/lib/server/live-documents';

const pct = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (n: number) => `${n.toFixed(3)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-boards-'));
const app = await createAppContext(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
const { db } = app;
const log = createLogger('silent');
const now = Date.now();

async function user(name: string) {
	const id = newId();
	await db.insertInto('user').values({ id, email: `${id}@example.org`, display_name: name, password_hash: 'x', is_admin: 0, locale: null, created_at: now }).execute();
	return id;
}
async function team(owner: string, n: number, members: string[]) {
	const id = newId();
	await db.insertInto('team').values({ id, slug: `team-${n}-${id.slice(0, 6)}`, name: `Team ${n}`, jurisdiction_kind: 'city', jurisdiction_name: 'Springfield', state: 'IL', council_name: null, sheriff_office: null, police_department: null, jail: null, created_by: owner, created_at: now }).execute();
	for (const m of [owner, ...members]) await db.insertInto('membership').values({ team_id: id, user_id: m, role: 'member', created_at: now }).execute();
	return id;
}
async function boardRow(teamId: string) {
	const id = newId();
	await db.insertInto('document').values({ id, team_id: teamId, kind: 'board', title: 'Campaign', created_by: null, created_at: now, updated_at: now, archived_at: null }).execute();
	return id;
}

// ---- 1. projection per update on a 500-card board ---------------------------------------------
const people = await Promise.all(Array.from({ length: 10 }, (_, i) => user(`Person ${i}`)));
const teamId = await team(people[0], 0, people.slice(1));
const boardId = await boardRow(teamId);
const doc = new Y.Doc();
seedBoard(doc, ['To do', 'Doing', 'Review', 'Done']);
const columns = readColumns(doc).map((c) => c.id);
const cards: string[] = [];
for (let i = 0; i < 500; i++) {
	const id = addCard(doc, { title: `Card ${i}: call the sheriff's office about the jail contract`, column: columns[i % 4] });
	setAssignee(doc, id, people[i % 10], true);
	addChecklistItem(doc, id, 'First step');
	cards.push(id);
}
let started = performance.now();
await rebuildBoard(db, boardId, doc, 1);
console.log(`Board of 500 cards: full projection (rebuild) ${ms(performance.now() - started)}`);

const stats: ProjectionStats = { runs: 0, cards: 0, ms: [] };
const hook = boardProjection(db, log, { stats });
let lastId = 1;
let seed = 42;
const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const UPDATES = 2000;
const kinds = ['title', 'move', 'checklist', 'assign', 'type'] as const;
for (let i = 0; i < UPDATES; i++) {
	const card = cards[random(cards.length)];
	const kind = kinds[i % kinds.length];
	let tr: Y.Transaction | null = null;
	const listen = (t: Y.Transaction) => (tr = t);
	doc.on('afterTransaction', listen);
	doc.transact(() => {
		if (kind === 'title') setCardTitle(doc, card, `Card edited ${i}`);
		else if (kind === 'move') moveCard(doc, card, columns[random(4)], random(20));
		else if (kind === 'checklist') {
			const item = readBoard(doc).cards.find((c) => c.id === card)!.checklist[0];
			if (item) setChecklistItem(doc, card, item.id, { done: !item.done });
		} else if (kind === 'assign') setAssignee(doc, card, people[random(10)], random(2) === 0);
		else cardDescription(doc, card)!.insert(0, [new Y.XmlText('x')]);
	});
	doc.off('afterTransaction', listen);
	hook.afterApply?.({ documentId: boardId, kind: 'board', doc, tr: tr!, from: null, by: people[i % 10] });
	await hook.afterStored?.({ documentId: boardId, kind: 'board', doc, lastId: ++lastId, by: [people[i % 10]], at: Date.now() });
}
console.log(`Projection per update (afterApply + afterStored, ${stats.runs} updates, 500 cards): p50 ${ms(pct(stats.ms, 50))}, p95 ${ms(pct(stats.ms, 95))}, p99 ${ms(pct(stats.ms, 99))}`);

// ---- 2. the checks per update ---------------------------------------------------------------------
const validate: number[] = [];
for (let i = 0; i < 200; i++) {
	started = performance.now();
	validateBoard(doc);
	validate.push(performance.now() - started);
}
console.log(`validateBoard on 500 cards (the full check): p50 ${ms(pct(validate, 50))}, p95 ${ms(pct(validate, 95))}`);

// The shape hook as the engine runs it: the update tried on the scratch copy, only what it touched checked.
const { beforeApply: shapeCheck } = await import('../../server/collab/before-apply');
const shadow = new Y.Doc();
Y.applyUpdate(shadow, Y.encodeStateAsUpdate(doc));
const shapeTimes: number[] = [];
for (let i = 0; i < 500; i++) {
	const before = Y.encodeStateVector(doc);
	doc.transact(() => setCardTitle(doc, cards[random(cards.length)], `Shape check ${i}`));
	const update = Y.encodeStateAsUpdate(doc, before);
	started = performance.now();
	const verdict = shapeCheck({ kind: 'board', readOnly: false, identity: {} as never, doc: () => doc, scratch: () => shadow, update });
	shapeTimes.push(performance.now() - started);
	if (verdict.action !== 'apply') throw new Error('shape check refused a title edit');
}
console.log(`Shape check per update (apply to scratch + validate what it touched, 500 cards): p50 ${ms(pct(shapeTimes, 50))}, p95 ${ms(pct(shapeTimes, 95))}`);

const policy = boardPolicy(db, log);
await policy.admit?.({ req: {} as never, documentId: boardId, admission: { ok: true, userId: people[0], displayName: 'P', sessionId: 's', teamId, kind: 'board', role: 'member', canEdit: true, suggestOnly: false, archived: false } });
const scratch = new Y.Doc();
Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
const policyTimes: number[] = [];
for (let i = 0; i < 500; i++) {
	const before = Y.encodeStateVector(scratch);
	const peer = new Y.Doc();
	Y.applyUpdate(peer, Y.encodeStateAsUpdate(scratch));
	setAssignee(peer, cards[random(cards.length)], people[random(10)], true);
	const update = Y.encodeStateAsUpdate(peer, before);
	Y.applyUpdate(scratch, update);
	const incoming: Incoming = { kind: 'board', readOnly: false, identity: { userId: people[0], teamId } as never, doc: () => doc, scratch: () => scratch, update };
	started = performance.now();
	const verdict = policy.beforeApply!(incoming);
	policyTimes.push(performance.now() - started);
	if (verdict.action !== 'apply') throw new Error(`policy refused a member: ${JSON.stringify(verdict)}`);
	Y.applyUpdate(doc, update);
	peer.destroy();
}
console.log(`Board policy per update (500 cards, after the first): p50 ${ms(pct(policyTimes.slice(1), 50))}, p95 ${ms(pct(policyTimes.slice(1), 95))}`);

// ---- 3. My tasks: one person in 50 teams, 20,000 cards in all ---------------------------------------
const me = await user('Busy organizer');
const others = await Promise.all(Array.from({ length: 5 }, (_, i) => user(`Other ${i}`)));
let total = 0;
let mine = 0;
for (let t = 0; t < 50; t++) {
	const tid = await team(others[t % 5], t + 1, [me]);
	const bid = await boardRow(tid);
	await db.transaction().execute(async (trx) => {
		for (let c = 0; c < 400; c++) {
			const id = newId();
			const dueDay = c % 5 === 0 ? null : new Date(now + (random(60) - 20) * 86_400_000).toISOString().slice(0, 10);
			const row = { done: c % 4 === 0 ? 1 : 0, archived: c % 17 === 0 ? 1 : 0, due_date: dueDay, due_at: null };
			await trx
				.insertInto('card')
				.values({ id, board_id: bid, team_id: tid, title: `Task ${c}`, column_id: 'c', column_name: 'To do', column_missing: 0, position: 'a0', ...row, checklist_done: 0, checklist_total: 0, labels: '[]', created_by: null, created_at: now, updated_at: now })
				.execute();
			if (c % 8 === 1) {
				await trx.insertInto('card_assignee').values({ board_id: bid, card_id: id, user_id: me, team_id: tid, assigned_by: null, assigned_at: now, ...taskKeys(row) }).execute();
				mine++;
			}
			await trx.insertInto('card_assignee').values({ board_id: bid, card_id: id, user_id: others[c % 5], team_id: tid, assigned_by: null, assigned_at: now, ...taskKeys(row) }).execute();
			total++;
		}
	});
}
const plain: number[] = [];
for (let i = 0; i < 100; i++) {
	started = performance.now();
	await db.selectFrom('card_assignee').select('card_id').where('user_id', '=', me).execute();
	plain.push(performance.now() - started);
}
console.log(`  (reading my ${mine} card_assignee rows alone: p95 ${ms(pct(plain, 95))})`);
// The page as it loads: the soonest page of tasks and the count of all of them.
const times: number[] = [];
let listed = 0;
for (let i = 0; i < 300; i++) {
	started = performance.now();
	const [page] = await Promise.all([myTasks(db, me, { timeZone: 'America/Chicago', limit: TASKS_PAGE }), myTaskCount(db, me)]);
	listed = page.length;
	times.push(performance.now() - started);
}
console.log(`My tasks page (50 teams, ${total} cards, ${mine} assigned, ${listed} soonest listed + the count): p50 ${ms(pct(times.slice(20), 50))}, p95 ${ms(pct(times.slice(20), 95))}`);
const all: number[] = [];
for (let i = 0; i < 50; i++) {
	started = performance.now();
	listed = (await myTasks(db, me, { timeZone: 'America/Chicago' })).length;
	all.push(performance.now() - started);
}
console.log(`  (every open task at once, ${listed} listed, as "Show more" up to the end would: p50 ${ms(pct(all.slice(5), 50))}, p95 ${ms(pct(all.slice(5), 95))})`);
if (process.env.BENCH_PLAN) {
	const compiled = myTasksQuery(db, me, TASKS_PAGE).compile();
	const params = [...compiled.parameters];
	const text = compiled.sql.replace(/\?/g, () => JSON.stringify(params.shift()).replace(/^"|"$/g, "'"));
	console.log(text);
	console.log(sqliteConnection(db)!.prepare(`EXPLAIN QUERY PLAN ${text}`).all());
}

// ---- 4. a browser's first sync of the 500-card board -------------------------------------------------
const whole = Y.encodeStateAsUpdate(doc);
const firstSync = { usual: [] as number[], quiet: [] as number[] };
for (let i = 0; i < 60; i++)
	for (const way of ['usual', 'quiet'] as const) {
		const browserDoc = new Y.Doc();
		browserDoc.on('update', () => {}); // the copy in IndexedDB, the socket, the page
		started = performance.now();
		if (way === 'quiet') applyServerState(browserDoc, whole, 'server');
		else Y.applyUpdate(browserDoc, whole, 'server');
		if (i >= 10) firstSync[way].push(performance.now() - started);
		browserDoc.destroy();
	}
console.log(`First sync of the 500-card board (${(whole.length / 1024).toFixed(0)} kB), 50 runs after 10: Y.applyUpdate p50 ${ms(pct(firstSync.usual, 50))}, applyServerState p50 ${ms(pct(firstSync.quiet, 50))}`);

// ---- 5. reading the stored board, from the store and from its open room -----------------------------
await new SqliteDocumentStore(db).append([{ documentId: boardId, update: whole }]);
const endpoint = createCollabEndpoint(app, {});
await liveDocuments(db).change(boardId, () => {}); // opens the board's room, as someone on the board does
const reads = { store: [] as number[], room: [] as number[] };
for (let i = 0; i < 60; i++) {
	started = performance.now();
	await readFromStore(db, boardId, readBoard);
	if (i >= 10) reads.store.push(performance.now() - started);
	started = performance.now();
	await readStored(db, boardId, readBoard);
	if (i >= 10) reads.room.push(performance.now() - started);
}
console.log(`Reading the stored 500-card board (a board page, a card's comments), 50 runs after 10: built from the store p50 ${ms(pct(reads.store, 50))}, from its open room p50 ${ms(pct(reads.room, 50))}`);
await endpoint.close();

await app.db.destroy();
rmSync(dir, { recursive: true, force: true });
