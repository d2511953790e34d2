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
	/**
	 * Reads the document as stored. `read` must only read, and must not keep the doc: it is the
	 * open room's own when that holds exactly what is stored (a board page, a card's comments),
	 * so that the server does not build a 500-card board from the store again for each of them.
	 */
	read<T>(documentId: string, read: (doc: Y.Doc) => T): Promise<T>;
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

/** What `read` finds in a document as stored (from its open room if there is one: see `LiveDocuments.read`). */
export function readStored<T>(db: DB, documentId: string, read: (doc: Y.Doc) => T): Promise<T> {
	return liveDocuments(db).read(documentId, read);
}

/** `read` on the document built from the store (a copy of its own, destroyed after). */
export async function readFromStore<T>(db: DB, documentId: string, read: (doc: Y.Doc) => T): Promise<T> {
	const doc = await readDocument(db, documentId);
	try {
		return read(doc);
	} finally {
		doc.destroy();
	}
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
		},
		read: (documentId, read) => readFromStore(db, documentId, read)
	};
}
