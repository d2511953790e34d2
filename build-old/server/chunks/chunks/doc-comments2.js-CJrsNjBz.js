import '@oslojs/encoding';

// src/lib/doc-comments.ts
/** Longest comment, and longest quote of the passage kept with a thread. */
var DOC_COMMENT_MAX = 4e3;
/**
* Sorts threads for the panel by where their marks are in the document now (`anchors`, thread id
* to the words it covers, in document order): a thread is never dropped, only moved to "text removed".
*/
function arrangeThreads(threads, anchors) {
	const order = new Map([...anchors.keys()].map((id, i) => [id, i]));
	const placed = threads.map((thread) => ({
		...thread,
		anchoredText: anchors.get(thread.id) ?? null
	}));
	const byPlace = (a, b) => {
		const pa = order.get(a.id) ?? Infinity;
		const pb = order.get(b.id) ?? Infinity;
		return pa === pb ? a.createdAt - b.createdAt || a.id.localeCompare(b.id) : pa - pb;
	};
	placed.sort(byPlace);
	return {
		open: placed.filter((t) => t.resolvedAt === null && t.anchoredText !== null),
		removed: placed.filter((t) => t.resolvedAt === null && t.anchoredText === null),
		resolved: placed.filter((t) => t.resolvedAt !== null)
	};
}

export { DOC_COMMENT_MAX as D, arrangeThreads as a };
//# sourceMappingURL=doc-comments2.js-CJrsNjBz.js.map
