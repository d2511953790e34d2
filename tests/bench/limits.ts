/**
 * What a shared limit costs: sign-in throttle attempts and connection slot takes, in memory and
 * over a Redis server of the benchmark's own on loopback. Prints; asserts nothing.
 * Run: npm run bench:limits
 */
import { Redis } from 'ioredis';
import { Throttle } from '../../src/lib/server/auth/throttle';
import { SharedSlots } from '../../server/collab/shared-slots';
import { memorySlots, type ConnectionSlots } from '../../server/collab/limits';
import { startRedis } from '../redis/redis-server';

const N = 5_000;

async function time(what: string, run: (i: number) => Promise<unknown>): Promise<void> {
	const t0 = performance.now();
	for (let i = 0; i < N; i++) await run(i);
	const ms = performance.now() - t0;
	console.log(`${what.padEnd(44)} ${N} in ${ms.toFixed(0).padStart(5)} ms, ${((ms * 1000) / N).toFixed(0).padStart(4)} µs each`);
}

const server = await startRedis();
const redis = new Redis(server.url, { enableOfflineQueue: false });
await new Promise((resolve) => redis.once('ready', resolve));
try {
	const memory = new Throttle('m', 30, 10_000);
	const shared = new Throttle('r', 30, 10_000, redis);
	await time('throttle attempt, memory', (i) => memory.consume(`ip${i % 500}`));
	await time('throttle attempt, Redis', (i) => shared.consume(`ip${i % 500}`));
	const slots: [string, ConnectionSlots][] = [
		['connection slot take + release, memory', memorySlots(64)],
		['connection slot take + release, Redis', new SharedSlots(redis, 'bench', 64)]
	];
	for (const [what, s] of slots) {
		await time(what, async (i) => {
			await s.take(`ip${i % 50}`);
			s.release(`ip${i % 50}`);
		});
		s.close();
	}
} finally {
	redis.disconnect();
	await server.stop();
}
