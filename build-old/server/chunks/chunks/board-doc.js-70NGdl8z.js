import * as Y from 'yjs';
import { generateNKeysBetween, generateKeyBetween } from 'fractional-indexing';

// src/lib/collab/board-doc.ts
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
var BOARD = {
	columns: "columns",
	labels: "labels",
	cards: "cards",
	commentCounts: "commentCounts"
};
var CARD = {
	title: "title",
	column: "column",
	position: "position",
	due: "due",
	archived: "archived",
	description: "description",
	assignees: "assignees",
	labels: "labels",
	links: "links",
	checklist: "checklist"
};
var LIMITS = {
	title: 200,
	columnName: 60,
	labelName: 40,
	checklistText: 300,
	checklistItems: 50,
	assignees: 20,
	links: 20,
	columns: 20,
	labels: 30};
var LABEL_COLORS = [
	"gray",
	"red",
	"orange",
	"yellow",
	"green",
	"teal",
	"blue",
	"purple",
	"pink"
];
var LINK_KINDS = [
	"doc",
	"target",
	"hearing"
];
var DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
var TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:00\.000Z$/;
/** Whether a due value is one the board takes: '' (none), a day, or a UTC time on the minute. */
function isDue(value) {
	if (value === "") return true;
	if (DAY.test(value)) return !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && (/* @__PURE__ */ new Date(`${value}T00:00:00Z`)).toISOString().startsWith(value);
	return TIME.test(value) && new Date(value).toISOString() === value;
}
/** Whether a string is a key fractional-indexing can order between. */
function isPositionKey(value) {
	if (typeof value !== "string" || value === "" || value.length > 64) return false;
	try {
		generateKeyBetween(value, null);
		return true;
	} catch {
		return false;
	}
}
/** A short random id; works where crypto.randomUUID does not (plain http on a local network). */
function newBoardId() {
	const bytes = crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(12));
	return Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("").slice(0, 16);
}
var columnsMap = (doc) => doc.getMap(BOARD.columns);
var labelsMap = (doc) => doc.getMap(BOARD.labels);
var cardsMap = (doc) => doc.getMap(BOARD.cards);
var commentCountsMap = (doc) => doc.getMap(BOARD.commentCounts);
var str = (map, field) => {
	const value = map.get(field);
	return typeof value === "string" ? value : "";
};
var keysOf = (value) => value instanceof Y.Map ? [...value.keys()].filter((k) => value.get(k) === true) : [];
function byPosition(a, b) {
	return a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** The board's columns in order; anything stored that is not a column is skipped. */
function readColumns(doc) {
	const columns = [];
	for (const [id, value] of columnsMap(doc).entries()) {
		if (!(value instanceof Y.Map)) continue;
		const position = value.get("position");
		columns.push({
			id,
			name: str(value, "name"),
			position: isPositionKey(position) ? position : "a0",
			done: value.get("done") === true
		});
	}
	return columns.sort(byPosition);
}
function readLabels(doc) {
	const labels = [];
	for (const [id, value] of labelsMap(doc).entries()) {
		if (!(value instanceof Y.Map)) continue;
		const color = value.get("color");
		labels.push({
			id,
			name: str(value, "name"),
			color: LABEL_COLORS.includes(color) ? color : "gray"
		});
	}
	return labels.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}
function readChecklist(value) {
	if (!(value instanceof Y.Array)) return [];
	return value.toArray().flatMap((item) => item instanceof Y.Map ? [{
		id: str(item, "id"),
		text: str(item, "text"),
		done: item.get("done") === true
	}] : []);
}
function readLinks(value) {
	return keysOf(value).flatMap((key) => {
		const [kind, id] = key.split(":");
		return LINK_KINDS.includes(kind) && id ? [{
			kind,
			id
		}] : [];
	});
}
/** One card as the page and the server's projection see it; null when the stored value is not a card. */
function readCard(id, value, columnIds, firstColumn, counts) {
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
		position: isPositionKey(position) ? position : "a0",
		due: isDue(due) ? due : "",
		archived: value.get(CARD.archived) === true,
		assignees: keysOf(value.get(CARD.assignees)),
		labels: keysOf(value.get(CARD.labels)),
		links: readLinks(value.get(CARD.links)),
		checklist: readChecklist(value.get(CARD.checklist)),
		commentCount: typeof count === "number" && Number.isFinite(count) ? count : 0
	};
}
/** The whole board, tolerant of whatever a stored document holds. */
function readBoard(doc) {
	const columns = readColumns(doc);
	const ids = new Set(columns.map((c) => c.id));
	const first = columns[0]?.id ?? "";
	const order = new Map(columns.map((c, i) => [c.id, i]));
	const counts = commentCountsMap(doc);
	const cards = [];
	for (const [id, value] of cardsMap(doc).entries()) {
		const card = readCard(id, value, ids, first, counts);
		if (card) cards.push(card);
	}
	cards.sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0) || byPosition(a, b));
	return {
		columns,
		labels: readLabels(doc),
		cards
	};
}
/** The cards of one column in order (archived ones left out unless asked for). */
function cardsIn(board, columnId, options = {}) {
	return board.cards.filter((c) => c.column === columnId && (options.archived || !c.archived));
}
/** Whether two view values (plain strings, numbers, booleans, arrays and objects) hold the same. */
function sameValue(a, b) {
	if (a === b) return true;
	if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
	if (a && b && typeof a === "object" && typeof b === "object") {
		const keys = Object.keys(a);
		return keys.length === Object.keys(b).length && keys.every((k) => sameValue(a[k], b[k]));
	}
	return false;
}
/** Reuses each item of `before` that `after` holds unchanged (same id, same content). */
function stableList(before, after) {
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
function stableView(before, after) {
	const view = {
		columns: stableList(before.columns, after.columns),
		labels: stableList(before.labels, after.labels),
		cards: stableList(before.cards, after.cards)
	};
	return view.columns === before.columns && view.labels === before.labels && view.cards === before.cards ? before : view;
}
/** A key for a new last item after `keys` (sorted). */
function keyAfterLast(keys) {
	return generateKeyBetween(keys.length ? keys[keys.length - 1] : null, null);
}
/**
* A position key to put an item at `index` among `siblings` (sorted, the moved item left out).
* When concurrent inserts left equal keys around the spot, the siblings are re-keyed first.
*/
function keyAt(siblings, index, rekey) {
	const at = Math.max(0, Math.min(index, siblings.length));
	const before = at > 0 ? siblings[at - 1].position : null;
	const after = at < siblings.length ? siblings[at].position : null;
	if (before === null || after === null || before < after) return generateKeyBetween(before, after);
	const keys = generateNKeysBetween(null, null, siblings.length + 1);
	siblings.forEach((s, i) => rekey(s.id, keys[i < at ? i : i + 1]));
	return keys[at];
}
function setIfChanged(map, field, value) {
	if (map.get(field) !== value) map.set(field, value);
}
/** Fills an empty board with its first columns (the last one counts as done). */
function seedBoard(doc, columnNames) {
	doc.transact(() => {
		if (columnsMap(doc).size) return;
		const keys = generateNKeysBetween(null, null, columnNames.length);
		columnNames.forEach((name, i) => {
			const column = new Y.Map();
			column.set("name", name);
			column.set("position", keys[i]);
			column.set("done", i === columnNames.length - 1);
			columnsMap(doc).set(newBoardId(), column);
		});
	});
}
function cardMap(doc, id) {
	const value = cardsMap(doc).get(id);
	return value instanceof Y.Map ? value : null;
}
/** Adds a card at the end of a column (or at `index`); returns its id. */
function addCard(doc, input) {
	const id = newBoardId();
	doc.transact(() => {
		const card = new Y.Map();
		card.set(CARD.title, input.title.slice(0, LIMITS.title));
		card.set(CARD.column, input.column);
		const siblings = cardsIn(readBoard(doc), input.column, { archived: true });
		card.set(CARD.position, input.index === void 0 ? keyAfterLast(siblings.map((s) => s.position)) : keyAt(siblings, input.index, (cid, key) => cardMap(doc, cid)?.set(CARD.position, key)));
		card.set(CARD.due, "");
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
function moveCard(doc, id, column, index) {
	doc.transact(() => {
		const card = cardMap(doc, id);
		if (!card) return;
		const key = keyAt(cardsIn(readBoard(doc), column).filter((c) => c.id !== id), index, (cid, k) => cardMap(doc, cid)?.set(CARD.position, k));
		setIfChanged(card, CARD.column, column);
		setIfChanged(card, CARD.position, key);
	});
}
function setCardDue(doc, id, due) {
	if (!isDue(due)) throw new Error("not a due date");
	const card = cardMap(doc, id);
	if (card) setIfChanged(card, CARD.due, due);
}
/** A card's set field (`assignees`, `labels`, `links`), made when a stored card lacks it. */
function setOf(card, field) {
	let value = card.get(field);
	if (!(value instanceof Y.Map)) {
		value = new Y.Map();
		card.set(field, value);
	}
	return value;
}
function toggle(set, key, on) {
	if (set.get(key) !== true) set.set(key, true);
}
function setCardLink(doc, cardId, link, on) {
	const card = cardMap(doc, cardId);
	if (card) toggle(setOf(card, CARD.links), `${link.kind}:${link.id}`);
}
/** The card's description fragment, for the rich-text editor; made when a stored card lacks it. */
function cardDescription(doc, cardId) {
	const card = cardMap(doc, cardId);
	if (!card) return null;
	const value = card.get(CARD.description);
	if (value instanceof Y.XmlFragment) return value;
	const fragment = new Y.XmlFragment();
	card.set(CARD.description, fragment);
	return fragment;
}
function checklistOf(card) {
	let value = card.get(CARD.checklist);
	if (!(value instanceof Y.Array)) {
		value = new Y.Array();
		card.set(CARD.checklist, value);
	}
	return value;
}
function checklistItem(card, itemId) {
	const found = checklistOf(card).toArray().find((item) => item instanceof Y.Map && item.get("id") === itemId);
	return found instanceof Y.Map ? found : null;
}
function setChecklistItem(doc, cardId, itemId, change) {
	const card = cardMap(doc, cardId);
	const item = card && checklistItem(card, itemId);
	if (!item) return;
	doc.transact(() => {
		if (change.text !== void 0) setIfChanged(item, "text", change.text.slice(0, LIMITS.checklistText));
		if (change.done !== void 0) setIfChanged(item, "done", change.done);
	});
}
function updateLabel(doc, id, change) {
	const label = labelsMap(doc).get(id);
	if (!(label instanceof Y.Map)) return;
	doc.transact(() => {
		if (change.name !== void 0) setIfChanged(label, "name", change.name.slice(0, LIMITS.labelName));
		if (change.color !== void 0) setIfChanged(label, "color", change.color);
	});
}
new Set(Object.values(CARD));

export { CARD as C, LIMITS as L, readCard as a, setChecklistItem as b, cardsMap as c, addCard as d, setCardDue as e, setCardLink as f, commentCountsMap as g, readBoard as h, stableView as i, LABEL_COLORS as j, cardDescription as k, moveCard as m, readColumns as r, seedBoard as s, updateLabel as u };
//# sourceMappingURL=board-doc.js-70NGdl8z.js.map
