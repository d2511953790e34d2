import * as Y from 'yjs';
import { BOARD, CARD, cardsMap, commentCountsMap, readCard, readColumns, type CardView, type ColumnView } from '../collab/board-doc';
import type { DB } from './db/index';
import type { Transaction } from 'kysely';
import type { Database } from './db/schema';

/**
 * The card rows of a board, projected from its Yjs state, and the history of who changed what,
 * from the difference between the rows stored and the rows now. My tasks, board filters and the
 * calendar feed read these rows; nothing here scans other boards.
 */

export type CardEventKind =
	| 'created'
	| 'title'
	| 'moved'
	/** A new place within the same column. */
	| 'reordered'
	| 'assigned'
	| 'unassigned'
	| 'due'
	| 'labels'
	| 'checklist'
	| 'archived'
	| 'restored'
	| 'deleted'
	| 'description'
	| 'links';

/** A card as the `card` table holds it, without the times the store adds. */
export interface CardRow {
	id: string;
	title: string;
	column_id: string;
	column_name: string;
	column_missing: number;
	position: string;
	done: number;
	archived: number;
	due_date: string | null;
	due_at: number | null;
	checklist_done: number;
	checklist_total: number;
	labels: string;
}

/** One card now: its row and its assignees (members of the team only). */
export interface ProjectedCard {
	row: CardRow;
	assignees: string[];
}

/** Which cards a run of updates touched, and which of their fields (for the ones not in the row). */
export interface TouchedCards {
	/** card id to the card-level fields changed (empty: the card itself was added or removed). */
	cards: Map<string, Set<string>>;
	/** Columns were added, renamed, reordered, removed or marked done: every card may show elsewhere. */
	columns: boolean;
}

export function emptyTouched(): TouchedCards {
	return { cards: new Map(), columns: false };
}

/**
 * What a transaction changed, read off `tr.changed` and walked up to the card it belongs to:
 * proportional to what changed, never a scan of the board.
 */
export function touchedBy(doc: Y.Doc, tr: Y.Transaction, into: TouchedCards = emptyTouched()): TouchedCards {
	// Compared by identity only; typed loosely since Yjs's own generics do not line up.
	const cards = cardsMap(doc) as unknown as Y.AbstractType<unknown>;
	const columns = doc.getMap(BOARD.columns) as unknown as Y.AbstractType<unknown>;
	const note = (id: string, field: string | null) => {
		let fields = into.cards.get(id);
		if (!fields) into.cards.set(id, (fields = new Set()));
		if (field) fields.add(field);
	};
	for (const [changed, keys] of tr.changed) {
		const type = changed as unknown as Y.AbstractType<unknown>;
		if (type === cards) {
			for (const key of keys) if (key !== null) note(key, null);
			continue;
		}
		if (type === columns) {
			into.columns = true;
			continue;
		}
		// Walk up to the card (a child of the cards map) or a column; the card-level field is the
		// key of the type right below the card.
		let node: Y.AbstractType<unknown> = type;
		let below: Y.AbstractType<unknown> | null = null;
		while (node._item) {
			const parent = node._item.parent;
			if (parent === columns) {
				into.columns = true;
				break;
			}
			if (parent === cards) {
				const id = node._item.parentSub;
				if (id) {
					if (below) note(id, below._item?.parentSub ?? null);
					else for (const key of keys) note(id, key);
				}
				break;
			}
			if (!(parent instanceof Y.AbstractType)) break;
			below = node;
			node = parent;
		}
	}
	return into;
}

function dueParts(due: string): { due_date: string | null; due_at: number | null } {
	if (!due) return { due_date: null, due_at: null };
	if (due.length === 10) return { due_date: due, due_at: null };
	const at = Date.parse(due);
	return { due_date: new Date(at).toISOString().slice(0, 10), due_at: at };
}

export function cardRow(card: CardView, columns: Map<string, ColumnView>): CardRow {
	const column = columns.get(card.column);
	return {
		id: card.id,
		title: card.title,
		column_id: card.column,
		column_name: column?.name ?? '',
		column_missing: card.columnMissing ? 1 : 0,
		position: card.position,
		done: column?.done ? 1 : 0,
		archived: card.archived ? 1 : 0,
		...dueParts(card.due),
		checklist_done: card.checklist.filter((item) => item.done).length,
		checklist_total: card.checklist.length,
		labels: JSON.stringify([...card.labels].sort())
	};
}

/** The board's view that projecting needs, read once per run. */
export interface BoardContext {
	columns: Map<string, ColumnView>;
	columnIds: Set<string>;
	first: string;
}

export function boardContext(doc: Y.Doc): BoardContext {
	const list = readColumns(doc);
	return { columns: new Map(list.map((c) => [c.id, c])), columnIds: new Set(list.map((c) => c.id)), first: list[0]?.id ?? '' };
}

/** One card of the doc as rows; null when it is gone (or not a card). Assignees not in `members` are left out. */
export function projectCard(doc: Y.Doc, id: string, board: BoardContext, members: Set<string>): ProjectedCard | null {
	const card = readCard(id, cardsMap(doc).get(id), board.columnIds, board.first, commentCountsMap(doc));
	if (!card) return null;
	return { row: cardRow(card, board.columns), assignees: card.assignees.filter((user) => members.has(user)).sort() };
}

