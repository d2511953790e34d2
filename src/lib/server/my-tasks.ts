import * as v from 'valibot';
import { moveCard, readCard, readColumns, cardsMap, setChecklistItem, type ChecklistItemView } from '$lib/collab/board-doc';
import { can, type Role } from '$lib/roles';
import type { DB } from './db/index';
import { liveDocuments, readStored } from './live-documents';
import { Refusal } from './refusal';

/**
 * "My tasks": the open cards assigned to a person across every team they are still in, read from
 * the projected card tables (never from the boards' documents), grouped by the person's own day.
 */

export const TASK_GROUPS = ['overdue', 'today', 'week', 'later', 'none'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

export interface Task {
	cardId: string;
	boardId: string;
	boardTitle: string;
	teamSlug: string;
	teamName: string;
	title: string;
	columnName: string;
	/** YYYY-MM-DD in the person's time zone (for a timed card, the local day of its time). */
	dueDay: string | null;
	/** Unix ms when the due date has a time. */
	dueAt: number | null;
	checklistDone: number;
	checklistTotal: number;
	group: TaskGroup;
	/** Whether the person may change the card (viewers may be assigned, yet change nothing). */
	canEdit: boolean;
	url: string;
}

/** The cookie the page sets to the browser's time zone, so the server groups by the same day. */
export const TIME_ZONE_COOKIE = 'tz';

/** A time zone name the runtime knows, else UTC. */
export function timeZoneOr(value: string | null | undefined): string {
	if (!value || value.length > 64) return 'UTC';
	try {
		new Intl.DateTimeFormat('en-CA', { timeZone: value });
		return value;
	} catch {
		return 'UTC';
	}
}

/** One formatter per time zone: making one costs far more than using it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The YYYY-MM-DD day of `at` in a time zone. */
export function dayIn(timeZone: string, at: number | Date = Date.now()): string {
	let format = dayFormats.get(timeZone);
	if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
	const parts = format.formatToParts(at);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A day `n` days after a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
	const at = new Date(`${day}T00:00:00Z`);
	at.setUTCDate(at.getUTCDate() + n);
	return at.toISOString().slice(0, 10);
}

/** Where a due day falls from `today`: this week is the six days after today. */
export function groupOf(dueDay: string | null, today: string, overdueNow = false): TaskGroup {
	if (!dueDay) return 'none';
	if (overdueNow || dueDay < today) return 'overdue';
	if (dueDay === today) return 'today';
	if (dueDay <= addDays(today, 6)) return 'week';
	return 'later';
}

/**
 * The person's open cards on boards that are not archived, in teams they are still in. The
 * assignment rows carry `open` and `due_key`, so the index on them gives the soonest first.
 */
function openCardsOf(db: DB, userId: string) {
	return db
		.selectFrom('card_assignee as a')
		.innerJoin('document as d', 'd.id', 'a.board_id')
		.innerJoin('membership as m', (join) => join.onRef('m.team_id', '=', 'a.team_id').on('m.user_id', '=', userId))
		.where('a.user_id', '=', userId)
		.where('a.open', '=', 1)
		.where('d.archived_at', 'is', null)
		.where('d.kind', '=', 'board');
}

/** How many tasks one page of My tasks lists; "Show more" adds as many again. */
export const TASKS_PAGE = 100;
/** The most one page lists, however far someone pages. */
export const TASKS_MOST = 2000;

/** How many tasks a `show` parameter asks for: a whole number of pages, at least one, at most TASKS_MOST. */
export function tasksShown(value: string | null): number {
	const n = Number(value);
	if (!Number.isInteger(n) || n < TASKS_PAGE) return TASKS_PAGE;
	return Math.min(TASKS_MOST, Math.ceil(n / TASKS_PAGE) * TASKS_PAGE);
}

/** How many open cards are assigned to the person, across the teams they are in. */
export async function myTaskCount(db: DB, userId: string): Promise<number> {
	const row = await openCardsOf(db, userId)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** The rows of My tasks, soonest first: dated cards by day and time, then the rest by title. */
/** The rows of My tasks, soonest first (dated cards by day and time, then the rest), read along one index. */
export function myTasksQuery(db: DB, userId: string, limit?: number) {
	const query = openCardsOf(db, userId)
		.innerJoin('card as c', (join) => join.onRef('c.board_id', '=', 'a.board_id').onRef('c.id', '=', 'a.card_id'))
		.innerJoin('team as t', 't.id', 'a.team_id')
		.select([
			'c.id as cardId',
			'c.board_id as boardId',
			'd.title as boardTitle',
			't.slug as teamSlug',
			't.name as teamName',
			'c.title',
			'c.column_name as columnName',
			'c.due_date as dueDate',
			'c.due_at as dueAt',
			'c.checklist_done as checklistDone',
			'c.checklist_total as checklistTotal',
			'm.role'
		])
		.orderBy('a.due_key')
		.orderBy('a.assigned_at');
	return limit ? query.limit(limit) : query;
}

export async function myTasks(db: DB, userId: string, options: { timeZone?: string; now?: number; limit?: number } = {}): Promise<Task[]> {
	const timeZone = timeZoneOr(options.timeZone);
	const now = options.now ?? Date.now();
	const today = dayIn(timeZone, now);
	const query = myTasksQuery(db, userId, options.limit);
	const rows = await query.execute();
	return rows.map(({ dueDate, role, ...row }) => {
		const dueDay = row.dueAt !== null ? dayIn(timeZone, row.dueAt) : dueDate;
		return {
			...row,
			dueDay,
			group: groupOf(dueDay, today, row.dueAt !== null && row.dueAt < now),
			canEdit: can(role as Role, 'playbook.edit'),
			url: `/t/${row.teamSlug}/boards/${row.boardId}?card=${row.cardId}`
		};
	});
}

export function groupTasks(tasks: Task[]): { group: TaskGroup; tasks: Task[] }[] {
	return TASK_GROUPS.map((group) => ({ group, tasks: tasks.filter((t) => t.group === group) })).filter((g) => g.tasks.length);
}

export interface TeamTaskCounts {
	open: number;
	dueThisWeek: number;
	overdue: number;
}

/** The team home's Tasks card: open cards of the team's boards, due within the week, overdue. */
export async function teamTaskCounts(db: DB, teamId: string, options: { timeZone?: string; now?: number } = {}): Promise<TeamTaskCounts> {
	const today = dayIn(timeZoneOr(options.timeZone), options.now ?? Date.now());
	const row = await db
		.selectFrom('card as c')
		.innerJoin('document as d', 'd.id', 'c.board_id')
		.where('c.team_id', '=', teamId)
		.where('c.done', '=', 0)
		.where('c.archived', '=', 0)
		.where('d.archived_at', 'is', null)
		.select((eb) => [
			eb.fn.countAll<number>().as('open'),
			eb.fn.sum<number>(eb.case().when(eb.and([eb('c.due_date', '>=', today), eb('c.due_date', '<=', addDays(today, 6))])).then(1).else(0).end()).as('dueThisWeek'),
			eb.fn.sum<number>(eb.case().when('c.due_date', '<', today).then(1).else(0).end()).as('overdue')
		])
		.executeTakeFirstOrThrow();
	return { open: Number(row.open), dueThisWeek: Number(row.dueThisWeek ?? 0), overdue: Number(row.overdue ?? 0) };
}

export const CardRef = v.object({
	boardId: v.pipe(v.string('required'), v.minLength(1, 'required'), v.maxLength(64, 'invalid')),
	cardId: v.pipe(v.string('required'), v.minLength(1, 'required'), v.maxLength(64, 'invalid'))
});
export const ChecklistTick = v.object({
	...CardRef.entries,
	itemId: v.pipe(v.string('required'), v.minLength(1, 'required'), v.maxLength(64, 'invalid')),
	done: v.picklist(['true', 'false'], 'invalid')
});

/** The board of a card, when the person may change it: a member (or more) of its team, the board not archived. */
async function editableBoard(db: DB, userId: string, boardId: string): Promise<void> {
	const row = await db
		.selectFrom('document as d')
		.innerJoin('membership as m', (join) => join.onRef('m.team_id', '=', 'd.team_id').on('m.user_id', '=', userId))
		.select(['m.role', 'd.archived_at'])
		.where('d.id', '=', boardId)
		.where('d.kind', '=', 'board')
		.executeTakeFirst();
	// Another team's board and no board at all get the same answer.
	if (!row) throw new Refusal('card_not_found', 404);
	if (!can(row.role, 'playbook.edit') || row.archived_at !== null) throw new Refusal('forbidden', 403);
}

/** A card's checklist as stored now (one board's document, for the one card opened in My tasks). */
export async function cardChecklist(db: DB, userId: string, boardId: string, cardId: string): Promise<ChecklistItemView[]> {
	const assigned = await openCardsOf(db, userId).select('a.card_id').where('a.board_id', '=', boardId).where('a.card_id', '=', cardId).executeTakeFirst();
	if (!assigned) throw new Refusal('card_not_found', 404);
	return readStored(db, boardId, (doc) => {
		const columns = readColumns(doc);
		const card = readCard(cardId, cardsMap(doc).get(cardId), new Set(columns.map((c) => c.id)), columns[0]?.id ?? '');
		return card?.checklist ?? [];
	});
}

/** Moves a card to the top of its board's first done column, as the person's own change. */
export async function markDone(db: DB, userId: string, input: v.InferOutput<typeof CardRef>): Promise<void> {
	await editableBoard(db, userId, input.boardId);
	let outcome = 'ok' as 'ok' | 'no_card' | 'no_done_column';
	await liveDocuments(db).change(
		input.boardId,
		(doc) => {
			if (cardsMap(doc).get(input.cardId) === undefined) return void (outcome = 'no_card');
			const done = readColumns(doc).find((c) => c.done);
			if (!done) return void (outcome = 'no_done_column');
			moveCard(doc, input.cardId, done.id, 0);
		},
		{ by: userId }
	);
	if (outcome === 'no_card') throw new Refusal('card_not_found', 404);
	if (outcome === 'no_done_column') throw new Refusal('tasks_no_done_column', 409);
}

export async function tickChecklistItem(db: DB, userId: string, input: v.InferOutput<typeof ChecklistTick>): Promise<void> {
	await editableBoard(db, userId, input.boardId);
	let found = false;
	await liveDocuments(db).change(
		input.boardId,
		(doc) => {
			const card = cardsMap(doc).get(input.cardId);
			if (!card) return;
			const columns = readColumns(doc);
			const view = readCard(input.cardId, card, new Set(columns.map((c) => c.id)), columns[0]?.id ?? '');
			if (!view?.checklist.some((item) => item.id === input.itemId)) return;
			found = true;
			setChecklistItem(doc, input.cardId, input.itemId, { done: input.done === 'true' });
		},
		{ by: userId }
	);
	if (!found) throw new Refusal('card_not_found', 404);
}
