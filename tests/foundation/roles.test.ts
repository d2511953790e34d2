import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTIONS, ROLES, assignableRoles, can, type Action, type Role } from '$lib/roles';
import type { Team, User } from '$lib/server/db/schema';
import { createInvite } from '$lib/server/invites';
import { assertMayResetPassword, changeRole, leaveTeam, listMembers, removeMember } from '$lib/server/members';
import { authorize, deleteTeam, teamAccess, updateTeam } from '$lib/server/teams';
import { addTeam, addUser, expectRefusal, openFoundation, roleIn, snapshot, type Foundation } from './helpers';

/** Written out by hand, so a change to the grants in roles.ts has to be made here too. */
const GRANTED: Record<Role, readonly Action[]> = {
	owner: ACTIONS,
	organizer: ['team.view', 'playbook.edit', 'invite.manage', 'member.manage'],
	member: ['team.view', 'playbook.edit'],
	viewer: ['team.view']
};

let f: Foundation;
let owner: User;
let subject: User;
let target: User;

beforeAll(async () => {
	f = await openFoundation();
	[owner, subject, target] = [await addUser(f.db, 'Olga'), await addUser(f.db, 'Sol'), await addUser(f.db, 'Tomas')];
});
afterAll(() => f.close());

interface Case {
	team: Team;
	role: Role | null;
	/** A viewer whose only team is this one: an owner may make a reset link only for such an account. */
	loner: User;
}

/**
 * For each action, a real server call the subject makes (its target, a viewer, in the same team),
 * and what the database shows when it was allowed.
 */
const PROBES: Record<Action, { call(c: Case): Promise<unknown>; effect(c: Case, result: unknown): Promise<void> }> = {
	'team.view': {
		call: ({ team }) => listMembers(f.db, team.slug, subject.id),
		async effect(_, result) {
			expect((result as { id: string }[]).map((m) => m.id)).toEqual(expect.arrayContaining([owner.id, subject.id, target.id]));
		}
	},
	'playbook.edit': {
		call: ({ team }) => authorize(f.db, team.slug, subject.id, 'playbook.edit'),
		async effect({ role }, result) {
			expect(result).toMatchObject({ role });
		}
	},
	'invite.manage': {
		call: ({ team }) => createInvite(f.db, team.slug, subject.id, { role: 'viewer', days: 7, maxUses: 1 }),
		async effect({ team }) {
			expect(await f.db.selectFrom('invite').select('role').where('team_id', '=', team.id).execute()).toEqual([{ role: 'viewer' }]);
		}
	},
	'member.manage': {
		call: ({ team }) => changeRole(f.db, team.slug, subject.id, target.id, 'member'),
		async effect({ team }) {
			expect(await roleIn(f.db, team, target)).toBe('member');
		}
	},
	'role.manage_owner': {
		call: ({ team }) => changeRole(f.db, team.slug, subject.id, target.id, 'owner'),
		async effect({ team }) {
			expect(await roleIn(f.db, team, target)).toBe('owner');
		}
	},
	'team.edit': {
		call: ({ team }) =>
			updateTeam(f.db, team.slug, subject.id, { name: 'Renamed', jurisdictionKind: 'county', jurisdictionName: 'Cook', state: 'IL' }),
		async effect({ team }) {
			const row = await f.db.selectFrom('team').select(['name', 'slug', 'jurisdiction_kind']).where('id', '=', team.id).executeTakeFirst();
			expect(row).toEqual({ name: 'Renamed', slug: team.slug, jurisdiction_kind: 'county' });
		}
	},
	'team.delete': {
		call: ({ team }) => deleteTeam(f.db, team.slug, subject.id),
		async effect({ team }) {
			expect(await f.db.selectFrom('team').select('id').where('id', '=', team.id).execute()).toEqual([]);
			expect(await f.db.selectFrom('membership').select('user_id').where('team_id', '=', team.id).execute()).toEqual([]);
		}
	},
	'member.reset_password': {
		call: ({ team, loner }) => assertMayResetPassword(f.db, team.slug, { id: subject.id, is_admin: 0 }, loner.id),
		async effect(_, result) {
			expect(result).toBeUndefined();
		}
	}
};

