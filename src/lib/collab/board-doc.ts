import * as Y from 'yjs';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { ShapeProblem } from './doc-shape';

/**
 * How a task board lives in its Yjs document. Three maps keyed by id:
 * - `columns`: each a map of `name`, `position` (a fractional key) and `done` (cards there count as done);
 * - `labels`: each a map of `name` and `color` (one of LABEL_COLORS);
 * - `cards`: each a map of `title`, `column` (a column id), `position` (a fractional key within
 *   the column), `due` ('' , a YYYY-MM-DD day, or a UTC time YYYY-MM-DDTHH:MM:00.000Z),
 *   `archived`, `description` (an XML fragment the rich-text editor edits), `assignees` and
 *   `labels` (maps of id to true: sets that merge), `links` (map of 'doc:<id>',
 *   'target:<id>' or 'hearing:<id>' to true) and `checklist` (an array of maps of `id`, `text`, `done`).
 * A card's column and place are fields of the card, so two people moving it at once leave it in
 * exactly one column; a card whose column is gone shows in the first column, marked.
 * `commentCounts` (card id to a number) is written by the server only, when a comment is stored,
 * so that everyone on the board fetches the new comments.
 */
export const BOARD = {
	columns: 'columns',
	labels: 'labels',
	cards: 'cards',
	commentCounts: 'commentCounts'
} as const;

export const CARD = {
	title: 'title',
	column: 'column',
	position: 'position',
	due: 'due',
	archived: 'archived',
	description: 'description',
	assignees: 'assignees',
	labels: 'labels',
	links: 'links',
	checklist: 'checklist'
} as const;

export const LIMITS = {
	title: 200,
	columnName: 60,
	labelName: 40,
	checklistText: 300,
	checklistItems: 50,
	assignees: 20,
	links: 20,
	columns: 20,
	labels: 30,
	cards: 5000
} as const;

export const LABEL_COLORS = ['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
export type LabelColor = (typeof LABEL_COLORS)[number];

export interface ColumnView {
	id: string;
	name: string;
	position: string;
	done: boolean;
}

export interface LabelView {
	id: string;
	name: string;
	color: LabelColor;
}

export interface ChecklistItemView {
	id: string;
	text: string;
	done: boolean;
}

export type LinkKind = 'doc' | 'target' | 'hearing';
const LINK_KINDS: readonly string[] = ['doc', 'target', 'hearing'] satisfies LinkKind[];
export interface LinkView {
	kind: LinkKind;
	id: string;
}

export interface CardView {
	id: string;
	title: string;
	/** The column it shows in: its own, or the first column when its own was removed. */
	column: string;
	/** True when its own column was removed and it shows in the first column. */
	columnMissing: boolean;
	position: string;
	due: string;
	archived: boolean;
	assignees: string[];
	labels: string[];
	links: LinkView[];
	checklist: ChecklistItemView[];
	commentCount: number;
}

export interface BoardView {
	columns: ColumnView[];
	labels: LabelView[];
	/** Every card that can be read, in board order: by column, then by place in it. */
	cards: CardView[];
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:00\.000Z$/;

/** Whether a due value is one the board takes: '' (none), a day, or a UTC time on the minute. */
export function isDue(value: string): boolean {
	if (value === '') return true;
	if (DAY.test(value)) return !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
	return TIME.test(value) && new Date(value).toISOString() === value;
}

/** Whether a string is a key fractional-indexing can order between. */
export function isPositionKey(value: unknown): value is string {
	if (typeof value !== 'string' || value === '' || value.length > 64) return false;
	try {
		generateKeyBetween(value, null);
		return true;
	} catch {
		return false;
	}
}

/** A short random id; works where crypto.randomUUID does not (plain http on a local network). */
export function newBoardId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 16);
}

export const columnsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD.columns);
export const labelsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD.labels);
export const cardsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD.cards);
export const commentCountsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD.commentCounts);

