import type * as Y from 'yjs';
import { setAsideUpdateListeners, type UpdateListener } from './update-listeners';

/**
 * Lets the copy kept in this browser (y-indexeddb, whose transactions have `copy` as origin) load
 * into the document without Yjs encoding it all again for the 'update' listeners, while `quiet()`
 * says the socket is not open. Then no listener needs it: y-indexeddb skips its own changes, the
 * socket would send nothing, and once it opens the server asks for what it lacks (sync step 1),
 * copy included. A 500-card board's copy is 180 kB; encoding it again was about a third of loading
 * it. Any other transaction that starts meanwhile (an observer writing, say) brings the listeners
 * back at once, so no change of its goes unheard. Returns the function that stops it.
 */
export function loadCopyQuietly(doc: Y.Doc, copy: object, quiet: () => boolean): () => void {
	let held: (() => UpdateListener[]) | null = null;
	let loading: Y.Transaction | null = null;
	const restore = () => {
		const putBack = held;
		held = loading = null;
		putBack?.();
	};
	const before = (tr: Y.Transaction) => {
		if (held) {
			if (tr !== loading) restore();
			return;
		}
		if (tr.origin !== copy || !quiet()) return;
		held = setAsideUpdateListeners(doc);
		loading = tr;
	};
	// After every transaction of the run is cleaned up (Yjs emits 'update' before this).
	doc.on('beforeTransaction', before);
	doc.on('afterAllTransactions', restore);
	return () => {
		restore();
		doc.off('beforeTransaction', before);
		doc.off('afterAllTransactions', restore);
	};
}
