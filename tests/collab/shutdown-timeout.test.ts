import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { readConfig } from '../../src/lib/server/config';
import { removeDir, tempDataDir, waitFor } from './helpers';
import { buildAppServer, exited, freePort, killHard, spawnServer } from './fixtures/spawn';

const TIMEOUT_MS = 1_500;

describe('SHUTDOWN_TIMEOUT_MS', () => {
	it('is 10 seconds unless set, and must be a number of milliseconds', () => {
		const dir = tempDataDir();
		try {
			expect(readConfig({ DATA_DIR: dir }).shutdownTimeoutMs).toBe(10_000);
			expect(readConfig({ DATA_DIR: dir, SHUTDOWN_TIMEOUT_MS: '2500' }).shutdownTimeoutMs).toBe(2_500);
			for (const wrong of ['soon', '0', '-5', '1.5']) expect(() => readConfig({ DATA_DIR: dir, SHUTDOWN_TIMEOUT_MS: wrong }), wrong).toThrow(/SHUTDOWN_TIMEOUT_MS/);
		} finally {
			removeDir(dir);
		}
	});
});

describe('a shutdown that cannot finish', () => {
	let dir: string;
	let script: string;
	let child: ChildProcess | null = null;
	let socket: Socket | null = null;

	beforeAll(async () => {
		dir = tempDataDir();
		script = await buildAppServer();
	});

	afterAll(async () => {
		socket?.destroy();
		if (child) await killHard(child);
		removeDir(dir);
	});

	/** The app in its own process, with its log lines collected. */
	async function start(): Promise<{ port: number; output: string[] }> {
		const port = await freePort();
		child = await spawnServer(script, { DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS) });
		const output: string[] = [];
		child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		return { port, output };
	}

	it('exits 1 once SHUTDOWN_TIMEOUT_MS has passed, saying so, while a request is still coming in', async () => {
		const { port, output } = await start();
		// A POST whose body never ends: the server cannot finish answering, so it cannot close.
		const held = connect(port, '127.0.0.1');
		socket = held;
		await new Promise<void>((resolve) => held.once('connect', () => resolve()));
		held.write('POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nthe first few bytes');
		await new Promise((r) => setTimeout(r, 200));

		const exit = exited(child!);
		const sent = Date.now();
		child!.kill('SIGTERM');
		const { code, signal } = await exit;
		const tookMs = Date.now() - sent;
		child = null;
		expect({ code, signal }).toEqual({ code: 1, signal: null });
		expect(tookMs).toBeGreaterThanOrEqual(TIMEOUT_MS);
		expect(tookMs).toBeLessThan(TIMEOUT_MS + 4_000);
		await waitFor(() => output.join('').includes('shutdown took too long'), 2_000, 'the log line');
	}, 20_000);

	it('exits 0 when nothing holds it up, well within the timeout', async () => {
		const { output } = await start();
		const exit = exited(child!);
		child!.kill('SIGTERM');
		const { code, signal } = await exit;
		child = null;
		expect({ code, signal }).toEqual({ code: 0, signal: null });
		// The last lines can arrive after the exit.
		await waitFor(() => output.join('').includes('shut down cleanly'), 2_000, 'the log line');
		expect(output.join('')).not.toContain('shutdown took too long');
	}, 20_000);
});