const str = (map: Y.Map<unknown>, field: string): string => {
	const value = map.get(field);
	return typeof value === 'string' ? value : '';
};
const keysOf = (value: unknown): string[] => (value instanceof Y.Map ? [...value.keys()].filter((k) => value.get(k) === true) : []);

function byPosition<T extends { position: string; id: string }>(a: T, b: T): number {
	return a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The board's columns in order; anything stored that is not a column is skipped. */
export function readColumns(doc: Y.Doc): ColumnView[] {
	const columns: ColumnView[] = [];
	for (const [id, value] of columnsMap(doc).entries()) {
		if (!(value instanceof Y.Map)) continue;
		const position = value.get('position');
		columns.push({ id, name: str(value, 'name'), position: isPositionKey(position) ? position : 'a0', done: value.get('done') === true });
	}
	return columns.sort(byPosition);
}

export function readLabels(doc: Y.Doc): LabelView[] {
	const labels: LabelView[] = [];
	for (const [id, value] of labelsMap(doc).entries()) {
		if (!(value instanceof Y.Map)) continue;
		const color = value.get('color');
		labels.push({ id, name: str(value, 'name'), color: LABEL_COLORS.includes(color as LabelColor) ? (color as LabelColor) : 'gray' });
	}
	return labels.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

function readChecklist(value: unknown): ChecklistItemView[] {
	if (!(value instanceof Y.Array)) return [];
	return (value.toArray() as unknown[]).flatMap((item) =>
		item instanceof Y.Map ? [{ id: str(item, 'id'), text: str(item, 'text'), done: item.get('done') === true }] : []
	);
}

function readLinks(value: unknown): LinkView[] {
	return keysOf(value).flatMap((key) => {
		const [kind, id] = key.split(':');
		return LINK_KINDS.includes(kind) && id ? [{ kind, id } as LinkView] : [];
	});
}

/** One card as the page and the server's projection see it; null when the stored value is not a card. */
export function readCard(id: string, value: unknown, columnIds: Set<string>, firstColumn: string, counts?: Y.Map<unknown>): CardView | null {
	if (!(value instanceof Y.Map)) return null;
	const own = str(value, CARD.column);
	const missing = !columnIds.has(own);
	const position = value.get(CARD.position);
	const due = str(value, CARD.due);
	const count = counts?.get(id);
	return {
		id,
		title: str(value, CARD.title),
		column: missing ? firstColumn : own,
		columnMissing: missing,
		position: isPositionKey(position) ? position : 'a0',
		due: isDue(due) ? due : '',
		archived: value.get(CARD.archived) === true,
		assignees: keysOf(value.get(CARD.assignees)),
		labels: keysOf(value.get(CARD.labels)),
		links: readLinks(value.get(CARD.links)),
		checklist: readChecklist(value.get(CARD.checklist)),
		commentCount: typeof count === 'number' && Number.isFinite(count) ? count : 0
	};
}

/** The whole board, tolerant of whatever a stored document holds. */
export function readBoard(doc: Y.Doc): BoardView {
	const columns = readColumns(doc);
	const ids = new Set(columns.map((c) => c.id));
	const first = columns[0]?.id ?? '';
	const order = new Map(columns.map((c, i) => [c.id, i]));
	const counts = commentCountsMap(doc);
	const cards: CardView[] = [];
	for (const [id, value] of cardsMap(doc).entries()) {
		const card = readCard(id, value, ids, first, counts);
		if (card) cards.push(card);
	}
	cards.sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0) || byPosition(a, b));
	return { columns, labels: readLabels(doc), cards };
}

/** The cards of one column in order (archived ones left out unless asked for). */
export function cardsIn(board: BoardView, columnId: string, options: { archived?: boolean } = {}): CardView[] {
	return board.cards.filter((c) => c.column === columnId && (options.archived || !c.archived));
}

/** Whether two view values (plain strings, numbers, booleans, arrays and objects) hold the same. */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
	}
	return false;
}

