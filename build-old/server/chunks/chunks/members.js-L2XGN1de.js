import { a as assignableRoles } from './roles.js-C7S8Lfoc.js';
import { a as authorize, t as teamAccess } from './teams.js-DRa-kSv4.js';
import { R as Refusal } from './refusal.js-CqIAUhOf.js';
import './board-doc.js-70NGdl8z.js';

// src/lib/server/card-projection.ts
/** When someone leaves a team (or is removed), their cards there are no longer theirs in My tasks. */
async function dropAssignments(db, teamId, userId) {
	await db.deleteFrom("card_assignee").where("team_id", "=", teamId).where("user_id", "=", userId).execute();
}
// src/lib/server/members.ts
async function listMembers(db, slug, userId) {
	const { team } = await authorize(db, slug, userId, "team.view");
	return db.selectFrom("membership").innerJoin("user", "user.id", "membership.user_id").select([
		"user.id",
		"user.display_name",
		"user.email",
		"membership.role",
		"membership.created_at"
	]).where("membership.team_id", "=", team.id).orderBy("user.display_name").execute();
}
async function roleOf(trx, teamId, userId) {
	const row = await trx.selectFrom("membership").select("role").where("team_id", "=", teamId).where("user_id", "=", userId).executeTakeFirst();
	if (!row) throw new Refusal("member_not_found", 404);
	return row.role;
}
async function assertNotLastOwner(trx, teamId, role) {
	if (role !== "owner") return;
	const owners = await trx.selectFrom("membership").select((eb) => eb.fn.countAll().as("n")).where("team_id", "=", teamId).where("role", "=", "owner").executeTakeFirstOrThrow();
	if (Number(owners.n) <= 1) throw new Refusal("last_owner", 409);
}
/** Whether the actor may touch a member who holds `targetRole`. Organizers manage members and viewers. */
function mayManage(actorRole, targetRole) {
	return assignableRoles(actorRole).includes(targetRole);
}
async function changeRole(db, slug, actorId, targetId, role) {
	const { team, role: actorRole } = await authorize(db, slug, actorId, "member.manage");
	await db.transaction().execute(async (trx) => {
		const current = await roleOf(trx, team.id, targetId);
		if (!mayManage(actorRole, current) || !mayManage(actorRole, role)) throw new Refusal("forbidden", 403);
		if (current === role) return;
		await assertNotLastOwner(trx, team.id, current);
		await trx.updateTable("membership").set({ role }).where("team_id", "=", team.id).where("user_id", "=", targetId).execute();
	});
}
async function removeMember(db, slug, actorId, targetId) {
	if (actorId === targetId) return leaveTeam(db, slug, actorId);
	const { team, role: actorRole } = await authorize(db, slug, actorId, "member.manage");
	await db.transaction().execute(async (trx) => {
		const current = await roleOf(trx, team.id, targetId);
		if (!mayManage(actorRole, current)) throw new Refusal("forbidden", 403);
		await assertNotLastOwner(trx, team.id, current);
		await trx.deleteFrom("membership").where("team_id", "=", team.id).where("user_id", "=", targetId).execute();
		await dropAssignments(trx, team.id, targetId);
	});
}
async function leaveTeam(db, slug, userId) {
	const { team } = await teamAccess(db, slug, userId);
	await db.transaction().execute(async (trx) => {
		await assertNotLastOwner(trx, team.id, await roleOf(trx, team.id, userId));
		await trx.deleteFrom("membership").where("team_id", "=", team.id).where("user_id", "=", userId).execute();
		await dropAssignments(trx, team.id, userId);
	});
}
/** The team a reset link would be made from: any team for a campaign admin, one they own for an owner. */
async function resetTeam(db, slug, actor) {
	const team = actor.is_admin ? await db.selectFrom("team").select("id").where("slug", "=", slug).executeTakeFirst() : (await authorize(db, slug, actor.id, "member.reset_password")).team;
	if (!team) throw new Refusal("team_not_found", 404);
	return team;
}
/** This team's members, with what decides whether an owner may reset them. */
function resetCandidates(db, teamId) {
	return db.selectFrom("membership").innerJoin("user", "user.id", "membership.user_id").select([
		"user.id",
		"user.is_admin",
		"membership.role"
	]).select((eb) => eb.selectFrom("membership as other").select((e) => e.fn.countAll().as("n")).whereRef("other.user_id", "=", "membership.user_id").where("other.team_id", "!=", teamId).as("elsewhere")).where("membership.team_id", "=", teamId);
}
/**
* A reset link signs its holder into the whole account, so a team owner may make one only for an
* account that is this team's alone: not an owner here, in no other team, not a campaign admin.
* A campaign admin may make one for any member.
*/
function ownerMayReset(actor, member) {
	return actor.is_admin === 1 || !member.is_admin && member.role !== "owner" && Number(member.elsewhere ?? 0) === 0;
}
/** Whether the actor (a team owner, or a campaign admin) may issue a reset link for this member. */
async function assertMayResetPassword(db, slug, actor, targetId) {
	const member = await resetCandidates(db, (await resetTeam(db, slug, actor)).id).where("membership.user_id", "=", targetId).executeTakeFirst();
	if (!member) throw new Refusal("member_not_found", 404);
	if (!ownerMayReset(actor, member)) throw new Refusal("reset_admin_only", 403);
}
/** The members the actor may issue a reset link for (none when they may issue none). */
async function resettableMembers(db, slug, actor) {
	let team;
	try {
		team = await resetTeam(db, slug, actor);
	} catch (err) {
		if (err instanceof Refusal) return [];
		throw err;
	}
	return (await resetCandidates(db, team.id).execute()).filter((member) => member.id !== actor.id && ownerMayReset(actor, member)).map((member) => member.id);
}

export { assertMayResetPassword as a, leaveTeam as b, changeRole as c, resettableMembers as d, listMembers as l, removeMember as r };
//# sourceMappingURL=members.js-L2XGN1de.js.map
