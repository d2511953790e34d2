import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import { signIn } from '$lib/server/auth/sign-in';
import { BURST_PAYBACK, Throttle, createThrottles, type Throttles } from '$lib/server/auth/throttle';
import { createLogger } from '$lib/server/log';
import { closeRedis, connectRedis } from '$lib/server/redis';
import type { User } from '$lib/server/db/schema';
import { PASSWORD, addUser, openFoundation, type Foundation } from '../foundation/helpers';
import { startRedis, type TestRedis } from './redis-server';

const HOME = '198.51.100.7';

/** What one process holds: its own Redis client and its own throttles over it. */
interface Process {
	redis: Redis;
	throttles: Throttles;
	logs: string[];
}

let server: TestRedis;
let f: Foundation;
const processes: Process[] = [];

function startProcess(): Process {
	const logs: string[] = [];
	const log = createLogger('info', new Writable({ write: (chunk, _enc, done) => (logs.push(chunk.toString()), done()) }));
	const redis = connectRedis(server.url, log);
	const made = { redis, throttles: createThrottles(redis), logs };
	processes.push(made);
	return made;
}

const ready = (p: Process) => new Promise<void>((resolve) => (p.redis.status === 'ready' ? resolve() : p.redis.once('ready', () => resolve())));

beforeAll(async () => {
	server = await startRedis();
	f = await openFoundation();
});
afterAll(async () => {
	for (const p of processes) await closeRedis(p.redis);
	await server.stop();
	await f.close();
});
beforeEach(async () => {
	for (const p of processes) if (p.redis.status === 'ready') await p.redis.flushall();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Tries one key for `ms` as a script would, every `pauseMs`, through each throttle at once (one
 * per process): how many got through, and from the first attempt to the last.
 */
async function hammer(throttles: Throttle[], key: string, ms: number, pauseMs: number): Promise<{ allowed: number; elapsed: number }> {
	const start = Date.now();
	let last = start;
	let allowed = 0;
	await Promise.all(
		throttles.map(async (throttle) => {
			while (Date.now() - start < ms) {
				last = Date.now();
				if ((await throttle.consume(key)).ok) allowed++;
				await sleep(pauseMs);
			}
		})
	);
	return { allowed, elapsed: last - start };
}

/** The most a throttle may allow over `elapsed`: its burst, then one per refill and what comes back of the burst. */
const ceiling = (throttle: Throttle, elapsed: number) => throttle.capacity + (elapsed / throttle.refillMs) * (1 + 1 / BURST_PAYBACK) + 1;

const attempt = (p: Process, user: User, password: string, deviceToken?: string, ip = HOME) => signIn({ db: f.db, throttles: p.throttles }, { email: user.email, password, ip, deviceToken });
const outcome = (r: Awaited<ReturnType<typeof signIn>>) => (r.ok ? 'ok' : r.reason);

describe('two processes over one Redis', () => {
	test('share one account allowance: five wrong guesses in all, however they are split', async () => {
		const [a, b] = [startProcess(), startProcess()];
		await Promise.all([ready(a), ready(b)]);
		const rosa = await addUser(f.db, 'Rosa');
		const results = [];
		for (let i = 0; i < 8; i++) results.push(outcome(await attempt(i % 2 ? b : a, rosa, `wrong ${i}`, undefined, `203.0.113.${i}`)));
		expect(results).toEqual([...Array(5).fill('failed'), ...Array(3).fill('throttled')]);
		// The right password is held back too, from either process, until a minute has passed.
		for (const p of [a, b]) expect(outcome(await attempt(p, rosa, PASSWORD))).toBe('throttled');
	});

	test('share one allowance per address: 30 sign-ins from one address in all, not 30 per process', async () => {
		const [a, b] = [startProcess(), startProcess()];
		await Promise.all([ready(a), ready(b)]);
		const capacity = a.throttles.signInByIp.capacity;
		let allowed = 0;
		for (let i = 0; i < capacity + 10; i++) {
			const r = await signIn({ db: f.db, throttles: (i % 2 ? b : a).throttles }, { email: `someone${i}@example.org`, password: 'x', ip: '192.0.2.44', deviceToken: undefined });
			if (!(r.ok === false && r.reason === 'throttled')) allowed++;
		}
		expect(allowed).toBe(capacity);
	});

	test("a successful sign-in in one process gives back the allowance the other process's guesses used", async () => {
		const [a, b] = [startProcess(), startProcess()];
		await Promise.all([ready(a), ready(b)]);
		const rosa = await addUser(f.db, 'Rosa');
		const first = await attempt(a, rosa, PASSWORD);
		if (!first.ok) throw new Error('first sign-in failed');
		const device = first.deviceToken;
		for (let i = 0; i < 4; i++) expect(outcome(await attempt(a, rosa, `typo ${i}`, device))).toBe('failed');
		expect(outcome(await attempt(b, rosa, PASSWORD, device))).toBe('ok');
		// All five back, in both processes.
		const after = [];
		for (let i = 0; i < 6; i++) after.push(outcome(await attempt(i < 3 ? a : b, rosa, `typo again ${i}`, device)));
		expect(after).toEqual([...Array(5).fill('failed'), 'throttled']);
	});

	test('without Redis each process would have counted alone: the memory throttles allow twice as many', async () => {
		const [a, b] = [createThrottles(), createThrottles()];
		const rosa = await addUser(f.db, 'Rosa');
		let failed = 0;
		for (let i = 0; i < 12; i++) {
			const r = await signIn({ db: f.db, throttles: i % 2 ? b : a }, { email: rosa.email, password: `wrong ${i}`, ip: `203.0.113.${i}`, deviceToken: undefined });
			if (!r.ok && r.reason === 'failed') failed++;
		}
		expect(failed).toBe(10);
	});
});

describe('a sustained attack on one key', () => {
	// The Redis store counts whole seconds, so its attack runs longer than the memory one.
	test('in memory: the burst at once, then little more than one per refill', async () => {
		const throttle = new Throttle('hammered', 5, 50);
		const { allowed, elapsed } = await hammer([throttle], 'ip', 2_000, 1);
		expect(allowed, `${allowed} allowed in ${elapsed} ms`).toBeLessThanOrEqual(ceiling(throttle, elapsed));
		// The steady allowance still flows.
		expect(allowed).toBeGreaterThanOrEqual(throttle.capacity + elapsed / throttle.refillMs / 2);
	});

	// Two processes together must not get more than one would.
	test.each([1, 2])('in Redis, over %i process(es): the same bound', async (n) => {
		const ps = Array.from({ length: n }, startProcess);
		await Promise.all(ps.map(ready));
		const throttles = ps.map((p) => new Throttle('hammered', 5, 1_000, p.redis));
		const { allowed, elapsed } = await hammer(throttles, 'ip', 6_000, 5);
		expect(allowed, `${allowed} allowed in ${elapsed} ms`).toBeLessThanOrEqual(ceiling(throttles[0], elapsed));
		expect(allowed).toBeGreaterThanOrEqual(throttles[0].capacity + elapsed / throttles[0].refillMs / 2);
	}, 15_000);
});

describe('Redis goes away', () => {
	test('sign-in still works under the memory limits, the outage is logged once, and sharing comes back with Redis', async () => {
		const [a, b] = [startProcess(), startProcess()];
		await Promise.all([ready(a), ready(b)]);
		const rosa = await addUser(f.db, 'Rosa');
		await server.kill();
		await new Promise((r) => setTimeout(r, 100));

		expect(outcome(await attempt(a, rosa, PASSWORD))).toBe('ok');
		const guesses = [];
		for (let i = 0; i < 7; i++) guesses.push(outcome(await attempt(a, rosa, `wrong ${i}`, undefined, `203.0.113.${i}`)));
		expect(guesses).toEqual([...Array(5).fill('failed'), 'throttled', 'throttled']);
		// The other process counts on its own meanwhile: nobody is refused for want of Redis.
		expect(outcome(await attempt(b, rosa, 'one more wrong', undefined, '203.0.113.99'))).toBe('failed');
		const warnings = a.logs.filter((line) => line.includes('redis: unreachable'));
		expect(warnings).toHaveLength(1);

		await server.start();
		await Promise.all([ready(a), ready(b)]);
		expect(a.logs.filter((line) => line.includes('redis: reachable again'))).toHaveLength(1);
		const ivo = await addUser(f.db, 'Ivo');
		const shared = [];
		for (let i = 0; i < 6; i++) shared.push(outcome(await attempt(i % 2 ? b : a, ivo, `wrong ${i}`, undefined, `203.0.113.${i + 20}`)));
		expect(shared).toEqual([...Array(5).fill('failed'), 'throttled']);
	});
});
