import { describe, expect, test } from 'vitest';
import { TokenBucket, createThrottles } from '$lib/server/auth/throttle';

const T0 = 1_000_000;

/** Consumes `n` times at `now`; returns how many were allowed. */
function drain(bucket: TokenBucket, key: string, n: number, now: number): number {
	let ok = 0;
	for (let i = 0; i < n; i++) if (bucket.consume(key, now).ok) ok++;
	return ok;
}

describe('TokenBucket', () => {
	test('allows `capacity` attempts at once, then says how long to wait', () => {
		const bucket = new TokenBucket(3, 1000);
		expect(drain(bucket, 'ip', 3, T0)).toBe(3);
		expect(bucket.consume('ip', T0)).toEqual({ ok: false, retryAfterMs: 1000 });
	});

	// After draining a bucket of 3 refilled at 1 per second, what waiting `elapsed` ms buys.
	test.each([
		{ elapsed: 0, allowed: 0, retryAfterMs: 1000 },
		{ elapsed: 400, allowed: 0, retryAfterMs: 600 },
		{ elapsed: 1000, allowed: 1, retryAfterMs: 1000 },
		{ elapsed: 2500, allowed: 2, retryAfterMs: 500 },
		{ elapsed: 3000, allowed: 3, retryAfterMs: 1000 },
		// Never more than capacity, however long the wait.
		{ elapsed: 3_600_000, allowed: 3, retryAfterMs: 1000 }
	])('after $elapsed ms: $allowed more, then retry in $retryAfterMs ms', ({ elapsed, allowed, retryAfterMs }) => {
		const bucket = new TokenBucket(3, 1000);
		drain(bucket, 'ip', 3, T0);
		const now = T0 + elapsed;
		expect(drain(bucket, 'ip', 10, now)).toBe(allowed);
		expect(bucket.consume('ip', now)).toEqual({ ok: false, retryAfterMs });
	});

	test('waiting retryAfterMs is always enough, and never much more than needed', () => {
		for (const [capacity, refillMs] of [[3, 1000], [5, 60_000], [20, 30_000], [1, 7]]) {
			for (let elapsed = 0; elapsed < refillMs * 2; elapsed += Math.max(1, Math.floor(refillMs / 97))) {
				const bucket = new TokenBucket(capacity, refillMs);
				drain(bucket, 'k', capacity, T0);
				drain(bucket, 'k', capacity, T0 + elapsed);
				const refused = bucket.consume('k', T0 + elapsed);
				if (refused.ok) throw new Error('expected a refusal');
				// Float rounding may add a millisecond, never take one away.
				const probe = new TokenBucket(capacity, refillMs);
				drain(probe, 'k', capacity, T0);
				drain(probe, 'k', capacity, T0 + elapsed);
				expect(probe.consume('k', T0 + elapsed + refused.retryAfterMs - 2).ok, `${capacity}/${refillMs} at ${elapsed}`).toBe(false);
				expect(bucket.consume('k', T0 + elapsed + refused.retryAfterMs).ok, `${capacity}/${refillMs} at ${elapsed}`).toBe(true);
			}
		}
	});

	test('a refused attempt costs nothing', () => {
		const bucket = new TokenBucket(1, 1000);
		bucket.consume('ip', T0);
		for (let t = 0; t < 1000; t += 100) expect(bucket.consume('ip', T0 + t).ok).toBe(false);
		expect(bucket.consume('ip', T0 + 1000).ok).toBe(true);
	});

	test('keys are counted apart', () => {
		const bucket = new TokenBucket(2, 1000);
		expect(drain(bucket, 'a', 5, T0)).toBe(2);
		expect(drain(bucket, 'b', 5, T0)).toBe(2);
		expect(bucket.consume('a', T0).ok).toBe(false);
	});

	test('reset gives one key its full capacity back', () => {
		const bucket = new TokenBucket(2, 60_000);
		drain(bucket, 'a', 2, T0);
		drain(bucket, 'b', 2, T0);
		bucket.reset('a');
		expect(drain(bucket, 'a', 5, T0)).toBe(2);
		expect(bucket.consume('b', T0).ok).toBe(false);
		bucket.reset('never seen'); // harmless
	});

	test('uses the clock when no time is given', () => {
		const bucket = new TokenBucket(1, 60_000);
		expect(bucket.consume('x').ok).toBe(true);
		const refused = bucket.consume('x');
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(refused.retryAfterMs).toBeGreaterThan(59_000);
	});
});

describe('createThrottles', () => {
	test('one bucket per concern, with sane limits', () => {
		const throttles = createThrottles();
		expect(Object.keys(throttles).sort()).toEqual(['resetByIp', 'signInByAccount', 'signInByDevice', 'signInByIp', 'signUpByIp']);
		for (const bucket of Object.values(throttles)) {
			expect(bucket).toBeInstanceOf(TokenBucket);
			expect(bucket.capacity).toBeGreaterThanOrEqual(1);
			expect(bucket.refillMs).toBeGreaterThan(0);
		}
		// Guessing one account's password is held tighter than sign-ins from one address.
		expect(throttles.signInByAccount.capacity).toBeLessThan(throttles.signInByIp.capacity);
	});

	test('the buckets are shared by nobody else: each call makes new ones', () => {
		const a = createThrottles();
		const b = createThrottles();
		drain(a.signInByAccount, 'rosa@example.org', a.signInByAccount.capacity, T0);
		expect(a.signInByAccount.consume('rosa@example.org', T0).ok).toBe(false);
		expect(b.signInByAccount.consume('rosa@example.org', T0).ok).toBe(true);
		expect(a.signInByIp.consume('rosa@example.org', T0).ok).toBe(true);
	});
});

describe('memory', () => {
	test('sweeps out refilled buckets once many addresses have been seen', () => {
		const bucket = new TokenBucket(2, 1_000);
		const sizeOf = () => (bucket as unknown as { buckets: Map<string, unknown> }).buckets.size;
		for (let i = 0; i < 10_000; i++) expect(bucket.consume(`10.0.${i >> 8}.${i & 255}`, 0).ok).toBe(true);
		expect(sizeOf()).toBe(10_000);
		// Long after, every old bucket has refilled: the next new address sweeps them away.
		expect(bucket.consume('192.0.2.1', 60_000).ok).toBe(true);
		expect(sizeOf()).toBe(1);
		// A bucket still short of tokens survives the sweep and keeps refusing.
		const busy = new TokenBucket(1, 1_000_000);
		expect(busy.consume('busy', 0).ok).toBe(true);
		for (let i = 0; i < 10_000; i++) busy.consume(`k${i}`, 0);
		busy.consume('new', 10);
		expect(busy.consume('busy', 20).ok).toBe(false);
	});
});
