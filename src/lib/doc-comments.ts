import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** Longest comment, and longest quote of the passage kept with a thread. */
export const DOC_COMMENT_MAX = 4000;
export const QUOTE_MAX = 300;

/** One comment of a thread, as the side panel shows it. */
export interface DocCommentView {
	id: string;
	authorId: string | null;
	authorName: string | null;
	body: string;
	createdAt: number;
	editedAt: number | null;
	/** Whether the person asking may edit it (their own) or delete it (their own, or any for organizers). */
	canEdit: boolean;
	canDelete: boolean;
}

/** A thread: where it is in the text, whether it is resolved, and its comments oldest first. */
export interface DocThreadView {
	id: string;
	/** The words it was opened on. */
	quote: string;
	/** The words its mark covers now; null when they were all removed from the text. */
	anchoredText: string | null;
	createdAt: number;
	createdBy: string | null;
	resolvedAt: number | null;
	resolvedByName: string | null;
	revision: number;
	comments: DocCommentView[];
}

/** How the panel lists threads: open ones in document order, then open ones whose text was removed, then resolved ones. */
export interface ArrangedThreads {
	open: DocThreadView[];
	removed: DocThreadView[];
	resolved: DocThreadView[];
}

/**
 * Sorts threads for the panel by where their marks are in the document now (`anchors`, thread id
 * to the words it covers, in document order): a thread is never dropped, only moved to "text removed".
 */
export function arrangeThreads(threads: DocThreadView[], anchors: Map<string, string>): ArrangedThreads {
	const order = new Map([...anchors.keys()].map((id, i) => [id, i]));
	const placed = threads.map((thread) => ({ ...thread, anchoredText: anchors.get(thread.id) ?? null }));
	const byPlace = (a: DocThreadView, b: DocThreadView) => {
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

/** A new thread id, made where the passage is marked (the browser), in the form the server accepts. */
export function newThreadId(): string {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
