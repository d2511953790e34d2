import type { CardView } from './collab/board-doc';

/** The board filters a URL can carry, so a filtered view can be shared. */
export interface BoardFilters {
	assignee: string;
	label: string;
	due: '' | 'week' | 'overdue';
	unassigned: boolean;
}

export function readFilters(params: URLSearchParams): BoardFilters {
	const due = params.get('due');
	return {
		assignee: params.get('assignee') ?? '',
		label: params.get('label') ?? '',
		due: due === 'week' || due === 'overdue' ? due : '',
		unassigned: params.get('unassigned') === '1'
	};
}

export function hasFilters(f: BoardFilters): boolean {
	return !!(f.assignee || f.label || f.due || f.unassigned);
}

/** The local calendar day of a due value (a day as stored, or a UTC time shown where the person is). */
export function dueDay(due: string): string {
	if (!due) return '';
	if (due.length === 10) return due;
	const d = new Date(due);
	return localDay(d);
}

/** How a due day reads on a card's face ("Dec 5", "5 dic"). */
export function dayFace(format: Intl.DateTimeFormat, day: string): string {
	// Noon, so no time zone moves it to another day.
	return format.format(new Date(`${day}T12:00:00`));
}
export const DAY_FACE: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };

/**
 * The faces of the due days among `cards`, made on the server for the page's first view: the first
 * date format a page makes costs the browser tens of milliseconds (its locale data), which the
 * board's start then need not pay. A time (not a day) is shown where the person is, so the browser
 * formats it.
 */
export function dayFaces(locale: string, cards: Pick<CardView, 'due'>[]): Record<string, string> {
	const format = new Intl.DateTimeFormat(locale, DAY_FACE);
	const faces: Record<string, string> = {};
	for (const { due } of cards) if (due.length === 10) faces[due] ??= dayFace(format, due);
	return faces;
}

export function localDay(d: Date): string {
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whether a card is past due: a day before today, or a time already gone. */
export function isOverdue(card: Pick<CardView, 'due'>, now: Date): boolean {
	if (!card.due) return false;
	return card.due.length === 10 ? card.due < localDay(now) : new Date(card.due).getTime() < now.getTime();
}

/** Whether a card is due from today through the coming Sunday (weeks start on Monday). */
export function isDueThisWeek(card: Pick<CardView, 'due'>, now: Date): boolean {
	if (!card.due) return false;
	const today = localDay(now);
	const end = new Date(now);
	end.setDate(now.getDate() + ((7 - now.getDay()) % 7));
	const day = dueDay(card.due);
	return day >= today && day <= localDay(end);
}

export function matches(card: CardView, f: BoardFilters, now: Date, doneColumns: Set<string>): boolean {
	if (f.assignee && !card.assignees.includes(f.assignee)) return false;
	if (f.unassigned && card.assignees.length > 0) return false;
	if (f.label && !card.labels.includes(f.label)) return false;
	if (f.due === 'week' && !isDueThisWeek(card, now)) return false;
	if (f.due === 'overdue' && (doneColumns.has(card.column) || !isOverdue(card, now))) return false;
	return true;
}

/** A due value from the person's inputs: a day alone, or that day and local time as UTC. */
export function dueFromInputs(day: string, time: string): string {
	if (!day) return '';
	if (!time) return day;
	const [y, m, d] = day.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const local = new Date(y, m - 1, d, hh, mm, 0, 0);
	return Number.isNaN(local.getTime()) ? day : local.toISOString();
}

/** The inputs' values for a stored due value, in local time. */
export function inputsFromDue(due: string): { day: string; time: string } {
	if (!due) return { day: '', time: '' };
	if (due.length === 10) return { day: due, time: '' };
	const d = new Date(due);
	return { day: localDay(d), time: `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}` };
}
