import * as Y from 'yjs';
import { COMMENT_KINDS } from '../../src/lib/collab/document-kinds';
import { COMMENT_ACTIVITY_FIELD } from '../../src/lib/collab/rich-text-doc';
import type { Verdict } from './before-apply';
import type { CollabHooks } from './hooks';
import { CLOSE } from './protocol';

const APPLY: Verdict = { action: 'apply' };
const REFUSED: Verdict = { action: 'close', code: CLOSE.updateRefused, reason: 'comment_activity' };

type Decoded = ReturnType<typeof Y.decodeUpdate>;

/** The item of `doc` that holds `id`, if the document has it. */
function itemAt(doc: Y.Doc, id: Y.ID): Y.Item | null {
	const structs = doc.store.clients.get(id.client);
	if (!structs?.length) return null;
	const last = structs[structs.length - 1];
	if (id.clock >= last.id.clock + last.length) return null;
	const struct = structs[Y.findIndexSS(structs, id.clock)];
	return struct instanceof Y.Item ? struct : null;
}

/**
 * Whether an update writes into, or deletes from, the activity map. Read off the decoded update
 * without applying it: an item names its parent only when it has no neighbour, so the others are
 * placed by their neighbour, looked up in the update itself or in the room's document.
 */
export function touchesCommentActivity(doc: Y.Doc, update: Uint8Array): boolean {
	const { structs, ds }: Decoded = Y.decodeUpdate(update);
	const root = doc.share.get(COMMENT_ACTIVITY_FIELD) ?? null;
	// An update lists each client's structs in clock order.
	const own = new Map<number, Y.Item[]>();
	for (const struct of structs) {
		if (!(struct instanceof Y.Item)) continue;
		const list = own.get(struct.id.client);
		if (list) list.push(struct);
		else own.set(struct.id.client, [struct]);
	}
	const inUpdate = (id: Y.ID): Y.Item | null => {
		const list = own.get(id.client);
		if (!list) return null;
		let [low, high] = [0, list.length - 1];
		while (low <= high) {
			const mid = (low + high) >> 1;
			const item = list[mid];
			if (id.clock < item.id.clock) high = mid - 1;
			else if (id.clock >= item.id.clock + item.length) low = mid + 1;
			else return item;
		}
		return null;
	};

	type Place = 'map' | 'no' | 'unknown';
	const places = new Map<Y.Item, Place>();
	/** 'map' when the item would land in the activity map; 'no' elsewhere; 'unknown' when what places it is not here yet. */
	const placeOf = (start: Y.Item): Place => {
		const chain: Y.Item[] = [];
		let item: Y.Item | null = start;
		let place: Place = 'unknown';
		while (item) {
			const seen = places.get(item);
			if (seen) {
				place = seen;
				break;
			}
			if (chain.includes(item)) break;
			chain.push(item);
			const parent = item.parent as unknown;
			if (typeof parent === 'string') {
				place = parent === COMMENT_ACTIVITY_FIELD ? 'map' : 'no';
				break;
			}
			if (parent instanceof Y.AbstractType) {
				if (root !== null && parent === root) place = 'map';
				else if (!parent._item) place = 'no';
				else {
					item = parent._item;
					continue;
				}
				break;
			}
			// A type nested in the map is the map's too (the server only ever writes numbers there).
			const next: Y.ID | null = parent instanceof Y.ID ? parent : (item.origin ?? item.rightOrigin);
			item = next ? (itemAt(doc, next) ?? inUpdate(next)) : null;
		}
		for (const link of chain) places.set(link, place);
		return place;
	};
	// An item whose neighbour is not known yet waits in Yjs until the neighbour arrives, and the
	// neighbour is checked then: each chain into the map starts with an item that names it.
	for (const struct of structs) if (struct instanceof Y.Item && placeOf(struct) === 'map') return true;

	if (!root) return false;
	for (const [client, ranges] of ds.clients) {
		const known = doc.store.clients.get(client);
		if (!known?.length) continue;
		for (const { clock, len } of ranges) {
			for (let i = Y.findIndexSS(known, Math.min(clock, known[known.length - 1].id.clock)); i < known.length && known[i].id.clock < clock + len; i++) {
				const struct = known[i];
				if (struct instanceof Y.Item && struct.id.clock + struct.length > clock && struct.parent === root) return true;
			}
		}
	}
	return false;
}

/**
 * The activity map of a rich-text document is the server's: it tells open pages that a comment
 * thread changed, and a client writing there could make every page fetch in a loop, or hide a
 * change. An update that writes to it or deletes from it is refused before the room applies it.
 */
export const commentActivityPolicy: CollabHooks = {
	name: 'comment-activity',
	beforeApply(incoming) {
		if (!COMMENT_KINDS.includes(incoming.kind) || incoming.readOnly) return APPLY;
		try {
			return touchesCommentActivity(incoming.doc(), incoming.update) ? REFUSED : APPLY;
		} catch {
			return { action: 'close', code: CLOSE.invalid, reason: 'invalid_update' };
		}
	}
};
