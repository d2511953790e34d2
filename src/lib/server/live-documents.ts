import * as Y from 'yjs';
import type { DB } from './db/index';
import { SqliteDocumentStore, buildDocument } from './document-store';

/**
 * Server-side reads and changes of live documents (seeding a new document, accepting a model
 * update). While the collaboration engine runs, it registers itself here so that a change goes
 * through the open room: logged, then relayed to everyone editing. Without it (tests, a dev
 * server before its first WebSocket) no room can be open, and the store is changed directly.
 */
export interface LiveDocuments {
	/** `by`: the person the server makes the change for (ticking a checklist from My tasks), for the record. */
	change(documentId: string, edit: (doc: Y.Doc) => void, options?: { by?: string }): Promise<void>;
}

const KEY = Symbol.for('playbook.live-documents');
type Holder = { [KEY]?: LiveDocuments };

export function registerLiveDocuments(live: LiveDocuments): void {
	(globalThis as Holder)[KEY] = live;
}

/** Stops routing changes through `live`, unless another endpoint has registered since. */
export function unregisterLiveDocuments(live: LiveDocuments): void {
	const holder = globalThis as Holder;
	if (holder[KEY] === live) holder[KEY] = undefined;
}

export function liveDocuments(db: DB): LiveDocuments {
	return (globalThis as Holder)[KEY] ?? storeDocuments(db);
}

/** A document as stored: every accepted update is logged before anyone sees it, so this is current. */
export async function readDocument(db: DB, documentId: string): Promise<Y.Doc> {
	return buildDocument(await new SqliteDocumentStore(db).load(documentId));
}

function storeDocuments(db: DB): LiveDocuments {
	const store = new SqliteDocumentStore(db);
	return {
		async change(documentId, edit) {
			const doc = buildDocument(await store.load(documentId));
			const updates: Uint8Array[] = [];
			doc.on('update', (update: Uint8Array) => updates.push(update));
			doc.transact(() => edit(doc), 'server');
			if (updates.length) await store.append(updates.map((update) => ({ documentId, update })));
		}
	};
}
