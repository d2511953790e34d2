import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '$lib/roles';
import { createAppContext } from '$lib/server/app';
import { readConfig } from '$lib/server/config';
import { hashToken } from '$lib/server/auth/session';
import type { Team, User } from '$lib/server/db/schema';
import { INVITE_DEFAULT_DAYS, acceptInvite, createInvite, listInvites, openInvite, revokeInvite, type InviteInput } from '$lib/server/invites';
import { addTeam, addUser, expectRefusal, openFoundation, roleIn, snapshot, type Foundation } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2030, 0, 1);

let f: Foundation;
let owner: User;
let organizer: User;
let member: User;
let viewer: User;
let guests: User[];

beforeAll(async () => {
	f = await openFoundation();
	[owner, organizer, member, viewer] = [await addUser(f.db, 'Olga'), await addUser(f.db, 'Oscar'), await addUser(f.db, 'Mia'), await addUser(f.db, 'Vic')];
	guests = [];
	for (let i = 0; i < 4; i++) guests.push(await addUser(f.db, `Guest ${i}`));
});
afterAll(() => f.close());

const newTeam = () =>
	addTeam(f.db, owner, [
		[organizer, 'organizer'],
		[member, 'member'],
		[viewer, 'viewer']
	]);

const invite = (team: Team, input: Partial<InviteInput> = {}, by: User = owner) =>
	createInvite(f.db, team.slug, by.id, { role: 'member', days: INVITE_DEFAULT_DAYS, maxUses: 10, ...input }, T0);

const inviteRow = (token: string) => f.db.selectFrom('invite').selectAll().where('id', '=', hashToken(token)).executeTakeFirstOrThrow();

