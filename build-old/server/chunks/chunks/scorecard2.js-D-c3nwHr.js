import { c as cleanText } from './text.js-De780Z__.js';
import { i as isPostgres } from './postgres.js-CZMSXUZ9.js';
import { a as latestVersion } from './model-policy.js-dJ2Mdan-.js';
import { f as findAdaptation, a as adaptationState, b as finalText } from './adaptation.js-Ba6M5iPZ.js';
import { a as STATE_CODES } from './states.js-0GJhGoOw.js';
import { b as bestStatus, T as TARGET_KINDS, S as STATUSES, i as isIsoDate, a as isPlausibleDate, c as isWebUrl } from './scorecard.js-C021Dk_-.js';
import { b as picklist, t as text$1 } from './forms.js-J73ZrRYJ.js';
import { a as authorize } from './teams.js-DRa-kSv4.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import * as v from 'valibot';
import { sql } from 'kysely';

/** The rules of the latest published model version: the roll-up's columns. */
async function currentModelRules(db) {
	return (await latestVersion(db)).rules;
}
/**
* The rules a team's scorecard, progress and roll-up row count: its adaptation as it reads now
* (dropped rules out, its own rules in, its titles and order), or the latest model's until it
* adapts one. The only place that decides it.
*/
async function teamRules(db, team) {
	if (!await findAdaptation(db, team.id)) return (await currentModelRules(db)).map((rule) => ({
		key: rule.key,
		number: rule.number,
		title: rule.title,
		titleEs: rule.titleEs,
		summary: rule.summary,
		summaryEs: rule.summaryEs,
		custom: false
	}));
	const { base, values, rules } = await adaptationState(db, team);
	return finalText(base, rules, values).map((rule) => {
		const model = rule.custom ? void 0 : base.rules.find((r) => r.key === rule.key);
		return {
			key: rule.key,
			number: rule.number,
			title: rule.title,
			titleEs: rule.titleEs,
			summary: model?.summary,
			summaryEs: model?.summaryEs,
			custom: rule.custom
		};
	});
}
/** Optional text that may also come back as null (a parsed form's output is valid input again). */
var nullableText = (max) => v.pipe(v.nullish(v.string(), ""), v.transform((s) => cleanText(s, { multiline: true })), v.maxLength(max, "too_long"), v.transform((s) => s || null));
var optionalDate = v.pipe(v.nullish(v.string(), ""), v.trim(), v.check((s) => s === "" || isIsoDate(s), "date_invalid"), v.check((s) => s === "" || isPlausibleDate(s), "date_out_of_range"), v.transform((s) => s || null));
var requiredDate = v.pipe(v.string("required"), v.trim(), v.minLength(1, "required"), v.check(isIsoDate, "date_invalid"), v.check((s) => isPlausibleDate(s), "date_out_of_range"));
var optionalWebUrl = v.pipe(v.nullish(v.string(), ""), v.trim(), v.maxLength(2e3, "too_long"), v.check((s) => s === "" || isWebUrl(s), "url_invalid"), v.transform((s) => s || null));
var TargetInput = v.object({
	name: text$1(120),
	kind: picklist(TARGET_KINDS)
});
var EntryInput = v.object({
	status: picklist(STATUSES),
	note: nullableText(2e3),
	sourceUrl: optionalWebUrl,
	asOf: optionalDate
});
/** Parses with a field schema inside the domain: the first problem becomes a 400 refusal. */
function validated(schema, input) {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const field = issue.path?.map((p) => String(p.key)).join(".") ?? "";
	throw new Refusal(issue.message.startsWith("Invalid") ? "invalid" : issue.message, 400, { field });
}
async function listTargets(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	return targetsOf(db, team.id);
}
function targetsOf(db, teamId) {
	return db.selectFrom("target").selectAll().where("team_id", "=", teamId).orderBy("created_at").orderBy(insertionOrder(db)).execute();
}
async function targetIn(db, team, targetId) {
	const target = await db.selectFrom("target").selectAll().where("id", "=", targetId).where("team_id", "=", team.id).executeTakeFirst();
	if (!target) throw new Refusal("target_not_found", 404);
	return target;
}
async function addTarget(db, slug, userId, input) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const { name, kind } = validated(TargetInput, input);
	return db.transaction().execute(async (trx) => {
		const { n } = await trx.selectFrom("target").select((eb) => eb.fn.countAll().as("n")).where("team_id", "=", team.id).executeTakeFirstOrThrow();
		if (Number(n) >= 20) throw new Refusal("too_many_targets", 409, { max: 20 });
		return trx.insertInto("target").values({
			id: newId(),
			team_id: team.id,
			name,
			kind,
			created_at: Date.now()
		}).returningAll().executeTakeFirstOrThrow();
	});
}
async function renameTarget(db, slug, userId, targetId, name) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const clean = validated(TargetInput.entries.name, name);
	await targetIn(db, team, targetId);
	return db.updateTable("target").set({ name: clean }).where("id", "=", targetId).returningAll().executeTakeFirstOrThrow();
}
/** Removes a target with its scorecard and history; tactics that named it keep their record. */
async function removeTarget(db, slug, userId, targetId) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	await targetIn(db, team, targetId);
	await db.deleteFrom("target").where("id", "=", targetId).execute();
}
/** The targets a team's settings name (council, sheriff's office, police department). */
function suggestedTargets(team) {
	const suggestions = [];
	if (team.sheriff_office) suggestions.push({
		name: team.sheriff_office,
		kind: "sheriff"
	});
	if (team.police_department) suggestions.push({
		name: team.police_department,
		kind: "police"
	});
	if (team.council_name) suggestions.push({
		name: team.council_name,
		kind: "council"
	});
	return suggestions;
}
/** Adds the suggested targets to a team that has none yet; a team with targets is left alone. */
async function addSuggestedTargets(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	return db.transaction().execute(async (trx) => {
		if ((await trx.selectFrom("target").select("id").where("team_id", "=", team.id).limit(1).execute()).length) throw new Refusal("targets_exist", 409);
		const now = Date.now();
		const rows = suggestedTargets(team).map((s, i) => ({
			id: newId(),
			team_id: team.id,
			name: s.name,
			kind: s.kind,
			created_at: now + i
		}));
		if (!rows.length) return [];
		return trx.insertInto("target").values(rows).returningAll().execute();
	});
}
/** Records where a target stands on a rule; the previous stance stays in the history. */
async function setEntry(db, slug, userId, targetId, ruleKey, input) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const entry = validated(EntryInput, input);
	await targetIn(db, team, targetId);
	if (!(await teamRules(db, team)).some((rule) => rule.key === ruleKey)) throw new Refusal("rule_not_found", 404);
	const now = Date.now();
	const row = {
		status: entry.status,
		note: entry.note,
		source_url: entry.sourceUrl,
		as_of: entry.asOf
	};
	return db.transaction().execute(async (trx) => {
		await trx.insertInto("scorecard_change").values({
			target_id: targetId,
			rule_key: ruleKey,
			...row,
			changed_by: userId,
			changed_at: now
		}).execute();
		return trx.insertInto("scorecard_entry").values({
			target_id: targetId,
			rule_key: ruleKey,
			...row,
			updated_by: userId,
			updated_at: now
		}).onConflict((oc) => oc.columns(["target_id", "rule_key"]).doUpdateSet({
			...row,
			updated_by: userId,
			updated_at: now
		})).returningAll().executeTakeFirstOrThrow();
	});
}
/** One cell of the scorecard: the current entry, if any, every change, newest first, and the rules beside it. */
async function entryHistory(db, slug, userId, targetId, ruleKey) {
	const { team } = await authorize(db, slug, userId, "team.view");
	const target = await targetIn(db, team, targetId);
	const rules = await teamRules(db, team);
	const at = rules.findIndex((r) => r.key === ruleKey);
	if (at < 0) throw new Refusal("rule_not_found", 404);
	const rule = rules[at];
	const [entry, changes] = await Promise.all([db.selectFrom("scorecard_entry").leftJoin("user", "user.id", "scorecard_entry.updated_by").selectAll("scorecard_entry").select("user.display_name as updated_by_name").where("target_id", "=", targetId).where("rule_key", "=", ruleKey).executeTakeFirst(), db.selectFrom("scorecard_change").leftJoin("user", "user.id", "scorecard_change.changed_by").select([
		"scorecard_change.id",
		"scorecard_change.status",
		"scorecard_change.note",
		"scorecard_change.source_url",
		"scorecard_change.as_of",
		"scorecard_change.changed_at",
		"user.display_name as changed_by"
	]).where("target_id", "=", targetId).where("rule_key", "=", ruleKey).orderBy("scorecard_change.id", "desc").execute()]);
	return {
		target,
		rule,
		entry: entry ?? null,
		changes,
		previous: rules[at - 1] ?? null,
		next: rules[at + 1] ?? null
	};
}
async function progressOf(db, team, rules) {
	const targets = await targetsOf(db, team.id);
	const keys = rules.map((r) => r.key);
	const counts = targets.length && keys.length ? await db.selectFrom("scorecard_entry").select(["target_id", (eb) => eb.fn.countAll().as("n")]).where("target_id", "in", targets.map((t) => t.id)).where("status", "=", "yes").where("rule_key", "in", keys).groupBy("target_id").execute() : [];
	const yes = new Map(counts.map((c) => [c.target_id, Number(c.n)]));
	return targets.map((t) => ({
		id: t.id,
		name: t.name,
		kind: t.kind,
		yes: yes.get(t.id) ?? 0,
		total: keys.length
	}));
}
/** Per target, how many of the team's rules it has adopted. */
async function scorecardProgress(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	return progressOf(db, team, await teamRules(db, team));
}
/** Everything the scorecard page shows: targets, rules, every current entry, progress and suggestions. */
async function scorecard(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	const rules = await teamRules(db, team);
	const [targets, progress] = await Promise.all([targetsOf(db, team.id), progressOf(db, team, rules)]);
	return {
		targets,
		rules,
		entries: targets.length ? await db.selectFrom("scorecard_entry").select([
			"target_id",
			"rule_key",
			"status",
			"note",
			"source_url",
			"as_of"
		]).where("target_id", "in", targets.map((t) => t.id)).execute() : [],
		progress,
		suggestions: targets.length ? [] : suggestedTargets(team)
	};
}
/** Every team against every rule of the current model. Campaign admins only. */
async function rollup(db, actor, filter = {}) {
	if (!actor.is_admin) throw new Refusal("forbidden", 403);
	const rules = await currentModelRules(db);
	let teamQuery = db.selectFrom("team").selectAll().orderBy("state").orderBy("name");
	if (filter.state) teamQuery = teamQuery.where("state", "=", filter.state);
	const teams = await teamQuery.execute();
	const ids = teams.map((t) => t.id);
	const targets = ids.length ? await db.selectFrom("target").select([
		"id",
		"team_id",
		"name",
		"kind"
	]).where("team_id", "in", ids).orderBy("created_at").orderBy(insertionOrder(db)).execute() : [];
	const entries = targets.length ? await db.selectFrom("scorecard_entry").select([
		"target_id",
		"rule_key",
		"status",
		"as_of",
		"note",
		"source_url"
	]).where("target_id", "in", targets.map((t) => t.id)).execute() : [];
	const byTarget = /* @__PURE__ */ new Map();
	for (const e of entries) {
		const statuses = byTarget.get(e.target_id) ?? {};
		statuses[e.rule_key] = {
			status: e.status,
			asOf: e.as_of,
			note: e.note,
			sourceUrl: e.source_url
		};
		byTarget.set(e.target_id, statuses);
	}
	const result = [];
	for (const team of teams) {
		const counted = await teamRules(db, team);
		const own = targets.filter((t) => t.team_id === team.id).map((t) => ({
			id: t.id,
			name: t.name,
			kind: t.kind,
			statuses: byTarget.get(t.id) ?? {}
		}));
		const best = Object.fromEntries(counted.map((rule) => [rule.key, bestStatus(own.map((t) => t.statuses[rule.key]?.status ?? "unknown"))]));
		result.push({
			id: team.id,
			slug: team.slug,
			name: team.name,
			jurisdictionName: team.jurisdiction_name,
			state: team.state,
			targets: own,
			best,
			rules: counted,
			adopted: counted.filter((rule) => best[rule.key] === "yes").length,
			total: counted.length
		});
	}
	return {
		rules,
		teams: result
	};
}
/** The roll-up's state filter from a query parameter; anything but a state code means all states. */
function stateFilter(value) {
	const state = value?.trim().toUpperCase() ?? "";
	return STATE_CODES.includes(state) ? state : null;
}
/** The states that have at least one team, for the roll-up's filter. */
async function rollupStates(db, actor) {
	if (!actor.is_admin) throw new Refusal("forbidden", 403);
	return (await db.selectFrom("team").select("state").distinct().orderBy("state").execute()).map((r) => r.state);
}
/**
* One CSV cell: a cell a spreadsheet would run as a formula (= + - @, tab, carriage return) is
* prefixed with a quote; a cell with a quote, comma or line break is quoted.
*/
function csvCell(value) {
	let s = value == null ? "" : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replaceAll("\"", "\"\"")}"` : s;
}
/** Rows to CSV text, lines ended with CRLF as RFC 4180 has it. */
function toCsv(rows) {
	return rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}
