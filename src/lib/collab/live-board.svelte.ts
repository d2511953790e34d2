import { browser } from '$app/environment';
import { LiveDocument, type LiveStatus } from './live-document.svelte';
import { readBoard, stableView, type BoardView, type CardView } from './board-doc';
import { hasStamp } from './doc-stamp';

/** What the live bar shows while the page is still the server's first view (and on the server). */
const NOT_YET_LIVE: LiveStatus = { state: 'connecting', synced: false, unsynced: 0, people: [], closedReason: null, readOnly: false, archived: false, local: null };

/**
 * A board open in the browser. It starts from the board as the server read it for the page, so
 * the cards show (and their links work) before the socket connects; once the live document has
 * synced, the board is read from it after every change. Cards, columns and labels that did not
 * change keep their objects, so the page re-renders only what changed.
 */
export class LiveBoard {
	/**
	 * The live document: null on the server, where the page renders the stored board. In the
	 * browser it connects at once, while the page hydrates: the server loads the room meanwhile, and
	 * the board goes live sooner than when the connection waited for the browser to be idle (500
	 * cards: 1,392 -> 1,345 ms and 1,592 -> 1,312 ms in alternate runs, the click on a card no slower).
	 */
	readonly live: LiveDocument | null;
	view = $state.raw<BoardView>({ columns: [], labels: [], cards: [] });
	/** True once the view comes from the live document: changes can be made from then on. */
	ready = $state(false);
	private readonly reread = () => {
		if (this.ready) this.view = stableView(this.view, readBoard(this.doc));
	};
	private destroyed = false;

	constructor(
		documentId: string,
		user: { name: string; color: string },
		initial: BoardView,
		/** The state `initial` was read from: a live document that synced to it needs no reading. */
		stamp: string | null = null
	) {
		this.view = initial;
		this.live = browser ? new LiveDocument(documentId, user) : null;
		if (!this.live) return;
		const live = this.live;
		live.doc.on('update', this.reread);
		// Reading the synced board and drawing it again is a task of its own, after the one that
		// applied the update: a click that came meanwhile is answered between the two.
		let taking = false;
		const takeOver = () => {
			if (this.ready || taking) return;
			taking = true;
			setTimeout(() => {
				if (this.destroyed) return;
				this.ready = true;
				// Most often nobody changed the board since the page was made: the page already
				// shows it, and reading 500 cards again would hold a click for tens of ms.
				if (!stamp || !hasStamp(this.doc, stamp)) this.reread();
				performance.mark('board-live');
			});
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
		this.destroyed = true;
		if (!this.live) return;
		this.live.doc.off('update', this.reread);
		this.live.destroy();
	}
}
