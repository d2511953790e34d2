import * as v from 'valibot';
import { cleanText } from '$lib/text';
import { sql } from 'kysely';
import type { DB } from './db/index';
import { isPostgres } from './db/postgres';
import type { ScorecardEntry, Target, Team } from './db/schema';
import { latestVersion } from './model-policy';
import { adaptationState, findAdaptation } from './adaptation';
import type { ModelRule } from '$lib/policy/model';
import { finalText } from '$lib/policy/final-text';
import { STATE_CODES } from '$lib/states';
import { STATUSES, TARGET_KINDS, bestStatus, isIsoDate, isPlausibleDate, isWebUrl, type ScorecardStatus, type TargetKind } from '$lib/scorecard';
import { picklist, text } from './forms';
import { authorize } from './teams';
import { Refusal, newId } from './refusal';

/** A team keeps a short list of targets; more than this is a mistake, not a campaign. */
export const MAX_TARGETS = 20;

/** The rules of the latest published model version: the roll-up's columns. */
export async function currentModelRules(db: DB): Promise<ModelRule[]> {
	return (await latestVersion(db)).rules;
}

/** A rule a team's scorecard counts. */
export interface ScorecardRule {
	key: string;
	/** 1.. in the team's final text (or the model's number, before the team adapts it). */
	number: number;
	title: string;
	titleEs?: string;
	/** The model's plain words for it; none for the team's own rules. */
	summary?: string;
	summaryEs?: string;
	custom: boolean;
}

/**
 * The rules a team's scorecard, progress and roll-up row count: its adaptation as it reads now
 * (dropped rules out, its own rules in, its titles and order), or the latest model's until it
 * adapts one. The only place that decides it.
 */
export async function teamRules(db: DB, team: Team): Promise<ScorecardRule[]> {
	if (!(await findAdaptation(db, team.id))) {
		return (await currentModelRules(db)).map((rule) => ({ key: rule.key, number: rule.number, title: rule.title, titleEs: rule.titleEs, summary: rule.summary, summaryEs: rule.summaryEs, custom: false }));
	}
	const { base, values, rules } = await adaptationState(db, team);
	return finalText(base, rules, values).map((rule) => {
		const model = rule.custom ? undefined : base.rules.find((r) => r.key === rule.key);
		return { key: rule.key, number: rule.number, title: rule.title, titleEs: rule.titleEs, summary: model?.summary, summaryEs: model?.summaryEs, custom: rule.custom };
	});
}

// Field rules, shared by the form actions (which report them per field) and the domain (which
// refuses anything that did not pass them). Messages are catalog keys under errors.*.
/** Optional text that may also come back as null (a parsed form's output is valid input again). */
export const nullableText = (max: number) =>
	v.pipe(
		v.nullish(v.string(), ''),
		v.transform((s) => cleanText(s, { multiline: true })),
		v.maxLength(max, 'too_long'),
		v.transform((s) => s || null)
	);
const optionalDate = v.pipe(
	v.nullish(v.string(), ''),
	v.trim(),
	v.check((s) => s === '' || isIsoDate(s), 'date_invalid'),
	v.check((s) => s === '' || isPlausibleDate(s), 'date_out_of_range'),
	v.transform((s) => s || null)
);
export const requiredDate = v.pipe(
	v.string('required'),
	v.trim(),
	v.minLength(1, 'required'),
	v.check(isIsoDate, 'date_invalid'),
	v.check((s) => isPlausibleDate(s), 'date_out_of_range')
);
export const optionalWebUrl = v.pipe(
	v.nullish(v.string(), ''),
	v.trim(),
	v.maxLength(2000, 'too_long'),
	v.check((s) => s === '' || isWebUrl(s), 'url_invalid'),
	v.transform((s) => s || null)
);

export const TargetInput = v.object({ name: text(120), kind: picklist(TARGET_KINDS) });
export const EntryInput = v.object({
	status: picklist(STATUSES),
	note: nullableText(2000),
	sourceUrl: optionalWebUrl,
	asOf: optionalDate
});
export type EntryInput = v.InferInput<typeof EntryInput>;

/** Parses with a field schema inside the domain: the first problem becomes a 400 refusal. */
export function validated<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
	throw new Refusal(issue.message.startsWith('Invalid') ? 'invalid' : issue.message, 400, { field });
}

export async function listTargets(db: DB, slug: string, userId: string): Promise<Target[]> {
	const { team } = await authorize(db, slug, userId, 'team.view');
	return targetsOf(db, team.id);
}