/**
* The roll-up as CSV: a row per team, rule it counts and target (a team without targets gets one
* row per rule), with the team's best status beside the target's own, in the team's numbers and
* titles; a model rule not in the team's policy (dropped, or new since it adapted) gets one row
* with team_status "not_in_policy".
*/
async function rollupCsv(db, actor, filter = {}) {
	const { rules: modelRules, teams } = await rollup(db, actor, filter);
	const rows = [[
		"team",
		"jurisdiction",
		"state",
		"rule_number",
		"rule_key",
		"rule",
		"team_status",
		"target",
		"target_kind",
		"target_status",
		"as_of",
		"source_url",
		"note"
	]];
	for (const team of teams) {
		for (const rule of modelRules.filter((m) => !team.rules.some((r) => r.key === m.key))) rows.push([
			team.name,
			team.jurisdictionName,
			team.state,
			null,
			rule.key,
			rule.title,
			"not_in_policy",
			null,
			null,
			null,
			null,
			null,
			null
		]);
		for (const rule of team.rules) {
			const base = [
				team.name,
				team.jurisdictionName,
				team.state,
				rule.number,
				rule.key,
				rule.title,
				team.best[rule.key]
			];
			if (!team.targets.length) rows.push([
				...base,
				null,
				null,
				"unknown",
				null,
				null,
				null
			]);
			for (const target of team.targets) {
				const entry = target.statuses[rule.key];
				rows.push([
					...base,
					target.name,
					target.kind,
					entry?.status ?? "unknown",
					entry?.asOf ?? null,
					entry?.sourceUrl ?? null,
					entry?.note ?? null
				]);
			}
		}
	}
	return toCsv(rows);
}
/** Ties of `created_at` (two targets added in one millisecond) keep SQLite's insertion order; PostgreSQL has no rowid, so its id decides there. */
function insertionOrder(db) {
	return isPostgres(db) ? sql`id` : sql`rowid`;
}

export { EntryInput as E, TargetInput as T, rollupStates as a, scorecardProgress as b, removeTarget as c, renameTarget as d, addSuggestedTargets as e, addTarget as f, scorecard as g, setEntry as h, entryHistory as i, requiredDate as j, rollupCsv as k, listTargets as l, nullableText as n, rollup as r, stateFilter as s, validated as v };
//# sourceMappingURL=scorecard2.js-D-c3nwHr.js.map