describe('role x action matrix', () => {
	test('every action has a probe', () => {
		expect(Object.keys(PROBES).sort()).toEqual([...ACTIONS].sort());
	});

	test.each(ROLES.flatMap((role) => ACTIONS.map((action) => [role, action] as const)))('can(%s, %s) follows the grants', (role, action) => {
		expect(can(role, action)).toBe(GRANTED[role].includes(action));
	});

	test.each(ACTIONS)('a non-member cannot %s', (action) => {
		expect(can(null, action)).toBe(false);
		expect(can(undefined, action)).toBe(false);
	});

	const cases = [...ROLES, null].flatMap((role) => ACTIONS.map((action) => ({ role, action })));
	test.each(cases)('$role: $action through the server', async ({ role, action }) => {
		const loner = await addUser(f.db, 'Lena');
		const team = await addTeam(f.db, owner, [
			...(role ? ([[subject, role]] as [User, Role][]) : []),
			[target, 'viewer'],
			[loner, 'viewer']
		]);
		const c = { team, role, loner };
		const before = await snapshot(f.db);
		const probe = PROBES[action];

		if (role && GRANTED[role].includes(action)) {
			await probe.effect(c, await probe.call(c));
		} else {
			// A non-member learns nothing about the team (404); a member is told no (403).
			await expectRefusal(probe.call(c), role ? 403 : 404, role ? 'forbidden' : 'team_not_found');
			expect(await snapshot(f.db)).toEqual(before);
		}
	});

	test('a missing team and a team one is not in look the same', async () => {
		const team = await addTeam(f.db, owner);
		const missing = await expectRefusal(teamAccess(f.db, 'no-such-team', subject.id), 404);
		const hidden = await expectRefusal(teamAccess(f.db, team.slug, subject.id), 404);
		expect([hidden.code, hidden.message]).toEqual([missing.code, missing.message]);
	});

	test('a campaign admin may issue a reset link for any member, but only for a member', async () => {
		const admin = await addUser(f.db, 'Ada', { admin: true });
		const team = await addTeam(f.db, owner, [[target, 'viewer']]);
		await expect(assertMayResetPassword(f.db, team.slug, admin, target.id)).resolves.toBeUndefined();
		await expectRefusal(assertMayResetPassword(f.db, team.slug, admin, subject.id), 404, 'member_not_found');
		await expectRefusal(assertMayResetPassword(f.db, 'no-such-team', admin, target.id), 404, 'team_not_found');
		// An owner, too, only for people in the team.
		await expectRefusal(assertMayResetPassword(f.db, team.slug, { id: owner.id, is_admin: 0 }, subject.id), 404, 'member_not_found');
	});

	test("a team owner cannot get a campaign admin's reset link; another admin can", async () => {
		const admin = await addUser(f.db, 'Abe', { admin: true });
		const otherAdmin = await addUser(f.db, 'Ava', { admin: true });
		const team = await addTeam(f.db, owner, [[admin, 'viewer']]);
		await expectRefusal(assertMayResetPassword(f.db, team.slug, { id: owner.id, is_admin: 0 }, admin.id), 403, 'reset_admin_only');
		await expect(assertMayResetPassword(f.db, team.slug, otherAdmin, admin.id)).resolves.toBeUndefined();
	});
});

