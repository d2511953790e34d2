import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/lib/server/app';
import { readConfig } from '../../src/lib/server/config';
import { createDatabase, postgresForSuite } from '../storage/postgres-server';
import { client, openContext, removeDir, sleep, startServer, storedText, synced, tempDataDir, waitFor, world, type Client, type TestServer } from './helpers';

/**
 * Two engines on one database file, as two processes would run: each has its own connection and
 * its own room for the same document, and neither sees the other's edits live (that needs the
 * cross-process relay). Both compact; whatever either logged must survive.
 */
const postgres = postgresForSuite();
const backends: [string, (() => Promise<string>) | null][] = [['SQLite', null]];
if (postgres) backends.push(['PostgreSQL', async () => createDatabase(await postgres.url())]);

afterAll(async () => {
	await postgres?.stop();
});

describe.each(backends)('compaction with two engines on one database (%s)', (_name, database) => {
	let dir: string;
	let url: string | undefined;
	let contexts: AppContext[];
	let servers: TestServer[];
	const clients: Client[] = [];
	// Each engine opens its own connection (its own pool on PostgreSQL), as a process would.
	const connect = () =>
		url ? createAppContext(readConfig({ DATA_DIR: dir, DATABASE_URL: url, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' })) : openContext(dir);

	beforeAll(async () => {
		dir = tempDataDir();
		url = database ? await database() : undefined;
		contexts = [await connect(), await connect()];
		servers = await Promise.all(contexts.map((context) => startServer(context, { compactAfterUpdates: 15 })));
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		for (const server of servers) await server.stop(true);
		removeDir(dir);
	});

	const missing = (text: string, tokens: readonly string[]) => {
		const present = new Set(text.split(' ').filter(Boolean));
		return tokens.filter((t) => !present.has(t));
	};

	it('keeps every token either engine logged, after both compact and after reopening', async () => {
		const { owner, document } = await world(contexts[0]);
		const writers = servers.map((server) => {
			const c = client(server, document.id, owner);
			clients.push(c);
			return c;
		});
		await synced(...writers);
		const tokens: string[] = [];
		for (let i = 0; i < 120; i++) {
			writers.forEach((w, n) => {
				const token = `e${n}k${i}`;
				tokens.push(token);
				w.text.insert(w.text.length, `${token} `);
			});
			if (i % 10 === 0) await sleep(5);
		}
		// Each engine has stored its own client's edits once that client's text is all relayed back.
		await waitFor(() => writers.every((w) => w.provider.wsconnected && !w.provider.ws?.bufferedAmount), 5_000, 'writers sent');
		await sleep(500);
		for (const c of writers) c.destroy();
		clients.length = 0;
		await sleep(800); // rooms unload (roomIdleMs 300) and compact once more on the way out

		const db = contexts[0].db;
		const snapshot = await db.selectFrom('document_snapshot').select('through_id').where('document_id', '=', document.id).executeTakeFirst();
		const rows = await db.selectFrom('document_update').select('id').where('document_id', '=', document.id).execute();
		expect(snapshot).toBeDefined();
		expect(rows.length).toBeLessThan(tokens.length);
		expect(missing(await storedText(contexts[1], document.id), tokens)).toEqual([]);

		for (const server of servers) await server.stop(true);
		contexts = [await connect(), await connect()];
		servers = await Promise.all(contexts.map((context) => startServer(context, { compactAfterUpdates: 15 })));
		expect(missing(await storedText(contexts[0], document.id), tokens)).toEqual([]);
		// And what a client loads from either engine now holds both engines' edits.
		for (const server of servers) {
			const reader = client(server, document.id, owner);
			clients.push(reader);
			await synced(reader);
			await waitFor(() => missing(reader.text.toString(), tokens).length === 0, 5_000, 'reader holds every token');
		}
	});
});
