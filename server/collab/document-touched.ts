import type { DB } from '../../src/lib/server/db/index';
import type { Logger } from '../../src/lib/server/log';
import type { CollabHooks } from './hooks';

interface Touched {
	/** The last time written to the document's row. */
	written: number;
	/** A later edit's time, held back until the interval has passed or the room goes. */
	pending: number | null;
	timer: NodeJS.Timeout | null;
}

/**
 * Keeps `document.updated_at` (the documents list's "changed 3 days ago") true to the last stored
 * edit: at most one write per document per interval, and the last edit's time is written when the
 * interval ends or the room unloads, so it is never lost.
 */
export function documentTouched(db: DB, log: Logger, intervalMs = 60_000): CollabHooks {
	const documents = new Map<string, Touched>();

	async function write(documentId: string, at: number): Promise<void> {
		await db.updateTable('document').set({ updated_at: at }).where('id', '=', documentId).where('updated_at', '<', at).execute();
	}

	async function flush(documentId: string): Promise<void> {
		const touched = documents.get(documentId);
		if (!touched) return;
		if (touched.timer) clearTimeout(touched.timer);
		touched.timer = null;
		if (touched.pending === null) return;
		const at = touched.pending;
		touched.pending = null;
		touched.written = at;
		await write(documentId, at);
	}

	return {
		name: 'document-touched',
		async afterStored({ documentId, at }) {
			let touched = documents.get(documentId);
			if (!touched) documents.set(documentId, (touched = { written: 0, pending: null, timer: null }));
			if (at - touched.written >= intervalMs) {
				touched.written = at;
				touched.pending = null;
				await write(documentId, at);
				return;
			}
			touched.pending = at;
			if (touched.timer) return;
			touched.timer = setTimeout(() => {
				flush(documentId).catch((error) => log.error({ err: error, documentId }, 'collab: updated_at write failed'));
			}, intervalMs - (at - touched.written));
			touched.timer.unref?.();
		},
		async afterUnload({ documentId }) {
			await flush(documentId);
			documents.delete(documentId);
		}
	};
}
