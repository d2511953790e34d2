import type { Transaction } from 'kysely';
import type { DB } from './db/index';
import type { Database } from './db/schema';
import { assignableRoles, type Role } from '$lib/roles';
import { authorize, teamAccess } from './teams';
import { Refusal } from './refusal';

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
	});
}

export async function leaveTeam(db: DB, slug: string, userId: string): Promise<void> {
	const { team } = await teamAccess(db, slug, userId);
	await db.transaction().execute(async (trx) => {
		await assertNotLastOwner(trx, team.id, await roleOf(trx, team.id, userId));
		await trx.deleteFrom('membership').where('team_id', '=', team.id).where('user_id', '=', userId).execute();
	});
}

/** Whether the actor (a team owner, or a campaign admin) may issue a reset link for this member. */
export async function assertMayResetPassword(db: DB, slug: string, actor: { id: string; is_admin: number }, targetId: string): Promise<void> {
	const team = actor.is_admin
		? await db.selectFrom('team').select('id').where('slug', '=', slug).executeTakeFirst()
		: (await authorize(db, slug, actor.id, 'member.reset_password')).team;
	if (!team) throw new Refusal('team_not_found', 404);
	const member = await db
		.selectFrom('membership')
		.innerJoin('user', 'user.id', 'membership.user_id')
		.select('user.is_admin')
		.where('membership.team_id', '=', team.id)
		.where('membership.user_id', '=', targetId)
		.executeTakeFirst();
	if (!member) throw new Refusal('member_not_found', 404);
	// A team owner holding a campaign admin's reset link could sign in as that admin.
	if (member.is_admin && !actor.is_admin) throw new Refusal('forbidden', 403);
}
