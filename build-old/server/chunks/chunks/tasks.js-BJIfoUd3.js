// src/lib/tasks.ts
/** How a task's due date reads, the same in the server's render and the browser's (both given the person's time zone). */
function formatDue(due, locale, timeZone) {
	if (due.dueAt !== null) return new Date(due.dueAt).toLocaleString(locale, {
		dateStyle: "medium",
		timeStyle: "short",
		timeZone
	});
	if (due.dueDay) return (/* @__PURE__ */ new Date(`${due.dueDay}T00:00:00Z`)).toLocaleDateString(locale, {
		weekday: "short",
		month: "short",
		day: "numeric",
		timeZone: "UTC"
	});
	return "";
}

export { formatDue as f };
//# sourceMappingURL=tasks.js-BJIfoUd3.js.map
