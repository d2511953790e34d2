/** Words of the scorecard and the tactics log, shared by server and pages. */

/** Whom a team tries to move: the sheriff, the police, the council, the mayor or county executive. */
export const TARGET_KINDS = ['sheriff', 'police', 'council', 'executive', 'other'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Where a target stands on a rule. */
export const STATUSES = ['yes', 'no', 'mixed', 'unknown'] as const;
export type ScorecardStatus = (typeof STATUSES)[number];

/** Best first: a team's standing on a rule is the best of its targets'. */
export const STATUS_RANK: Record<ScorecardStatus, number> = { yes: 3, mixed: 2, no: 1, unknown: 0 };

export function bestStatus(statuses: Iterable<ScorecardStatus>): ScorecardStatus {
	let best: ScorecardStatus = 'unknown';
	for (const status of statuses) if (STATUS_RANK[status] > STATUS_RANK[best]) best = status;
	return best;
}

export const TACTIC_KINDS = ['meeting', 'petition', 'letter', 'town_hall', 'testimony', 'press', 'other'] as const;
export type TacticKind = (typeof TACTIC_KINDS)[number];

/** A tactic's link: one of the team's playbook documents, or a page on the web. */
export type TacticLink = { type: 'doc'; id: string } | { type: 'url'; url: string };

/** The earliest date the scorecard and the log accept; older ordinances exist, older than this is a typo. */
export const EARLIEST_DATE = '1900-01-01';

/** Today as YYYY-MM-DD in UTC. */
export function today(now = Date.now()): string {
	return new Date(now).toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD where this code runs: in a browser, the person's own calendar day. */
export function localToday(now = new Date()): string {
	return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A date field the server filled with today (its UTC day) shows today on the person's own calendar instead. */
export function localizeToday(input: HTMLInputElement | null, now = new Date()): void {
	if (input && input.value === today(now.getTime())) input.value = localToday(now);
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Not before EARLIEST_DATE, and not after tomorrow (a day of slack for time zones). */
export function isPlausibleDate(value: string, now = Date.now()): boolean {
	return value >= EARLIEST_DATE && value <= today(now + 86_400_000);
}

/** Whether `value` is an absolute http or https URL. */
export function isWebUrl(value: string): boolean {
	if (!URL.canParse(value)) return false;
	const url = new URL(value);
	return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** A YYYY-MM-DD date for people, in their locale; the date is a calendar day, so read as UTC. */
export function formatDay(iso: string, locale: string): string {
	return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}

/** A model rule's title in the reader's language, where the model has one. */
export function ruleTitle(rule: { title: string; titleEs?: string }, locale: string): string {
	return (locale === 'es' && rule.titleEs) || rule.title;
}
