import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, moveCard, readColumns, seedBoard, setAssignee, setCardArchived, setCardDue } from '$lib/collab/board-doc';
import { rebuildBoard, taskKeys } from '$lib/server/card-projection';
import { openDatabase } from '$lib/server/db/index';
import { migrateToLatest } from '$lib/server/db/migrate';
import { myTaskCount, myTasks, tasksShown, TASKS_MOST, TASKS_PAGE } from '$lib/server/my-tasks';
import { newId } from '$lib/server/refusal';
import { migrations } from '../../migrations/index';
import { PASSWORD, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';
import { cookiesOf, startKit } from '../foundation/kit';

let f: Foundation;
beforeEach(async () => (f = await openFoundation()));
afterEach(async () => f.close());

async function keysOf(db: Foundation['db'], boardId: string) {
	const rows = await db.selectFrom('card_assignee as a').innerJoin('card as c', (j) => j.onRef('c.board_id', '=', 'a.board_id').onRef('c.id', '=', 'a.card_id')).select(['c.title', 'a.open', 'a.due_key']).where('a.board_id', '=', boardId).execute();
	return Object.fromEntries(rows.map((r) => [r.title, [r.open, r.due_key]]));
}

/** A team's board row and its document with To do / Done, projected by the test when it wants. */
async function newBoard(teamId: string) {
	const boardId = newId();
	await f.db.insertInto('document').values({ id: boardId, team_id: teamId, kind: 'board', title: 'Campaign', created_by: null, created_at: 1, updated_at: 1, archived_at: null }).execute();
	const doc = new Y.Doc();
	seedBoard(doc, ['To do', 'Done']);
	return { boardId, doc };
}

describe('the order My tasks reads along', () => {
	it('keeps each assignment row in step with its card as the board changes', async () => {
		const { member, team } = await teamOfFour(f.db);
		const { boardId, doc } = await newBoard(team.id);
		const [todo, done] = readColumns(doc);
		const ids: Record<string, string> = {};
		for (const [title, due] of [['day', '2026-12-09'], ['timed', '2026-12-09T18:30:00.000Z'], ['none', '']]) {
			ids[title] = addCard(doc, { title, column: todo.id });
			setAssignee(doc, ids[title], member.id, true);
			if (due) setCardDue(doc, ids[title], due);
		}
		await rebuildBoard(f.db, boardId, doc, 1);
		expect(await keysOf(f.db, boardId)).toEqual({ day: [1, '2026-12-09'], timed: [1, '2026-12-09T18:30:00.000Z'], none: [1, '~'] });

		moveCard(doc, ids.day, done.id, 0);
		setCardArchived(doc, ids.timed, true);
		setCardDue(doc, ids.none, '2026-12-03');
		await rebuildBoard(f.db, boardId, doc, 2);
		expect(await keysOf(f.db, boardId)).toEqual({ day: [0, '2026-12-09'], timed: [0, '2026-12-09T18:30:00.000Z'], none: [1, '2026-12-03'] });
		expect((await myTasks(f.db, member.id)).map((t) => t.title)).toEqual(['none']);

		// Back out of done: open again.
		moveCard(doc, ids.day, todo.id, 0);
		await rebuildBoard(f.db, boardId, doc, 3);
		expect((await myTasks(f.db, member.id)).map((t) => t.title)).toEqual(['none', 'day']);
	});

	it('lists a page of the soonest tasks and counts them all', async () => {
		const { member, team } = await teamOfFour(f.db);
		const { boardId, doc } = await newBoard(team.id);
		const [todo, done] = readColumns(doc);
		const days: string[] = [];
		for (let i = 0; i < 130; i++) {
			const id = addCard(doc, { title: `Task ${i}`, column: i % 10 === 9 ? done.id : todo.id });
			setAssignee(doc, id, member.id, true);
			// Days out of order, a tenth undated.
			if (i % 10 !== 3) {
				const day = `2027-01-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
				setCardDue(doc, id, day);
				if (i % 10 !== 9) days.push(day);
			}
		}
		await rebuildBoard(f.db, boardId, doc, 1);
		expect(await myTaskCount(f.db, member.id)).toBe(117);
		const page = await myTasks(f.db, member.id, { limit: TASKS_PAGE });
		expect(page).toHaveLength(100);
		expect(page.map((t) => t.dueDay)).toEqual([...days].sort().slice(0, 100));
		const all = await myTasks(f.db, member.id, { limit: 200 });
		expect(all).toHaveLength(117);
		expect(all.slice(-13).every((t) => t.dueDay === null)).toBe(true);
	});

	it('pages the My tasks page: the soonest hundred, then "Show more"', async () => {
		const { member, team } = await teamOfFour(f.db);
		const { boardId, doc } = await newBoard(team.id);
		const [todo] = readColumns(doc);
		for (let i = 0; i < 120; i++) {
			const id = addCard(doc, { title: `Task number ${String(i).padStart(3, '0')}`, column: todo.id });
			setAssignee(doc, id, member.id, true);
			setCardDue(doc, id, `2027-02-${String(1 + (i % 28)).padStart(2, '0')}`);
		}
		await rebuildBoard(f.db, boardId, doc, 1);
		const kit = await startKit(f.app);
		try {
			const signin = await kit.post('/signin', { email: member.email, password: PASSWORD });
			const cookie = cookiesOf(signin);
			const first = await (await kit.fetch('/tasks', { cookie })).text();
			expect(new Set(first.match(/Task number \d{3}/g)).size).toBe(100);
			expect(first).toContain('Showing the 100 soonest of 120.');
			expect(first).toContain('href="/tasks?show=200"');
			expect(first).toContain('Show 20 more');
			const more = await (await kit.fetch('/tasks?show=200', { cookie })).text();
			expect(new Set(more.match(/Task number \d{3}/g)).size).toBe(120);
			expect(more).not.toContain('Show 20 more');
			// A crafted parameter is read as the first page, never an error.
			const odd = await kit.fetch('/tasks?show=-1e99', { cookie });
			expect(odd.status).toBe(200);
			expect(new Set((await odd.text()).match(/Task number \d{3}/g)).size).toBe(100);
		} finally {
			await kit.close();
		}
	});

	it('reads the show parameter as whole pages within bounds', () => {
		expect(tasksShown(null)).toBe(TASKS_PAGE);
		expect(tasksShown('abc')).toBe(TASKS_PAGE);
		expect(tasksShown('-5')).toBe(TASKS_PAGE);
		expect(tasksShown('150')).toBe(200);
		expect(tasksShown('300')).toBe(300);
		expect(tasksShown('1e9')).toBe(TASKS_MOST);
		expect(tasksShown('2.5')).toBe(TASKS_PAGE);
	});

	it('fills in the keys of assignments made before the migration', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'playbook-task-order-'));
		const db = openDatabase(join(dir, 'playbook.db'));
		try {
			const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
			const before = await migrator.migrateTo('008_board_ui');
			expect(before.error).toBeUndefined();
			const now = 1;
			await db.insertInto('user').values({ id: 'u', email: 'u@example.org', display_name: 'U', password_hash: 'x', is_admin: 0, locale: null, created_at: now }).execute();
			await db.insertInto('team').values({ id: 't', slug: 't', name: 'T', jurisdiction_kind: 'city', jurisdiction_name: 'Springfield', state: 'IL', council_name: null, sheriff_office: null, police_department: null, jail: null, created_by: 'u', created_at: now }).execute();
			await db.insertInto('document').values({ id: 'b', team_id: 't', kind: 'board', title: 'Campaign', created_by: null, created_at: now, updated_at: now, archived_at: null }).execute();
			const cards = [
				{ id: 'open-day', done: 0, archived: 0, due_date: '2026-12-09', due_at: null },
				{ id: 'timed', done: 0, archived: 0, due_date: '2026-12-09', due_at: Date.parse('2026-12-09T18:30:00.000Z') },
				{ id: 'done', done: 1, archived: 0, due_date: null, due_at: null },
				{ id: 'archived', done: 0, archived: 1, due_date: '2026-12-01', due_at: null }
			];
			for (const card of cards) {
				await db.insertInto('card').values({ ...card, board_id: 'b', team_id: 't', title: card.id, column_id: 'c', column_name: 'To do', position: 'a0', created_at: now, updated_at: now }).execute();
				// Written as the 008 schema had them: no open flag, no due key.
				await db.insertInto('card_assignee').values({ board_id: 'b', card_id: card.id, user_id: 'u', team_id: 't', assigned_by: null, assigned_at: now } as never).execute();
			}
			await migrateToLatest(db);
			const rows = await db.selectFrom('card_assignee').select(['card_id', 'open', 'due_key']).orderBy('card_id').execute();
			expect(Object.fromEntries(rows.map((r) => [r.card_id, { open: r.open, due_key: r.due_key }]))).toEqual(Object.fromEntries(cards.map((c) => [c.id, taskKeys(c)])));
		} finally {
			await db.destroy();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