function targetsOf(db: DB, teamId: string): Promise<Target[]> {
	return db.selectFrom('target').selectAll().where('team_id', '=', teamId).orderBy('created_at').orderBy(insertionOrder(db)).execute();
}

async function targetIn(db: DB, team: Team, targetId: string): Promise<Target> {
	const target = await db.selectFrom('target').selectAll().where('id', '=', targetId).where('team_id', '=', team.id).executeTakeFirst();
	if (!target) throw new Refusal('target_not_found', 404);
	return target;
}

export async function getTarget(db: DB, slug: string, userId: string, targetId: string): Promise<Target> {
	const { team } = await authorize(db, slug, userId, 'team.view');
	return targetIn(db, team, targetId);
}

export async function addTarget(db: DB, slug: string, userId: string, input: { name: string; kind: TargetKind }): Promise<Target> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const { name, kind } = validated(TargetInput, input);
	return db.transaction().execute(async (trx) => {
		const { n } = await trx.selectFrom('target').select((eb) => eb.fn.countAll<number>().as('n')).where('team_id', '=', team.id).executeTakeFirstOrThrow();
		if (Number(n) >= MAX_TARGETS) throw new Refusal('too_many_targets', 409, { max: MAX_TARGETS });
		return trx.insertInto('target').values({ id: newId(), team_id: team.id, name, kind, created_at: Date.now() }).returningAll().executeTakeFirstOrThrow();
	});
}

export async function renameTarget(db: DB, slug: string, userId: string, targetId: string, name: string): Promise<Target> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const clean = validated(TargetInput.entries.name, name);
	await targetIn(db, team, targetId);
	return db.updateTable('target').set({ name: clean }).where('id', '=', targetId).returningAll().executeTakeFirstOrThrow();
}

/** Removes a target with its scorecard and history; tactics that named it keep their record. */
export async function removeTarget(db: DB, slug: string, userId: string, targetId: string): Promise<void> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	await targetIn(db, team, targetId);
	await db.deleteFrom('target').where('id', '=', targetId).execute();
}

/** The targets a team's settings name (council, sheriff's office, police department). */
export function suggestedTargets(team: Team): { name: string; kind: TargetKind }[] {
	const suggestions: { name: string; kind: TargetKind }[] = [];
	if (team.sheriff_office) suggestions.push({ name: team.sheriff_office, kind: 'sheriff' });
	if (team.police_department) suggestions.push({ name: team.police_department, kind: 'police' });
	if (team.council_name) suggestions.push({ name: team.council_name, kind: 'council' });
	return suggestions;
}

/** Adds the suggested targets to a team that has none yet; a team with targets is left alone. */
export async function addSuggestedTargets(db: DB, slug: string, userId: string): Promise<Target[]> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	return db.transaction().execute(async (trx) => {
		const existing = await trx.selectFrom('target').select('id').where('team_id', '=', team.id).limit(1).execute();
		if (existing.length) throw new Refusal('targets_exist', 409);
		const now = Date.now();
		const rows = suggestedTargets(team).map((s, i) => ({ id: newId(), team_id: team.id, name: s.name, kind: s.kind, created_at: now + i }));
		if (!rows.length) return [];
		return trx.insertInto('target').values(rows).returningAll().execute();
	});
}

/** Records where a target stands on a rule; the previous stance stays in the history. */
export async function setEntry(db: DB, slug: string, userId: string, targetId: string, ruleKey: string, input: EntryInput): Promise<ScorecardEntry> {
	const { team } = await authorize(db, slug, userId, 'playbook.edit');
	const entry = validated(EntryInput, input);
	await targetIn(db, team, targetId);
	if (!(await teamRules(db, team)).some((rule) => rule.key === ruleKey)) throw new Refusal('rule_not_found', 404);
	const now = Date.now();
	const row = { status: entry.status, note: entry.note, source_url: entry.sourceUrl, as_of: entry.asOf };
	return db.transaction().execute(async (trx) => {
		await trx.insertInto('scorecard_change').values({ target_id: targetId, rule_key: ruleKey, ...row, changed_by: userId, changed_at: now }).execute();
		return trx
			.insertInto('scorecard_entry')
			.values({ target_id: targetId, rule_key: ruleKey, ...row, updated_by: userId, updated_at: now })
			.onConflict((oc) => oc.columns(['target_id', 'rule_key']).doUpdateSet({ ...row, updated_by: userId, updated_at: now }))
			.returningAll()
			.executeTakeFirstOrThrow();
	});
}