/** Reuses each item of `before` that `after` holds unchanged (same id, same content). */
function stableList<T extends { id: string }>(before: T[], after: T[]): T[] {
	const old = new Map(before.map((x) => [x.id, x]));
	let changed = before.length !== after.length;
	const list = after.map((x, i) => {
		const kept = old.get(x.id);
		const item = kept && sameValue(kept, x) ? kept : x;
		if (item !== before[i]) changed = true;
		return item;
	});
	return changed ? list : before;
}

/** The new view, sharing every object of the old one that did not change. */
export function stableView(before: BoardView, after: BoardView): BoardView {
	const view = { columns: stableList(before.columns, after.columns), labels: stableList(before.labels, after.labels), cards: stableList(before.cards, after.cards) };
	return view.columns === before.columns && view.labels === before.labels && view.cards === before.cards ? before : view;
}

// ---- writing ------------------------------------------------------------------------------

/** A key for a new last item after `keys` (sorted). */
function keyAfterLast(keys: string[]): string {
	return generateKeyBetween(keys.length ? keys[keys.length - 1] : null, null);
}

/**
 * A position key to put an item at `index` among `siblings` (sorted, the moved item left out).
 * When concurrent inserts left equal keys around the spot, the siblings are re-keyed first.
 */
function keyAt(siblings: { id: string; position: string }[], index: number, rekey: (id: string, key: string) => void): string {
	const at = Math.max(0, Math.min(index, siblings.length));
	const before = at > 0 ? siblings[at - 1].position : null;
	const after = at < siblings.length ? siblings[at].position : null;
	if (before === null || after === null || before < after) return generateKeyBetween(before, after);
	const keys = generateNKeysBetween(null, null, siblings.length + 1);
	siblings.forEach((s, i) => rekey(s.id, keys[i < at ? i : i + 1]));
	return keys[at];
}

function setIfChanged(map: Y.Map<unknown>, field: string, value: unknown): void {
	if (map.get(field) !== value) map.set(field, value);
}

/** Fills an empty board with its first columns (the last one counts as done). */
export function seedBoard(doc: Y.Doc, columnNames: string[]): void {
	doc.transact(() => {
		if (columnsMap(doc).size) return;
		const keys = generateNKeysBetween(null, null, columnNames.length);
		columnNames.forEach((name, i) => {
			const column = new Y.Map<unknown>();
			column.set('name', name);
			column.set('position', keys[i]);
			column.set('done', i === columnNames.length - 1);
			columnsMap(doc).set(newBoardId(), column);
		});
	});
}

export function addColumn(doc: Y.Doc, name: string, index?: number): string {
	const id = newBoardId();
	doc.transact(() => {
		const columns = readColumns(doc);
		const column = new Y.Map<unknown>();
		column.set('name', name.slice(0, LIMITS.columnName));
		column.set('position', keyAt(columns, index ?? columns.length, (cid, key) => (columnsMap(doc).get(cid) as Y.Map<unknown>).set('position', key)));
		column.set('done', false);
		columnsMap(doc).set(id, column);
	});
	return id;
}

function columnMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
	const value = columnsMap(doc).get(id);
	return value instanceof Y.Map ? value : null;
}

export function renameColumn(doc: Y.Doc, id: string, name: string): void {
	const column = columnMap(doc, id);
	if (column) setIfChanged(column, 'name', name.slice(0, LIMITS.columnName));
}

export function setColumnDone(doc: Y.Doc, id: string, done: boolean): void {
	const column = columnMap(doc, id);
	if (column) setIfChanged(column, 'done', done);
}

/** Moves a column to `index` among the others. */
export function moveColumn(doc: Y.Doc, id: string, index: number): void {
	doc.transact(() => {
		const column = columnMap(doc, id);
		if (!column) return;
		const others = readColumns(doc).filter((c) => c.id !== id);
		column.set('position', keyAt(others, index, (cid, key) => columnMap(doc, cid)?.set('position', key)));
	});
}

/** Removes a column; its cards stay and show in the first column, marked, until someone moves them. */
export function removeColumn(doc: Y.Doc, id: string): void {
	columnsMap(doc).delete(id);
}

function cardMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
	const value = cardsMap(doc).get(id);
	return value instanceof Y.Map ? value : null;
}

/** Adds a card at the end of a column (or at `index`); returns its id. */
export function addCard(doc: Y.Doc, input: { title: string; column: string; index?: number }): string {
	const id = newBoardId();
	doc.transact(() => {
		const card = new Y.Map<unknown>();
		card.set(CARD.title, input.title.slice(0, LIMITS.title));
		card.set(CARD.column, input.column);
		const siblings = cardsIn(readBoard(doc), input.column, { archived: true });
		card.set(CARD.position, input.index === undefined ? keyAfterLast(siblings.map((s) => s.position)) : keyAt(siblings, input.index, (cid, key) => cardMap(doc, cid)?.set(CARD.position, key)));
		card.set(CARD.due, '');
		card.set(CARD.archived, false);
		card.set(CARD.description, new Y.XmlFragment());
		card.set(CARD.assignees, new Y.Map());
		card.set(CARD.labels, new Y.Map());
		card.set(CARD.links, new Y.Map());
		card.set(CARD.checklist, new Y.Array());
		cardsMap(doc).set(id, card);
	});
	return id;
}

/**
 * Moves a card to `index` in a column (counted among that column's cards, the card itself left
 * out). Column and place are set together, in one transaction, on the card itself.
 */
export function moveCard(doc: Y.Doc, id: string, column: string, index: number): void {
	doc.transact(() => {
		const card = cardMap(doc, id);
		if (!card) return;
		const siblings = cardsIn(readBoard(doc), column).filter((c) => c.id !== id);
		const key = keyAt(siblings, index, (cid, k) => cardMap(doc, cid)?.set(CARD.position, k));
		setIfChanged(card, CARD.column, column);
		setIfChanged(card, CARD.position, key);
	});
}

export function setCardTitle(doc: Y.Doc, id: string, title: string): void {
	const card = cardMap(doc, id);
	if (card) setIfChanged(card, CARD.title, title.slice(0, LIMITS.title));
}

export function setCardDue(doc: Y.Doc, id: string, due: string): void {
	if (!isDue(due)) throw new Error('not a due date');
	const card = cardMap(doc, id);
	if (card) setIfChanged(card, CARD.due, due);
}

export function setCardArchived(doc: Y.Doc, id: string, archived: boolean): void {
	const card = cardMap(doc, id);
	if (card) setIfChanged(card, CARD.archived, archived);
}

export function deleteCard(doc: Y.Doc, id: string): void {
	cardsMap(doc).delete(id);
}

/** A card's set field (`assignees`, `labels`, `links`), made when a stored card lacks it. */
function setOf(card: Y.Map<unknown>, field: typeof CARD.assignees | typeof CARD.labels | typeof CARD.links): Y.Map<unknown> {
	let value = card.get(field);
	if (!(value instanceof Y.Map)) {
		value = new Y.Map<unknown>();
		card.set(field, value);
	}
	return value as Y.Map<unknown>;
}

function toggle(set: Y.Map<unknown>, key: string, on: boolean): void {
	if (on && set.get(key) !== true) set.set(key, true);
	else if (!on && set.has(key)) set.delete(key);
}

export function setAssignee(doc: Y.Doc, cardId: string, userId: string, on: boolean): void {
	const card = cardMap(doc, cardId);
	if (card) toggle(setOf(card, CARD.assignees), userId, on);
}

export function setCardLabel(doc: Y.Doc, cardId: string, labelId: string, on: boolean): void {
	const card = cardMap(doc, cardId);
	if (card) toggle(setOf(card, CARD.labels), labelId, on);
}

export function setCardLink(doc: Y.Doc, cardId: string, link: LinkView, on: boolean): void {
	const card = cardMap(doc, cardId);
	if (card) toggle(setOf(card, CARD.links), `${link.kind}:${link.id}`, on);
}

