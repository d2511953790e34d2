import { a as assignableRoles } from './roles.js-C7S8Lfoc.js';
import { g as generateToken, h as hashToken } from './session.js-DRTce--L.js';
import { a as authorize } from './teams.js-DRa-kSv4.js';
import { R as Refusal } from './refusal.js-CqIAUhOf.js';

// src/lib/server/invites.ts
var DAY = 864e5;
/** Creates an invite link's token; only its hash is kept. */
async function createInvite(db, slug, userId, input, now = Date.now()) {
	const { team, role } = await authorize(db, slug, userId, "invite.manage");
	if (!assignableRoles(role).includes(input.role)) throw new Refusal("forbidden", 403);
	const token = generateToken();
	await db.insertInto("invite").values({
		id: hashToken(token),
		team_id: team.id,
		role: input.role,
		expires_at: now + input.days * DAY,
		max_uses: input.maxUses,
		revoked_at: null,
		created_by: userId,
		created_at: now
	}).execute();
	return token;
}
async function listInvites(db, slug, userId, now = Date.now()) {
	const { team } = await authorize(db, slug, userId, "invite.manage");
	return db.selectFrom("invite").innerJoin("user", "user.id", "invite.created_by").select([
		"invite.id",
		"invite.role",
		"invite.expires_at",
		"invite.max_uses",
		"invite.uses",
		"invite.created_at",
		"user.display_name as created_by"
	]).where("invite.team_id", "=", team.id).where("invite.revoked_at", "is", null).where("invite.expires_at", ">", now).whereRef("invite.uses", "<", "invite.max_uses").orderBy("invite.created_at", "desc").execute();
}
async function revokeInvite(db, slug, userId, inviteId, now = Date.now()) {
	const { team } = await authorize(db, slug, userId, "invite.manage");
	const result = await db.updateTable("invite").set({ revoked_at: now }).where("id", "=", inviteId).where("team_id", "=", team.id).where("revoked_at", "is", null).executeTakeFirst();
	if (Number(result.numUpdatedRows) !== 1) throw new Refusal("invite_not_found", 404);
}
/** What an invite link leads to, when it can still be used. */
async function openInvite(db, token, now = Date.now()) {
	const row = await db.selectFrom("invite").innerJoin("team", "team.id", "invite.team_id").select([
		"invite.id",
		"invite.role",
		"invite.expires_at",
		"invite.max_uses",
		"invite.uses",
		"invite.revoked_at",
		"team.id as team_id",
		"team.slug",
		"team.name",
		"team.jurisdiction_name",
		"team.state"
	]).where("invite.id", "=", hashToken(token)).executeTakeFirst();
	if (!row) throw new Refusal("invite_invalid", 404);
	if (row.revoked_at !== null) throw new Refusal("invite_revoked", 410);
	if (now >= row.expires_at) throw new Refusal("invite_expired", 410);
	if (row.uses >= row.max_uses) throw new Refusal("invite_used_up", 410);
	return row;
}
/** Joins the team through an invite; a person already in the team keeps their role. */
async function acceptInvite(db, token, userId, now = Date.now()) {
	return db.transaction().execute(async (trx) => {
		const invite = await openInvite(trx, token, now);
		if (await trx.selectFrom("membership").select("role").where("team_id", "=", invite.team_id).where("user_id", "=", userId).executeTakeFirst()) return {
			slug: invite.slug,
			joined: false
		};
		const spent = await trx.updateTable("invite").set((eb) => ({ uses: eb("uses", "+", 1) })).where("id", "=", invite.id).whereRef("uses", "<", "max_uses").executeTakeFirst();
		if (Number(spent.numUpdatedRows) !== 1) throw new Refusal("invite_used_up", 410);
		await trx.insertInto("membership").values({
			team_id: invite.team_id,
			user_id: userId,
			role: invite.role,
			created_at: now
		}).execute();
		return {
			slug: invite.slug,
			joined: true
		};
	});
}
/**
* Where to send a person who just signed up or signed in on their way to `next`: straight into
* the team when `next` is an invite page (they saw its team and role there and chose to join),
* else `next` itself. An invite that went bad meanwhile sends them back to its page, which says why.
*/
async function joinThroughNext(db, next, userId) {
	const token = /^\/invite\/([^/?#]+)$/.exec(next)?.[1];
	if (!token) return next;
	try {
		return `/t/${(await acceptInvite(db, decodeURIComponent(token), userId)).slug}`;
	} catch (err) {
		if (err instanceof Refusal) return next;
		throw err;
	}
}

export { acceptInvite as a, createInvite as c, joinThroughNext as j, listInvites as l, openInvite as o, revokeInvite as r };
//# sourceMappingURL=invites.js-7Yb4Oz_K.js.map
