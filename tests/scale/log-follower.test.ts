import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import pino from 'pino';
import type { AppContext } from '../../src/lib/server/app';
import { SqliteDocumentStore } from '../../src/lib/server/document-store';
import { tokenUpdate } from '../storage/document-store-contract';
import { LogFollower, type FollowedRoom } from '../../server/collab/log-follower';
import { Announcements, encodeAnnouncement, logChannel } from '../../server/collab/peers';
import { RedisLink } from '../../server/collab/redis-link';
import { ScaleOut } from '../../server/collab/scale-out';
import type { Room } from '../../server/collab/room';
import { openContext, removeDir, sleep, tempDataDir, waitFor, world } from '../collab/helpers';
import { startRedis, type TestRedis } from '../redis/redis-server';

const log = pino({ level: 'silent' });
const NOTHING_LOADED = { snapshotThrough: 0, logged: [] };

/** A room's doc and what was applied to it, as a Room would apply stored updates. */
function room(id: string): FollowedRoom & { doc: Y.Doc; applied: number; words(): string[] } {
	const doc = new Y.Doc();
	return {
		id,
		state: 'ready',
		doc,
		applied: 0,
		applyStored(updates) {
			this.applied += updates.length;
			for (const update of updates) Y.applyUpdate(doc, update);
		},
		words: () => doc.getText('body').toString().split(' ').filter(Boolean).sort()
	};
}

describe('a room following the update log', () => {
	let dir: string;
	let context: AppContext;
	let store: SqliteDocumentStore;

	beforeAll(async () => {
		dir = tempDataDir();
		context = await openContext(dir);
		store = new SqliteDocumentStore(context.db);
	});

	afterAll(async () => {
		await context.db.destroy();
		removeDir(dir);
	});

	it('applies announced rows, skips its own, and reads the store for rows announced without bytes or missed', async () => {
		const { document } = await world(context);
		const r = room(document.id);
		const follower = new LogFollower(r, store, log, NOTHING_LOADED, 0);
		const [own] = await store.append([{ documentId: document.id, update: tokenUpdate('own') }]);
		follower.own([own]);
		const [one, two, three, four] = await store.append(['one', 'two', 'three', 'four'].map((t) => ({ documentId: document.id, update: tokenUpdate(t) })));
		follower.take([{ id: one, data: tokenUpdate('one') }], false);
		expect(r.words()).toEqual(['one']);
		// Too large to carry: read from the store, with what else the room lacks there.
		follower.take([{ id: three, data: null }], false);
		await follower.catchUp();
		expect(r.words()).toEqual(['four', 'one', 'three', 'two']);
		// The own row was never applied again; the rows read are marked as held.
		expect(r.words()).not.toContain('own');
		const applied = r.applied;
		follower.take([{ id: two, data: tokenUpdate('two') }, { id: four, data: tokenUpdate('four') }], false);
		expect(r.applied).toBe(applied);
		expect(follower.through).toBe(four);
	});

	it('never applies what the store does not hold, and takes a compacted snapshot for the rows folded away', async () => {
		const { document } = await world(context);
		const r = room(document.id);
		const follower = new LogFollower(r, store, log, NOTHING_LOADED, 0);
		const ids = await store.append(['a', 'b', 'c'].map((t) => ({ documentId: document.id, update: tokenUpdate(t) })));
		await store.compact(document.id, ids[1]);
		// An id past anything stored, without bytes: the read finds nothing for it.
		follower.take([{ id: ids[2] + 100, data: null }], true);
		await follower.catchUp();
		expect(r.words()).toEqual(['a', 'b', 'c']);
		expect(follower.through).toBe(ids[2]);
	});

	it('keeps re-reading rows younger than the settle time: a row with a smaller id may still commit behind them', async () => {
		const { document } = await world(context);
		const r = room(document.id);
		const follower = new LogFollower(r, store, log, NOTHING_LOADED, 60_000);
		const ids = await store.append(['x', 'y'].map((t) => ({ documentId: document.id, update: tokenUpdate(t) })));
		await follower.catchUp();
		expect(r.words()).toEqual(['x', 'y']);
		expect(follower.through).toBe(0);
		const applied = r.applied;
		await follower.catchUp();
		// Read again but not applied again.
		expect(r.applied).toBe(applied);
		expect(ids).toHaveLength(2);
	});

	/**
	 * A room that loaded its first and third rows, the first stored a minute ago and the third just
	 * now, but not the second, whose transaction had its id already and committed only after the
	 * load read the log.
	 */
	async function loadedAroundALateRow(words: [string, string, string]) {
		const { document } = await world(context);
		const r = room(document.id);
		const [settled, inFlight, young] = await store.append(words.map((t) => ({ documentId: document.id, update: tokenUpdate(t) })));
		Y.applyUpdate(r.doc, tokenUpdate(words[0]));
		Y.applyUpdate(r.doc, tokenUpdate(words[2]));
		const loaded = { snapshotThrough: 0, logged: [{ id: settled, createdAt: Date.now() - 60_000 }, { id: young, createdAt: Date.now() }] };
		return { r, follower: new LogFollower(r, store, log, loaded, 5_000), settled, inFlight, young };
	}

	it('follows from the newest settled row it loaded: a row that was still in flight below a younger one is applied when it arrives', async () => {
		const { r, follower, settled, inFlight, young } = await loadedAroundALateRow(['p', 'q', 'r']);
		expect(follower.through).toBe(settled);
		follower.take([{ id: inFlight, data: tokenUpdate('q') }], false);
		expect(r.words()).toEqual(['p', 'q', 'r']);
		// The young row it loaded counts as held: not applied again when announced.
		const applied = r.applied;
		follower.take([{ id: young, data: tokenUpdate('r') }], false);
		expect(r.applied).toBe(applied);
	});

	it('reads the late row from the log too, when its announcement never came', async () => {
		const { r, follower, inFlight, young } = await loadedAroundALateRow(['s', 't', 'u']);
		await follower.catchUp();
		expect(r.words()).toEqual(['s', 't', 'u']);
		expect(inFlight).toBeLessThan(young);
	});
});

