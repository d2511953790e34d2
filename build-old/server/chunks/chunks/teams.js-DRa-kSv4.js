import { c as cleanText } from './text.js-De780Z__.js';
import { c as can } from './roles.js-C7S8Lfoc.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import { s as seedBoard } from './board-doc.js-70NGdl8z.js';
import { t as translate, i as isLocale } from './i18n.js-DfYLM2F_.js';
import { l as liveDocuments } from './live-documents.js-D-DuJ62i.js';

function cleanName(name) {
	const clean = cleanText(name);
	if (!clean || clean.length > 120) throw new Refusal("board_name_invalid", 400, { max: 120 });
	return clean;
}
/** The first columns of a new board, in the locale of the person making it. */
function firstColumns(locale) {
	return [
		"board.column_todo",
		"board.column_doing",
		"board.column_done"
	].map((key) => translate(locale, key));
}
async function localeOf(db, userId) {
	const row = await db.selectFrom("user").select("locale").where("id", "=", userId).executeTakeFirst();
	return isLocale(row?.locale) ? row.locale : "en";
}
/** Makes a board in a team, seeded with To do / Doing / Done; members and above may. */
async function createBoard(db, slug, userId, input, locale) {
	const title = cleanName(input.name);
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const columns = firstColumns(locale ?? await localeOf(db, userId));
	const now = Date.now();
	const board = await db.insertInto("document").values({
		id: newId(),
		team_id: team.id,
		kind: "board",
		title,
		created_by: userId,
		created_at: now,
		updated_at: now,
		archived_at: null
	}).returningAll().executeTakeFirstOrThrow();
	await liveDocuments(db).change(board.id, (doc) => seedBoard(doc, columns), { by: userId });
	return board;
}
/** The team's boards, the campaign board made first if the team predates boards. */
async function listBoards(db, slug, userId, options = {}) {
	const { team } = await authorize(db, slug, userId, "team.view");
	await ensureCampaignBoard(db, team.id, options.locale ?? await localeOf(db, userId));
	return db.selectFrom("document").selectAll().where("team_id", "=", team.id).where("kind", "=", "board").where("archived_at", options.archived ? "is not" : "is", null).orderBy("created_at").execute();
}
/** One board of a team; a non-member, a board of another team or a document that is no board is a 404. */
async function getBoard(db, slug, userId, boardId) {
	const { team, role } = await authorize(db, slug, userId, "team.view");
	const board = await db.selectFrom("document").selectAll().where("id", "=", boardId).where("team_id", "=", team.id).where("kind", "=", "board").executeTakeFirst();
	if (!board) throw new Refusal("board_not_found", 404);
	return {
		board,
		role,
		canEdit: can(role, "playbook.edit") && board.archived_at === null,
		canModerate: can(role, "member.manage")
	};
}
async function renameBoard(db, slug, userId, boardId, name) {
	const title = cleanName(name);
	const { board, canEdit } = await getBoard(db, slug, userId, boardId);
	if (!canEdit) throw new Refusal(board.archived_at ? "board_archived" : "forbidden", 403);
	return db.updateTable("document").set({
		title,
		updated_at: Date.now()
	}).where("id", "=", board.id).returningAll().executeTakeFirstOrThrow();
}
/** Archives (or restores) a board; organizers and above may. An archived board is read only. */
async function archiveBoard(db, slug, userId, boardId, archived = true) {
	const { board, canModerate } = await getBoard(db, slug, userId, boardId);
	if (!canModerate) throw new Refusal("forbidden", 403);
	const now = Date.now();
	return db.updateTable("document").set({
		archived_at: archived ? board.archived_at ?? now : null,
		updated_at: now
	}).where("id", "=", board.id).returningAll().executeTakeFirstOrThrow();
}
/**
* A team's "Campaign" board with To do / Doing / Done: made once, even when two requests race
* (the campaign_board row is claimed first, in one transaction with the document). Returns its id.
*/
async function ensureCampaignBoard(db, teamId, locale) {
	const existing = await db.selectFrom("campaign_board").select("document_id").where("team_id", "=", teamId).executeTakeFirst();
	if (existing) return existing.document_id;
	const id = newId();
	if (!await db.transaction().execute(async (trx) => {
		const claimed = await trx.insertInto("campaign_board").values({
			team_id: teamId,
			document_id: id
		}).onConflict((oc) => oc.doNothing()).executeTakeFirst();
		if (Number(claimed.numInsertedOrUpdatedRows) !== 1) return false;
		const team = await trx.selectFrom("team").select("created_by").where("id", "=", teamId).executeTakeFirstOrThrow();
		const now = Date.now();
		await trx.insertInto("document").values({
			id,
			team_id: teamId,
			kind: "board",
			title: translate(locale, "boards.campaign_name"),
			created_by: team.created_by,
			created_at: now,
			updated_at: now,
			archived_at: null
		}).execute();
		return true;
	})) return (await db.selectFrom("campaign_board").select("document_id").where("team_id", "=", teamId).executeTakeFirstOrThrow()).document_id;
	await liveDocuments(db).change(id, (doc) => seedBoard(doc, firstColumns(locale)));
	return id;
}
// src/lib/server/teams.ts
function slugify(name) {
	return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48).replace(/-+$/, "") || "team";
}
async function freeSlug(trx, name) {
	const base = slugify(name);
	const taken = new Set((await trx.selectFrom("team").select("slug").where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)])).execute()).map((r) => r.slug));
	if (!taken.has(base)) return base;
	for (let n = 2;; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
function columns(input) {
	return {
		name: cleanText(input.name),
		jurisdiction_kind: input.jurisdictionKind,
		jurisdiction_name: cleanText(input.jurisdictionName),
		state: input.state,
		council_name: cleanText(input.councilName ?? "") || null,
		sheriff_office: cleanText(input.sheriffOffice ?? "") || null,
		police_department: cleanText(input.policeDepartment ?? "") || null,
		jail: cleanText(input.jail ?? "") || null
	};
}
/** Creates a team; its creator is its first owner. */
async function createTeam(db, userId, input) {
	const team = await db.transaction().execute(async (trx) => {
		const now = Date.now();
		const team = await trx.insertInto("team").values({
			id: newId(),
			slug: await freeSlug(trx, input.name),
			...columns(input),
			created_by: userId,
			created_at: now
		}).returningAll().executeTakeFirstOrThrow();
		await trx.insertInto("membership").values({
			team_id: team.id,
			user_id: userId,
			role: "owner",
			created_at: now
		}).execute();
		return team;
	});
	const creator = await db.selectFrom("user").select("locale").where("id", "=", userId).executeTakeFirst();
	await ensureCampaignBoard(db, team.id, isLocale(creator?.locale) ? creator.locale : "en");
	return team;
}
/** The team and the person's role in it; a non-member learns nothing about the team. */
async function teamAccess(db, slug, userId) {
	const row = await db.selectFrom("team").innerJoin("membership", (join) => join.onRef("membership.team_id", "=", "team.id").on("membership.user_id", "=", userId)).selectAll("team").select("membership.role").where("team.slug", "=", slug).executeTakeFirst();
	if (!row) throw new Refusal("team_not_found", 404);
	const { role, ...team } = row;
	return {
		team,
		role
	};
}
/** Like `teamAccess`, and refuses with 403 when the role does not allow `action`. */
async function authorize(db, slug, userId, action) {
	const access = await teamAccess(db, slug, userId);
	if (!can(access.role, action)) throw new Refusal("forbidden", 403);
	return access;
}
async function teamsOf(db, userId) {
	return db.selectFrom("team").innerJoin("membership", "membership.team_id", "team.id").select([
		"team.id",
		"team.slug",
		"team.name",
		"team.jurisdiction_kind",
		"team.jurisdiction_name",
		"team.state",
		"membership.role"
	]).select((eb) => eb.selectFrom("membership as m").select((e) => e.fn.countAll().as("n")).whereRef("m.team_id", "=", "team.id").as("members")).where("membership.user_id", "=", userId).orderBy("team.name").execute();
}
async function updateTeam(db, slug, userId, input) {
	const { team } = await authorize(db, slug, userId, "team.edit");
	return db.updateTable("team").set(columns(input)).where("id", "=", team.id).returningAll().executeTakeFirstOrThrow();
}
async function deleteTeam(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.delete");
	await db.deleteFrom("team").where("id", "=", team.id).execute();
}

export { authorize as a, teamsOf as b, createBoard as c, archiveBoard as d, ensureCampaignBoard as e, deleteTeam as f, getBoard as g, createTeam as h, listBoards as l, renameBoard as r, teamAccess as t, updateTeam as u };
//# sourceMappingURL=teams.js-DRa-kSv4.js.map
