import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Team, User } from '$lib/server/db/schema';
import { createInvite, joinThroughNext, revokeInvite } from '$lib/server/invites';
import { addTeam, addUser, openFoundation, roleIn, type Foundation } from '../foundation/helpers';

let f: Foundation;
let owner: User;
let team: Team;

beforeAll(async () => {
	f = await openFoundation();
	owner = await addUser(f.db, 'Olga Owner');
	team = await addTeam(f.db, owner);
});
afterAll(() => f.close());

const invite = (role: 'member' | 'viewer' = 'member') => createInvite(f.db, team.slug, owner.id, { role, days: 7, maxUses: 5 });

describe('signing up or in on the way to an invite', () => {
	test('joins the team at once, with the invite role, and goes to the team', async () => {
		const token = await invite('viewer');
		const newcomer = await addUser(f.db, 'Nina Newcomer');
		expect(await joinThroughNext(f.db, `/invite/${token}`, newcomer.id)).toBe(`/t/${team.slug}`);
		expect(await roleIn(f.db, team, newcomer)).toBe('viewer');
		const uses = await f.db.selectFrom('invite').select('uses').where('team_id', '=', team.id).executeTakeFirstOrThrow();
		expect(uses.uses).toBe(1);
	});

	test('a member coming back through an invite keeps their role and goes to the team', async () => {
		const token = await invite('viewer');
		expect(await joinThroughNext(f.db, `/invite/${token}`, owner.id)).toBe(`/t/${team.slug}`);
		expect(await roleIn(f.db, team, owner)).toBe('owner');
	});

	test('an invite revoked meanwhile joins no one and leads back to its page, which says why', async () => {
		const token = await invite();
		const rows = await f.db.selectFrom('invite').select('id').where('team_id', '=', team.id).orderBy('created_at', 'desc').execute();
		for (const row of rows) await revokeInvite(f.db, team.slug, owner.id, row.id).catch(() => undefined);
		const late = await addUser(f.db, 'Leo Late');
		expect(await joinThroughNext(f.db, `/invite/${token}`, late.id)).toBe(`/invite/${token}`);
		expect(await roleIn(f.db, team, late)).toBeUndefined();
	});

	test('any other destination is kept as it is and joins nothing', async () => {
		const token = await invite();
		const other = await addUser(f.db, 'Otto Other');
		for (const next of ['/', `/t/${team.slug}`, `/invite/${token}/more`, `/invite/not-a-token`, `/invites/${token}`]) {
			expect(await joinThroughNext(f.db, next, other.id)).toBe(next);
		}
		expect(await roleIn(f.db, team, other)).toBeUndefined();
	});
});