describe('reading the log for every open room', () => {
	it('reads each room once per interval, a slice of the rooms at a time, not all of them at once', async () => {
		const dir = tempDataDir();
		const context = await openContext(dir);
		const store = new SqliteDocumentStore(context.db);
		const reads: { id: string; at: number }[] = [];
		const counting = Object.create(store, {
			loadSince: {
				value: (id: string, after: number) => {
					reads.push({ id, at: performance.now() });
					return store.loadSince(id, after);
				}
			}
		}) as SqliteDocumentStore;
		// No Redis: every room reads the log each pollMs.
		const scale = new ScaleOut(counting, log, { pollMs: 400 });
		const rooms = Array.from({ length: 40 }, (_, i) => room(`room-${i}`));
		try {
			for (const r of rooms) scale.opened(r as unknown as Room, NOTHING_LOADED);
			await sleep(2_000);
		} finally {
			await scale.close();
			await context.db.destroy();
			removeDir(dir);
		}
		// About five reads per room in two seconds, whatever the number of rooms.
		for (const r of rooms) {
			const n = reads.filter((x) => x.id === r.id).length;
			expect(n, r.id).toBeGreaterThanOrEqual(3);
			expect(n, r.id).toBeLessThanOrEqual(6);
		}
		// Never all forty in one go: at most a slice (two rooms here) read within 5 ms of each other.
		const busiest = Math.max(...reads.map((a) => reads.filter((b) => b.at >= a.at && b.at - a.at < 5).length));
		expect(busiest).toBeLessThanOrEqual(4);
	});
});

describe('announcements on Redis', () => {
	let redis: TestRedis;
	const links: RedisLink[] = [];

	beforeAll(async () => {
		redis = await startRedis();
	});

	afterAll(async () => {
		for (const link of links) await link.close();
		await redis.stop();
	});

	it('carries ids and small updates to other processes, not back to the sender, and flags a lost one or a process that could not announce', async () => {
		const heard: { process: string; documentId: string; ids: number[]; carried: boolean[]; gap: boolean }[] = [];
		const make = (name: string) => {
			const link = new RedisLink(redis.url, log);
			links.push(link);
			return new Announcements(link, name, (documentId, rows, gap) => heard.push({ process: name, documentId, ids: rows.map((r) => r.id), carried: rows.map((r) => r.data !== null), gap }), () => {});
		};
		const a = make('process-a');
		const b = make('process-b');
		await waitFor(() => links.every((l) => l.up), 5_000, 'Redis');
		expect(await a.follow('doc-1')).toBe(true);
		expect(await b.follow('doc-1')).toBe(true);
		a.announce('doc-1', [{ id: 10, update: tokenUpdate('small') }, { id: 11, update: new Uint8Array(64 * 1024) }]);
		await waitFor(() => heard.length === 1, 5_000, 'the first announcement');
		expect(heard[0]).toEqual({ process: 'process-b', documentId: 'doc-1', ids: [10, 11], carried: [true, false], gap: false });
		a.announce('doc-1', [{ id: 12, update: tokenUpdate('next') }]);
		await waitFor(() => heard.length === 2, 5_000, 'the second');
		expect(heard[1].gap).toBe(false);
		// Number 3 never arrives; number 4 says so.
		const link = new RedisLink(redis.url, log);
		links.push(link);
		await waitFor(() => link.up, 5_000, 'Redis');
		link.publish(logChannel('doc-1'), encodeAnnouncement({ from: 'process-a', seq: 4, documentId: 'doc-1', rows: [{ id: 14, data: null }] }));
		await waitFor(() => heard.length === 3, 5_000, 'the one after a loss');
		expect(heard[2]).toMatchObject({ process: 'process-b', ids: [14], gap: true });
		// A process that could not announce says so with an announcement of no rows: read the log.
		link.publish(logChannel('doc-1'), encodeAnnouncement({ from: 'process-a', seq: 5, documentId: 'doc-1', rows: [] }));
		await waitFor(() => heard.length === 4, 5_000, 'the made-up one');
		expect(heard[3]).toMatchObject({ process: 'process-b', ids: [], gap: true });
		expect(heard.every((h) => h.process === 'process-b')).toBe(true);
	});
});

describe('a process started while Redis is down', () => {
	it('keeps trying, warns once, and connects when Redis comes up', async () => {
		const redis = await startRedis();
		await redis.kill();
		const lines: string[] = [];
		const link = new RedisLink(redis.url, pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line).msg) }));
		let ups = 0;
		link.onUp = () => ups++;
		try {
			await sleep(1_500);
			expect(link.up).toBe(false);
			await redis.start();
			await waitFor(() => link.up, 5_000, 'the link to come up');
			expect(ups).toBe(1);
			expect(lines.filter((l) => l.includes('redis: unreachable'))).toHaveLength(1);
			expect(lines.filter((l) => l.includes('redis: reachable again'))).toHaveLength(1);
		} finally {
			await link.close();
			await redis.stop();
		}
	});
});
