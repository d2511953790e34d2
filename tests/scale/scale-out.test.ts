import { afterAll, describe, expect, it } from 'vitest';
import { colorFor } from '../../src/lib/collab/colors';
import { addMember, client, person, sleep, storedText, synced, waitFor, world, type Client } from '../collab/helpers';
import { startCluster, stopClusterDatabase, type Cluster } from './cluster';

const TOKEN = /[A-Z]\d+;/g;
const tokens = (text: string) => new Set(text.match(TOKEN) ?? []);

type Shown = { user?: { name?: string; color?: string; role?: string } };
const shownBy = (watcher: Client, of: Client) => (watcher.provider.awareness.getStates().get(of.doc.clientID) as Shown | undefined)?.user;

/** Everything `by` typed that `in` shows: tokens it can only have had relayed by a server. */
function relayedTo(into: Client, by: string): string[] {
	return [...tokens(into.text.toString())].filter((t) => t.startsWith(by));
}

const clusters: Cluster[] = [];
const clients: Client[] = [];

afterAll(async () => {
	for (const c of clients) c.destroy();
	for (const c of clusters) await c.stop();
	await stopClusterDatabase();
});

async function cluster(count: number, options: Parameters<typeof startCluster>[1]): Promise<Cluster> {
	const started = await startCluster(count, options);
	clusters.push(started);
	return started;
}

function track(c: Client): Client {
	clients.push(c);
	return c;
}

/** Two processes on one SQLite file without Redis, reading the log every `pollMs`, and one client on each, synced. */
async function twoOnSqlite(pollMs: number) {
	const { context, apps } = await cluster(2, { database: 'sqlite', redis: false, env: { COLLAB_POLL_MS: String(pollMs) } });
	const { owner, document } = await world(context);
	const a = track(client(apps[0].front, document.id, owner));
	const b = track(client(apps[1].front, document.id, owner));
	await synced(a, b);
	return { context, apps, document, a, b };
}