/** One cell of the scorecard: the current entry, if any, every change, newest first, and the rules beside it. */
export async function entryHistory(db: DB, slug: string, userId: string, targetId: string, ruleKey: string) {
	const { team } = await authorize(db, slug, userId, 'team.view');
	const target = await targetIn(db, team, targetId);
	const rules = await teamRules(db, team);
	const at = rules.findIndex((r) => r.key === ruleKey);
	if (at < 0) throw new Refusal('rule_not_found', 404);
	const rule = rules[at];
	const [entry, changes] = await Promise.all([
		db
			.selectFrom('scorecard_entry')
			.leftJoin('user', 'user.id', 'scorecard_entry.updated_by')
			.selectAll('scorecard_entry')
			.select('user.display_name as updated_by_name')
			.where('target_id', '=', targetId)
			.where('rule_key', '=', ruleKey)
			.executeTakeFirst(),
		db
			.selectFrom('scorecard_change')
			.leftJoin('user', 'user.id', 'scorecard_change.changed_by')
			.select([
				'scorecard_change.id',
				'scorecard_change.status',
				'scorecard_change.note',
				'scorecard_change.source_url',
				'scorecard_change.as_of',
				'scorecard_change.changed_at',
				'user.display_name as changed_by'
			])
			.where('target_id', '=', targetId)
			.where('rule_key', '=', ruleKey)
			.orderBy('scorecard_change.id', 'desc')
			.execute()
	]);
	return { target, rule, entry: entry ?? null, changes, previous: rules[at - 1] ?? null, next: rules[at + 1] ?? null };
}

export interface TargetProgress {
	id: string;
	name: string;
	kind: TargetKind;
	/** Rules the team counts (see teamRules) this target has adopted (status yes). */
	yes: number;
	total: number;
}

async function progressOf(db: DB, team: Team, rules: ScorecardRule[]): Promise<TargetProgress[]> {
	const targets = await targetsOf(db, team.id);
	const keys = rules.map((r) => r.key);
	const counts = targets.length && keys.length
		? await db
				.selectFrom('scorecard_entry')
				.select(['target_id', (eb) => eb.fn.countAll<number>().as('n')])
				.where('target_id', 'in', targets.map((t) => t.id))
				.where('status', '=', 'yes')
				.where('rule_key', 'in', keys)
				.groupBy('target_id')
				.execute()
		: [];
	const yes = new Map(counts.map((c) => [c.target_id, Number(c.n)]));
	return targets.map((t) => ({ id: t.id, name: t.name, kind: t.kind, yes: yes.get(t.id) ?? 0, total: keys.length }));
}

/** Per target, how many of the team's rules it has adopted. */
export async function scorecardProgress(db: DB, slug: string, userId: string): Promise<TargetProgress[]> {
	const { team } = await authorize(db, slug, userId, 'team.view');
	return progressOf(db, team, await teamRules(db, team));
}

/** Everything the scorecard page shows: targets, rules, every current entry, progress and suggestions. */
export async function scorecard(db: DB, slug: string, userId: string) {
	const { team } = await authorize(db, slug, userId, 'team.view');
	const rules = await teamRules(db, team);
	const [targets, progress] = await Promise.all([targetsOf(db, team.id), progressOf(db, team, rules)]);
	const entries = targets.length
		? await db
				.selectFrom('scorecard_entry')
				.select(['target_id', 'rule_key', 'status', 'note', 'source_url', 'as_of'])
				.where('target_id', 'in', targets.map((t) => t.id))
				.execute()
		: [];
	return { targets, rules, entries, progress, suggestions: targets.length ? [] : suggestedTargets(team) };
}

// The campaign's roll-up across teams.

export interface RollupTeam {
	id: string;
	slug: string;
	name: string;
	jurisdictionName: string;
	state: string;
	targets: { id: string; name: string; kind: TargetKind; statuses: Record<string, { status: ScorecardStatus; asOf: string | null; note: string | null; sourceUrl: string | null }> }[];
	/** Per rule key: the best status across the team's targets, yes > mixed > no > unknown. */
	best: Record<string, ScorecardStatus>;
	/** The rules the team counts (its adaptation's, dropped rules out, its own in). */
	rules: ScorecardRule[];
	/** Counted rules with a best status of yes. */
	adopted: number;
	/** How many rules the team counts. */
	total: number;
}

