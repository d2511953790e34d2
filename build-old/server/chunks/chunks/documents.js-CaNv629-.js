import { c as cleanText } from './text.js-De780Z__.js';
import { c as can } from './roles.js-C7S8Lfoc.js';
import { t as teamAccess, a as authorize } from './teams.js-DRa-kSv4.js';
import { R as Refusal, n as newId } from './refusal.js-CqIAUhOf.js';
import { l as liveDocuments } from './live-documents.js-D-DuJ62i.js';

/** Kinds shown and edited as rich-text documents; the others have pages of their own. */
var RICH_TEXT_KINDS = [
	"doc",
	"talking_points",
	"testimony"
];
function cleanTitle(title) {
	const clean = cleanText(title);
	if (!clean || clean.length > 200) throw new Refusal("document_title_invalid", 400, { max: 200 });
	return clean;
}
/**
* What a person may do with a document from their role in its team (none: not a member) and
* whether it is shared with them for review; null when neither lets them in.
*/
function accessOf(document, role, shared = false) {
	const open = document.archived_at === null;
	const member = role !== null;
	if (can(role, "playbook.edit")) return {
		document,
		role,
		member,
		canEdit: open,
		reviewer: false,
		canSuggest: false
	};
	if (shared && RICH_TEXT_KINDS.includes(document.kind)) return {
		document,
		role: role ?? "viewer",
		member,
		canEdit: false,
		reviewer: true,
		canSuggest: open
	};
	return role ? {
		document,
		role,
		member,
		canEdit: false,
		reviewer: false,
		canSuggest: false
	} : null;
}
/** Creates a document in a team; members and above may. */
async function createDocument(db, slug, userId, input) {
	const title = cleanTitle(input.title);
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const now = Date.now();
	return db.insertInto("document").values({
		id: newId(),
		team_id: team.id,
		kind: input.kind ?? "doc",
		title,
		created_by: userId,
		created_at: now,
		updated_at: now,
		archived_at: null
	}).returningAll().executeTakeFirstOrThrow();
}
/** The team's documents, newest change first; archived ones only when asked for. */
async function listDocuments(db, slug, userId, options = {}) {
	const { team } = await authorize(db, slug, userId, "team.view");
	return db.selectFrom("document").selectAll().where("team_id", "=", team.id).where("kind", "in", RICH_TEXT_KINDS).where("archived_at", options.archived ? "is not" : "is", null).orderBy("updated_at", "desc").execute();
}
/** Whether the team has made its document of this kind yet (archived or not). */
async function hasDocumentOfKind(db, teamId, kind) {
	return !!await db.selectFrom("document").select("id").where("team_id", "=", teamId).where("kind", "=", kind).executeTakeFirst();
}
/**
* One document of a team, for its members and for whoever it is shared with for review; a
* non-member or a document of another team is a 404.
*/
async function getDocument(db, slug, userId, documentId) {
	const row = await db.selectFrom("document").innerJoin("team", "team.id", "document.team_id").leftJoin("membership", (join) => join.onRef("membership.team_id", "=", "document.team_id").on("membership.user_id", "=", userId)).leftJoin("document_share", (join) => join.onRef("document_share.document_id", "=", "document.id").on("document_share.user_id", "=", userId)).selectAll("document").select(["membership.role", "document_share.user_id as shared"]).where("team.slug", "=", slug).where("document.id", "=", documentId).executeTakeFirst();
	if (row) {
		const { role, shared, ...document } = row;
		const access = accessOf(document, role, shared !== null);
		if (access) return access;
	}
	await teamAccess(db, slug, userId);
	throw new Refusal("document_not_found", 404);
}
async function editable(db, slug, userId, documentId) {
	const { team } = await authorize(db, slug, userId, "playbook.edit");
	const document = await db.selectFrom("document").selectAll().where("id", "=", documentId).where("team_id", "=", team.id).where("kind", "in", RICH_TEXT_KINDS).executeTakeFirst();
	if (!document) throw new Refusal("document_not_found", 404);
	return document;
}
async function renameDocument(db, slug, userId, documentId, title) {
	const clean = cleanTitle(title);
	const document = await editable(db, slug, userId, documentId);
	return db.updateTable("document").set({
		title: clean,
		updated_at: Date.now()
	}).where("id", "=", document.id).returningAll().executeTakeFirstOrThrow();
}
/** Archives (or restores) a document; an archived document stays readable and takes no edits. */
async function archiveDocument(db, slug, userId, documentId, archived = true) {
	const document = await editable(db, slug, userId, documentId);
	const now = Date.now();
	return db.updateTable("document").set({
		archived_at: archived ? document.archived_at ?? now : null,
		updated_at: now
	}).where("id", "=", document.id).returningAll().executeTakeFirstOrThrow();
}
/**
* The one document of a kind that a team (or, with no team, the campaign) keeps: found, or made
* once even when two requests race (the unique index decides), and then seeded with the edit
* `seed` resolves to; `seed` runs only for the request that made it.
*/
async function singleDocument(db, owner, kind, title, seed) {
	const find = () => db.selectFrom("document").select("id").where("team_id", owner.teamId === null ? "is" : "=", owner.teamId).where("kind", "=", kind).executeTakeFirst();
	const existing = await find();
	if (existing) return existing.id;
	const now = Date.now();
	const id = newId();
	const inserted = await db.insertInto("document").values({
		id,
		team_id: owner.teamId,
		kind,
		title,
		created_by: owner.userId,
		created_at: now,
		updated_at: now,
		archived_at: null
	}).onConflict((oc) => oc.doNothing()).executeTakeFirst();
	if (Number(inserted.numInsertedOrUpdatedRows) !== 1) return (await find()).id;
	await liveDocuments(db).change(id, await seed());
	return id;
}

export { RICH_TEXT_KINDS as R, archiveDocument as a, createDocument as c, getDocument as g, hasDocumentOfKind as h, listDocuments as l, renameDocument as r, singleDocument as s };
//# sourceMappingURL=documents.js-CaNv629-.js.map
