/**
 * Hearings as people read them, shared by server and pages: the bodies and formats a hearing
 * names, wall-clock times in the jurisdiction's zone turned into UTC and back, and how long is
 * left before a deadline in the reader's own zone and language.
 */

export const HEARING_BODIES = ['council', 'supervisors', 'commissioners', 'other'] as const;
export type HearingBody = (typeof HEARING_BODIES)[number];

export const HEARING_FORMATS = ['pdf', 'word', 'printed', 'web_form'] as const;
export type HearingFormat = (typeof HEARING_FORMATS)[number];

/** The testimony templates, each in our own words in every catalog language. */
export const TESTIMONY_TEMPLATES = ['resident', 'organization', 'faith', 'interpreted'] as const;
export type TestimonyTemplate = (typeof TESTIMONY_TEMPLATES)[number];

/** The usual shape of spoken testimony: the ask comes first and again at the end. */
export const TESTIMONY_SECTIONS = ['who', 'ask', 'facts', 'story', 'ask_again', 'thanks'] as const;

/** A hearing counts as upcoming this long after it starts: it may still be going on. */
export const UNDERWAY_MS = 6 * 60 * 60 * 1000;

/** The deadlines a hearing may have, in the order they usually come. */
export const DEADLINES = ['signup', 'written'] as const;
export type Deadline = (typeof DEADLINES)[number];

type Translate = (key: string, params?: Record<string, unknown>) => string;

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Whether the runtime knows a time zone by this name. */
export function isTimeZone(value: unknown): value is string {
	if (typeof value !== 'string' || !value || value.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/** Every zone the runtime knows, for the zone picker. */
export function timeZoneNames(): string[] {
	const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
	return names.includes('UTC') ? names : [...names, 'UTC'];
}

/** The wall-clock parts of a UTC time in a zone. */
function wallClock(at: number, timeZone: string) {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(at);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

/** How far ahead of UTC a zone's clocks are at a moment, in ms. */
function offsetAt(at: number, timeZone: string): number {
	const w = wallClock(at, timeZone);
	return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
}

/** Whether a YYYY-MM-DDTHH:MM value names a real minute of a plausible year. */
export function isLocalTime(value: string): boolean {
	const m = LOCAL_TIME.exec(value);
	if (!m) return false;
	const [year, month, day, hour, minute] = m.slice(1).map(Number);
	if (year < 2000 || year > 2100 || hour > 23 || minute > 59) return false;
	const at = new Date(Date.UTC(year, month - 1, day));
	return at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

/**
 * The UTC time of a wall-clock YYYY-MM-DDTHH:MM in a zone. A time skipped by a clock change
 * (2:30 on the night clocks spring forward) comes out as the moment an hour later.
 */
export function zonedToUtc(value: string, timeZone: string): number {
	const m = LOCAL_TIME.exec(value);
	if (!m || !isLocalTime(value)) throw new Error('not a local time');
	const [year, month, day, hour, minute] = m.slice(1).map(Number);
	const naive = Date.UTC(year, month - 1, day, hour, minute);
	// The zone's offset on either side of the moment: one of them reads back as the wall time given,
	// both do in the hour a clock change repeats (the first is taken), neither in a skipped hour.
	const first = naive - offsetAt(naive, timeZone);
	const candidates = [first, naive - offsetAt(first, timeZone), naive - offsetAt(first - 3 * HOUR_MS, timeZone), naive - offsetAt(first + 3 * HOUR_MS, timeZone)];
	const matching = candidates.filter((at) => utcToZoned(at, timeZone) === value);
	return matching.length ? Math.min(...matching) : Math.max(...candidates);
}

/** A UTC time as YYYY-MM-DDTHH:MM on a zone's clocks, for a datetime-local field. */
export function utcToZoned(at: number, timeZone: string): string {
	const w = wallClock(at, timeZone);
	const pad = (n: number, size = 2) => String(n).padStart(size, '0');
	return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** A hearing's time as its jurisdiction reads it: "Mon, Dec 14, 2026, 6:00 PM CST". */
export function formatInZone(at: number, timeZone: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short'
	}).format(at);
}

/** Day formatters by locale and zone: making one costs far more than using it (a feed names hundreds of hearings). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
	const key = `${locale}\n${timeZone}`;
	let format = dayFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric', timeZone });
		if (dayFormats.size > 200) dayFormats.clear();
		dayFormats.set(key, format);
	}
	return format;
}

/** What a hearing is called: its body (named, or by kind) and its day. */
export function hearingTitle(hearing: { body_kind: HearingBody; body_name: string | null; starts_at: number; time_zone: string }, locale: string, t: Translate): string {
	const body = hearing.body_name || t(`hearings.body.${hearing.body_kind}`);
	const day = dayFormat(locale, hearing.time_zone).format(hearing.starts_at);
	return t('hearings.title_of', { body, day });
}

/** The YYYY-MM-DD day of a moment in a zone. */
function dayOf(at: number, timeZone: string): number {
	const w = wallClock(at, timeZone);
	return Date.UTC(w.year, w.month - 1, w.day) / (24 * HOUR_MS);
}

/**
 * How long until a moment, in the reader's zone and language: "in 2 days, Fri 3:00 PM",
 * "tomorrow, 3:00 PM", "in 3 hours, 3:00 PM". Null once it has passed.
 */
export function timeLeft(at: number, now: number, timeZone: string, locale: string): string | null {
	if (at <= now) return null;
	const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	const days = dayOf(at, timeZone) - dayOf(now, timeZone);
	const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
	if (days <= 0) {
		const left = at - now;
		const phrase = left < HOUR_MS ? relative.format(Math.max(1, Math.round(left / MINUTE_MS)), 'minute') : relative.format(Math.round(left / HOUR_MS), 'hour');
		return `${phrase}, ${clock}`;
	}
	if (days === 1) return `${relative.format(1, 'day')}, ${clock}`;
	const date = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(at);
	return `${relative.format(days, 'day')}, ${date}`;
}

/** Minutes as a form shows a speaking limit: 2, 1.5. */
export function limitMinutes(seconds: number | null): string {
	return seconds === null ? '' : String(Math.round((seconds / 60) * 100) / 100);
}

export interface DeadlineLine {
	kind: Deadline | 'hearing';
	text: string;
	/** The moment has passed. */
	closed: boolean;
	at: number;
}

/** A hearing's deadlines, then the hearing itself, as lines of time left in the reader's zone. */
export function deadlineLines(
	hearing: { starts_at: number; signup_deadline: number | null; written_deadline: number | null },
	now: number,
	timeZone: string,
	locale: string,
	t: Translate
): DeadlineLine[] {
	const lines: DeadlineLine[] = [];
	const moments: [DeadlineLine['kind'], number | null][] = [
		['signup', hearing.signup_deadline],
		['written', hearing.written_deadline],
		['hearing', hearing.starts_at]
	];
	for (const [kind, at] of moments) {
		if (at === null) continue;
		const left = timeLeft(at, now, timeZone, locale);
		const text = left
			? t(`hearings.deadline_${kind}`, { left })
			: kind !== 'hearing'
				? t(`hearings.deadline_${kind}_closed`)
				: now < at + UNDERWAY_MS
					? t('hearings.underway')
					: t('hearings.held');
		lines.push({ kind, text, closed: !left, at });
	}
	return lines;
}
