import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';

/**
 * A document's exact state in a few bytes of text: which updates it holds and what they deleted
 * (a Yjs snapshot). A page made from a stored document sends its stamp, so the browser can tell,
 * once the live copy has synced, whether it holds what the page already shows.
 */
export function docStamp(doc: Y.Doc): string {
	return toBase64(Y.encodeSnapshot(Y.snapshot(doc)));
}

/** Whether `doc` is in the state `stamp` names; a stamp that does not read counts as a change. */
export function hasStamp(doc: Y.Doc, stamp: string): boolean {
	try {
		return Y.equalSnapshots(Y.snapshot(doc), Y.decodeSnapshot(fromBase64(stamp)));
	} catch {
		return false;
	}
}
