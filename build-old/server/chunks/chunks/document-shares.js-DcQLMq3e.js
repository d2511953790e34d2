import { c as can } from './roles.js-C7S8Lfoc.js';
import { n as normalizeEmail } from './accounts.js-BLX3_-TW.js';
import { g as getDocument, R as RICH_TEXT_KINDS } from './documents.js-CaNv629-.js';
import { R as Refusal } from './refusal.js-CqIAUhOf.js';
import { a as authorize } from './teams.js-DRa-kSv4.js';

// src/lib/server/document-shares.ts
/** The team's document, for an organizer or owner: they decide who reviews it. */
async function managed(db, slug, userId, documentId) {
	const { team } = await authorize(db, slug, userId, "invite.manage");
	const document = await db.selectFrom("document").selectAll().where("id", "=", documentId).where("team_id", "=", team.id).where("kind", "in", RICH_TEXT_KINDS).executeTakeFirst();
	if (!document) throw new Refusal("document_not_found", 404);
	return {
		team,
		document
	};
}
/**
* Shares a document for review with the person who has this email address's account. Someone
* without an account is asked to sign up first; a member who edits the team's documents needs
* no review access. Sharing twice changes nothing.
*/
async function shareForReview(db, slug, userId, documentId, email) {
	const { team, document } = await managed(db, slug, userId, documentId);
	const person = await db.selectFrom("user").select([
		"id",
		"display_name",
		"email"
	]).where("email", "=", normalizeEmail(email)).executeTakeFirst();
	if (!person) throw new Refusal("review_no_account", 400);
	const membership = await db.selectFrom("membership").select("role").where("team_id", "=", team.id).where("user_id", "=", person.id).executeTakeFirst();
	if (can(membership?.role, "playbook.edit")) throw new Refusal("review_already_editor", 400);
	const now = Date.now();
	await db.insertInto("document_share").values({
		document_id: document.id,
		user_id: person.id,
		shared_by: userId,
		created_at: now
	}).onConflict((oc) => oc.columns(["document_id", "user_id"]).doNothing()).execute();
	return {
		userId: person.id,
		name: person.display_name,
		email: person.email,
		sharedAt: now,
		sharedBy: userId
	};
}
/** Ends someone's review: their open pages lose access within seconds (the engine checks again). */
async function endReview(db, slug, userId, documentId, reviewerId) {
	const { document } = await managed(db, slug, userId, documentId);
	await db.deleteFrom("document_share").where("document_id", "=", document.id).where("user_id", "=", reviewerId).execute();
}
/** Who reviews a document; members see who, organizers and owners also see their email addresses. */
async function listReviewers(db, slug, userId, documentId) {
	const { document, role } = await getDocument(db, slug, userId, documentId);
	const rows = await db.selectFrom("document_share").innerJoin("user", "user.id", "document_share.user_id").select([
		"user.id as userId",
		"user.display_name as name",
		"user.email",
		"document_share.created_at as sharedAt",
		"document_share.shared_by as sharedBy"
	]).where("document_share.document_id", "=", document.id).orderBy("document_share.created_at").execute();
	const seesEmail = can(role, "invite.manage");
	return rows.map((row) => ({
		...row,
		email: seesEmail ? row.email : ""
	}));
}
/** The documents shared with me for review, newest share first, across teams. */
async function sharedWithMe(db, userId) {
	return db.selectFrom("document_share").innerJoin("document", "document.id", "document_share.document_id").innerJoin("team", "team.id", "document.team_id").select([
		"document.id",
		"document.title",
		"document.kind",
		"team.slug as teamSlug",
		"team.name as teamName",
		"document_share.created_at as sharedAt"
	]).where("document_share.user_id", "=", userId).where("document.archived_at", "is", null).orderBy("document_share.created_at", "desc").execute();
}
/**
* The names of everyone who may author a suggestion on a document (the team's members and its
* reviewers), by user id: suggestions carry their author's id only. For a page that has let the
* asker read the document already.
*/
async function authorNames(db, documentId) {
	const document = await db.selectFrom("document").select("team_id").where("id", "=", documentId).executeTakeFirst();
	if (!document?.team_id) return {};
	const members = await db.selectFrom("membership").innerJoin("user", "user.id", "membership.user_id").select(["user.id", "user.display_name"]).where("membership.team_id", "=", document.team_id).execute();
	const reviewers = await db.selectFrom("document_share").innerJoin("user", "user.id", "document_share.user_id").select(["user.id", "user.display_name"]).where("document_share.document_id", "=", documentId).execute();
	return Object.fromEntries([...members, ...reviewers].map((p) => [p.id, p.display_name]));
}

export { authorNames as a, shareForReview as b, endReview as e, listReviewers as l, sharedWithMe as s };
//# sourceMappingURL=document-shares.js-DcQLMq3e.js.map