/** The card's description fragment, for the rich-text editor; made when a stored card lacks it. */
export function cardDescription(doc: Y.Doc, cardId: string): Y.XmlFragment | null {
	const card = cardMap(doc, cardId);
	if (!card) return null;
	const value = card.get(CARD.description);
	if (value instanceof Y.XmlFragment) return value;
	const fragment = new Y.XmlFragment();
	card.set(CARD.description, fragment);
	return fragment;
}

function checklistOf(card: Y.Map<unknown>): Y.Array<unknown> {
	let value = card.get(CARD.checklist);
	if (!(value instanceof Y.Array)) {
		value = new Y.Array<unknown>();
		card.set(CARD.checklist, value);
	}
	return value as Y.Array<unknown>;
}

function checklistItem(card: Y.Map<unknown>, itemId: string): Y.Map<unknown> | null {
	const found = checklistOf(card)
		.toArray()
		.find((item) => item instanceof Y.Map && item.get('id') === itemId);
	return found instanceof Y.Map ? found : null;
}

export function addChecklistItem(doc: Y.Doc, cardId: string, text: string): string | null {
	const card = cardMap(doc, cardId);
	if (!card) return null;
	const list = checklistOf(card);
	if (list.length >= LIMITS.checklistItems) return null;
	const id = newBoardId();
	const item = new Y.Map<unknown>();
	item.set('id', id);
	item.set('text', text.slice(0, LIMITS.checklistText));
	item.set('done', false);
	list.push([item]);
	return id;
}

export function setChecklistItem(doc: Y.Doc, cardId: string, itemId: string, change: { text?: string; done?: boolean }): void {
	const card = cardMap(doc, cardId);
	const item = card && checklistItem(card, itemId);
	if (!item) return;
	doc.transact(() => {
		if (change.text !== undefined) setIfChanged(item, 'text', change.text.slice(0, LIMITS.checklistText));
		if (change.done !== undefined) setIfChanged(item, 'done', change.done);
	});
}

export function removeChecklistItem(doc: Y.Doc, cardId: string, itemId: string): void {
	const card = cardMap(doc, cardId);
	if (!card) return;
	const list = checklistOf(card);
	const index = list.toArray().findIndex((item) => item instanceof Y.Map && item.get('id') === itemId);
	if (index >= 0) list.delete(index, 1);
}

export function addLabel(doc: Y.Doc, name: string, color: LabelColor): string {
	const id = newBoardId();
	const label = new Y.Map<unknown>();
	label.set('name', name.slice(0, LIMITS.labelName));
	label.set('color', color);
	labelsMap(doc).set(id, label);
	return id;
}

export function updateLabel(doc: Y.Doc, id: string, change: { name?: string; color?: LabelColor }): void {
	const label = labelsMap(doc).get(id);
	if (!(label instanceof Y.Map)) return;
	doc.transact(() => {
		if (change.name !== undefined) setIfChanged(label, 'name', change.name.slice(0, LIMITS.labelName));
		if (change.color !== undefined) setIfChanged(label, 'color', change.color);
	});
}

/** Removes a label from the board and from every card that had it. */
export function removeLabel(doc: Y.Doc, id: string): void {
	doc.transact(() => {
		labelsMap(doc).delete(id);
		for (const value of cardsMap(doc).values()) {
			if (value instanceof Y.Map) {
				const set = value.get(CARD.labels);
				if (set instanceof Y.Map && set.has(id)) set.delete(id);
			}
		}
	});
}

// ---- checking -----------------------------------------------------------------------------

function problem(problems: ShapeProblem[], path: string, what: string): void {
	if (problems.length < 50) problems.push({ path, problem: what });
}

function stringProblem(value: unknown, max: number): string | null {
	if (typeof value !== 'string') return 'not_a_string';
	return value.length > max ? 'too_long' : null;
}

function setProblems(value: unknown, path: string, max: number, problems: ShapeProblem[], keyOk: (key: string) => boolean = () => true): void {
	if (value === undefined) return;
	if (!(value instanceof Y.Map)) return problem(problems, path, 'not_a_map');
	if (value.size > max) problem(problems, path, 'too_many');
	for (const [key, on] of value.entries()) {
		if (on !== true) problem(problems, `${path}.${key}`, 'not_true');
		else if (!keyOk(key)) problem(problems, `${path}.${key}`, 'not_allowed');
	}
}

