import { afterAll, describe, expect, it } from 'vitest';
import { liveDocuments } from '../../src/lib/server/live-documents';
import { client, openContext, removeDir, startServer, storedText, synced, tempDataDir, waitFor, world, type Client, type TestServer } from '../collab/helpers';
import { startRedis, type TestRedis } from '../redis/redis-server';

describe('server-side changes with several processes', () => {
	const servers: TestServer[] = [];
	const clients: Client[] = [];
	let redis: TestRedis | null = null;
	const dir = tempDataDir();

	afterAll(async () => {
		for (const c of clients) c.destroy();
		for (const s of servers) await s.stop(true);
		await redis?.stop();
		removeDir(dir);
	});

	it('a change made on one process (an accepted model update, a restore) reaches clients on another', async () => {
		redis = await startRedis();
		// Two endpoints on one SQLite file, each with its own connection, as two processes would have.
		const first = await startServer(await openContext(dir), { scaleOut: { redisUrl: redis.url } });
		const second = await startServer(await openContext(dir), { scaleOut: { redisUrl: redis.url } });
		servers.push(first, second);
		await waitFor(() => servers.every((s) => s.endpoint.scaleOut?.connected === true), 5_000, 'Redis');
		const { owner, document } = await world(first.context);
		const reader = client(first, document.id, owner);
		clients.push(reader);
		await synced(reader);
		// The second endpoint registered last: server-side changes in this process go through it.
		await liveDocuments(second.context.db).change(document.id, (doc) => doc.getText('body').insert(0, 'From the server. '));
		await waitFor(() => reader.text.toString().includes('From the server.'), 5_000, 'the change on the other process');
		expect(await storedText(first.context, document.id)).toContain('From the server.');
	});
});
