import { p as parseForm } from '../../../../chunks/forms.js-J73ZrRYJ.js';
import { r as requireUser } from '../../../../chunks/guard.js-DiCDU1AF.js';
import { C as ChecklistTick, b as tickChecklistItem, c as CardRef, d as markDone, t as timeZoneOr, e as tasksShown, m as myTasks, f as myTaskCount, g as cardChecklist, h as groupTasks } from '../../../../chunks/my-tasks.js-Lf6CVEWP.js';
import { R as Refusal } from '../../../../chunks/refusal.js-CqIAUhOf.js';
import { B as fail } from '../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/tasks/+page.server.ts
var load = async (event) => {
	const user = requireUser(event);
	const { db } = event.locals.app;
	const timeZone = timeZoneOr(event.cookies.get("tz"));
	const shown = tasksShown(event.url.searchParams.get("show"));
	const [tasks, count] = await Promise.all([myTasks(db, user.id, {
		timeZone,
		limit: shown
	}), myTaskCount(db, user.id)]);
	const open = event.url.searchParams.get("open");
	let checklist = null;
	const task = open ? tasks.find((t) => `${t.boardId}.${t.cardId}` === open) : void 0;
	if (task) checklist = {
		cardId: task.cardId,
		items: await cardChecklist(db, user.id, task.boardId, task.cardId).catch(() => [])
	};
	return {
		groups: groupTasks(tasks),
		count,
		listed: tasks.length,
		shown,
		timeZone,
		checklist,
		open: task ? open : null
	};
};
function refusedTask(err) {
	if (!(err instanceof Refusal)) throw err;
	return fail(err.status, { message: err.code });
}
var actions = {
	done: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(CardRef, await event.request.formData());
		if (!parsed.ok) return fail(400, { message: "invalid" });
		try {
			await markDone(event.locals.app.db, user.id, parsed.data);
		} catch (err) {
			return refusedTask(err);
		}
		return { success: "done" };
	},
	check: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(ChecklistTick, await event.request.formData());
		if (!parsed.ok) return fail(400, { message: "invalid" });
		try {
			await tickChecklistItem(event.locals.app.db, user.id, parsed.data);
		} catch (err) {
			return refusedTask(err);
		}
		return { success: parsed.data.done === "true" ? "checked" : "unchecked" };
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DQpMAVb9.js.map