describe('several app processes on one database and one Redis', () => {
	it('two processes on PostgreSQL: edits converge, presence crosses and goes, a viewer writes nothing anywhere', async () => {
		const running = await cluster(2, { database: 'postgres' });
		const { context, apps } = running;
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Mo Member');
		const viewer = await person(context, 'Vi Viewer');
		await addMember(context, team.id, member, 'member');
		await addMember(context, team.id, viewer, 'viewer');

		const a = track(client(apps[0].front, document.id, owner));
		const b = track(client(apps[1].front, document.id, member));
		const v = track(client(apps[1].front, document.id, viewer));
		const w = track(client(apps[0].front, document.id, viewer));
		await synced(a, b, v, w);
		for (let i = 0; i < 30; i++) {
			a.text.insert(a.text.length, `A${i};`);
			b.text.insert(b.text.length, `B${i};`);
			if (i === 10) {
				v.text.insert(0, 'V1;');
				w.text.insert(0, 'W1;');
			}
			await sleep(5);
		}
		await waitFor(() => relayedTo(b, 'A').length === 30 && relayedTo(a, 'B').length === 30, 10_000, 'edits to cross processes');
		await waitFor(() => a.text.toString() === b.text.toString() && v.text.toString().length > 0, 10_000, 'the writers to converge');
		await sleep(300);
		const stored = await storedText(context, document.id);
		expect(stored).toBe(a.text.toString());
		expect(b.text.toString()).toBe(stored);
		// The viewers' own edits stay in their own tabs: no process took them.
		for (const text of [stored, a.text.toString(), b.text.toString()]) {
			expect(text).not.toContain('V1;');
			expect(text).not.toContain('W1;');
		}
		expect(relayedTo(v, 'A')).toHaveLength(30);

		// Presence from process A, seen on B with the name the database holds, whatever the tab claimed.
		a.provider.awareness.setLocalStateField('user', { name: 'Someone Else', color: '#000000', role: 'admin' });
		a.provider.awareness.setLocalStateField('cursor', { at: 3 });
		await waitFor(() => shownBy(b, a)?.name === 'Owner', 5_000, "A's presence on B");
		expect(shownBy(b, a)).toEqual({ name: 'Owner', color: colorFor(owner.id), role: 'owner' });
		b.provider.awareness.setLocalStateField('cursor', { at: 1 });
		await waitFor(() => shownBy(a, b)?.name === 'Mo Member', 5_000, "B's presence on A");
		expect(shownBy(v, a)?.name).toBe('Owner');

		// Leaving takes it away on the other process too.
		a.destroy();
		await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 5_000, "A's presence to go from B");

		// A process that dies takes its people's presence with it (its tab is not let reconnect here).
		const gone = track(client(apps[0].direct, document.id, owner));
		await synced(gone);
		gone.provider.awareness.setLocalStateField('cursor', { at: 2 });
		await waitFor(() => shownBy(b, gone)?.name === 'Owner', 5_000, 'presence from process A');
		await running.kill(0);
		await waitFor(() => !b.provider.awareness.getStates().has(gone.doc.clientID), 10_000, 'a dead process’s presence to go');
		gone.provider.disconnect();
	}, 60_000);

	it('three processes on PostgreSQL, kill -9 one of them while everyone types, 10 times: nothing anyone saw relayed is lost', async () => {
		const running = await cluster(3, { database: 'postgres', env: { COMPACT_AFTER: '150' } });
		const { context, apps } = running;
		const { owner, team, document } = await world(context);
		const names = ['A', 'B', 'C'];
		const writers: Client[] = [];
		for (let i = 0; i < 3; i++) {
			const who = i === 0 ? owner : await person(context, `Writer ${names[i]}`);
			if (i) await addMember(context, team.id, who, 'member');
			writers.push(track(client(apps[i].front, document.id, who)));
		}
		const seenRelayed = new Set<string>();
		let n = 0;
		for (let round = 0; round < 10; round++) {
			await synced(...writers);
			const typing = setInterval(() => {
				n++;
				writers.forEach((w, i) => w.text.insert(w.text.length, `${names[i]}${n};`));
			}, 5);
			await sleep(200 + Math.floor(Math.random() * 200));
			const victim = round % 3;
			await running.kill(victim);
			await sleep(150);
			clearInterval(typing);
			// What each client got from a server: the others' tokens.
			writers.forEach((w, i) => {
				for (const t of tokens(w.text.toString())) if (!t.startsWith(names[i])) seenRelayed.add(t);
			});
			const stored = tokens(await storedText(context, document.id));
			const missing = [...seenRelayed].filter((t) => !stored.has(t));
			expect(missing, `round ${round}: relayed but not stored`).toEqual([]);
			await running.start(victim);
		}
		await synced(...writers);
		await waitFor(() => writers.every((w) => w.text.toString() === writers[0].text.toString()), 20_000, 'writers to converge');
		await sleep(300);
		const final = await storedText(context, document.id);
		expect(final).toBe(writers[0].text.toString());
		// Every token anyone typed reached the database once its tab had a live process again.
		for (let i = 1; i <= n; i++) for (const name of names) expect(final).toContain(`${name}${i};`);
		expect(seenRelayed.size).toBeGreaterThan(300);
	}, 90_000);

	it('Redis killed mid-run and started again on the same port: processes keep serving from the log, then recover', async () => {
		const running = await cluster(2, { database: 'sqlite' });
		const { context, apps, redis } = running;
		const { owner, team, document } = await world(context);
		const member = await person(context, 'Mo Member');
		await addMember(context, team.id, member, 'member');
		const a = track(client(apps[0].front, document.id, owner));
		const b = track(client(apps[1].front, document.id, member));
		await synced(a, b);
		let n = 0;
		const type = () => {
			n++;
			a.text.insert(a.text.length, `A${n};`);
			b.text.insert(b.text.length, `B${n};`);
		};
		const converged = () => a.text.toString() === b.text.toString() && tokens(a.text.toString()).size === 2 * n;
		b.provider.awareness.setLocalStateField('cursor', { at: 0 });
		await waitFor(() => shownBy(a, b)?.name === 'Mo Member', 5_000, 'presence before the outage');

		let typing = setInterval(type, 10);
		await sleep(300);
		await redis!.kill();
		await sleep(1_500);
		clearInterval(typing);
		// Only the log carries edits between the processes now.
		await waitFor(converged, 10_000, 'convergence through the log while Redis is away');
		expect(shownBy(a, b)).toBeUndefined();
		const during = await storedText(context, document.id);
		expect(tokens(during).size).toBe(2 * n);

		await redis!.start();
		typing = setInterval(type, 10);
		await sleep(1_500);
		clearInterval(typing);
		await waitFor(converged, 10_000, 'convergence once Redis is back');
		// Presence crosses again, which only Redis carries: the processes resubscribed without a restart.
		b.provider.awareness.setLocalStateField('cursor', { at: 1 });
		await waitFor(() => shownBy(a, b)?.name === 'Mo Member', 10_000, 'presence after the outage');
		await sleep(300);
		expect(await storedText(context, document.id)).toBe(a.text.toString());
		for (const app of apps) {
			const warned = app.output.filter((line) => line.includes('redis: unreachable; each open document reads the update log'));
			expect(warned, 'one warning per outage, not one per tick').toHaveLength(1);
		}
	}, 60_000);

	it('two processes on one SQLite file without Redis (COLLAB_POLL_MS): edits converge through the log', async () => {
		const { context, apps, document, a, b } = await twoOnSqlite(200);
		for (let i = 0; i < 20; i++) {
			a.text.insert(a.text.length, `A${i};`);
			b.text.insert(b.text.length, `B${i};`);
			await sleep(10);
		}
		await waitFor(() => a.text.toString() === b.text.toString() && tokens(a.text.toString()).size === 40, 10_000, 'convergence through the log');
		await sleep(300);
		expect(await storedText(context, document.id)).toBe(a.text.toString());
		for (const app of apps) expect(app.output.filter((line) => /redis/i.test(line))).toEqual([]);
	}, 30_000);

	it('what another process stored meanwhile reaches a client as one message per read of the log, not one per edit', async () => {
		const { a, b } = await twoOnSqlite(1000);
		let messages = 0;
		const sync = b.provider.messageHandlers[0];
		b.provider.messageHandlers[0] = (...args) => {
			messages++;
			return sync(...args);
		};
		// Twenty edits, each its own update and its own logged row, well within one poll interval.
		for (let i = 0; i < 20; i++) a.text.insert(a.text.length, `A${i};`);
		await waitFor(() => tokens(b.text.toString()).size === 20, 10_000, 'the edits to reach the other process');
		expect(messages).toBeLessThanOrEqual(3);
	}, 30_000);
});

