import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Redis } from 'ioredis';
import { createAppContext, type AppContext } from '../../src/lib/server/app';
import { readConfig } from '../../src/lib/server/config';
import { createLogger } from '../../src/lib/server/log';
import { closeRedis, connectRedis } from '../../src/lib/server/redis';
import { SharedSlots } from '../../server/collab/shared-slots';
import { rawSocket, removeDir, sleep, startServer, tempDataDir, upgradeStatus, world, type TestServer } from '../collab/helpers';
import { startRedis, type TestRedis } from './redis-server';

let server: TestRedis;
const clients: Redis[] = [];
const slots: SharedSlots[] = [];
const silent = createLogger('silent');

function client(): Redis {
	const redis = connectRedis(server.url, silent);
	clients.push(redis);
	return redis;
}
const ready = (redis: Redis) => new Promise<void>((resolve) => (redis.status === 'ready' ? resolve() : redis.once('ready', () => resolve())));

/** What one process would hold: its own client and its own counter over it. */
async function process_(name: string, max: number, epochMs?: number): Promise<SharedSlots> {
	const redis = client();
	await ready(redis);
	const made = new SharedSlots(redis, name, max, epochMs);
	slots.push(made);
	return made;
}

async function takeAll(s: SharedSlots, key: string, n: number): Promise<boolean[]> {
	const out = [];
	for (let i = 0; i < n; i++) out.push(await s.take(key));
	return out;
}

beforeAll(async () => {
	server = await startRedis();
});
afterEach(async () => {
	for (const s of slots.splice(0)) s.close();
	if (clients[0]?.status === 'ready') await clients[0].flushall();
});
afterAll(async () => {
	for (const redis of clients) await closeRedis(redis);
	await server.stop();
});

describe('connection slots shared through Redis', () => {
	it('two processes hold one limit between them, and a slot given back in one is free in the other', async () => {
		const [a, b] = [await process_('user', 3), await process_('user', 3)];
		expect(await takeAll(a, 'rosa', 2)).toEqual([true, true]);
		expect(await takeAll(b, 'rosa', 2)).toEqual([true, false]);
		expect(await a.take('rosa')).toBe(false);
		// Another key has its own limit.
		expect(await takeAll(b, 'ivo', 3)).toEqual([true, true, true]);
		a.release('rosa');
		await sleep(50);
		expect(await takeAll(b, 'rosa', 2)).toEqual([true, false]);
	});

	it('many takes at once from several processes never pass the limit', async () => {
		const all = await Promise.all([1, 2, 3, 4].map(() => process_('ip', 10)));
		const taken = await Promise.all(all.flatMap((s) => Array.from({ length: 10 }, () => s.take('192.0.2.1'))));
		expect(taken.filter(Boolean)).toHaveLength(10);
	});

	it('the slots of a process that died free up within two epochs; a live process keeps its own', async () => {
		const epochMs = 1_000;
		const [dead, alive, other] = [await process_('user', 4, epochMs), await process_('user', 4, epochMs), await process_('user', 4, epochMs)];
		expect(await takeAll(dead, 'rosa', 2)).toEqual([true, true]);
		expect(await takeAll(alive, 'rosa', 2)).toEqual([true, true]);
		expect(await other.take('rosa')).toBe(false);
		// It dies without giving anything back: no more ticks, no releases.
		dead.close();
		let freed = 0;
		const deadline = Date.now() + 10 * epochMs;
		while (freed < 2 && Date.now() < deadline) {
			if (await other.take('rosa')) freed++;
			else await sleep(100);
		}
		expect(freed).toBe(2);
		// The live process's two slots were counted again in every new epoch: still taken.
		await sleep(2.5 * epochMs);
		expect(await other.take('rosa')).toBe(false);
		expect(await alive.take('rosa')).toBe(false);
	});

	it('while Redis is away each process keeps its own limit, and never throws', async () => {
		const a = await process_('user', 2);
		await server.kill();
		try {
			await sleep(100);
			expect(await takeAll(a, 'rosa', 3)).toEqual([true, true, false]);
			a.release('rosa');
			expect(await a.take('rosa')).toBe(true);
		} finally {
			await server.start();
			await Promise.all(clients.map(ready));
		}
	});
});

describe('two live-document servers over one Redis', () => {
	const dirs: string[] = [];
	const servers: TestServer[] = [];
	const contexts: AppContext[] = [];
	const sockets: WebSocket[] = [];
	afterAll(async () => {
		for (const ws of sockets) ws.terminate();
		for (const s of servers) await s.stop();
		for (const c of contexts) {
			if (c.redis) await closeRedis(c.redis);
			await c.db.destroy();
		}
		for (const d of dirs) removeDir(d);
	});

	it('refuse a user past their connection limit with 429, however the connections are spread', async () => {
		const dir = tempDataDir();
		dirs.push(dir);
		const open = () => createAppContext(readConfig({ DATA_DIR: dir, REDIS_URL: server.url, NODE_ENV: 'test', LOG_LEVEL: 'silent' }));
		const first = await open();
		const second = await open();
		contexts.push(first, second);
		await Promise.all(contexts.map((c) => ready(c.redis!)));
		const [one, two] = [await startServer(first, { maxConnectionsPerUser: 2 }), await startServer(second, { maxConnectionsPerUser: 2 })];
		servers.push(one, two);
		const { owner, document } = await world(first);

		await rawSocket(one, document.id, owner.cookie, {}, sockets);
		await rawSocket(two, document.id, owner.cookie, {}, sockets);
		for (const s of [one, two]) expect(await upgradeStatus(`${s.url}/${document.id}`, { Origin: s.origin, Cookie: owner.cookie })).toBe(429);
	});
});
