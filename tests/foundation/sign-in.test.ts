import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DEVICE_LIFETIME } from '$lib/server/auth/device';
import { signIn as signInNow } from '$lib/server/auth/sign-in';
import { hashToken } from '$lib/server/auth/session';
import { createThrottles } from '$lib/server/auth/throttle';
import type { User } from '$lib/server/db/schema';
import { PASSWORD, addUser, openFoundation, type Foundation } from './helpers';

const T0 = Date.UTC(2030, 0, 1);
const HOME = '198.51.100.7';
const ATTACKER = '203.0.113.66';

let f: Foundation;
beforeAll(async () => {
	f = await openFoundation();
	// The throttles read the clock; only Date is moved, to the moment each attempt is made at.
	vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(() => {
	vi.useRealTimers();
	return f.close();
});

const signIn: typeof signInNow = (a, input, now = Date.now()) => {
	vi.setSystemTime(now);
	return signInNow(a, input, now);
};

/** Fresh throttles for each test, over the real database. */
const app = () => ({ db: f.db, throttles: createThrottles() });

async function firstSignIn(a: ReturnType<typeof app>, user: User, now = T0): Promise<string> {
	const result = await signIn(a, { email: user.email, password: PASSWORD, ip: HOME, deviceToken: undefined }, now);
	if (!result.ok) throw new Error(`first sign-in failed: ${result.reason}`);
	return result.deviceToken;
}

/** `n` wrong guesses from the attacker's address (a different one each time, as a botnet would). */
async function guess(a: ReturnType<typeof app>, user: User, n: number, now = T0, deviceToken?: string) {
	const results = [];
	for (let i = 0; i < n; i++) results.push(await signIn(a, { email: user.email, password: `wrong guess ${i}`, ip: `${ATTACKER}${i}`, deviceToken }, now));
	return results;
}

describe("wrong guesses do not lock the owner out of their own account", () => {
	test("after a stranger's guesses, the owner still signs in from the browser they used before", async () => {
		const a = app();
		const rosa = await addUser(f.db, 'Rosa');
		const device = await firstSignIn(a, rosa);
		const results = await guess(a, rosa, 10, T0 + 1000);
		expect(results.slice(0, 5).map((r) => r.ok || r.reason)).toEqual(Array(5).fill('failed'));
		expect(results.slice(5).map((r) => r.ok || r.reason)).toEqual(Array(5).fill('throttled'));

		const owner = await signIn(a, { email: rosa.email, password: PASSWORD, ip: HOME, deviceToken: device }, T0 + 2000);
		expect(owner).toMatchObject({ ok: true, user: { id: rosa.id }, deviceToken: device });
	});

	test('the per-account limit still holds for browsers the account has never seen, and for made-up or borrowed device tokens', async () => {
		const a = app();
		const [rosa, other] = [await addUser(f.db, 'Rosa'), await addUser(f.db, 'Other')];
		await firstSignIn(a, rosa);
		const othersDevice = await firstSignIn(a, other);
		await guess(a, rosa, 5, T0 + 1000);
		for (const deviceToken of [undefined, 'a'.repeat(32), 'not even a token', othersDevice]) {
			const result = await signIn(a, { email: rosa.email, password: PASSWORD, ip: HOME, deviceToken }, T0 + 2000);
			expect(result, String(deviceToken)).toMatchObject({ ok: false, reason: 'throttled' });
		}
	});

	test('a known browser has its own limit: guessing from it is throttled too', async () => {
		const a = app();
		const rosa = await addUser(f.db, 'Rosa');
		const device = await firstSignIn(a, rosa);
		const results = await guess(a, rosa, 6, T0 + 1000, device);
		expect(results.map((r) => r.ok || r.reason)).toEqual([...Array(5).fill('failed'), 'throttled']);
		expect(await signIn(a, { email: rosa.email, password: PASSWORD, ip: HOME, deviceToken: device }, T0 + 2000)).toMatchObject({ reason: 'throttled' });
		// A minute later one attempt is back, and the right password gets in.
		expect(await signIn(a, { email: rosa.email, password: PASSWORD, ip: HOME, deviceToken: device }, T0 + 62_000)).toMatchObject({ ok: true });
	});

	test('per-IP limits stay as they are, known browser or not', async () => {
		const a = app();
		const rosa = await addUser(f.db, 'Rosa');
		const device = await firstSignIn(a, rosa);
		const capacity = a.throttles.signInByIp.capacity;
		for (let i = 1; i < capacity; i++) await signIn(a, { email: `someone${i}@example.org`, password: 'x', ip: HOME, deviceToken: device }, T0);
		expect(await signIn(a, { email: rosa.email, password: PASSWORD, ip: HOME, deviceToken: device }, T0)).toMatchObject({ ok: false, reason: 'throttled' });
	});

	test('only the hash of a device token is stored, once per account and browser, and a browser unused for a year is a stranger again', async () => {
		const a = app();
		const [rosa, ivo] = [await addUser(f.db, 'Rosa'), await addUser(f.db, 'Ivo')];
		const device = await firstSignIn(a, rosa);
		// Ivo signs in on the same browser: the same token, now known to both accounts.
		expect((await signIn(a, { email: ivo.email, password: PASSWORD, ip: HOME, deviceToken: device }, T0)) as { deviceToken: string }).toMatchObject({ deviceToken: device });
		await signIn(a, { email: rosa.email, password: PASSWORD, ip: HOME, deviceToken: device }, T0 + 5000);
		const rows = await f.db.selectFrom('known_device').selectAll().where('user_id', 'in', [rosa.id, ivo.id]).orderBy('user_id').execute();
		expect(rows).toHaveLength(2);
		for (const row of rows) expect(row.id).toBe(hashToken(device));
		expect(JSON.stringify(rows)).not.toContain(device);
		expect(rows.find((r) => r.user_id === rosa.id)).toMatchObject({ created_at: T0, last_used_at: T0 + 5000 });

		const later = T0 + 5000 + DEVICE_LIFETIME;
		await guess(a, rosa, 5, later);
		expect(await signIn(a, { email: rosa.email, password: PASSWORD, ip: HOME, deviceToken: device }, later)).toMatchObject({ ok: false, reason: 'throttled' });
	});

	test('a wrong password is a failure whatever the browser, and an unknown email looks the same', async () => {
		const a = app();
		const rosa = await addUser(f.db, 'Rosa');
		const device = await firstSignIn(a, rosa);
		expect(await signIn(a, { email: rosa.email, password: 'nope nope nope', ip: HOME, deviceToken: device }, T0)).toEqual({ ok: false, reason: 'failed' });
		expect(await signIn(a, { email: 'nobody@example.org', password: PASSWORD, ip: HOME, deviceToken: device }, T0)).toEqual({ ok: false, reason: 'failed' });
	});
});
