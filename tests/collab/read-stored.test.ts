import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/lib/server/app';
import { readStored } from '../../src/lib/server/live-documents';
import { client, openContext, removeDir, sleep, startServer, storedText, synced, tempDataDir, waitFor, world, type Client, type TestServer } from './helpers';

// A board page and a card's comments read the stored board on every request. With the document's
// room open, that is read from the room's doc (its guid is the document's id) instead of built from
// the store again; with no room open, or with an edit not yet stored, from the store.
describe('reading a live document as stored', () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;
	const clients: Client[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		// Rooms left empty close after 300 ms here, so a test can see a read with no room open.
		server = await startServer(context);
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server.stop(true);
		removeDir(dir);
	});

	const read = (id: string) => readStored(context.db, id, (doc) => ({ text: doc.getText('body').toString(), fromRoom: doc.guid === id }));

	it('reads from the store while no room is open, and from the room once one holds what is stored', async () => {
		const { owner, document } = await world(context);
		// Making the document seeded it through a room; once that has closed, the store answers.
		await waitFor(async () => !(await read(document.id)).fromRoom, 5_000, 'the seeding room to close');
		expect(await read(document.id)).toEqual({ text: '', fromRoom: false });

		const a = client(server, document.id, owner);
		clients.push(a);
		await synced(a);
		a.text.insert(0, 'No holds without a judicial warrant.');
		await waitFor(async () => (await storedText(context, document.id)) === 'No holds without a judicial warrant.', 5_000, 'the edit to be stored');
		// Logged, so the room holds exactly what the store does.
		await waitFor(async () => (await read(document.id)).fromRoom, 5_000, 'the read to come from the room');
		expect(await read(document.id)).toEqual({ text: 'No holds without a judicial warrant.', fromRoom: true });
	});

	it('never shows an edit before it is stored: what it reads is always what the store held', async () => {
		const { owner, document } = await world(context);
		const a = client(server, document.id, owner);
		clients.push(a);
		await synced(a);
		// Edits keep arriving; every read is either the room (all stored) or the store itself.
		let reads = 0;
		for (let i = 0; i < 40; i++) {
			a.text.insert(a.text.length, `${i} `);
			const seen = await read(document.id);
			const stored = await storedText(context, document.id);
			// Whatever was read was stored by then (the store only grows here).
			expect(stored.startsWith(seen.text)).toBe(true);
			reads++;
			if (i % 8 === 0) await sleep(5);
		}
		expect(reads).toBe(40);
		await waitFor(async () => (await read(document.id)).text === a.text.toString(), 5_000, 'the last edit to be read');
	});
});
