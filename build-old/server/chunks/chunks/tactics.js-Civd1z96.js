import { c as isWebUrl, d as TACTIC_KINDS } from './scorecard.js-C021Dk_-.js';
import { t as text$1, b as picklist } from './forms.js-J73ZrRYJ.js';
import { j as requiredDate, n as nullableText, v as validated } from './scorecard2.js-D-c3nwHr.js';
import { a as authorize } from './teams.js-DRa-kSv4.js';
import { n as newId, R as Refusal } from './refusal.js-CqIAUhOf.js';
import * as v from 'valibot';

/** A list from a form (one a line, or repeated fields) or from code (an array). */
var list = v.pipe(v.optional(v.union([v.string(), v.array(v.string())]), []), v.transform((x) => (typeof x === "string" ? x.split(/\r?\n/) : x).map((s) => s.trim()).filter(Boolean)), v.maxLength(10, "too_many_links"));
var TacticInput = v.object({
	date: requiredDate,
	kind: picklist(TACTIC_KINDS),
	targetId: v.pipe(v.optional(v.nullable(v.string()), ""), v.transform((s) => s?.trim() || null)),
	summary: text$1(4e3, { multiline: true }),
	outcome: nullableText(4e3),
	links: v.pipe(list, v.check((urls) => urls.every((u) => u.length <= 2e3 && isWebUrl(u)), "urls_invalid")),
	documents: list
});
/** The team's documents a tactic may link to. */
async function linkableDocuments(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	return db.selectFrom("document").select([
		"id",
		"kind",
		"title"
	]).where("team_id", "=", team.id).where("archived_at", "is", null).orderBy("title").execute();
}
async function columns(db, team, input) {
	const data = validated(TacticInput, input);
	if (data.targetId) {
		if (!await db.selectFrom("target").select("id").where("id", "=", data.targetId).where("team_id", "=", team.id).executeTakeFirst()) throw new Refusal("target_not_found", 404);
	}
	const documents = [...new Set(data.documents)];
	if (documents.length) {
		if ((await db.selectFrom("document").select("id").where("team_id", "=", team.id).where("id", "in", documents).execute()).length !== documents.length) throw new Refusal("document_not_found", 404);
	}
	const links = [...documents.map((id) => ({
		type: "doc",
		id
	})), ...data.links.map((url) => ({
		type: "url",
		url
	}))];
	if (links.length > 10) throw new Refusal("too_many_links", 400, { field: "links" });
	return {
		date: data.date,
		kind: data.kind,
		target_id: data.targetId,
		summary: data.summary,
		outcome: data.outcome,
		links: JSON.stringify(links)
	};
}
async function addTactic(db, slug, userId, input) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const values = await columns(db, team, input);
	return db.insertInto("tactic").values({
		id: newId(),
		team_id: team.id,
		...values,
		created_by: userId,
		created_at: Date.now()
	}).returningAll().executeTakeFirstOrThrow();
}
async function updateTactic(db, slug, userId, tacticId, input) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	await tacticIn(db, team, tacticId);
	const values = await columns(db, team, input);
	return db.updateTable("tactic").set(values).where("id", "=", tacticId).returningAll().executeTakeFirstOrThrow();
}
async function deleteTactic(db, slug, userId, tacticId) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	await tacticIn(db, team, tacticId);
	await db.deleteFrom("tactic").where("id", "=", tacticId).execute();
}
async function tacticIn(db, team, tacticId) {
	const tactic = await db.selectFrom("tactic").selectAll().where("id", "=", tacticId).where("team_id", "=", team.id).executeTakeFirst();
	if (!tactic) throw new Refusal("tactic_not_found", 404);
	return tactic;
}
async function logged(db, team, tacticId) {
	let query = db.selectFrom("tactic").leftJoin("target", "target.id", "tactic.target_id").leftJoin("user", "user.id", "tactic.created_by").selectAll("tactic").select(["target.name as target_name", "user.display_name as created_by_name"]).where("tactic.team_id", "=", team.id).orderBy("tactic.date", "desc").orderBy("tactic.created_at", "desc");
	if (tacticId) query = query.where("tactic.id", "=", tacticId);
	const rows = await query.execute();
	const documents = new Map((await db.selectFrom("document").select([
		"id",
		"kind",
		"title"
	]).where("team_id", "=", team.id).execute()).map((d) => [d.id, d]));
	return rows.map((row) => ({
		id: row.id,
		date: row.date,
		kind: row.kind,
		targetId: row.target_id,
		targetName: row.target_name,
		summary: row.summary,
		outcome: row.outcome,
		links: JSON.parse(row.links).flatMap((link) => link.type === "url" ? [link] : documents.has(link.id) ? [{
			type: "doc",
			...documents.get(link.id)
		}] : []),
		createdBy: row.created_by_name,
		createdAt: row.created_at
	}));
}
/** The team's log, newest first. */
async function listTactics(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	return logged(db, team);
}
async function getTactic(db, slug, userId, tacticId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	const [tactic] = await logged(db, team, tacticId);
	if (!tactic) throw new Refusal("tactic_not_found", 404);
	return tactic;
}

export { TacticInput as T, addTactic as a, linkableDocuments as b, deleteTactic as d, getTactic as g, listTactics as l, updateTactic as u };
//# sourceMappingURL=tactics.js-Civd1z96.js.map
