import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BURST_PAYBACK, Throttle, createThrottles } from '$lib/server/auth/throttle';

const T0 = Date.UTC(2030, 0, 1);

// The memory store reads the clock through Date.now(); only Date is stood still and moved.
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const at = (ms: number) => vi.setSystemTime(T0 + ms);

/** Consumes `n` times; returns how many were allowed. */
async function drain(throttle: Throttle, key: string, n: number): Promise<number> {
	let ok = 0;
	for (let i = 0; i < n; i++) if ((await throttle.consume(key)).ok) ok++;
	return ok;
}

describe('Throttle', () => {
	test('allows `capacity` attempts at once, then says how long to wait', async () => {
		const throttle = new Throttle('t', 3, 1000);
		expect(await drain(throttle, 'ip', 3)).toBe(3);
		expect(await throttle.consume('ip')).toEqual({ ok: false, retryAfterMs: 1000 });
	});

	// After draining 3 attempts refilled at 1 a second, what waiting `elapsed` ms buys.
	test.each([
		{ elapsed: 0, allowed: 0 },
		{ elapsed: 400, allowed: 0 },
		{ elapsed: 1000, allowed: 1 },
		{ elapsed: 2500, allowed: 1 },
		{ elapsed: 3000, allowed: 1 },
		// The burst of 2 comes back three times slower than the steady allowance: 6 seconds.
		{ elapsed: 5_999, allowed: 1 },
		{ elapsed: 6_000, allowed: 3 },
		// Never more than capacity, however long the wait.
		{ elapsed: 3_600_000, allowed: 3 }
	])('after $elapsed ms: $allowed more', async ({ elapsed, allowed }) => {
		const throttle = new Throttle('t', 3, 1000);
		await drain(throttle, 'ip', 3);
		at(elapsed);
		expect(await drain(throttle, 'ip', 10)).toBe(allowed);
		const refused = await throttle.consume('ip');
		expect(refused.ok).toBe(false);
	});

	test('waiting retryAfterMs is always enough, and never more than one refill', async () => {
		for (const [capacity, refillMs] of [[3, 1000], [5, 60_000], [30, 10_000], [1, 2000]]) {
			for (let elapsed = 0; elapsed < refillMs * capacity * 2; elapsed += Math.floor(refillMs / 7)) {
				vi.setSystemTime(T0);
				const throttle = new Throttle('t', capacity, refillMs);
				await drain(throttle, 'k', capacity);
				at(elapsed);
				await drain(throttle, 'k', capacity);
				const refused = await throttle.consume('k');
				if (refused.ok) throw new Error('expected a refusal');
				expect(refused.retryAfterMs, `${capacity}/${refillMs} at ${elapsed}`).toBeLessThanOrEqual(refillMs);
				expect(refused.retryAfterMs).toBeGreaterThan(0);
				at(elapsed + refused.retryAfterMs);
				expect((await throttle.consume('k')).ok, `${capacity}/${refillMs} at ${elapsed}`).toBe(true);
			}
		}
	});

	test('an attack that never stops gets the burst, then at most 1 + 1/BURST_PAYBACK attempts per refill', async () => {
		const throttle = new Throttle('t', 5, 60_000);
		const hours = 6 * 3_600_000;
		let allowed = 0;
		for (let t = 0; t <= hours; t += 1000) {
			at(t);
			if ((await throttle.consume('ip')).ok) allowed++;
		}
		expect(allowed).toBeGreaterThanOrEqual(5 + hours / 60_000);
		expect(allowed).toBeLessThanOrEqual(5 + (hours / 60_000) * (1 + 1 / BURST_PAYBACK) + 1);
	});

	test('a refused attempt does not push the next one further away', async () => {
		const throttle = new Throttle('t', 1, 1000);
		await throttle.consume('ip');
		for (let t = 0; t < 1000; t += 100) {
			at(t);
			expect((await throttle.consume('ip')).ok).toBe(false);
		}
		at(1000);
		expect((await throttle.consume('ip')).ok).toBe(true);
	});

	test('keys are counted apart', async () => {
		const throttle = new Throttle('t', 2, 1000);
		expect(await drain(throttle, 'a', 5)).toBe(2);
		expect(await drain(throttle, 'b', 5)).toBe(2);
		expect((await throttle.consume('a')).ok).toBe(false);
	});

	test('reset gives one key its full capacity back', async () => {
		const throttle = new Throttle('t', 2, 60_000);
		await drain(throttle, 'a', 2);
		await drain(throttle, 'b', 2);
		await throttle.reset('a');
		expect(await drain(throttle, 'a', 5)).toBe(2);
		expect((await throttle.consume('b')).ok).toBe(false);
		await throttle.reset('never seen'); // harmless
	});
});

describe('createThrottles', () => {
	test('one throttle per concern, with the limits users have always had', () => {
		const throttles = createThrottles();
		const limits = Object.fromEntries(Object.entries(throttles).map(([name, t]) => [name, [t.capacity, t.refillMs]]));
		expect(limits).toEqual({
			signInByIp: [30, 10_000],
			signInByAccount: [5, 60_000],
			signInByDevice: [5, 60_000],
			signUpByIp: [30, 60_000],
			resetByIp: [5, 300_000]
		});
		for (const throttle of Object.values(throttles)) expect(throttle).toBeInstanceOf(Throttle);
		// Guessing one account's password is held tighter than sign-ins from one address.
		expect(throttles.signInByAccount.capacity).toBeLessThan(throttles.signInByIp.capacity);
	});

	test('without Redis the counts are shared by nobody else: each call makes new ones', async () => {
		const a = createThrottles();
		const b = createThrottles();
		await drain(a.signInByAccount, 'rosa@example.org', a.signInByAccount.capacity);
		expect((await a.signInByAccount.consume('rosa@example.org')).ok).toBe(false);
		expect((await b.signInByAccount.consume('rosa@example.org')).ok).toBe(true);
		expect((await a.signInByIp.consume('rosa@example.org')).ok).toBe(true);
	});
});
