import type * as Y from 'yjs';

export type UpdateListener = (update: Uint8Array, origin: unknown, doc: Y.Doc, transaction: Y.Transaction | null) => void;

/** What a Y.Doc keeps of its listeners (lib0's Observable); read only to set them aside for a moment. */
type Listeners = { _observers: Map<string, Set<UpdateListener>> };

/**
 * Takes the document's 'update' listeners off it, so that a transaction meanwhile is not encoded
 * for them (Yjs encodes a transaction's change only when someone listens). The function returned
 * puts them back, in their order, and returns them.
 */
export function setAsideUpdateListeners(doc: Y.Doc): () => UpdateListener[] {
	const listeners = [...((doc as unknown as Listeners)._observers.get('update') ?? [])];
	for (const listener of listeners) doc.off('update', listener);
	let back = false;
	return () => {
		if (!back) for (const listener of listeners) doc.on('update', listener);
		back = true;
		return listeners;
	};
}
