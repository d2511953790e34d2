import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import { setAsideUpdateListeners } from './update-listeners';

/**
 * Applies the document's state as the server sent it, and hands the listeners of 'update' the
 * server's bytes rather than letting Yjs encode the change again for them. For a browser's first
 * visit the change is the whole document (a 500-card board: 180 kB, 7,000 items), and encoding it
 * again was a third of applying it. The listeners (the copy in IndexedDB, the socket, the page's
 * reading of the board) are called once, as Yjs would have, and not at all when nothing changed.
 */
export function applyServerState(doc: Y.Doc, update: Uint8Array, origin: unknown): void {
	let transaction: Y.Transaction | null = null;
	const seen = (tr: Y.Transaction) => {
		if (tr.origin === origin && !transaction) transaction = tr;
	};
	const putBack = setAsideUpdateListeners(doc);
	doc.on('afterTransaction', seen);
	let listeners;
	try {
		Y.applyUpdate(doc, update, origin);
	} finally {
		doc.off('afterTransaction', seen);
		listeners = putBack();
	}
	if (transaction && changed(transaction)) for (const listener of listeners) listener(update, origin, doc, transaction);
}

/** Whether a transaction added or deleted anything (what Yjs asks before it emits 'update'). */
function changed(transaction: Y.Transaction): boolean {
	if (transaction.deleteSet.clients.size > 0) return true;
	for (const [client, clock] of transaction.afterState) if ((transaction.beforeState.get(client) ?? 0) !== clock) return true;
	return false;
}

/**
 * Makes the provider apply the server's answer to its first message (sync step 2: all the
 * document it lacks) with `applyServerState`. The other sync messages are read as y-websocket
 * reads them.
 */
export function applyServerStateQuietly(provider: WebsocketProvider): void {
	const usual = provider.messageHandlers[messageSync];
	provider.messageHandlers[messageSync] = (encoder, decoder, provider, emitSynced, messageType) => {
		const peek = decoding.clone(decoder);
		if (decoding.readVarUint(peek) !== syncProtocol.messageYjsSyncStep2) return usual(encoder, decoder, provider, emitSynced, messageType);
		decoding.readVarUint(decoder);
		encoding.writeVarUint(encoder, messageSync);
		try {
			applyServerState(provider.doc, decoding.readVarUint8Array(decoder), provider);
		} catch (error) {
			// As y-protocols does: an error in a listener is reported, and the connection goes on.
			console.error('Caught error while handling a Yjs update', error);
		}
		if (emitSynced && !provider.synced) provider.synced = true;
	};
}
