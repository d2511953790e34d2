import type { ChildProcess } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { createAppContext, type AppContext } from '../../src/lib/server/app';
import { readConfig } from '../../src/lib/server/config';
import { buildFixtureServer, freePort, killHard, spawnServer } from '../collab/fixtures/spawn';
import { removeDir, tempDataDir } from '../collab/helpers';
import { createDatabase, startPostgres, type TestPostgres } from '../storage/postgres-server';
import { startRedis, type TestRedis } from '../redis/redis-server';

/** Where a test's app processes keep their data: one PostgreSQL database, or one SQLite file. */
export type Database = 'postgres' | 'sqlite';

/** One app process behind a front door of its own. */
export interface AppProcess {
	/** What a client connects to: the process, or another live one once it is down (a load balancer's job). */
	front: { url: string; origin: string };
	/** The process itself, with no failover. */
	direct: { url: string; origin: string };
	child: ChildProcess | null;
	/** Everything it printed (its log, with LOG_LEVEL set). */
	output: string[];
}

export interface Cluster {
	context: AppContext;
	redis: TestRedis | null;
	apps: AppProcess[];
	kill(i: number): Promise<void>;
	start(i: number): Promise<void>;
	stop(): Promise<void>;
}

let postgres: Promise<TestPostgres> | null = null;

/**
 * `count` real app processes (the collab fixture server) sharing one database and one Redis, each
 * behind a TCP front door that hands its connections to another live process while it is down.
 */
export async function startCluster(count: number, options: { database: Database; redis?: boolean; env?: Record<string, string> }): Promise<Cluster> {
	const dir = tempDataDir();
	const env: Record<string, string> = { DATA_DIR: dir, LOG_LEVEL: 'warn', ...options.env };
	if (options.database === 'postgres') {
		postgres ??= startPostgres();
		env.DATABASE_URL = await createDatabase((await postgres).url);
	}
	const redis = options.redis === false ? null : await startRedis();
	if (redis) env.REDIS_URL = redis.url;
	const context = await createAppContext(readConfig({ ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }));
	const script = await buildFixtureServer();

	const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
	const alive = ports.map(() => false);
	const fronts: Server[] = [];
	const open = new Set<Socket>();
	const apps: AppProcess[] = [];
	for (let i = 0; i < count; i++) {
		const front = createServer((socket) => {
			open.add(socket);
			socket.once('close', () => open.delete(socket));
			const target = alive[i] ? i : alive.findIndex(Boolean);
			if (target < 0) return socket.destroy();
			const upstream = connect(ports[target], '127.0.0.1');
			open.add(upstream);
			upstream.once('close', () => open.delete(upstream));
			socket.pipe(upstream).pipe(socket);
			socket.on('error', () => upstream.destroy());
			upstream.on('error', () => socket.destroy());
			socket.on('close', () => upstream.destroy());
			upstream.on('close', () => socket.destroy());
		});
		await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
		fronts.push(front);
		const frontPort = (front.address() as { port: number }).port;
		apps.push({
			front: { url: `ws://127.0.0.1:${frontPort}/collab`, origin: `http://127.0.0.1:${frontPort}` },
			direct: { url: `ws://127.0.0.1:${ports[i]}/collab`, origin: `http://127.0.0.1:${ports[i]}` },
			child: null,
			output: []
		});
	}

	async function start(i: number): Promise<void> {
		const child = await spawnServer(script, { ...env, PORT: String(ports[i]) });
		child.stdout!.on('data', (chunk: Buffer) => apps[i].output.push(...chunk.toString().split('\n').filter(Boolean)));
		apps[i].child = child;
		alive[i] = true;
	}

	async function kill(i: number): Promise<void> {
		alive[i] = false;
		const child = apps[i].child;
		apps[i].child = null;
		if (child) await killHard(child);
	}

	await Promise.all(apps.map((_, i) => start(i)));
	return {
		context,
		redis,
		apps,
		kill,
		start,
		async stop() {
			await Promise.all(apps.map((_, i) => kill(i)));
			for (const socket of open) socket.destroy();
			await Promise.all(fronts.map((f) => new Promise((resolve) => f.close(resolve))));
			await context.db.destroy();
			await redis?.stop();
			removeDir(dir);
		}
	};
}

/** Stops the PostgreSQL server the clusters of this test file shared. */
export async function stopClusterDatabase(): Promise<void> {
	if (postgres) (await postgres).stop();
	postgres = null;
}
