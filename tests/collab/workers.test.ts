import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import type { AppContext } from '../../src/lib/server/app';
import { workerCount } from '../../server/workers';
import { addMember, client, openContext, person, removeDir, storedText, synced, tempDataDir, waitFor, world, type Client } from './helpers';
import { bundleNodeEntry, freePort, killHard } from './fixtures/spawn';

// WORKERS=N: one primary and N app processes on one port (node:cluster) over one SQLite file.
describe('WORKERS=2', () => {
	let dir: string;
	let context: AppContext;
	let script: string;
	let primary: ChildProcess | null = null;
	const clients: Client[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		script = await bundleNodeEntry('tests/collab/fixtures/cluster-server.ts', 'playbook-cluster-fixture/server.mjs');
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		if (primary) await killHard(primary);
		await context.db.destroy();
		removeDir(dir);
	});

	it('reads the count from the environment; 1, junk and nothing mean no cluster', () => {
		expect([undefined, '1', '0', '-2', 'two', '2.5'].map((w) => workerCount({ WORKERS: w }))).toEqual([1, 1, 1, 1, 1, 1]);
		expect(workerCount({ WORKERS: '3' })).toBe(3);
	});

	it('serves one port from two processes; a worker killed is replaced, its clients reconnect, nothing is lost; SIGTERM exits 0', async () => {
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');
		const port = await freePort();
		const ready: number[] = [];
		primary = spawn(process.execPath, [script], { env: { ...process.env, WORKERS: '2', COLLAB_POLL_MS: '200', DATA_DIR: dir, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
		primary.stdout!.on('data', (chunk: Buffer) => {
			for (const match of chunk.toString().matchAll(/ready \d+ (\d+)/g)) ready.push(Number(match[1]));
		});
		await waitFor(() => ready.length >= 2, 20_000, 'two workers to listen');
		expect(new Set(ready).size).toBe(2);
		expect(ready).not.toContain(primary.pid);

		const target = { url: `ws://127.0.0.1:${port}/collab`, origin: `http://127.0.0.1:${port}` };
		const a = client(target, document.id, owner);
		const b = client(target, document.id, member);
		clients.push(a, b);
		await synced(a, b);
		a.text.insert(0, 'from a;');
		b.text.insert(0, 'from b;');
		await waitFor(() => a.text.toString() === b.text.toString() && a.text.length === 14, 10_000, 'the two clients to converge');

		// One worker dies hard: the primary starts another; clients on it reconnect and resend.
		process.kill(ready[0], 'SIGKILL');
		await waitFor(() => ready.length >= 3, 20_000, 'a new worker');
		a.text.insert(a.text.length, 'after a;');
		b.text.insert(b.text.length, 'after b;');
		await waitFor(() => a.text.toString() === b.text.toString() && a.text.length === 30, 20_000, 'convergence after the kill');
		const final = a.text.toString();
		await waitFor(() => a.provider.synced && b.provider.synced, 10_000, 'both synced');

		const exit = new Promise<number | null>((resolve) => primary!.once('exit', (code) => resolve(code)));
		primary.kill('SIGTERM');
		expect(await exit).toBe(0);
		primary = null;
		expect(await storedText(context, document.id)).toBe(final);
	}, 90_000);
});
