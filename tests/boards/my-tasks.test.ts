import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, moveCard, readColumns, seedBoard, setAssignee, setCardArchived, setCardDue } from '$lib/collab/board-doc';
import { rebuildBoard } from '$lib/server/card-projection';
import { leaveTeam } from '$lib/server/members';
import { addDays, dayIn, groupOf, groupTasks, myTasks, teamTaskCounts } from '$lib/server/my-tasks';
import { newId } from '$lib/server/refusal';
import { addTeam, addUser, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';

let f: Foundation;
beforeEach(async () => (f = await openFoundation()));
afterEach(async () => f.close());

/** A board of `teamId` with cards made by `fill`, projected as its room would. */
async function board(teamId: string, fill: (doc: Y.Doc, todo: string, done: string) => void, options: { archived?: boolean } = {}) {
	const id = newId();
	await f.db.insertInto('document').values({ id, team_id: teamId, kind: 'board', title: 'Campaign', created_by: null, created_at: 1, updated_at: 1, archived_at: options.archived ? 5 : null }).execute();
	const doc = new Y.Doc();
	seedBoard(doc, ['To do', 'Done']);
	const [todo, done] = readColumns(doc);
	fill(doc, todo.id, done.id);
	await rebuildBoard(f.db, id, doc, 1);
	return id;
}

const NOW = Date.parse('2026-12-02T15:00:00Z');

describe('My tasks', () => {
	it('lists open cards assigned to me on boards of teams I am in, grouped by my day', async () => {
		const { owner, member, team } = await teamOfFour(f.db);
		const other = await addTeam(f.db, owner, [[member, 'viewer']], 'Second Team');
		const ids: Record<string, string> = {};
		await board(team.id, (doc, todo, done) => {
			const add = (name: string, due: string, extra?: (id: string) => void) => {
				const id = addCard(doc, { title: name, column: todo });
				setAssignee(doc, id, member.id, true);
				if (due) setCardDue(doc, id, due);
				extra?.(id);
				ids[name] = id;
			};
			add('late', '2026-12-01');
			add('today', '2026-12-02');
			add('timed earlier today', '2026-12-02T09:00:00.000Z');
			add('week', '2026-12-07');
			add('later', '2027-01-15');
			add('undated', '');
			add('finished', '2026-12-02', (id) => moveCard(doc, id, done, 0));
			add('archived', '2026-12-02', (id) => setCardArchived(doc, id, true));
			const mine = addCard(doc, { title: 'not mine', column: todo });
			setAssignee(doc, mine, owner.id, true);
		});
		await board(other.id, (doc, todo) => {
			const id = addCard(doc, { title: 'other team', column: todo });
			setAssignee(doc, id, member.id, true);
		});
		await board(team.id, (doc, todo) => setAssignee(doc, addCard(doc, { title: 'archived board', column: todo }), member.id, true), { archived: true });

		const tasks = await myTasks(f.db, member.id, { timeZone: 'America/Chicago', now: NOW });
		const byTitle = Object.fromEntries(tasks.map((t) => [t.title, t.group]));
		expect(byTitle).toEqual({ late: 'overdue', today: 'today', 'timed earlier today': 'overdue', week: 'week', later: 'later', undated: 'none', 'other team': 'none' });
		expect(tasks[tasks.length - 1].title).toMatch(/other team|undated/);
		const other_ = tasks.find((t) => t.title === 'other team')!;
		expect(other_).toMatchObject({ teamName: 'Second Team', canEdit: false });
		expect(tasks.find((t) => t.title === 'late')!.url).toBe(`/t/${team.slug}/boards/${tasks[0].boardId}?card=${ids.late}`);
		expect(groupTasks(tasks).map((g) => g.group)).toEqual(['overdue', 'today', 'week', 'later', 'none']);

		// Leaving a team takes its cards out of My tasks.
		await leaveTeam(f.db, other.slug, member.id);
		expect((await myTasks(f.db, member.id, { now: NOW })).map((t) => t.title)).not.toContain('other team');

		const counts = await teamTaskCounts(f.db, team.id, { timeZone: 'America/Chicago', now: NOW });
		expect(counts).toEqual({ open: 7, dueThisWeek: 3, overdue: 1 });
	});

	it('leaves out assignees who are not members, and groups days across time zones', async () => {
		const { owner, team } = await teamOfFour(f.db);
		const stranger = await addUser(f.db, 'Stranger');
		await board(team.id, (doc, todo) => setAssignee(doc, addCard(doc, { title: 'x', column: todo }), stranger.id, true));
		expect(await myTasks(f.db, stranger.id)).toEqual([]);
		expect(await myTasks(f.db, owner.id)).toEqual([]);
		// 02:00 UTC on the 3rd is still the 2nd in Chicago.
		const late = Date.parse('2026-12-03T02:00:00Z');
		expect(dayIn('America/Chicago', late)).toBe('2026-12-02');
		expect(dayIn('UTC', late)).toBe('2026-12-03');
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(groupOf('2026-12-08', '2026-12-02')).toBe('week');
		expect(groupOf('2026-12-09', '2026-12-02')).toBe('later');
		expect(groupOf(null, '2026-12-02')).toBe('none');
	});
});
