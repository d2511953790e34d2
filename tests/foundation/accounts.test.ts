import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authenticate, listUsers, setCampaignAdmin, signUp } from '$lib/server/accounts';
import type { User } from '$lib/server/db/schema';
import { PASSWORD, expectRefusal, openFoundation, type Foundation } from './helpers';

let f: Foundation;
let first: User;
let second: User;

beforeAll(async () => {
	f = await openFoundation();
	first = await signUp(f.db, { email: '  Rosa@Example.org ', displayName: ' Rosa ', password: PASSWORD });
	second = await signUp(f.db, { email: 'lee@example.org', displayName: 'Lee', password: PASSWORD, locale: 'es' });
});
afterAll(() => f.close());

const isAdmin = async (user: User) =>
	(await f.db.selectFrom('user').select('is_admin').where('id', '=', user.id).executeTakeFirstOrThrow()).is_admin;

describe('sign up', () => {
	test('the first account is the campaign admin; the second is not', () => {
		expect(first).toMatchObject({ email: 'rosa@example.org', display_name: 'Rosa', is_admin: 1, locale: null });
		expect(second).toMatchObject({ email: 'lee@example.org', is_admin: 0, locale: 'es' });
	});

	test('an email is taken whatever its case or spacing', async () => {
		const before = await listUsers(f.db);
		await expectRefusal(signUp(f.db, { email: 'ROSA@example.org ', displayName: 'Other', password: PASSWORD }), 409, 'email_taken');
		expect(await listUsers(f.db)).toEqual(before);
	});

	test('a weak password is refused before anything is stored', async () => {
		await expectRefusal(signUp(f.db, { email: 'weak@example.org', displayName: 'Weak', password: '12345678' }), 400, 'password_too_common');
		expect((await listUsers(f.db)).map((u) => u.email)).not.toContain('weak@example.org');
	});

	test('authenticate accepts the right password only', async () => {
		expect((await authenticate(f.db, 'ROSA@example.org', PASSWORD))?.id).toBe(first.id);
		expect(await authenticate(f.db, 'rosa@example.org', 'wrong password here')).toBeNull();
		expect(await authenticate(f.db, 'nobody@example.org', PASSWORD)).toBeNull();
	});
});

test('two people signing up at once on a new instance: exactly one becomes admin', async () => {
	const fresh = await openFoundation();
	try {
		const users = await Promise.all(
			['a', 'b', 'c'].map((n) => signUp(fresh.db, { email: `${n}@example.org`, displayName: n, password: PASSWORD }))
		);
		expect(users.map((u) => u.is_admin).sort()).toEqual([0, 0, 1]);
	} finally {
		await fresh.close();
	}
});

describe('campaign admins', () => {
	test('a non-admin cannot grant or revoke', async () => {
		await expectRefusal(setCampaignAdmin(f.db, second, second.id, true), 403, 'forbidden');
		await expectRefusal(setCampaignAdmin(f.db, second, first.id, false), 403, 'forbidden');
		expect([await isAdmin(first), await isAdmin(second)]).toEqual([1, 0]);
	});

	test('the last admin cannot be removed, even by themself', async () => {
		await expectRefusal(setCampaignAdmin(f.db, first, first.id, false), 409, 'last_admin');
		expect(await isAdmin(first)).toBe(1);
	});

	test('an unknown account is not found', async () => {
		await expectRefusal(setCampaignAdmin(f.db, first, 'no-such-user', true), 404, 'user_not_found');
	});

	test('with a second admin, the first can step down', async () => {
		await setCampaignAdmin(f.db, first, second.id, true);
		expect(await isAdmin(second)).toBe(1);

		await setCampaignAdmin(f.db, first, first.id, false);
		expect(await isAdmin(first)).toBe(0);

		// Now the second is the last one.
		await expectRefusal(setCampaignAdmin(f.db, { is_admin: 1 }, second.id, false), 409, 'last_admin');
		expect(await isAdmin(second)).toBe(1);
	});
});
