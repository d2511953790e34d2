import { browser } from '$app/environment';
import { LiveDocument, type LiveStatus } from './live-document.svelte';
import { readBoard, stableView, type BoardView, type CardView } from './board-doc';

/** What the live bar shows while the page is still the server's first view (and on the server). */
const NOT_YET_LIVE: LiveStatus = { state: 'connecting', synced: false, unsynced: 0, people: [], closedReason: null, readOnly: false, archived: false, local: null };

/**
 * A board open in the browser. It starts from the board as the server read it for the page, so
 * the cards show (and their links work) before the socket connects; once the live document has
 * synced, the board is read from it after every change. Cards, columns and labels that did not
 * change keep their objects, so the page re-renders only what changed.
 */
export class LiveBoard {
	/** The live document; null on the server, where the page renders the stored board. */
	readonly live: LiveDocument | null;
	view = $state.raw<BoardView>({ columns: [], labels: [], cards: [] });
	/** True once the view comes from the live document: changes can be made from then on. */
	ready = $state(false);
	private readonly reread = () => {
		if (this.ready) this.view = stableView(this.view, readBoard(this.doc));
	};

	constructor(documentId: string, user: { name: string; color: string }, initial: BoardView) {
		this.view = initial;
		this.live = browser ? new LiveDocument(documentId, user) : null;
		if (!this.live) return;
		this.live.doc.on('update', this.reread);
		const live = this.live;
		const takeOver = () => {
			if (this.ready) return;
			this.ready = true;
			this.reread();
			if (typeof performance !== 'undefined') performance.mark('board-live');
		};
		live.provider.on('sync', (synced: boolean) => synced && takeOver());
		// Offline with a copy in this browser: work from that copy, as every live document does.
		void live.local?.whenSynced.then(() => {
			if (live.state === 'offline' || live.state === 'reconnecting') takeOver();
		});
		live.provider.on('status', () => {
			if (live.local && (live.state === 'offline' || live.state === 'reconnecting')) void live.local.whenSynced.then(takeOver);
		});
	}

	get doc() {
		return this.live!.doc;
	}

	/** The connection as the live bar shows it (before the socket is up, "connecting"). */
	get status(): LiveStatus {
		return this.live ?? NOT_YET_LIVE;
	}

	card(id: string | null): CardView | null {
		return id ? (this.view.cards.find((c) => c.id === id) ?? null) : null;
	}

	/** Runs a change as one transaction, so the board re-reads once. */
	change(edit: () => void): void {
		this.doc.transact(edit);
	}

	destroy() {
		if (!this.live) return;
		this.live.doc.off('update', this.reread);
		this.live.destroy();
	}
}
