import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import type { AppContext } from '../../src/lib/server/app';
import { addMember, client, openContext, person, removeDir, sleep, storedText, synced, tempDataDir, waitFor, world, type Client } from './helpers';
import { buildFixtureServer, freePort, killHard, spawnServer } from './fixtures/spawn';

const TOKEN = /[AB]\d+;/g;
const tokens = (text: string) => new Set(text.match(TOKEN) ?? []);

describe('kill -9 while people type', () => {
	let dir: string;
	let context: AppContext;
	let script: string;
	let child: ChildProcess | null = null;

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		script = await buildFixtureServer();
	});

	afterAll(async () => {
		if (child) await killHard(child);
		await context.db.destroy();
		removeDir(dir);
	});

	it('loses nothing any client had seen relayed, over 10 crashes', async () => {
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Member');
		await addMember(context, team.id, member, 'member');
		const port = await freePort();
		const env = { DATA_DIR: dir, PORT: String(port), COMPACT_AFTER: '150' };
		const target = { url: `ws://127.0.0.1:${port}/collab`, origin: `http://127.0.0.1:${port}` };

		child = await spawnServer(script, env);
		const a: Client = client(target, document.id, owner);
		const b: Client = client(target, document.id, member);
		const seenRelayed = new Set<string>();
		let n = 0;

		for (let round = 0; round < 10; round++) {
			await synced(a, b);
			const typing = setInterval(() => {
				n++;
				a.text.insert(a.text.length, `A${n};`);
				b.text.insert(b.text.length, `B${n};`);
			}, 4);
			await sleep(250 + Math.floor(Math.random() * 250));
			await killHard(child);
			clearInterval(typing);
			// What each client got from the server: the other one's tokens.
			for (const t of tokens(a.text.toString())) if (t.startsWith('B')) seenRelayed.add(t);
			for (const t of tokens(b.text.toString())) if (t.startsWith('A')) seenRelayed.add(t);

			const stored = tokens(await storedText(context, document.id));
			const missing = [...seenRelayed].filter((t) => !stored.has(t));
			expect(missing, `round ${round}: relayed but not stored`).toEqual([]);
			child = await spawnServer(script, env);
		}

		// After the last restart the clients resend what never reached storage; all three agree.
		await synced(a, b);
		await waitFor(() => a.text.toString() === b.text.toString(), 15_000, 'clients to converge');
		await sleep(300);
		const final = await storedText(context, document.id);
		expect(final).toBe(a.text.toString());
		expect(seenRelayed.size).toBeGreaterThan(100);
		a.destroy();
		b.destroy();
	}, 120_000);
});
