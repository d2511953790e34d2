import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../collab/fixtures/spawn';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** A redis-server of the tests' own: Debian's binary, loopback, a temp folder, nothing saved to disk. */
export interface TestRedis {
	url: string;
	port: number;
	/** kill -9, as an outage would. */
	kill(): Promise<void>;
	/** Starts it again on the same port (empty: pub/sub keeps nothing anyway). */
	start(): Promise<void>;
	stop(): Promise<void>;
}

export async function startRedis(): Promise<TestRedis> {
	if (!existsSync(REDIS_SERVER)) throw new Error('redis-server is not installed (apt-get install redis-server)');
	const dir = mkdtempSync(join(tmpdir(), 'playbook-redis-'));
	const port = await freePort();
	let child: ChildProcess | null = null;

	const start = () =>
		new Promise<void>((resolve, reject) => {
			const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'];
			const started = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
			child = started;
			const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
			let output = '';
			started.stdout!.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('Ready to accept connections')) {
					clearTimeout(timer);
					resolve();
				}
			});
			started.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`redis-server exited with ${code}: ${output.slice(-500)}`));
			});
		});

	const kill = () =>
		new Promise<void>((resolve) => {
			const running = child;
			child = null;
			if (!running || running.exitCode !== null || running.signalCode !== null) return resolve();
			running.removeAllListeners('exit');
			running.once('exit', () => resolve());
			running.kill('SIGKILL');
		});

	await start();
	return {
		url: `redis://127.0.0.1:${port}`,
		port,
		kill,
		start,
		async stop() {
			await kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
