import * as Y from 'yjs';
import { COMMENT_KINDS } from '../../src/lib/collab/document-kinds';
import { COMMENT_ACTIVITY_FIELD } from '../../src/lib/collab/rich-text-doc';
import type { Verdict } from './before-apply';
import type { CollabHooks } from './hooks';
import { CLOSE } from './protocol';

const APPLY: Verdict = { action: 'apply' };
const REFUSED: Verdict = { action: 'close', code: CLOSE.updateRefused, reason: 'comment_activity' };

type Decoded = ReturnType<typeof Y.decodeUpdate>;


/** Items by client, each list in clock order, and a lookup of the one holding an id. */
class ItemsById {
	private readonly byClient = new Map<number, Y.Item[]>();
	add(item: Y.Item): void {
		const list = this.byClient.get(item.id.client);
		if (list) list.push(item);
		else this.byClient.set(item.id.client, [item]);
	}
	sort(): this {
		for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
		return this;
	}
	get size(): number {
		return this.byClient.size;
	}
	find(id: Y.ID): Y.Item | null {
		const list = this.byClient.get(id.client);
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
	}
	/** Whether any item overlaps clocks [clock, clock + len) of `client`. */
	overlaps(client: number, clock: number, len: number): boolean {
		return (this.byClient.get(client) ?? []).some((item) => item.id.clock < clock + len && clock < item.id.clock + item.length);
	}
}

/**
 * Whether an update writes into, or deletes from, the activity map. Read off the decoded update
 * without applying it: an item names its parent only when it has no neighbour; the others are
 * placed by their neighbour, found in the update itself or among the map's own items (the server
 * only ever writes numbers there, so the map holds no types for anything to nest in).
 */
export function touchesCommentActivity(doc: Y.Doc, update: Uint8Array): boolean {
	const { structs, ds }: Decoded = Y.decodeUpdate(update);
	// Every item ever set in the map: each key's values, newest first, linked to the older ones.
	const inMap = new ItemsById();
	const root = doc.share.get(COMMENT_ACTIVITY_FIELD);
	if (root) for (const newest of root._map.values()) for (let item: Y.Item | null = newest; item; item = item.left) inMap.add(item);
	inMap.sort();

	const own = new ItemsById();
	let namesMap = false;
	for (const struct of structs) {
		if (!(struct instanceof Y.Item)) continue;
		own.add(struct);
		// A decoded item that names its parent holds the root type's name (typed as a type).
		if ((struct.parent as unknown) === COMMENT_ACTIVITY_FIELD) namesMap = true;
	}
	if (namesMap) return true;
	if (!inMap.size) return false; // nothing in the map to be placed next to, or deleted

	const places = new Map<Y.Item, boolean>();
	/** Whether an item of the update would land in the map, following its neighbours within the update. */
	const lands = (start: Y.Item): boolean => {
		const chain = new Set<Y.Item>();
		let item: Y.Item | null = start;
		let found = false;
		while (item && !chain.has(item)) {
			const seen = places.get(item);
			if (seen !== undefined) {
				found = seen;
				break;
			}
			chain.add(item);
			const parent = item.parent as unknown;
			const next: Y.ID | null = parent instanceof Y.ID ? parent : typeof parent === 'string' ? null : (item.origin ?? item.rightOrigin);
			if (!next) break;
			if (inMap.find(next)) {
				found = true;
				break;
			}
			// A neighbour neither here nor in the map is elsewhere in the document, or not sent yet:
			// Yjs holds such an item back until it arrives, and what arrives is checked then.
			item = own.find(next);
		}
		for (const link of chain) places.set(link, found);
		return found;
	};
	for (const struct of structs) if (struct instanceof Y.Item && lands(struct)) return true;

	for (const [client, ranges] of ds.clients) for (const { clock, len } of ranges) if (inMap.overlaps(client, clock, len)) return true;
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
