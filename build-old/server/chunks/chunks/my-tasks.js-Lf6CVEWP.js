import { c as cardsMap, r as readColumns, a as readCard, b as setChecklistItem, m as moveCard } from './board-doc.js-70NGdl8z.js';
import { c as can } from './roles.js-C7S8Lfoc.js';
import { l as liveDocuments, r as readDocument } from './live-documents.js-D-DuJ62i.js';
import { R as Refusal } from './refusal.js-CqIAUhOf.js';
import * as v from 'valibot';

// src/lib/server/my-tasks.ts
/**
* "My tasks": the open cards assigned to a person across every team they are still in, read from
* the projected card tables (never from the boards' documents), grouped by the person's own day.
*/
var TASK_GROUPS = [
	"overdue",
	"today",
	"week",
	"later",
	"none"
];
/** A time zone name the runtime knows, else UTC. */
function timeZoneOr(value) {
	if (!value || value.length > 64) return "UTC";
	try {
		new Intl.DateTimeFormat("en-CA", { timeZone: value });
		return value;
	} catch {
		return "UTC";
	}
}
/** One formatter per time zone: making one costs far more than using it. */
var dayFormats = /* @__PURE__ */ new Map();
/** The YYYY-MM-DD day of `at` in a time zone. */
function dayIn(timeZone, at = Date.now()) {
	let format = dayFormats.get(timeZone);
	if (!format) dayFormats.set(timeZone, format = new Intl.DateTimeFormat("en-CA", {
		timeZone,
		year: "numeric",
		month: "2-digit",
		day: "2-digit"
	}));
	const parts = format.formatToParts(at);
	const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
	return `${get("year")}-${get("month")}-${get("day")}`;
}
/** A day `n` days after a YYYY-MM-DD day. */
function addDays(day, n) {
	const at = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
	at.setUTCDate(at.getUTCDate() + n);
	return at.toISOString().slice(0, 10);
}
/** Where a due day falls from `today`: this week is the six days after today. */
function groupOf(dueDay, today, overdueNow = false) {
	if (!dueDay) return "none";
	if (overdueNow || dueDay < today) return "overdue";
	if (dueDay === today) return "today";
	if (dueDay <= addDays(today, 6)) return "week";
	return "later";
}
/**
* The person's open cards on boards that are not archived, in teams they are still in. The
* assignment rows carry `open` and `due_key`, so the index on them gives the soonest first.
*/
function openCardsOf(db, userId) {
	return db.selectFrom("card_assignee as a").innerJoin("document as d", "d.id", "a.board_id").innerJoin("membership as m", (join) => join.onRef("m.team_id", "=", "a.team_id").on("m.user_id", "=", userId)).where("a.user_id", "=", userId).where("a.open", "=", 1).where("d.archived_at", "is", null).where("d.kind", "=", "board");
}
/** The most one page lists, however far someone pages. */
var TASKS_MOST = 2e3;
/** How many tasks a `show` parameter asks for: a whole number of pages, at least one, at most TASKS_MOST. */
function tasksShown(value) {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 100) return 100;
	return Math.min(TASKS_MOST, Math.ceil(n / 100) * 100);
}
/** How many open cards are assigned to the person, across the teams they are in. */
async function myTaskCount(db, userId) {
	const row = await openCardsOf(db, userId).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
	return Number(row.n);
}
/** The rows of My tasks, soonest first: dated cards by day and time, then the rest by title. */
/** The rows of My tasks, soonest first (dated cards by day and time, then the rest), read along one index. */
function myTasksQuery(db, userId, limit) {
	const query = openCardsOf(db, userId).innerJoin("card as c", (join) => join.onRef("c.board_id", "=", "a.board_id").onRef("c.id", "=", "a.card_id")).innerJoin("team as t", "t.id", "a.team_id").select([
		"c.id as cardId",
		"c.board_id as boardId",
		"d.title as boardTitle",
		"t.slug as teamSlug",
		"t.name as teamName",
		"c.title",
		"c.column_name as columnName",
		"c.due_date as dueDate",
		"c.due_at as dueAt",
		"c.checklist_done as checklistDone",
		"c.checklist_total as checklistTotal",
		"m.role"
	]).orderBy("a.due_key").orderBy("a.assigned_at");
	return limit ? query.limit(limit) : query;
}
async function myTasks(db, userId, options = {}) {
	const timeZone = timeZoneOr(options.timeZone);
	const now = options.now ?? Date.now();
	const today = dayIn(timeZone, now);
	return (await myTasksQuery(db, userId, options.limit).execute()).map(({ dueDate, role, ...row }) => {
		const dueDay = row.dueAt !== null ? dayIn(timeZone, row.dueAt) : dueDate;
		return {
			...row,
			dueDay,
			group: groupOf(dueDay, today, row.dueAt !== null && row.dueAt < now),
			canEdit: can(role, "playbook.edit"),
			url: `/t/${row.teamSlug}/boards/${row.boardId}?card=${row.cardId}`
		};
	});
}
function groupTasks(tasks) {
	return TASK_GROUPS.map((group) => ({
		group,
		tasks: tasks.filter((t) => t.group === group)
	})).filter((g) => g.tasks.length);
}
/** The team home's Tasks card: open cards of the team's boards, due within the week, overdue. */
async function teamTaskCounts(db, teamId, options = {}) {
	const today = dayIn(timeZoneOr(options.timeZone), options.now ?? Date.now());
	const row = await db.selectFrom("card as c").innerJoin("document as d", "d.id", "c.board_id").where("c.team_id", "=", teamId).where("c.done", "=", 0).where("c.archived", "=", 0).where("d.archived_at", "is", null).select((eb) => [
		eb.fn.countAll().as("open"),
		eb.fn.sum(eb.case().when(eb.and([eb("c.due_date", ">=", today), eb("c.due_date", "<=", addDays(today, 6))])).then(1).else(0).end()).as("dueThisWeek"),
		eb.fn.sum(eb.case().when("c.due_date", "<", today).then(1).else(0).end()).as("overdue")
	]).executeTakeFirstOrThrow();
	return {
		open: Number(row.open),
		dueThisWeek: Number(row.dueThisWeek ?? 0),
		overdue: Number(row.overdue ?? 0)
	};
}
var CardRef = v.object({
	boardId: v.pipe(v.string("required"), v.minLength(1, "required"), v.maxLength(64, "invalid")),
	cardId: v.pipe(v.string("required"), v.minLength(1, "required"), v.maxLength(64, "invalid"))
});
var ChecklistTick = v.object({
	...CardRef.entries,
	itemId: v.pipe(v.string("required"), v.minLength(1, "required"), v.maxLength(64, "invalid")),
	done: v.picklist(["true", "false"], "invalid")
});
/** The board of a card, when the person may change it: a member (or more) of its team, the board not archived. */
async function editableBoard(db, userId, boardId) {
	const row = await db.selectFrom("document as d").innerJoin("membership as m", (join) => join.onRef("m.team_id", "=", "d.team_id").on("m.user_id", "=", userId)).select(["m.role", "d.archived_at"]).where("d.id", "=", boardId).where("d.kind", "=", "board").executeTakeFirst();
	if (!row) throw new Refusal("card_not_found", 404);
	if (!can(row.role, "playbook.edit") || row.archived_at !== null) throw new Refusal("forbidden", 403);
}
/** A card's checklist as stored now (one board's document, for the one card opened in My tasks). */
async function cardChecklist(db, userId, boardId, cardId) {
	if (!await openCardsOf(db, userId).select("a.card_id").where("a.board_id", "=", boardId).where("a.card_id", "=", cardId).executeTakeFirst()) throw new Refusal("card_not_found", 404);
	const doc = await readDocument(db, boardId);
	const columns = readColumns(doc);
	return readCard(cardId, cardsMap(doc).get(cardId), new Set(columns.map((c) => c.id)), columns[0]?.id ?? "")?.checklist ?? [];
}
/** Moves a card to the top of its board's first done column, as the person's own change. */
async function markDone(db, userId, input) {
	await editableBoard(db, userId, input.boardId);
	let outcome = "ok";
	await liveDocuments(db).change(input.boardId, (doc) => {
		if (cardsMap(doc).get(input.cardId) === void 0) return void (outcome = "no_card");
		const done = readColumns(doc).find((c) => c.done);
		if (!done) return void (outcome = "no_done_column");
		moveCard(doc, input.cardId, done.id, 0);
	}, { by: userId });
	if (outcome === "no_card") throw new Refusal("card_not_found", 404);
	if (outcome === "no_done_column") throw new Refusal("tasks_no_done_column", 409);
}
async function tickChecklistItem(db, userId, input) {
	await editableBoard(db, userId, input.boardId);
	let found = false;
	await liveDocuments(db).change(input.boardId, (doc) => {
		const card = cardsMap(doc).get(input.cardId);
		if (!card) return;
		const columns = readColumns(doc);
		if (!readCard(input.cardId, card, new Set(columns.map((c) => c.id)), columns[0]?.id ?? "")?.checklist.some((item) => item.id === input.itemId)) return;
		found = true;
		setChecklistItem(doc, input.cardId, input.itemId, { done: input.done === "true" });
	}, { by: userId });
	if (!found) throw new Refusal("card_not_found", 404);
}

export { ChecklistTick as C, teamTaskCounts as a, tickChecklistItem as b, CardRef as c, markDone as d, tasksShown as e, myTaskCount as f, cardChecklist as g, groupTasks as h, myTasks as m, timeZoneOr as t };
//# sourceMappingURL=my-tasks.js-Lf6CVEWP.js.map