describe('invites', () => {
	test('creating keeps only the hash; accepting joins with the invite role and counts a use', async () => {
		const team = await newTeam();
		const token = await invite(team, { role: 'viewer', days: 3, maxUses: 2 });

		expect(await inviteRow(token)).toMatchObject({ team_id: team.id, role: 'viewer', expires_at: T0 + 3 * DAY, max_uses: 2, uses: 0, revoked_at: null, created_by: owner.id });
		expect(await openInvite(f.db, token, T0)).toMatchObject({ slug: team.slug, name: team.name, role: 'viewer' });

		expect(await acceptInvite(f.db, token, guests[0].id, T0 + DAY)).toEqual({ slug: team.slug, joined: true });
		expect(await roleIn(f.db, team, guests[0])).toBe('viewer');
		expect((await inviteRow(token)).uses).toBe(1);
	});

	test('a person already in the team keeps their role and spends no use', async () => {
		const team = await newTeam();
		const token = await invite(team, { role: 'viewer', maxUses: 1 });

		expect(await acceptInvite(f.db, token, organizer.id, T0)).toEqual({ slug: team.slug, joined: false });
		expect(await roleIn(f.db, team, organizer)).toBe('organizer');
		expect((await inviteRow(token)).uses).toBe(0);
		// So the one use is still there for someone new.
		expect(await acceptInvite(f.db, token, guests[0].id, T0)).toEqual({ slug: team.slug, joined: true });
	});

	// Each case: what happens to the invite, then the refusal every later use meets.
	test.each<{ name: string; input: Partial<InviteInput>; at: number; spoil(team: Team, token: string): Promise<void>; code: string }>([
		{ name: 'expired', input: { days: 1 }, at: T0 + DAY, spoil: async () => {}, code: 'invite_expired' },
		{ name: 'long expired', input: { days: 1 }, at: T0 + 30 * DAY, spoil: async () => {}, code: 'invite_expired' },
		{
			name: 'revoked',
			input: {},
			at: T0,
			spoil: (team, token) => revokeInvite(f.db, team.slug, owner.id, hashToken(token), T0),
			code: 'invite_revoked'
		},
		{
			name: 'used up',
			input: { maxUses: 1 },
			at: T0,
			spoil: async (_, token) => void (await acceptInvite(f.db, token, guests[1].id, T0)),
			code: 'invite_used_up'
		}
	])('an $name invite is refused', async ({ input, at, spoil, code }) => {
		const team = await newTeam();
		const token = await invite(team, input);
		await spoil(team, token);
		const before = await snapshot(f.db);

		await expectRefusal(openInvite(f.db, token, at), 410, code);
		await expectRefusal(acceptInvite(f.db, token, guests[2].id, at), 410, code);

		expect(await roleIn(f.db, team, guests[2])).toBeUndefined();
		expect(await snapshot(f.db)).toEqual(before);
		expect(await listInvites(f.db, team.slug, owner.id, at)).toEqual([]);
	});

	test('an unknown token is refused as invalid', async () => {
		await expectRefusal(openInvite(f.db, 'not-a-token', T0), 404, 'invite_invalid');
		await expectRefusal(acceptInvite(f.db, 'not-a-token', guests[0].id, T0), 404, 'invite_invalid');
	});

	test('an invite is good until the moment it expires', async () => {
		const team = await newTeam();
		const token = await invite(team, { days: 7 });
		expect(await openInvite(f.db, token, T0 + 7 * DAY - 1)).toMatchObject({ slug: team.slug });
		await expectRefusal(openInvite(f.db, token, T0 + 7 * DAY), 410, 'invite_expired');
	});

	test('two people racing for the last use: exactly one joins', async () => {
		const team = await newTeam();
		const token = await invite(team, { maxUses: 1 });

		const results = await Promise.allSettled(guests.map((g) => acceptInvite(f.db, token, g.id, T0)));

		const joined = results.filter((r) => r.status === 'fulfilled');
		const refused = results.filter((r) => r.status === 'rejected');
		expect(joined).toHaveLength(1);
		expect(joined[0]).toMatchObject({ value: { slug: team.slug, joined: true } });
		expect(refused).toHaveLength(guests.length - 1);
		for (const r of refused) expect(r.reason).toMatchObject({ name: 'Refusal', code: 'invite_used_up', status: 410 });

		const roles = await Promise.all(guests.map((g) => roleIn(f.db, team, g)));
		expect(roles.filter(Boolean)).toEqual(['member']);
		expect((await inviteRow(token)).uses).toBe(1);
	});

	// Two processes on one file: SQLite lets one writer win; the other fails (busy, or used up),
	// and still only one person joins.
	test('racing through two database connections: still exactly one joins', async () => {
		const team = await newTeam();
		const token = await invite(team, { maxUses: 1 });
		const second = await createAppContext(readConfig({ DATA_DIR: f.dir, LOG_LEVEL: 'silent' }));
		try {
			const results = await Promise.allSettled([acceptInvite(f.db, token, guests[0].id, T0), acceptInvite(second.db, token, guests[1].id, T0)]);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			const roles = await Promise.all(guests.slice(0, 2).map((g) => roleIn(f.db, team, g)));
			expect(roles.filter(Boolean)).toEqual(['member']);
			expect((await inviteRow(token)).uses).toBe(1);
		} finally {
			await second.db.destroy();
		}
	});

	test('uses are counted up to max_uses', async () => {
		const team = await newTeam();
		const token = await invite(team, { maxUses: 3 });
		for (const g of guests.slice(0, 3)) await acceptInvite(f.db, token, g.id, T0);
		expect((await inviteRow(token)).uses).toBe(3);
		await expectRefusal(acceptInvite(f.db, token, guests[3].id, T0), 410, 'invite_used_up');
	});

	test("another team's invite cannot be revoked through this team", async () => {
		const mine = await newTeam();
		const theirs = await newTeam(); // same owner: it is the team in the URL that counts
		const token = await invite(theirs);
		const before = await snapshot(f.db);

		await expectRefusal(revokeInvite(f.db, mine.slug, owner.id, hashToken(token), T0), 404, 'invite_not_found');

		expect(await snapshot(f.db)).toEqual(before);
		expect(await openInvite(f.db, token, T0)).toMatchObject({ slug: theirs.slug });
	});

	test('revoking twice, or revoking what does not exist, is not found', async () => {
		const team = await newTeam();
		const token = await invite(team);
		await revokeInvite(f.db, team.slug, organizer.id, hashToken(token), T0);
		expect((await inviteRow(token)).revoked_at).toBe(T0);
		await expectRefusal(revokeInvite(f.db, team.slug, owner.id, hashToken(token), T0), 404, 'invite_not_found');
		await expectRefusal(revokeInvite(f.db, team.slug, owner.id, 'nope', T0), 404, 'invite_not_found');
	});

	test.each([
		['member', 403],
		['viewer', 403]
	] as const)('a %s can neither create, list nor revoke invites', async (role, status) => {
		const team = await newTeam();
		const actor = role === 'member' ? member : viewer;
		const token = await invite(team);
		const before = await snapshot(f.db);

		await expectRefusal(invite(team, { role: 'viewer' }, actor), status, 'forbidden');
		await expectRefusal(listInvites(f.db, team.slug, actor.id, T0), status, 'forbidden');
		await expectRefusal(revokeInvite(f.db, team.slug, actor.id, hashToken(token), T0), status, 'forbidden');
		expect(await snapshot(f.db)).toEqual(before);
	});

	test('a non-member cannot create invites, and learns nothing of the team', async () => {
		const team = await newTeam();
		await expectRefusal(invite(team, {}, guests[0]), 404, 'team_not_found');
	});

	test.each<[Role, boolean]>([
		['owner', false],
		['organizer', false],
		['member', true],
		['viewer', true]
	])('an organizer inviting as %s: allowed=%s', async (role, allowed) => {
		const team = await newTeam();
		const call = invite(team, { role }, organizer);
		if (allowed) {
			expect((await inviteRow(await call)).role).toBe(role);
		} else {
			await expectRefusal(call, 403, 'forbidden');
			expect(await f.db.selectFrom('invite').select('id').where('team_id', '=', team.id).execute()).toEqual([]);
		}
	});

	test('an owner can invite to any role, including owner', async () => {
		const team = await newTeam();
		const token = await invite(team, { role: 'owner', maxUses: 1 });
		await acceptInvite(f.db, token, guests[0].id, T0);
		expect(await roleIn(f.db, team, guests[0])).toBe('owner');
	});

	test('the list shows open invites only, newest first', async () => {
		const team = await newTeam();
		const older = await createInvite(f.db, team.slug, owner.id, { role: 'viewer', days: 7, maxUses: 5 }, T0);
		const newer = await createInvite(f.db, team.slug, organizer.id, { role: 'member', days: 7, maxUses: 5 }, T0 + 1);
		const revoked = await invite(team);
		const expired = await createInvite(f.db, team.slug, owner.id, { role: 'viewer', days: 1, maxUses: 5 }, T0);
		const usedUp = await invite(team, { maxUses: 1 });
		await revokeInvite(f.db, team.slug, owner.id, hashToken(revoked), T0);
		await acceptInvite(f.db, usedUp, guests[0].id, T0);
		await acceptInvite(f.db, older, guests[1].id, T0);

		const list = await listInvites(f.db, team.slug, organizer.id, T0 + 2 * DAY);

		expect(list.map((i) => i.id)).toEqual([hashToken(newer), hashToken(older)]);
		expect(list[0]).toMatchObject({ role: 'member', uses: 0, max_uses: 5, created_by: 'Oscar' });
		expect(list[1]).toMatchObject({ role: 'viewer', uses: 1, created_by: 'Olga' });
		expect(list.map((i) => i.id)).not.toContain(hashToken(expired));
	});
});
