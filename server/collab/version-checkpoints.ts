import type { DB } from '../../src/lib/server/db/index';
import type { Logger } from '../../src/lib/server/log';
import { RICH_TEXT_KINDS } from '../../src/lib/server/documents';
import { recordVersion } from '../../src/lib/server/document-versions';
import { readDocument } from '../../src/lib/server/live-documents';
import type { CollabHooks } from './hooks';

interface Editing {
	/** Updates stored since the last checkpoint. */
	updates: number;
	/** When the first of them was stored. */
	since: number;
	/** The newest stored update's log id. */
	lastId: number;
}

export interface CheckpointOptions {
	/** A checkpoint once this many updates were stored since the last one. */
	updates?: number;
	/** ... or once the first edit since the last one is this old. */
	afterMs?: number;
}

/**
 * Automatic versions of rich-text documents while people edit: one after 500 stored updates or
 * 10 minutes of editing since the last, and one when the room unloads with edits not yet kept, so
 * every editing session leaves a version to go back to. Off the relay path, like every afterStored.
 */
export function versionCheckpoints(db: DB, log: Logger, options: CheckpointOptions = {}): CollabHooks {
	const updates = options.updates ?? 500;
	const afterMs = options.afterMs ?? 10 * 60_000;
	const editing = new Map<string, Editing>();
	const versioned = (kind: string) => (RICH_TEXT_KINDS as string[]).includes(kind);

	return {
		name: 'version-checkpoints',
		async afterStored({ documentId, kind, doc, lastId, by, at }) {
			if (!versioned(kind)) return;
			let state = editing.get(documentId);
			if (!state) editing.set(documentId, (state = { updates: 0, since: at, lastId }));
			state.updates += by.length;
			state.lastId = lastId;
			if (state.updates < updates && at - state.since < afterMs) return;
			editing.delete(documentId);
			await recordVersion(db, documentId, doc, { throughId: lastId, now: at });
		},
		async afterUnload({ documentId, kind }) {
			const state = editing.get(documentId);
			editing.delete(documentId);
			if (!state || !versioned(kind)) return;
			// The room's document is gone: the stored one holds every edit that was relayed.
			const doc = await readDocument(db, documentId);
			try {
				await recordVersion(db, documentId, doc, { throughId: state.lastId });
			} finally {
				doc.destroy();
			}
			log.debug({ documentId, updates: state.updates }, 'collab: checkpoint at unload');
		}
	};
}
