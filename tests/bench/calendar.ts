/**
 * `npx tsx tests/bench/calendar.ts`: the calendar feed for a person in 50 teams with 20,000 cards
 * in all (BENCH_MINE of them assigned to them, with due dates): the token lookup, the card query
 * the ICS text made afresh (render) and kept from the last poll (kept), p50/p95 over repeated runs on a real SQLite file. Prints; never asserts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext } from '$lib/server/app';
import { calendarTokenOwner, createCalendarToken, feedCards, feedText, renderFeed } from '$lib/server/calendar';
import { readConfig } from '$lib/server/config';
import { newId } from '$lib/server/refusal';
import { taskKeys } from '$lib/server/card-projection';

const TEAMS = 50;
const CARDS = 20_000;
const MINE = Number(process.env.BENCH_MINE ?? 500);
const RUNS = 200;

const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-calendar-'));
const app = await createAppContext(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
const { db } = app;
const now = Date.now();
const person = newId();
const other = newId();
for (const id of [person, other]) {
	await db.insertInto('user').values({ id, email: `${id}@example.org`, display_name: id.slice(0, 6), password_hash: 'x', locale: null, created_at: now }).execute();
}
const boards: { id: string; team: string; slug: string }[] = [];
for (let t = 0; t < TEAMS; t++) {
	const team = newId();
	await db
		.insertInto('team')
		.values({ id: team, slug: `team-${t}`, name: `Team ${t}`, jurisdiction_kind: 'city', jurisdiction_name: 'X', state: 'IL', council_name: null, sheriff_office: null, police_department: null, jail: null, created_by: person, created_at: now })
		.execute();
	await db.insertInto('membership').values([{ team_id: team, user_id: person, role: 'member', created_at: now }, { team_id: team, user_id: other, role: 'member', created_at: now }]).execute();
	const board = newId();
	await db.insertInto('document').values({ id: board, team_id: team, kind: 'board', title: 'Campaign', created_by: null, created_at: now, updated_at: now, archived_at: null }).execute();
	boards.push({ id: board, team, slug: `team-${t}` });
}
await db.transaction().execute(async (trx) => {
	for (let i = 0; i < CARDS; i++) {
		const board = boards[i % TEAMS];
		const id = `c${i}`;
		const day = new Date(now + ((i % 120) - 30) * 86_400_000).toISOString().slice(0, 10);
		const timed = i % 3 === 0;
		const row = { done: i % 7 === 0 ? 1 : 0, archived: 0, due_date: day, due_at: timed ? Date.parse(`${day}T14:30:00Z`) : null };
		await trx
			.insertInto('card')
			.values({ id, board_id: board.id, team_id: board.team, title: `Card ${i}`, column_id: 'todo', column_name: 'To do', position: 'a0', ...row, created_at: now, updated_at: now })
			.execute();
		const assignee = i % Math.floor(CARDS / MINE) === 0 ? person : other;
		await trx.insertInto('card_assignee').values({ board_id: board.id, card_id: id, user_id: assignee, team_id: board.team, assigned_by: null, assigned_at: now, ...taskKeys(row) }).execute();
	}
});
const token = await createCalendarToken(db, person);

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const timings = { lookup: [] as number[], query: [] as number[], render: [] as number[], kept: [] as number[], total: [] as number[] };
let events = 0;
for (let r = 0; r < RUNS; r++) {
	const t0 = performance.now();
	const owner = await calendarTokenOwner(db, token);
	const t1 = performance.now();
	const cards = await feedCards(db, owner!.id);
	const t2 = performance.now();
	const ics = renderFeed(cards, 'https://playbook.example', 'en');
	const t3 = performance.now();
	feedText(owner!.id, cards, 'https://playbook.example', 'en');
	const t4 = performance.now();
	events = cards.length;
	void ics;
	if (r > 0) timings.kept.push(t4 - t3);
	timings.lookup.push(t1 - t0);
	timings.query.push(t2 - t1);
	timings.render.push(t3 - t2);
	// What a poll costs when the cards did not change: lookup, query, the kept text.
	timings.total.push(t2 - t0 + (r > 0 ? t4 - t3 : t3 - t2));
}
console.log(`calendar feed: ${TEAMS} teams, ${CARDS} cards, ${events} events in the feed, ${RUNS} runs`);
for (const [name, xs] of Object.entries(timings)) console.log(`  ${name.padEnd(7)} p50 ${pct(xs, 50).toFixed(2)} ms   p95 ${pct(xs, 95).toFixed(2)} ms`);
await db.destroy();
rmSync(dir, { recursive: true, force: true });
