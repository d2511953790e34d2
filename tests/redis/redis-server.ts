import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../collab/fixtures/spawn';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** A Redis server of the tests' own: Debian's binary, a temp folder, loopback only, nothing saved. */
export interface TestRedis {
	url: string;
	port: number;
	/** Kills the server outright, as a crash or a lost network would. */
	kill(): Promise<void>;
	/** Starts it again on the same port, empty (pub/sub keeps nothing anyway). */
	start(): Promise<void>;
	stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
	if (!existsSync(REDIS_SERVER)) throw new Error('redis-server is not installed (apt-get install redis-server)');
	const dir = mkdtempSync(join(tmpdir(), 'playbook-redis-'));
	const port = await freePort();
	const url = `redis://127.0.0.1:${port}`;
	let child: ChildProcess | null = null;

	async function start(): Promise<void> {
		const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'];
		const started = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'ignore', 'pipe'] });
		child = started;
		// Ready once it answers PING.
		for (let attempt = 0; ; attempt++) {
			if (started.exitCode !== null) throw new Error(`redis-server exited with ${started.exitCode}`);
			const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
			probe.on('error', () => {});
			try {
				await probe.connect();
				if ((await probe.ping()) === 'PONG') return;
			} catch {
				if (attempt > 200) throw new Error('redis-server did not start');
				await new Promise((r) => setTimeout(r, 25));
			} finally {
				probe.disconnect();
			}
		}
	}

	async function kill(): Promise<void> {
		const running = child;
		child = null;
		if (!running || running.exitCode !== null || running.signalCode !== null) return;
		const exited = new Promise((r) => running.once('exit', r));
		running.kill('SIGKILL');
		await exited;
	}

	await start();
	return {
		url,
		port,
		kill,
		start,
		async stop() {
			await kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
