import type { Logger } from '../../src/lib/server/log';
import type { DocumentStore, StoredDocument } from '../../src/lib/server/document-store';

/** What a follower needs of its room. */
export interface FollowedRoom {
	readonly id: string;
	readonly state: 'loading' | 'ready' | 'closed';
	/** Applies updates the store holds, in order, and relays what they changed to the room's clients. */
	applyStored(updates: readonly Uint8Array[]): void;
}

/** Which rows of the log a room loaded, for following the log from there. */
export type LoadedLog = Pick<StoredDocument, 'snapshotThrough' | 'logged'>;

/** A logged row another process announced; `data` is left out of announcements of large rows. */
export interface AnnouncedRow {
	id: number;
	data: Uint8Array | null;
}

/**
 * Rows younger than this may still have a smaller-id row in flight behind them (PostgreSQL hands
 * out ids before commit), so the follower keeps re-reading past them until they are this old.
 */
export const SETTLE_MS = 5_000;

/**
 * Keeps one room in step with the update log as other processes write it: applies what they
 * announce, and reads the log itself (loadSince) when an announcement is missing, out of order or
 * left its bytes out, when Redis comes back, or on every tick while Redis is away. Nothing is ever
 * applied that the store does not hold: announcements are sent only after commit.
 */
export class LogFollower {
	/** Every row with an id up to here is in the room's doc. */
	private mark: number;
	/** Rows past `mark` the room already has (its own, or announced). */
	private readonly seen = new Set<number>();
	private running: Promise<void> | null = null;
	private again = false;

	constructor(
		private readonly room: FollowedRoom,
		private readonly store: DocumentStore,
		private readonly log: Logger,
		/** What the room loaded: its snapshot's last row, and each row's id and time. */
		loaded: LoadedLog,
		private readonly settleMs = SETTLE_MS
	) {
		// A row with a smaller id than the newest loaded may still have been in flight (PostgreSQL
		// hands out ids before commit): follow from the newest row that was settled, and count the
		// younger ones as held, so a late one is applied when it is announced or read.
		const settledBefore = Date.now() - settleMs;
		let mark = loaded.snapshotThrough;
		for (const row of loaded.logged) {
			if (row.createdAt > settledBefore) break;
			mark = row.id;
		}
		this.mark = mark;
		for (const row of loaded.logged) if (row.id > mark) this.seen.add(row.id);
	}

	/** How far the room is known to hold the log, for tests and logs. */
	get through(): number {
		return this.mark;
	}

	/** Rows this process stored itself: the room has them. */
	own(ids: readonly number[]): void {
		for (const id of ids) if (id > this.mark) this.seen.add(id);
	}

	/** Announced rows, in the order their writer stored them; `gap`: an announcement before them went missing. */
	take(rows: readonly AnnouncedRow[], gap: boolean): void {
		let read = gap;
		const updates: Uint8Array[] = [];
		for (const row of rows) {
			if (row.id <= this.mark || this.seen.has(row.id)) continue;
			if (!row.data) {
				read = true;
				continue;
			}
			updates.push(row.data);
			this.seen.add(row.id);
		}
		// One apply and one message to each client for all of them.
		this.room.applyStored(updates);
		if (read) void this.catchUp();
	}

	/** Reads the log past `mark` and applies what the room lacks; one read at a time, the last request always served. */
	catchUp(): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = this.read().finally(() => {
			this.running = null;
			if (this.again && this.room.state !== 'closed') {
				this.again = false;
				void this.catchUp();
			}
		});
		return this.running;
	}

	private async read(): Promise<void> {
		if (this.room.state !== 'ready') return;
		const startedAt = Date.now();
		let since;
		try {
			since = await this.store.loadSince(this.room.id, this.mark);
		} catch (error) {
			this.log.warn({ err: error, documentId: this.room.id }, 'collab: reading the update log to catch up failed; tried again on the next tick');
			return;
		}
		if (this.room.state !== 'ready') return;
		let mark = this.mark;
		const updates: Uint8Array[] = [];
		if (since.snapshot) {
			// A compaction folded rows this room may lack: the snapshot holds them (what the doc has already, Yjs skips).
			updates.push(since.snapshot.data);
			mark = Math.max(mark, since.snapshot.throughId);
		}
		let settled = true;
		for (const row of since.updates) {
			if (!this.seen.has(row.id)) {
				updates.push(row.data);
				this.seen.add(row.id);
			}
			settled &&= row.createdAt <= startedAt - this.settleMs;
			if (settled) mark = row.id;
		}
		this.room.applyStored(updates);
		this.mark = mark;
		for (const id of this.seen) if (id <= mark) this.seen.delete(id);
	}
}
