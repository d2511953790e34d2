// src/lib/board-filters.ts
function readFilters(params) {
	const due = params.get("due");
	return {
		assignee: params.get("assignee") ?? "",
		label: params.get("label") ?? "",
		due: due === "week" || due === "overdue" ? due : "",
		unassigned: params.get("unassigned") === "1"
	};
}
function hasFilters(f) {
	return !!(f.assignee || f.label || f.due || f.unassigned);
}
/** The local calendar day of a due value (a day as stored, or a UTC time shown where the person is). */
function dueDay(due) {
	if (!due) return "";
	if (due.length === 10) return due;
	return localDay(new Date(due));
}
/** How a due day reads on a card's face ("Dec 5", "5 dic"). */
function dayFace(format, day) {
	return format.format(/* @__PURE__ */ new Date(`${day}T12:00:00`));
}
var DAY_FACE = {
	month: "short",
	day: "numeric"
};
/**
* The faces of the due days among `cards`, made on the server for the page's first view: the first
* date format a page makes costs the browser tens of milliseconds (its locale data), which the
* board's start then need not pay. A time (not a day) is shown where the person is, so the browser
* formats it.
*/
function dayFaces(locale, cards) {
	const format = new Intl.DateTimeFormat(locale, DAY_FACE);
	const faces = {};
	for (const { due } of cards) if (due.length === 10) faces[due] ??= dayFace(format, due);
	return faces;
}
function localDay(d) {
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
/** Whether a card is past due: a day before today, or a time already gone. */
function isOverdue(card, now) {
	if (!card.due) return false;
	return card.due.length === 10 ? card.due < localDay(now) : new Date(card.due).getTime() < now.getTime();
}
/** Whether a card is due from today through the coming Sunday (weeks start on Monday). */
function isDueThisWeek(card, now) {
	if (!card.due) return false;
	const today = localDay(now);
	const end = new Date(now);
	end.setDate(now.getDate() + (7 - now.getDay()) % 7);
	const day = dueDay(card.due);
	return day >= today && day <= localDay(end);
}
function matches(card, f, now, doneColumns) {
	if (f.assignee && !card.assignees.includes(f.assignee)) return false;
	if (f.unassigned && card.assignees.length > 0) return false;
	if (f.label && !card.labels.includes(f.label)) return false;
	if (f.due === "week" && !isDueThisWeek(card, now)) return false;
	if (f.due === "overdue" && (doneColumns.has(card.column) || !isOverdue(card, now))) return false;
	return true;
}
/** The inputs' values for a stored due value, in local time. */
function inputsFromDue(due) {
	if (!due) return {
		day: "",
		time: ""
	};
	if (due.length === 10) return {
		day: due,
		time: ""
	};
	const d = new Date(due);
	return {
		day: localDay(d),
		time: `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`
	};
}

export { DAY_FACE as D, dueDay as a, inputsFromDue as b, dayFace as c, dayFaces as d, hasFilters as h, isOverdue as i, matches as m, readFilters as r };
//# sourceMappingURL=board-filters.js-ChelmdiM.js.map
