// src/lib/hearings.ts
/**
* Hearings as people read them, shared by server and pages: the bodies and formats a hearing
* names, wall-clock times in the jurisdiction's zone turned into UTC and back, and how long is
* left before a deadline in the reader's own zone and language.
*/
var HEARING_BODIES = [
	"council",
	"supervisors",
	"commissioners",
	"other"
];
var HEARING_FORMATS = [
	"pdf",
	"word",
	"printed",
	"web_form"
];
/** The testimony templates, each in our own words in every catalog language. */
var TESTIMONY_TEMPLATES = [
	"resident",
	"organization",
	"faith",
	"interpreted"
];
/** The usual shape of spoken testimony: the ask comes first and again at the end. */
var TESTIMONY_SECTIONS = [
	"who",
	"ask",
	"facts",
	"story",
	"ask_again",
	"thanks"
];
/** A hearing counts as upcoming this long after it starts: it may still be going on. */
var UNDERWAY_MS = 216e5;
var LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
var MINUTE_MS = 6e4;
var HOUR_MS = 60 * MINUTE_MS;
/** Whether the runtime knows a time zone by this name. */
function isTimeZone(value) {
	if (typeof value !== "string" || !value || value.length > 64) return false;
	try {
		new Intl.DateTimeFormat("en-US", { timeZone: value });
		return true;
	} catch {
		return false;
	}
}
/** Every zone the runtime knows, for the zone picker. */
function timeZoneNames() {
	const names = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
	return names.includes("UTC") ? names : [...names, "UTC"];
}
/** The wall-clock parts of a UTC time in a zone. */
function wallClock(at, timeZone) {
	const parts = new Intl.DateTimeFormat("en-US", {
		timeZone,
		hourCycle: "h23",
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
		hour: "2-digit",
		minute: "2-digit",
		second: "2-digit"
	}).formatToParts(at);
	const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	return {
		year: get("year"),
		month: get("month"),
		day: get("day"),
		hour: get("hour") % 24,
		minute: get("minute"),
		second: get("second")
	};
}
/** How far ahead of UTC a zone's clocks are at a moment, in ms. */
function offsetAt(at, timeZone) {
	const w = wallClock(at, timeZone);
	return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1e3) * 1e3;
}
/** Whether a YYYY-MM-DDTHH:MM value names a real minute of a plausible year. */
function isLocalTime(value) {
	const m = LOCAL_TIME.exec(value);
	if (!m) return false;
	const [year, month, day, hour, minute] = m.slice(1).map(Number);
	if (year < 2e3 || year > 2100 || hour > 23 || minute > 59) return false;
	const at = new Date(Date.UTC(year, month - 1, day));
	return at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}