describe('what organizers may do to whom', () => {
	test('assignable roles', () => {
		expect(assignableRoles('owner')).toEqual(ROLES);
		expect(assignableRoles('organizer')).toEqual(['member', 'viewer']);
		expect(assignableRoles('member')).toEqual([]);
		expect(assignableRoles('viewer')).toEqual([]);
		expect(assignableRoles(null)).toEqual([]);
	});

	// [target's role, new role]: refused for an organizer, whichever way round.
	test.each([
		['member', 'organizer'],
		['member', 'owner'],
		['viewer', 'organizer'],
		['viewer', 'owner'],
		['owner', 'member'],
		['owner', 'viewer'],
		['owner', 'organizer'],
		['organizer', 'member'],
		['organizer', 'viewer']
	] as const)('an organizer cannot change a %s to %s', async (from, to) => {
		const team = await addTeam(f.db, owner, [
			[subject, 'organizer'],
			[target, from]
		]);
		const before = await snapshot(f.db);
		await expectRefusal(changeRole(f.db, team.slug, subject.id, target.id, to), 403, 'forbidden');
		expect(await snapshot(f.db)).toEqual(before);
	});

	test.each(['owner', 'organizer'] as const)('an organizer cannot remove an %s', async (role) => {
		const team = await addTeam(f.db, owner, [
			[subject, 'organizer'],
			[target, role]
		]);
		const before = await snapshot(f.db);
		await expectRefusal(removeMember(f.db, team.slug, subject.id, target.id), 403, 'forbidden');
		expect(await snapshot(f.db)).toEqual(before);
	});

	test('an organizer moves people between member and viewer, and removes them', async () => {
		const team = await addTeam(f.db, owner, [
			[subject, 'organizer'],
			[target, 'viewer']
		]);
		await changeRole(f.db, team.slug, subject.id, target.id, 'member');
		expect(await roleIn(f.db, team, target)).toBe('member');
		await changeRole(f.db, team.slug, subject.id, target.id, 'viewer');
		expect(await roleIn(f.db, team, target)).toBe('viewer');
		await removeMember(f.db, team.slug, subject.id, target.id);
		expect(await roleIn(f.db, team, target)).toBeUndefined();
	});

	test('someone outside the team is not a member to manage', async () => {
		const team = await addTeam(f.db, owner);
		await expectRefusal(changeRole(f.db, team.slug, owner.id, target.id, 'member'), 404, 'member_not_found');
		await expectRefusal(removeMember(f.db, team.slug, owner.id, target.id), 404, 'member_not_found');
	});
});

describe('owners', () => {
	test('the last owner can neither leave nor be demoted', async () => {
		const team = await addTeam(f.db, owner, [[target, 'member']]);
		const before = await snapshot(f.db);

		await expectRefusal(leaveTeam(f.db, team.slug, owner.id), 409, 'last_owner');
		await expectRefusal(removeMember(f.db, team.slug, owner.id, owner.id), 409, 'last_owner');
		for (const role of ['organizer', 'member', 'viewer'] as const) {
			await expectRefusal(changeRole(f.db, team.slug, owner.id, owner.id, role), 409, 'last_owner');
		}
		expect(await snapshot(f.db)).toEqual(before);
	});

	test('an owner can demote themself while another owner remains, who then becomes the last', async () => {
		const team = await addTeam(f.db, owner, [[target, 'owner']]);

		await changeRole(f.db, team.slug, owner.id, owner.id, 'organizer');
		expect(await roleIn(f.db, team, owner)).toBe('organizer');

		await expectRefusal(leaveTeam(f.db, team.slug, target.id), 409, 'last_owner');
		await expectRefusal(changeRole(f.db, team.slug, target.id, target.id, 'member'), 409, 'last_owner');
		// And the demoted organizer can no longer touch the remaining owner.
		await expectRefusal(changeRole(f.db, team.slug, owner.id, target.id, 'member'), 403, 'forbidden');
		expect(await roleIn(f.db, team, target)).toBe('owner');
	});

	test('with two owners, one may remove the other or leave', async () => {
		const team = await addTeam(f.db, owner, [
			[target, 'owner'],
			[subject, 'owner']
		]);
		await removeMember(f.db, team.slug, owner.id, target.id);
		expect(await roleIn(f.db, team, target)).toBeUndefined();
		await leaveTeam(f.db, team.slug, subject.id);
		expect(await roleIn(f.db, team, subject)).toBeUndefined();
		await expectRefusal(leaveTeam(f.db, team.slug, owner.id), 409, 'last_owner');
	});

	test('anyone but the last owner may leave', async () => {
		const team = await addTeam(f.db, owner, [
			[subject, 'organizer'],
			[target, 'viewer']
		]);
		await leaveTeam(f.db, team.slug, subject.id);
		await removeMember(f.db, team.slug, target.id, target.id); // removing oneself is leaving
		expect(await f.db.selectFrom('membership').select(['user_id', 'role']).where('team_id', '=', team.id).execute()).toEqual([
			{ user_id: owner.id, role: 'owner' }
		]);
		await expectRefusal(leaveTeam(f.db, team.slug, subject.id), 404, 'team_not_found');
	});
});
