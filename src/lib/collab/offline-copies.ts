/**
 * What this browser keeps of a person's documents between visits, and how sign-out removes it:
 * the IndexedDB copies (`playbook-doc-<id>`), a list of documents with changes the server has not
 * seen yet, and anything else the app put in web storage. Browser-only.
 */

/** Every IndexedDB database and storage key of the app starts with this. */
export const STORAGE_PREFIX = 'playbook-';
const PENDING_KEY = `${STORAGE_PREFIX}unsaved-documents`;
const SIGN_OUT_CHANNEL = `${STORAGE_PREFIX}sign-out`;
const COPIES_KEY = `${STORAGE_PREFIX}kept-copies`;
const COPIES_MAX = 500;

/** A document open in this tab, as sign-out sees it. */
export interface OpenCopy {
	readonly documentId: string;
	/** Changes made here that the server may not have yet. */
	hasUnsavedChanges(): boolean;
	/** Stops keeping the document in this browser and deletes its stored copy. */
	dropLocalCopy(): Promise<void>;
}

const open = new Set<OpenCopy>();

/** Tracks a document open in this tab; returns the function that stops tracking it. */
export function trackOpenCopy(copy: OpenCopy): () => void {
	open.add(copy);
	listenForSignOut();
	return () => open.delete(copy);
}

function readList(key: string): string[] {
	try {
		const list: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
		return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
	} catch {
		return [];
	}
}

function writeList(key: string, ids: string[]): void {
	try {
		if (ids.length) localStorage.setItem(key, JSON.stringify(ids));
		else localStorage.removeItem(key);
	} catch {
		// Storage full or blocked: the open tab still knows, through its OpenCopy.
	}
}

const readPending = () => readList(PENDING_KEY);
const writePending = (ids: string[]) => writeList(PENDING_KEY, ids);

/** Notes that a stored copy holds changes the server has not seen (survives closing the tab). */
export function markUnsaved(documentId: string): void {
	const ids = readPending();
	if (!ids.includes(documentId)) writePending([...ids, documentId]);
}

/** Notes that the server has everything of this document. */
export function markSaved(documentId: string): void {
	const ids = readPending();
	if (ids.includes(documentId)) writePending(ids.filter((id) => id !== documentId));
}

/**
 * Notes that this browser keeps a copy of the document (the most recent `COPIES_MAX`), and says
 * whether it had kept one before. That is a hint (a copy may have gone, or been kept before the
 * hint was): a page waits for a copy to load before it connects, and connects at once when there
 * is none to wait for.
 */
export function noteKeptCopy(documentId: string): boolean {
	const ids = readList(COPIES_KEY);
	if (ids.at(-1) !== documentId) writeList(COPIES_KEY, [...ids.filter((id) => id !== documentId), documentId].slice(-COPIES_MAX));
	return ids.includes(documentId);
}

/** Documents, open here or only stored, with changes that signing out now would lose. */
export function unsavedDocuments(): string[] {
	const ids = new Set(readPending());
	for (const copy of open) if (copy.hasUnsavedChanges()) ids.add(copy.documentId);
	return [...ids];
}

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = request.onerror = () => resolve();
		// Another tab still has it open: it is deleted once that tab lets go (it is told to below).
		request.onblocked = () => setTimeout(resolve, 500);
	});
}

/** What a tab tells the others: let go of your copies (sign-out is under way), or it is done. */
type SignOutMessage = 'drop-copies' | 'signed-out';

/**
 * Removes everything this browser keeps for the person signing out: open documents stop being
 * stored, other tabs are told, then every app database and all web storage go. `signedOut` once
 * the session is gone, so that other tabs can show the sign-in page.
 */
export async function clearOfflineCopies({ signedOut = false } = {}): Promise<void> {
	await Promise.all([...open].map((copy) => copy.dropLocalCopy().catch(() => undefined)));
	open.clear();
	if (typeof BroadcastChannel !== 'undefined') {
		const channel = new BroadcastChannel(SIGN_OUT_CHANNEL);
		channel.postMessage((signedOut ? 'signed-out' : 'drop-copies') satisfies SignOutMessage);
		channel.close();
	}
	const names = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((db) => db.name ?? '') : [];
	await Promise.all(names.filter((name) => name.startsWith(STORAGE_PREFIX)).map(deleteDatabase));
	try {
		localStorage.clear();
		sessionStorage.clear();
	} catch {
		// Storage blocked by the browser: nothing was kept there either.
	}
}

let listening = false;
// A tab where the person signs out elsewhere lets go of its copies, then shows the sign-in page.
function listenForSignOut(): void {
	if (listening || typeof BroadcastChannel === 'undefined') return;
	listening = true;
	new BroadcastChannel(SIGN_OUT_CHANNEL).onmessage = async (event: MessageEvent<SignOutMessage>) => {
		await Promise.all([...open].map((copy) => copy.dropLocalCopy().catch(() => undefined)));
		open.clear();
		// Only once the session is gone: before, the sign-in page would send a signed-in person on.
		if (event.data === 'signed-out') location.assign('/signin');
	};
}