export interface CardEvent {
	card_id: string;
	kind: CardEventKind;
	detail: Record<string, unknown>;
}

/**
 * The events between a card's stored rows and its rows now. `fields` are the card-level fields a
 * run touched, for what the row does not hold (the description, the links).
 */
export function diffCard(id: string, before: ProjectedCard | null, after: ProjectedCard | null, fields: Set<string> = new Set()): CardEvent[] {
	const events: CardEvent[] = [];
	const add = (kind: CardEventKind, detail: Record<string, unknown> = {}) => events.push({ card_id: id, kind, detail });
	if (!before && !after) return events;
	if (!after) {
		add('deleted', { from: before!.row.title });
		return events;
	}
	if (!before) {
		add('created', { to: after.row.title });
		for (const user of after.assignees) add('assigned', { user });
		if (after.row.due_date) add('due', { from: null, to: after.row.due_at ? new Date(after.row.due_at).toISOString() : after.row.due_date });
		return events;
	}
	const a = before.row;
	const b = after.row;
	if (a.title !== b.title) add('title', { from: a.title, to: b.title });
	if (a.column_id !== b.column_id) add('moved', { from: a.column_name, to: b.column_name });
	else if (a.position !== b.position) add('reordered', { to: b.column_name });
	const dueOf = (row: CardRow) => (row.due_at ? new Date(row.due_at).toISOString() : row.due_date);
	if (dueOf(a) !== dueOf(b)) add('due', { from: dueOf(a), to: dueOf(b) });
	if (a.labels !== b.labels) add('labels', { from: JSON.parse(a.labels), to: JSON.parse(b.labels) });
	if (a.checklist_done !== b.checklist_done || a.checklist_total !== b.checklist_total) {
		add('checklist', { from: `${a.checklist_done}/${a.checklist_total}`, to: `${b.checklist_done}/${b.checklist_total}` });
	}
	if (a.archived !== b.archived) add(b.archived ? 'archived' : 'restored');
	const had = new Set(before.assignees);
	const has = new Set(after.assignees);
	for (const user of after.assignees) if (!had.has(user)) add('assigned', { user });
	for (const user of before.assignees) if (!has.has(user)) add('unassigned', { user });
	if (fields.has(CARD.description)) add('description');
	if (fields.has(CARD.links)) add('links');
	return events;
}

type Trx = Transaction<Database>;

/** The stored rows of some cards of a board (all of them when `ids` is null). */
export async function storedCards(trx: Trx | DB, boardId: string, ids: string[] | null): Promise<Map<string, ProjectedCard>> {
	const out = new Map<string, ProjectedCard>();
	if (ids && !ids.length) return out;
	const chunks = ids ? chunk(ids, 500) : [null];
	for (const part of chunks) {
		let rows = trx
			.selectFrom('card')
			.select(['id', 'title', 'column_id', 'column_name', 'column_missing', 'position', 'done', 'archived', 'due_date', 'due_at', 'checklist_done', 'checklist_total', 'labels'])
			.where('board_id', '=', boardId);
		let assignees = trx.selectFrom('card_assignee').select(['card_id', 'user_id']).where('board_id', '=', boardId);
		if (part) {
			rows = rows.where('id', 'in', part);
			assignees = assignees.where('card_id', 'in', part);
		}
		for (const row of await rows.execute()) out.set(row.id, { row, assignees: [] });
		for (const a of await assignees.orderBy('user_id').execute()) out.get(a.card_id)?.assignees.push(a.user_id);
	}
	return out;
}

function chunk<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

export async function memberIds(db: Trx | DB, teamId: string): Promise<Set<string>> {
	const rows = await db.selectFrom('membership').select('user_id').where('team_id', '=', teamId).execute();
	return new Set(rows.map((r) => r.user_id));
}

/** One card's change to write, with whose change it was. */
export interface Projected {
	id: string;
	after: ProjectedCard | null;
	fields: Set<string>;
	by: string | null;
}

export interface ProjectionResult {
	events: number;
	notices: number;
}

/**
 * Writes the rows of the given cards and their events in one transaction, and moves the board's
 * projection mark to `throughId`. Assigning someone else leaves a notice for the assignment email.
 */
