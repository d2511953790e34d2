import type { Logger } from '../../src/lib/server/log';
import type { DocumentStore } from '../../src/lib/server/document-store';
import type { Room } from './room';
import { CLOSE } from './protocol';

/** An update the store now holds, with its log id. */
export interface StoredRow {
	id: number;
	update: Uint8Array;
}

interface Row {
	room: Room;
	update: Uint8Array;
	seq: number;
}

/**
 * Collects the updates every room accepts during one tick and appends them to the store in one
 * write; rooms relay them only when that write has committed. While a write is in flight (a slow
 * disk, a remote store), what arrives meanwhile waits and goes in the next write, all together.
 */
export class UpdateWriter {
	private rows: Row[] = [];
	private scheduled = false;
	private writing: Promise<void> | null = null;

	constructor(
		private readonly store: DocumentStore,
		private readonly log: Logger,
		/** Told of each room's rows once they are committed (scale-out announces them). */
		private readonly stored?: (documentId: string, rows: StoredRow[]) => void
	) {}

	add(room: Room, update: Uint8Array, seq: number): void {
		this.rows.push({ room, update, seq });
		if (!this.scheduled && !this.writing) {
			this.scheduled = true;
			setImmediate(() => this.flush());
		}
	}

	private flush(): void {
		this.scheduled = false;
		if (this.writing || !this.rows.length) return;
		const batch = this.rows;
		this.rows = [];
		// One write at a time, so each room sees its updates stored in the order it applied them.
		this.writing = this.write(batch).finally(() => {
			this.writing = null;
			this.flush();
		});
	}

	private async write(batch: Row[]): Promise<void> {
		let ids: number[];
		try {
			ids = await this.store.append(batch.map((r) => ({ documentId: r.room.id, update: r.update })));
		} catch (error) {
			this.log.error({ err: error, rows: batch.length }, 'collab: update log write failed; rooms reset');
			// Their docs hold updates the store does not: drop them; clients resend on reconnect.
			for (const room of new Set(batch.map((r) => r.room))) room.fail(CLOSE.internal, 'storage_failed');
			return;
		}
		const perRoom = new Map<Room, { seq: number; lastId: number; count: number; bytes: number }>();
		batch.forEach((row, i) => {
			const entry = perRoom.get(row.room) ?? { seq: 0, lastId: 0, count: 0, bytes: 0 };
			entry.seq = row.seq;
			entry.lastId = ids[i];
			entry.count++;
			entry.bytes += row.update.length;
			perRoom.set(row.room, entry);
		});
		if (this.stored) {
			const rows = new Map<Room, StoredRow[]>();
			batch.forEach((row, i) => {
				const list = rows.get(row.room) ?? [];
				list.push({ id: ids[i], update: row.update });
				rows.set(row.room, list);
			});
			for (const [room, list] of rows) {
				try {
					this.stored(room.id, list);
				} catch (error) {
					this.log.error({ err: error, documentId: room.id }, 'collab: announcing stored updates failed');
				}
			}
		}
		for (const [room, e] of perRoom) {
			try {
				room.logged(e.seq, e.lastId, e.count, e.bytes);
			} catch (error) {
				this.log.error({ err: error, documentId: room.id }, 'collab: relay failed');
			}
		}
	}

	/** Resolves when everything added so far is stored. */
	async idle(): Promise<void> {
		while (this.scheduled || this.writing || this.rows.length) {
			if (this.writing) await this.writing;
			else await new Promise((r) => setImmediate(r));
		}
	}
}
