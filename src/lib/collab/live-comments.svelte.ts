import type * as Y from 'yjs';
import { arrangeThreads, type DocThreadView } from '$lib/doc-comments';
import { commentActivityMap, commentAnchors, RICH_TEXT_FIELD } from './rich-text-doc';

/**
 * A document's comment threads in the browser: fetched from the server when the page opens and
 * again whenever the server's activity map in the live document changes (a comment, a reply, a
 * resolution by anyone), placed by where their marks are in the live text now.
 */
export class LiveComments {
	threads = $state<DocThreadView[]>([]);
	/** Thread id to the words its mark covers now, in document order. */
	anchors = $state<Map<string, string>>(new Map());
	canComment = $state(false);
	canModerate = $state(false);
	loaded = $state(false);
	failed = $state(false);
	readonly arranged = $derived(arrangeThreads(this.threads, this.anchors));

	private readonly fragment: Y.XmlFragment;
	private readonly activity: Y.Map<unknown>;
	private fetching: Promise<void> | null = null;
	private again = false;
	private anchorTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly doc: Y.Doc,
		private readonly url: string
	) {
		this.fragment = doc.getXmlFragment(RICH_TEXT_FIELD);
		this.activity = commentActivityMap(doc);
		this.activity.observe(this.onActivity);
		this.fragment.observeDeep(this.onText);
		this.readAnchors();
		void this.refresh();
	}

	private onActivity = () => void this.refresh();

	// Reading every mark costs a walk of the text: once per burst of typing is enough.
	private onText = () => {
		if (this.anchorTimer) return;
		this.anchorTimer = setTimeout(() => {
			this.anchorTimer = null;
			this.readAnchors();
		}, 150);
	};

	readAnchors() {
		this.anchors = commentAnchors(this.fragment);
	}

	/** Fetches the threads; a change that arrives meanwhile fetches once more after. */
	refresh(): Promise<void> {
		if (this.fetching) {
			this.again = true;
			return this.fetching;
		}
		this.fetching = (async () => {
			do {
				this.again = false;
				try {
					const response = await fetch(this.url, { headers: { accept: 'application/json' } });
					if (!response.ok) throw new Error(String(response.status));
					const body = (await response.json()) as { open: DocThreadView[]; removed: DocThreadView[]; resolved: DocThreadView[]; canComment: boolean; canModerate: boolean };
					this.threads = [...body.open, ...body.removed, ...body.resolved];
					this.canComment = body.canComment;
					this.canModerate = body.canModerate;
					this.failed = false;
				} catch {
					this.failed = true;
				}
			} while (this.again);
			this.loaded = true;
			this.readAnchors();
		})().finally(() => (this.fetching = null));
		return this.fetching;
	}

	thread(id: string): DocThreadView | undefined {
		return this.threads.find((t) => t.id === id);
	}

	destroy() {
		this.activity.unobserve(this.onActivity);
		this.fragment.unobserveDeep(this.onText);
		if (this.anchorTimer) clearTimeout(this.anchorTimer);
	}
}
