import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import type { AppContext } from '../../src/lib/server/app';
import { CLOSE } from '../../server/collab/protocol';
import { addMember, client, openContext, person, removeDir, sleep, storedText, synced, tempDataDir, waitFor, world, type Client } from './helpers';
import { buildAppServer, exited, freePort, killHard, spawnServer } from './fixtures/spawn';

const TOKEN = /[AB]\d+;/g;
const tokens = (text: string) => new Set(text.match(TOKEN) ?? []);

describe('SIGTERM while people type', () => {
	let dir: string;
	let context: AppContext;
	let script: string;
	let child: ChildProcess | null = null;
	const clients: Client[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		script = await buildAppServer();
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		if (child) await killHard(child);
		await context.db.destroy();
		removeDir(dir);
	});

	it.each(['SIGTERM', 'SIGINT'] as const)('%s: everything relayed is stored, clients are told to retry and do, the process exits 0', async (signal) => {
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');
		const port = await freePort();
		const env = { DATA_DIR: dir, PORT: String(port) };
		const target = { url: `ws://127.0.0.1:${port}/collab`, origin: `http://127.0.0.1:${port}` };

		child = await spawnServer(script, env);
		const a = client(target, document.id, owner);
		const b = client(target, document.id, member);
		clients.push(a, b);
		await synced(a, b);
		let n = 0;
		const typing = setInterval(() => {
			n++;
			a.text.insert(a.text.length, `A${n};`);
			b.text.insert(b.text.length, `B${n};`);
		}, 4);
		await sleep(400);
		const exit = exited(child);
		child.kill(signal);
		// Typing goes on while the server shuts down; the clients keep it for the next server.
		await waitFor(() => a.closes.length > 0 && b.closes.length > 0, 10_000, 'both clients to be closed');
		const { code, signal: killedBy } = await exit;
		clearInterval(typing);
		child = null;
		expect({ code, killedBy }).toEqual({ code: 0, killedBy: null });
		for (const c of [a, b]) expect(c.closes[0]).toEqual({ code: CLOSE.restarting, reason: 'server_restart' });

		// What each client got from the server: the other one's tokens, each relayed only once stored.
		const seenRelayed = new Set<string>();
		for (const t of tokens(a.text.toString())) if (t.startsWith('B')) seenRelayed.add(t);
		for (const t of tokens(b.text.toString())) if (t.startsWith('A')) seenRelayed.add(t);
		const stored = tokens(await storedText(context, document.id));
		expect([...seenRelayed].filter((t) => !stored.has(t))).toEqual([]);
		expect(seenRelayed.size).toBeGreaterThan(20);

		// The clients were told to retry: they reconnect to the next server on their own and agree.
		child = await spawnServer(script, env);
		await synced(a, b);
		await waitFor(() => a.text.toString() === b.text.toString(), 15_000, 'clients to converge');
		await waitFor(() => tokens(a.text.toString()).size === 2 * n, 15_000, 'every token typed to reach both clients');
		const final = a.text.toString();
		a.destroy();
		b.destroy();
		const { code: second } = await (async () => {
			const done = exited(child!);
			child!.kill('SIGTERM');
			return done;
		})();
		child = null;
		expect(second).toBe(0);
		expect(await storedText(context, document.id)).toBe(final);
	}, 60_000);
});
