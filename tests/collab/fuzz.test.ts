import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import type { AppContext } from '../../src/lib/server/app';
import { SqliteDocumentStore, buildDocument } from '../../src/lib/server/document-store';
import { client, openContext, rawSocket, removeDir, startServer, storedText, synced, tempDataDir, upgradeStatus, waitFor, world, type Client, type TestServer } from './helpers';

function frame(...parts: Array<number | Uint8Array>): Uint8Array {
	const encoder = encoding.createEncoder();
	for (const p of parts) {
		if (typeof p === 'number') encoding.writeVarUint(encoder, p);
		else encoding.writeVarUint8Array(encoder, p);
	}
	return encoding.toUint8Array(encoder);
}

/** A real update to mutate: a few edits of several kinds. */
function sampleUpdate(): Uint8Array {
	const doc = new Y.Doc();
	doc.getText('body').insert(0, 'Hello, council members');
	doc.getText('body').delete(2, 3);
	doc.getMap('meta').set('title', { en: 'Plan', n: 3 });
	doc.getArray('cards').push([new Y.Map(), 'x', 42]);
	const update = Y.encodeStateAsUpdate(doc);
	doc.destroy();
	return update;
}

const base = sampleUpdate();

/** Byte strings that look more and more like real messages. */
const hostileMessage: fc.Arbitrary<Uint8Array> = fc.oneof(
	fc.uint8Array({ maxLength: 200 }),
	// Truncated varints: continuation bits with nothing after them.
	fc.integer({ min: 1, max: 12 }).map((n) => new Uint8Array([0, ...Array(n).fill(0x80)])),
	// Huge declared lengths with little data behind them.
	fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 2 }), fc.constantFrom(2 ** 31, 2 ** 40, 2 ** 53 - 1), fc.uint8Array({ maxLength: 20 })).map(([type, step, len, tail]) => {
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, type);
		if (type === 0) encoding.writeVarUint(encoder, step);
		encoding.writeVarUint(encoder, len);
		encoding.writeUint8Array(encoder, tail);
		return encoding.toUint8Array(encoder);
	}),
	// Valid framing around garbage updates, state vectors and awareness.
	fc.tuple(fc.constantFrom(0, 1, 2), fc.uint8Array({ maxLength: 300 })).map(([step, garbage]) => frame(0, step, garbage)),
	fc.uint8Array({ maxLength: 300 }).map((garbage) => frame(1, garbage)),
	// A real update with bytes flipped, cut short or spliced.
	fc.tuple(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(base.length)).map(([flips, cut]) => {
		const mutated = base.slice(0, Math.max(cut, 2));
		for (const [at, value] of flips) if (at < mutated.length) mutated[at] = value;
		return frame(0, 2, mutated);
	}),
	// Unknown message and sync types; trailing bytes after a good message.
	fc.tuple(fc.integer({ min: 4, max: 2 ** 20 }), fc.uint8Array({ maxLength: 10 })).map(([type, tail]) => frame(type, tail)),
	fc.uint8Array({ minLength: 1, maxLength: 8 }).map((tail) => new Uint8Array([...frame(0, 0, new Uint8Array([0])), ...tail]))
);

describe('hostile input', () => {
	let dir: string;
	let context: AppContext;
	let server: TestServer;
	const clients: Client[] = [];

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		server = await startServer(context, { maxMessageBytes: 256 * 1024 });
	});

	afterAll(async () => {
		for (const c of clients) c.destroy();
		await server.stop(true);
		removeDir(dir);
	});

	it('survives random and malformed messages; honest clients keep syncing and the document stays loadable', async () => {
		const { owner, document } = await world(context);
		const a = client(server, document.id, owner);
		const b = client(server, document.id, owner);
		clients.push(a, b);
		await synced(a, b);
		a.text.insert(0, 'honest start');
		await waitFor(() => b.text.toString() === 'honest start', 5_000, 'initial sync');

		let closedByServer = 0;
		let round = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(hostileMessage, { minLength: 1, maxLength: 3 }), async (messages) => {
				const ws = await rawSocket(server, document.id, owner.cookie);
				const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
				for (const m of messages) if (ws.readyState === ws.OPEN) ws.send(m);
				const code = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(0), 40))]);
				if (code) closedByServer++;
				// Only protocol close codes, never a crash.
				expect([0, 1003, 1007, 1009, 1011, 4413]).toContain(code);
				ws.terminate();
				// Honest clients keep syncing throughout.
				if (++round % 25 === 0) {
					a.text.insert(a.text.length, ` r${round}`);
					await waitFor(() => b.text.toString().includes(` r${round}`), 5_000, 'honest sync during fuzzing');
				}
			}),
			{ numRuns: 600, seed: 4242 }
		);
		expect(closedByServer).toBeGreaterThan(100);

		a.text.insert(a.text.length, ' honest end');
		await waitFor(() => b.text.toString() === a.text.toString() && b.text.toString().endsWith('honest end'), 10_000, 'final sync');
		expect(await upgradeStatus(`${server.url}/${document.id}`, { Origin: server.origin, Cookie: owner.cookie })).toBe(101);
		// The stored document loads, and matches what the clients hold.
		await new Promise((r) => setTimeout(r, 200));
		const stored = buildDocument(await new SqliteDocumentStore(context.db).load(document.id));
		expect(stored.getText('body').toString()).toBe(a.text.toString());
		stored.destroy();
		expect(await storedText(context, document.id)).toContain('honest start');
	}, 90_000);
});