/** Every team against every rule of the current model. Campaign admins only. */
export async function rollup(db: DB, actor: { is_admin: number }, filter: { state?: string | null } = {}) {
	if (!actor.is_admin) throw new Refusal('forbidden', 403);
	const rules = await currentModelRules(db);
	let teamQuery = db.selectFrom('team').selectAll().orderBy('state').orderBy('name');
	if (filter.state) teamQuery = teamQuery.where('state', '=', filter.state);
	const teams = await teamQuery.execute();
	const ids = teams.map((t) => t.id);
	const targets = ids.length
		? await db.selectFrom('target').select(['id', 'team_id', 'name', 'kind']).where('team_id', 'in', ids).orderBy('created_at').orderBy(insertionOrder(db)).execute()
		: [];
	const entries = targets.length
		? await db
				.selectFrom('scorecard_entry')
				.select(['target_id', 'rule_key', 'status', 'as_of', 'note', 'source_url'])
				.where('target_id', 'in', targets.map((t) => t.id))
				.execute()
		: [];
	const byTarget = new Map<string, RollupTeam['targets'][number]['statuses']>();
	for (const e of entries) {
		const statuses = byTarget.get(e.target_id) ?? {};
		statuses[e.rule_key] = { status: e.status, asOf: e.as_of, note: e.note, sourceUrl: e.source_url };
		byTarget.set(e.target_id, statuses);
	}
	const result: RollupTeam[] = [];
	for (const team of teams) {
		const counted = await teamRules(db, team);
		const own = targets
			.filter((t) => t.team_id === team.id)
			.map((t) => ({ id: t.id, name: t.name, kind: t.kind, statuses: byTarget.get(t.id) ?? {} }));
		const best = Object.fromEntries(counted.map((rule) => [rule.key, bestStatus(own.map((t) => t.statuses[rule.key]?.status ?? 'unknown'))]));
		result.push({
			id: team.id,
			slug: team.slug,
			name: team.name,
			jurisdictionName: team.jurisdiction_name,
			state: team.state,
			targets: own,
			best,
			rules: counted,
			adopted: counted.filter((rule) => best[rule.key] === 'yes').length,
			total: counted.length
		});
	}
	return { rules, teams: result };
}

/** The roll-up's state filter from a query parameter; anything but a state code means all states. */
export function stateFilter(value: string | null | undefined): string | null {
	const state = value?.trim().toUpperCase() ?? '';
	return (STATE_CODES as readonly string[]).includes(state) ? state : null;
}

/** The states that have at least one team, for the roll-up's filter. */
export async function rollupStates(db: DB, actor: { is_admin: number }): Promise<string[]> {
	if (!actor.is_admin) throw new Refusal('forbidden', 403);
	return (await db.selectFrom('team').select('state').distinct().orderBy('state').execute()).map((r) => r.state);
}

/**
 * One CSV cell: a cell a spreadsheet would run as a formula (= + - @, tab, carriage return) is
 * prefixed with a quote; a cell with a quote, comma or line break is quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
	let s = value == null ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows to CSV text, lines ended with CRLF as RFC 4180 has it. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
	return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/**
 * The roll-up as CSV: a row per team, rule it counts and target (a team without targets gets one
 * row per rule), with the team's best status beside the target's own, in the team's numbers and
 * titles; a model rule not in the team's policy (dropped, or new since it adapted) gets one row
 * with team_status "not_in_policy".
 */
export async function rollupCsv(db: DB, actor: { is_admin: number }, filter: { state?: string | null } = {}): Promise<string> {
	const { rules: modelRules, teams } = await rollup(db, actor, filter);
	const rows: (string | number | null)[][] = [['team', 'jurisdiction', 'state', 'rule_number', 'rule_key', 'rule', 'team_status', 'target', 'target_kind', 'target_status', 'as_of', 'source_url', 'note']];
	for (const team of teams) {
		for (const rule of modelRules.filter((m) => !team.rules.some((r) => r.key === m.key))) {
			rows.push([team.name, team.jurisdictionName, team.state, null, rule.key, rule.title, 'not_in_policy', null, null, null, null, null, null]);
		}
		for (const rule of team.rules) {
			const base = [team.name, team.jurisdictionName, team.state, rule.number, rule.key, rule.title, team.best[rule.key]];
			if (!team.targets.length) rows.push([...base, null, null, 'unknown', null, null, null]);
			for (const target of team.targets) {
				const entry = target.statuses[rule.key];
				rows.push([...base, target.name, target.kind, entry?.status ?? 'unknown', entry?.asOf ?? null, entry?.sourceUrl ?? null, entry?.note ?? null]);
			}
		}
	}
	return toCsv(rows);
}

/** Ties of `created_at` (two targets added in one millisecond) keep SQLite's insertion order; PostgreSQL has no rowid, so its id decides there. */
function insertionOrder(db: DB) {
	return isPostgres(db) ? sql<string>`id` : sql<number>`rowid`;
}