const CARD_FIELDS = new Set<string>(Object.values(CARD));

/** Every way one card map departs from the board's shape. */
export function cardProblems(value: unknown, path: string, problems: ShapeProblem[] = []): ShapeProblem[] {
	if (!(value instanceof Y.Map)) {
		problem(problems, path, 'not_a_map');
		return problems;
	}
	for (const field of value.keys()) if (!CARD_FIELDS.has(field)) problem(problems, `${path}.${field}`, 'unknown_field');
	const title = stringProblem(value.get(CARD.title), LIMITS.title);
	if (title) problem(problems, `${path}.title`, title);
	if (typeof value.get(CARD.column) !== 'string') problem(problems, `${path}.column`, 'not_a_string');
	if (!isPositionKey(value.get(CARD.position))) problem(problems, `${path}.position`, 'not_a_position');
	const due = value.get(CARD.due);
	if (due !== undefined && (typeof due !== 'string' || !isDue(due))) problem(problems, `${path}.due`, 'not_a_date');
	const archived = value.get(CARD.archived);
	if (archived !== undefined && typeof archived !== 'boolean') problem(problems, `${path}.archived`, 'not_a_boolean');
	const description = value.get(CARD.description);
	if (description !== undefined && !(description instanceof Y.XmlFragment)) problem(problems, `${path}.description`, 'not_a_fragment');
	setProblems(value.get(CARD.assignees), `${path}.assignees`, LIMITS.assignees, problems);
	setProblems(value.get(CARD.labels), `${path}.labels`, LIMITS.labels, problems);
	setProblems(value.get(CARD.links), `${path}.links`, LIMITS.links, problems, (key) => /^(doc|target|hearing):[\w-]{1,64}$/.test(key));
	const checklist = value.get(CARD.checklist);
	if (checklist !== undefined) {
		if (!(checklist instanceof Y.Array)) problem(problems, `${path}.checklist`, 'not_an_array');
		else {
			if (checklist.length > LIMITS.checklistItems) problem(problems, `${path}.checklist`, 'too_many');
			checklist.toArray().forEach((item, i) => {
				const at = `${path}.checklist[${i}]`;
				if (!(item instanceof Y.Map)) return problem(problems, at, 'not_a_map');
				if (typeof item.get('id') !== 'string') problem(problems, `${at}.id`, 'not_a_string');
				const text = stringProblem(item.get('text'), LIMITS.checklistText);
				if (text) problem(problems, `${at}.text`, text);
				if (typeof item.get('done') !== 'boolean') problem(problems, `${at}.done`, 'not_a_boolean');
			});
		}
	}
	return problems;
}

function columnProblems(value: unknown, path: string, problems: ShapeProblem[]): void {
	if (!(value instanceof Y.Map)) return problem(problems, path, 'not_a_map');
	const name = stringProblem(value.get('name'), LIMITS.columnName);
	if (name) problem(problems, `${path}.name`, name);
	if (!isPositionKey(value.get('position'))) problem(problems, `${path}.position`, 'not_a_position');
	if (typeof value.get('done') !== 'boolean') problem(problems, `${path}.done`, 'not_a_boolean');
	for (const field of value.keys()) if (!['name', 'position', 'done'].includes(field)) problem(problems, `${path}.${field}`, 'unknown_field');
}

function labelProblems(value: unknown, path: string, problems: ShapeProblem[]): void {
	if (!(value instanceof Y.Map)) return problem(problems, path, 'not_a_map');
	const name = stringProblem(value.get('name'), LIMITS.labelName);
	if (name) problem(problems, `${path}.name`, name);
	if (!LABEL_COLORS.includes(value.get('color') as LabelColor)) problem(problems, `${path}.color`, 'not_allowed');
	for (const field of value.keys()) if (!['name', 'color'].includes(field)) problem(problems, `${path}.${field}`, 'unknown_field');
}