/**
* The UTC time of a wall-clock YYYY-MM-DDTHH:MM in a zone. A time skipped by a clock change
* (2:30 on the night clocks spring forward) comes out as the moment an hour later.
*/
function zonedToUtc(value, timeZone) {
	const m = LOCAL_TIME.exec(value);
	if (!m || !isLocalTime(value)) throw new Error("not a local time");
	const [year, month, day, hour, minute] = m.slice(1).map(Number);
	const naive = Date.UTC(year, month - 1, day, hour, minute);
	const first = naive - offsetAt(naive, timeZone);
	const candidates = [
		first,
		naive - offsetAt(first, timeZone),
		naive - offsetAt(first - 3 * HOUR_MS, timeZone),
		naive - offsetAt(first + 3 * HOUR_MS, timeZone)
	];
	const matching = candidates.filter((at) => utcToZoned(at, timeZone) === value);
	return matching.length ? Math.min(...matching) : Math.max(...candidates);
}
/** A UTC time as YYYY-MM-DDTHH:MM on a zone's clocks, for a datetime-local field. */
function utcToZoned(at, timeZone) {
	const w = wallClock(at, timeZone);
	const pad = (n, size = 2) => String(n).padStart(size, "0");
	return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
/** A hearing's time as its jurisdiction reads it: "Mon, Dec 14, 2026, 6:00 PM CST". */
function formatInZone(at, timeZone, locale) {
	return new Intl.DateTimeFormat(locale, {
		weekday: "short",
		year: "numeric",
		month: "short",
		day: "numeric",
		hour: "numeric",
		minute: "2-digit",
		timeZone,
		timeZoneName: "short"
	}).format(at);
}
/** Day formatters by locale and zone: making one costs far more than using it (a feed names hundreds of hearings). */
var dayFormats = /* @__PURE__ */ new Map();
function dayFormat(locale, timeZone) {
	const key = `${locale}\n${timeZone}`;
	let format = dayFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			month: "short",
			day: "numeric",
			year: "numeric",
			timeZone
		});
		if (dayFormats.size > 200) dayFormats.clear();
		dayFormats.set(key, format);
	}
	return format;
}
/** What a hearing is called: its body (named, or by kind) and its day. */
function hearingTitle(hearing, locale, t) {
	return t("hearings.title_of", {
		body: hearing.body_name || t(`hearings.body.${hearing.body_kind}`),
		day: dayFormat(locale, hearing.time_zone).format(hearing.starts_at)
	});
}
/** The YYYY-MM-DD day of a moment in a zone. */
function dayOf(at, timeZone) {
	const w = wallClock(at, timeZone);
	return Date.UTC(w.year, w.month - 1, w.day) / (24 * HOUR_MS);
}
/**
* How long until a moment, in the reader's zone and language: "in 2 days, Fri 3:00 PM",
* "tomorrow, 3:00 PM", "in 3 hours, 3:00 PM". Null once it has passed.
*/
function timeLeft(at, now, timeZone, locale) {
	if (at <= now) return null;
	const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
	const days = dayOf(at, timeZone) - dayOf(now, timeZone);
	const clock = new Intl.DateTimeFormat(locale, {
		hour: "numeric",
		minute: "2-digit",
		timeZone
	}).format(at);
	if (days <= 0) {
		const left = at - now;
		return `${left < HOUR_MS ? relative.format(Math.max(1, Math.round(left / MINUTE_MS)), "minute") : relative.format(Math.round(left / HOUR_MS), "hour")}, ${clock}`;
	}
	if (days === 1) return `${relative.format(1, "day")}, ${clock}`;
	const date = new Intl.DateTimeFormat(locale, {
		weekday: "short",
		month: "short",
		day: "numeric",
		hour: "numeric",
		minute: "2-digit",
		timeZone
	}).format(at);
	return `${relative.format(days, "day")}, ${date}`;
}
/** Minutes as a form shows a speaking limit: 2, 1.5. */
function limitMinutes(seconds) {
	return seconds === null ? "" : String(Math.round(seconds / 60 * 100) / 100);
}
/** A hearing's deadlines, then the hearing itself, as lines of time left in the reader's zone. */
function deadlineLines(hearing, now, timeZone, locale, t) {
	const lines = [];
	const moments = [
		["signup", hearing.signup_deadline],
		["written", hearing.written_deadline],
		["hearing", hearing.starts_at]
	];
	for (const [kind, at] of moments) {
		if (at === null) continue;
		const left = timeLeft(at, now, timeZone, locale);
		const text = left ? t(`hearings.deadline_${kind}`, { left }) : kind !== "hearing" ? t(`hearings.deadline_${kind}_closed`) : now < at + 216e5 ? t("hearings.underway") : t("hearings.held");
		lines.push({
			kind,
			text,
			closed: !left,
			at
		});
	}
	return lines;
}

export { HEARING_FORMATS as H, TESTIMONY_TEMPLATES as T, UNDERWAY_MS as U, HEARING_BODIES as a, isLocalTime as b, TESTIMONY_SECTIONS as c, deadlineLines as d, formatInZone as f, hearingTitle as h, isTimeZone as i, limitMinutes as l, timeZoneNames as t, utcToZoned as u, zonedToUtc as z };
//# sourceMappingURL=hearings.js-k0Avay5_.js.map
