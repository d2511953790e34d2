// src/lib/collab/offline-copies.ts
/**
* What this browser keeps of a person's documents between visits, and how sign-out removes it:
* the IndexedDB copies (`playbook-doc-<id>`), a list of documents with changes the server has not
* seen yet, and anything else the app put in web storage. Browser-only.
*/
/** Every IndexedDB database and storage key of the app starts with this. */
var STORAGE_PREFIX = "playbook-";
var PENDING_KEY = `${STORAGE_PREFIX}unsaved-documents`;
var SIGN_OUT_CHANNEL = `${STORAGE_PREFIX}sign-out`;
var open = /* @__PURE__ */ new Set();
/** Tracks a document open in this tab; returns the function that stops tracking it. */
function trackOpenCopy(copy) {
	open.add(copy);
	listenForSignOut();
	return () => open.delete(copy);
}
function readPending() {
	try {
		const list = JSON.parse(localStorage.getItem(PENDING_KEY) ?? "[]");
		return Array.isArray(list) ? list.filter((id) => typeof id === "string") : [];
	} catch {
		return [];
	}
}
function writePending(ids) {
	try {
		if (ids.length) localStorage.setItem(PENDING_KEY, JSON.stringify(ids));
		else localStorage.removeItem(PENDING_KEY);
	} catch {}
}
/** Notes that a stored copy holds changes the server has not seen (survives closing the tab). */
function markUnsaved(documentId) {
	const ids = readPending();
	if (!ids.includes(documentId)) writePending([...ids, documentId]);
}
/** Notes that the server has everything of this document. */
function markSaved(documentId) {
	const ids = readPending();
	if (ids.includes(documentId)) writePending(ids.filter((id) => id !== documentId));
}
var listening = false;
function listenForSignOut() {
	if (listening || typeof BroadcastChannel === "undefined") return;
	listening = true;
	new BroadcastChannel(SIGN_OUT_CHANNEL).onmessage = async (event) => {
		await Promise.all([...open].map((copy) => copy.dropLocalCopy().catch(() => void 0)));
		open.clear();
		if (event.data === "signed-out") location.assign("/signin");
	};
}

export { STORAGE_PREFIX as S, markUnsaved as a, markSaved as m, trackOpenCopy as t };
//# sourceMappingURL=offline-copies.js-NZMjzlAF.js.map
