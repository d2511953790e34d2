import type * as Y from 'yjs';
import type { DB } from '$lib/server/db/index';
import { SqliteDocumentStore } from '$lib/server/document-store';
import { readDocument } from '$lib/server/live-documents';

/**
 * Writes a change straight into the store, past every check, as a server without the shape check
 * (or with a bug) would have kept it: for tests that pages survive what is already stored.
 */
export async function storeRaw(db: DB, documentId: string, edit: (doc: Y.Doc) => void): Promise<void> {
	const doc = await readDocument(db, documentId);
	const updates: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => updates.push(update));
	doc.transact(() => edit(doc));
	doc.destroy();
	if (updates.length) await new SqliteDocumentStore(db).append(updates.map((update) => ({ documentId, update })));
}
