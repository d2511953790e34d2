import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authenticate, changePassword, setPassword } from '$lib/server/accounts';
import { PASSWORD_MAX, PASSWORD_MIN, hashPassword, passwordProblem, verifyPassword } from '$lib/server/auth/password';
import { createSession, generateToken, validateSessionToken } from '$lib/server/auth/session';
import type { User } from '$lib/server/db/schema';
import { PASSWORD, addUser, expectRefusal, openFoundation, type Foundation } from './helpers';

/** An uncommon string of exactly `n` characters. */
const ofLength = (n: number) => 'k7Qz!'.repeat(Math.ceil(n / 5)).slice(0, n);

describe('password rules', () => {
	test('the limits are 8 and 128 characters', () => {
		expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([8, 128]);
	});

	test.each([
		['', 'too_short'],
		[ofLength(1), 'too_short'],
		[ofLength(7), 'too_short'],
		[ofLength(8), null],
		[ofLength(9), null],
		[ofLength(127), null],
		[ofLength(128), null],
		[ofLength(129), 'too_long'],
		[ofLength(10_000), 'too_long'],
		// Length counts characters, not UTF-16 units: 7 emoji are too short even as 14 units.
		['🔒'.repeat(7), 'too_short'],
		['🔒'.repeat(8), null],
		['🔒'.repeat(128), null],
		['🔒'.repeat(129), 'too_long'],
		['password', 'too_common'],
		['PassWord', 'too_common'],
		['12345678', 'too_common'],
		['qwertyuiop', 'too_common'],
		['iloveyou', 'too_common'],
		['correct horse battery staple', null],
		['my street has four jacaranda trees', null],
		[PASSWORD, null]
	] as const)('%j -> %s', (password, problem) => {
		expect(passwordProblem(password)).toBe(problem);
	});

	test('hash and verify round trip with argon2id', async () => {
		const hash = await hashPassword(PASSWORD);
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(hash).not.toContain(PASSWORD);
		expect(await hashPassword(PASSWORD)).not.toBe(hash); // salted
		expect(await verifyPassword(hash, PASSWORD)).toBe(true);
		expect(await verifyPassword(hash, PASSWORD + ' ')).toBe(false);
		expect(await verifyPassword('not a hash', PASSWORD)).toBe(false);
	});
});

describe('changing a password', () => {
	let f: Foundation;
	let ana: User;

	beforeAll(async () => {
		f = await openFoundation();
		ana = await addUser(f.db, 'Ana');
	});
	afterAll(() => f.close());

	const sessionsOf = (user: User) => f.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute();

	test('with the wrong current password is refused, and changes nothing', async () => {
		const token = generateToken();
		await createSession(f.db, token, ana.id);
		const before = await f.db.selectFrom('user').select('password_hash').where('id', '=', ana.id).executeTakeFirstOrThrow();

		await expectRefusal(changePassword(f.db, ana.id, 'not my password at all', 'a brand new passphrase'), 400, 'password_wrong');

		const after = await f.db.selectFrom('user').select('password_hash').where('id', '=', ana.id).executeTakeFirstOrThrow();
		expect(after).toEqual(before);
		expect((await validateSessionToken(f.db, token)).user?.id).toBe(ana.id);
	});

	test('to one that breaks the rules is refused', async () => {
		await expectRefusal(changePassword(f.db, ana.id, PASSWORD, 'short'), 400, 'password_too_short');
		await expectRefusal(changePassword(f.db, ana.id, PASSWORD, 'password1'), 400, 'password_too_common');
		expect(await authenticate(f.db, ana.email, PASSWORD)).not.toBeNull();
	});

	test('with the right one works, and signs out everywhere', async () => {
		for (let i = 0; i < 3; i++) await createSession(f.db, generateToken(), ana.id);
		const next = 'violet kestrel over the old mill';

		await changePassword(f.db, ana.id, PASSWORD, next);

		expect(await sessionsOf(ana)).toEqual([]);
		expect((await authenticate(f.db, ana.email, next))?.id).toBe(ana.id);
		expect(await authenticate(f.db, ana.email, PASSWORD)).toBeNull();

		await setPassword(f.db, ana.id, PASSWORD); // back, for the other tests
	});

	test('setPassword signs the account out everywhere, and only that account', async () => {
		const ben = await addUser(f.db, 'Ben');
		const benToken = generateToken();
		await createSession(f.db, benToken, ben.id);
		const anaTokens = [generateToken(), generateToken()];
		for (const token of anaTokens) await createSession(f.db, token, ana.id);

		await setPassword(f.db, ana.id, 'another long passphrase here');

		for (const token of anaTokens) expect((await validateSessionToken(f.db, token)).session).toBeNull();
		expect((await validateSessionToken(f.db, benToken)).user?.id).toBe(ben.id);
	});
});
