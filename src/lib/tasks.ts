/** How a task's due date reads, the same in the server's render and the browser's (both given the person's time zone). */
export function formatDue(due: { dueDay: string | null; dueAt: number | null }, locale: string, timeZone: string): string {
	if (due.dueAt !== null) return new Date(due.dueAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
	if (due.dueDay) return new Date(`${due.dueDay}T00:00:00Z`).toLocaleDateString(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
	return '';
}

/** The browser's time zone, for the cookie My tasks groups days by. */
export function browserTimeZone(): string {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
	} catch {
		return 'UTC';
	}
}

export function rememberTimeZone(timeZone: string): void {
	document.cookie = `tz=${encodeURIComponent(timeZone)}; path=/; max-age=31536000; samesite=lax`;
}
