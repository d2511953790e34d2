import type { Transaction } from 'kysely';
import type { DB } from './db/index';
import type { Database } from './db/schema';
import { assignableRoles, type Role } from '$lib/roles';
import { authorize, teamAccess } from './teams';
import { Refusal } from './refusal';
import { dropAssignments } from './card-projection';

export async function listMembers(db: DB, slug: string, userId: string) {
	const { team } = await authorize(db, slug, userId, 'team.view');
	return db
		.selectFrom('membership')
		.innerJoin('user', 'user.id', 'membership.user_id')
		.select(['user.id', 'user.display_name', 'user.email', 'membership.role', 'membership.created_at'])
		.where('membership.team_id', '=', team.id)
		.orderBy('user.display_name')
		.execute();
}

/** Display names of a team's members by user id (suggestions name their author by id only). */
export async function memberNames(db: DB, slug: string, userId: string): Promise<Record<string, string>> {
	const members = await listMembers(db, slug, userId);
	return Object.fromEntries(members.map((m) => [m.id, m.display_name]));
}

async function roleOf(trx: Transaction<Database>, teamId: string, userId: string): Promise<Role> {
	const row = await trx.selectFrom('membership').select('role').where('team_id', '=', teamId).where('user_id', '=', userId).executeTakeFirst();
	if (!row) throw new Refusal('member_not_found', 404);
	return row.role;
}

async function assertNotLastOwner(trx: Transaction<Database>, teamId: string, role: Role): Promise<void> {
	if (role !== 'owner') return;
	const owners = await trx
		.selectFrom('membership')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('team_id', '=', teamId)
		.where('role', '=', 'owner')
		.executeTakeFirstOrThrow();
	if (Number(owners.n) <= 1) throw new Refusal('last_owner', 409);
}

/** Whether the actor may touch a member who holds `targetRole`. Organizers manage members and viewers. */
function mayManage(actorRole: Role, targetRole: Role): boolean {
	return assignableRoles(actorRole).includes(targetRole);
}

export async function changeRole(db: DB, slug: string, actorId: string, targetId: string, role: Role): Promise<void> {
	const { team, role: actorRole } = await authorize(db, slug, actorId, 'member.manage');
	await db.transaction().execute(async (trx) => {
		const current = await roleOf(trx, team.id, targetId);
		if (!mayManage(actorRole, current) || !mayManage(actorRole, role)) throw new Refusal('forbidden', 403);
		if (current === role) return;
		await assertNotLastOwner(trx, team.id, current);
		await trx.updateTable('membership').set({ role }).where('team_id', '=', team.id).where('user_id', '=', targetId).execute();
	});
}

export async function removeMember(db: DB, slug: string, actorId: string, targetId: string): Promise<void> {
	if (actorId === targetId) return leaveTeam(db, slug, actorId);
	const { team, role: actorRole } = await authorize(db, slug, actorId, 'member.manage');
	await db.transaction().execute(async (trx) => {
		const current = await roleOf(trx, team.id, targetId);
		if (!mayManage(actorRole, current)) throw new Refusal('forbidden', 403);
		await assertNotLastOwner(trx, team.id, current);
		await trx.deleteFrom('membership').where('team_id', '=', team.id).where('user_id', '=', targetId).execute();
		await dropAssignments(trx, team.id, targetId);
	});
}

export async function leaveTeam(db: DB, slug: string, userId: string): Promise<void> {
	const { team } = await teamAccess(db, slug, userId);
	await db.transaction().execute(async (trx) => {
		await assertNotLastOwner(trx, team.id, await roleOf(trx, team.id, userId));
		await trx.deleteFrom('membership').where('team_id', '=', team.id).where('user_id', '=', userId).execute();
		await dropAssignments(trx, team.id, userId);
	});
}

type ResetActor = { id: string; is_admin: number };

/** The team a reset link would be made from: any team for a campaign admin, one they own for an owner. */
async function resetTeam(db: DB, slug: string, actor: ResetActor): Promise<{ id: string }> {
	const team = actor.is_admin
		? await db.selectFrom('team').select('id').where('slug', '=', slug).executeTakeFirst()
		: (await authorize(db, slug, actor.id, 'member.reset_password')).team;
	if (!team) throw new Refusal('team_not_found', 404);
	return team;
}

/** This team's members, with what decides whether an owner may reset them. */
function resetCandidates(db: DB, teamId: string) {
	return db
		.selectFrom('membership')
		.innerJoin('user', 'user.id', 'membership.user_id')
		.select(['user.id', 'user.is_admin', 'membership.role'])
		.select((eb) =>
			eb
				.selectFrom('membership as other')
				.select((e) => e.fn.countAll<number>().as('n'))
				.whereRef('other.user_id', '=', 'membership.user_id')
				.where('other.team_id', '!=', teamId)
				.as('elsewhere')
		)
		.where('membership.team_id', '=', teamId);
}

/**
 * A reset link signs its holder into the whole account, so a team owner may make one only for an
 * account that is this team's alone: not an owner here, in no other team, not a campaign admin.
 * A campaign admin may make one for any member.
 */
function ownerMayReset(actor: ResetActor, member: { is_admin: number; role: Role; elsewhere: number | null }): boolean {
	return actor.is_admin === 1 || (!member.is_admin && member.role !== 'owner' && Number(member.elsewhere ?? 0) === 0);
}

/** Whether the actor (a team owner, or a campaign admin) may issue a reset link for this member. */
export async function assertMayResetPassword(db: DB, slug: string, actor: ResetActor, targetId: string): Promise<void> {
	const team = await resetTeam(db, slug, actor);
	const member = await resetCandidates(db, team.id).where('membership.user_id', '=', targetId).executeTakeFirst();
	if (!member) throw new Refusal('member_not_found', 404);
	if (!ownerMayReset(actor, member)) throw new Refusal('reset_admin_only', 403);
}

/** The members the actor may issue a reset link for (none when they may issue none). */
export async function resettableMembers(db: DB, slug: string, actor: ResetActor): Promise<string[]> {
	let team: { id: string };
	try {
		team = await resetTeam(db, slug, actor);
	} catch (err) {
		if (err instanceof Refusal) return [];
		throw err;
	}
	const members = await resetCandidates(db, team.id).execute();
	return members.filter((member) => member.id !== actor.id && ownerMayReset(actor, member)).map((member) => member.id);
}
