import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import { CardRef, ChecklistTick, cardChecklist, groupTasks, markDone, myTaskCount, myTasks, tasksShown, tickChecklistItem, timeZoneOr, TIME_ZONE_COOKIE } from '$lib/server/my-tasks';
import { Refusal } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { db } = event.locals.app;
	const timeZone = timeZoneOr(event.cookies.get(TIME_ZONE_COOKIE));
	// A page of the soonest tasks; "Show more" asks for the next page as well.
	const shown = tasksShown(event.url.searchParams.get('show'));
	const [tasks, count] = await Promise.all([myTasks(db, user.id, { timeZone, limit: shown }), myTaskCount(db, user.id)]);
	// One card's checklist opened in place (a link, so it works without JavaScript).
	const open = event.url.searchParams.get('open');
	let checklist: { cardId: string; items: Awaited<ReturnType<typeof cardChecklist>> } | null = null;
	const task = open ? tasks.find((t) => `${t.boardId}.${t.cardId}` === open) : undefined;
	if (task) checklist = { cardId: task.cardId, items: await cardChecklist(db, user.id, task.boardId, task.cardId).catch(() => []) };
	return { groups: groupTasks(tasks), count, listed: tasks.length, shown, timeZone, checklist, open: task ? open : null };
};

function refusedTask(err: unknown) {
	if (!(err instanceof Refusal)) throw err;
	return fail(err.status, { message: err.code });
}

export const actions: Actions = {
	done: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(CardRef, await event.request.formData());
		if (!parsed.ok) return fail(400, { message: 'invalid' });
		try {
			await markDone(event.locals.app.db, user.id, parsed.data);
		} catch (err) {
			return refusedTask(err);
		}
		return { success: 'done' };
	},
	check: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(ChecklistTick, await event.request.formData());
		if (!parsed.ok) return fail(400, { message: 'invalid' });
		try {
			await tickChecklistItem(event.locals.app.db, user.id, parsed.data);
		} catch (err) {
			return refusedTask(err);
		}
		return { success: parsed.data.done === 'true' ? 'checked' : 'unchecked' };
	}
};
