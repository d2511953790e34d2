// src/lib/scorecard.ts
/** Words of the scorecard and the tactics log, shared by server and pages. */
/** Whom a team tries to move: the sheriff, the police, the council, the mayor or county executive. */
var TARGET_KINDS = [
	"sheriff",
	"police",
	"council",
	"executive",
	"other"
];
/** Where a target stands on a rule. */
var STATUSES = [
	"yes",
	"no",
	"mixed",
	"unknown"
];
/** Best first: a team's standing on a rule is the best of its targets'. */
var STATUS_RANK = {
	yes: 3,
	mixed: 2,
	no: 1,
	unknown: 0
};
function bestStatus(statuses) {
	let best = "unknown";
	for (const status of statuses) if (STATUS_RANK[status] > STATUS_RANK[best]) best = status;
	return best;
}
var TACTIC_KINDS = [
	"meeting",
	"petition",
	"letter",
	"town_hall",
	"testimony",
	"press",
	"other"
];
/** Today as YYYY-MM-DD in UTC. */
function today(now = Date.now()) {
	return new Date(now).toISOString().slice(0, 10);
}
/** Whether `value` is a real calendar date written YYYY-MM-DD. */
function isIsoDate(value) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
/** Not before EARLIEST_DATE, and not after tomorrow (a day of slack for time zones). */
function isPlausibleDate(value, now = Date.now()) {
	return value >= "1900-01-01" && value <= today(now + 864e5);
}
/** Whether `value` is an absolute http or https URL. */
function isWebUrl(value) {
	if (!URL.canParse(value)) return false;
	const url = new URL(value);
	return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}
/** A YYYY-MM-DD date for people, in their locale; the date is a calendar day, so read as UTC. */
function formatDay(iso, locale) {
	return (/* @__PURE__ */ new Date(`${iso}T00:00:00Z`)).toLocaleDateString(locale, {
		dateStyle: "medium",
		timeZone: "UTC"
	});
}
/** A model rule's title in the reader's language, where the model has one. */
function ruleTitle(rule, locale) {
	return locale === "es" && rule.titleEs || rule.title;
}

export { STATUSES as S, TARGET_KINDS as T, isPlausibleDate as a, bestStatus as b, isWebUrl as c, TACTIC_KINDS as d, formatDay as f, isIsoDate as i, ruleTitle as r, today as t };
//# sourceMappingURL=scorecard.js-C021Dk_-.js.map