/** Where a board document departs from its shape; empty when every reader can use all of it. */
export function validateBoard(doc: Y.Doc): ShapeProblem[] {
	const problems: ShapeProblem[] = [];
	const columns = columnsMap(doc);
	if (columns.size > LIMITS.columns) problem(problems, BOARD.columns, 'too_many');
	for (const [id, value] of columns.entries()) columnProblems(value, `${BOARD.columns}.${id}`, problems);
	const labels = labelsMap(doc);
	if (labels.size > LIMITS.labels) problem(problems, BOARD.labels, 'too_many');
	for (const [id, value] of labels.entries()) labelProblems(value, `${BOARD.labels}.${id}`, problems);
	const cards = cardsMap(doc);
	if (cards.size > LIMITS.cards) problem(problems, BOARD.cards, 'too_many');
	for (const [id, value] of cards.entries()) cardProblems(value, `${BOARD.cards}.${id}`, problems);
	for (const [id, value] of commentCountsMap(doc).entries()) if (typeof value !== 'number') problem(problems, `${BOARD.commentCounts}.${id}`, 'not_a_number');
	return problems;
}

/** The ids an applied transaction touched in each of the board's maps, walked up from `tr.changed`. */
function changedEntries(doc: Y.Doc, tr: Y.Transaction): Map<Y.Map<unknown>, Set<string>> {
	const roots = [columnsMap(doc), labelsMap(doc), cardsMap(doc), commentCountsMap(doc)] as unknown as Y.AbstractType<unknown>[];
	const touched = new Map<Y.Map<unknown>, Set<string>>();
	const note = (root: Y.AbstractType<unknown>, key: string) => {
		const map = root as unknown as Y.Map<unknown>;
		let keys = touched.get(map);
		if (!keys) touched.set(map, (keys = new Set()));
		keys.add(key);
	};
	for (const [changed, keys] of tr.changed) {
		const type = changed as unknown as Y.AbstractType<unknown>;
		if (roots.includes(type)) {
			for (const key of keys) if (key !== null) note(type, key);
			continue;
		}
		let node: Y.AbstractType<unknown> = type;
		while (node._item) {
			const parent = node._item.parent;
			if (!(parent instanceof Y.AbstractType)) break;
			if (roots.includes(parent as Y.AbstractType<unknown>)) {
				if (node._item.parentSub) note(parent as Y.AbstractType<unknown>, node._item.parentSub);
				break;
			}
			node = parent as Y.AbstractType<unknown>;
		}
	}
	return touched;
}

/**
 * `validateBoard` for what one applied transaction touched: the board-wide limits, and every
 * column, label, card and comment count it changed, checked in full. A document that was valid
 * before the transaction has no problems after it exactly when this finds none, at the cost of
 * what changed rather than of the whole board.
 */
export function validateBoardChanges(doc: Y.Doc, tr: Y.Transaction): ShapeProblem[] {
	const problems: ShapeProblem[] = [];
	const columns = columnsMap(doc);
	const labels = labelsMap(doc);
	const cards = cardsMap(doc);
	const counts = commentCountsMap(doc);
	if (columns.size > LIMITS.columns) problem(problems, BOARD.columns, 'too_many');
	if (labels.size > LIMITS.labels) problem(problems, BOARD.labels, 'too_many');
	if (cards.size > LIMITS.cards) problem(problems, BOARD.cards, 'too_many');
	for (const [map, ids] of changedEntries(doc, tr)) {
		for (const id of ids) {
			if (!map.has(id)) continue;
			const value = map.get(id);
			if (map === columns) columnProblems(value, `${BOARD.columns}.${id}`, problems);
			else if (map === labels) labelProblems(value, `${BOARD.labels}.${id}`, problems);
			else if (map === cards) cardProblems(value, `${BOARD.cards}.${id}`, problems);
			else if (typeof value !== 'number') problem(problems, `${BOARD.commentCounts}.${id}`, 'not_a_number');
		}
	}
	return problems;
}