export async function writeProjection(
	db: DB,
	board: { id: string; teamId: string },
	cards: Projected[],
	throughId: number,
	now = Date.now(),
	stateVector: Uint8Array | null = null
): Promise<ProjectionResult> {
	return db.transaction().execute(async (trx) => {
		const before = await storedCards(
			trx,
			board.id,
			cards.map((c) => c.id)
		);
		let events = 0;
		let notices = 0;
		for (const card of cards) {
			const old = before.get(card.id) ?? null;
			const changes = diffCard(card.id, old, card.after, card.fields);
			if (!card.after) {
				if (old) {
					await trx.deleteFrom('card').where('board_id', '=', board.id).where('id', '=', card.id).execute();
					await trx.deleteFrom('card_assignee').where('board_id', '=', board.id).where('card_id', '=', card.id).execute();
				}
			} else if (!old) {
				await trx
					.insertInto('card')
					.values({ ...card.after.row, board_id: board.id, team_id: board.teamId, created_by: card.by, created_at: now, updated_at: now })
					.onConflict((oc) => oc.columns(['board_id', 'id']).doUpdateSet({ ...card.after!.row, updated_at: now }))
					.execute();
			} else if (!sameRow(old.row, card.after.row)) {
				await trx.updateTable('card').set({ ...card.after.row, updated_at: now }).where('board_id', '=', board.id).where('id', '=', card.id).execute();
			}
			for (const change of changes) {
				if (change.kind === 'assigned') {
					const user = change.detail.user as string;
					await trx
						.insertInto('card_assignee')
						.values({ board_id: board.id, card_id: card.id, user_id: user, team_id: board.teamId, assigned_by: card.by, assigned_at: now, ...taskKeys(card.after!.row) })
						.onConflict((oc) => oc.doNothing())
						.execute();
					if (card.by && card.by !== user) {
						await trx.insertInto('assignment_notice').values({ user_id: user, board_id: board.id, card_id: card.id, assigned_by: card.by, created_at: now, sent_at: null }).execute();
						notices++;
					}
				} else if (change.kind === 'unassigned') {
					await trx
						.deleteFrom('card_assignee')
						.where('board_id', '=', board.id)
						.where('card_id', '=', card.id)
						.where('user_id', '=', change.detail.user as string)
						.execute();
				}
			}
			// The assignment rows carry what My tasks orders and filters by.
			if (card.after && (!old || !sameRow(old.row, card.after.row))) {
				await trx.updateTable('card_assignee').set(taskKeys(card.after.row)).where('board_id', '=', board.id).where('card_id', '=', card.id).execute();
			}
			if (changes.length) {
				await trx
					.insertInto('card_event')
					.values(changes.map((c) => ({ board_id: board.id, card_id: c.card_id, user_id: card.by, kind: c.kind, detail: JSON.stringify(c.detail), created_at: now })))
					.execute();
				events += changes.length;
			}
		}
		await trx
			.insertInto('board_projection')
			.values({ document_id: board.id, through_id: throughId, projected_at: now, state_vector: stateVector })
			.onConflict((oc) => oc.column('document_id').doUpdateSet({ through_id: throughId, projected_at: now, state_vector: stateVector }))
			.execute();
		return { events, notices };
	});
}

/** What an assignment row keeps of its card for My tasks: open or not, and the due key it sorts by. */
export function taskKeys(row: Pick<CardRow, 'done' | 'archived' | 'due_date' | 'due_at'>): { open: number; due_key: string } {
	const at = row.due_at !== null ? new Date(row.due_at) : null;
	const due_key = at && Number.isFinite(at.getTime()) ? at.toISOString() : (row.due_date ?? '~');
	return { open: row.done || row.archived ? 0 : 1, due_key };
}

function sameRow(a: CardRow, b: CardRow): boolean {
	return (Object.keys(b) as (keyof CardRow)[]).every((key) => a[key] === b[key]);
}

/**
 * Projects the whole board (a rebuild after a crash, a first projection): cards gone from the doc
 * are deleted, the rest written. Events of a rebuild are the server's own (user null).
 */
export async function rebuildBoard(db: DB, boardId: string, doc: Y.Doc, throughId: number, now = Date.now()): Promise<ProjectionResult> {
	const board = await db.selectFrom('document').select(['id', 'team_id']).where('id', '=', boardId).executeTakeFirst();
	if (!board?.team_id) return { events: 0, notices: 0 };
	const members = await memberIds(db, board.team_id);
	const context = boardContext(doc);
	const stored = await storedCards(db, boardId, null);
	const ids = new Set([...stored.keys(), ...cardsMap(doc).keys()]);
	const cards: Projected[] = [...ids].map((id) => ({ id, after: projectCard(doc, id, context, members), fields: new Set(), by: null }));
	return writeProjection(db, { id: boardId, teamId: board.team_id }, cards, throughId, now, Y.encodeStateVector(doc));
}

/**
 * Whether a document holds everything the rows were projected from. The room's document can be
 * ahead of the log (an update applied, not yet committed); loaded without that update, the rows
 * would show a change that was never stored.
 */
export function holdsProjected(doc: Y.Doc, projected: Uint8Array | null): boolean {
	if (!projected) return true;
	const have = Y.decodeStateVector(Y.encodeStateVector(doc));
	for (const [client, clock] of Y.decodeStateVector(projected)) if ((have.get(client) ?? 0) < clock) return false;
	return true;
}

/** When someone leaves a team (or is removed), their cards there are no longer theirs in My tasks. */
export async function dropAssignments(db: Trx | DB, teamId: string, userId: string): Promise<void> {
	await db.deleteFrom('card_assignee').where('team_id', '=', teamId).where('user_id', '=', userId).execute();
}
