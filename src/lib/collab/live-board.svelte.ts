import { LiveDocument } from './live-document.svelte';
import { readBoard, type BoardView, type CardView } from './board-doc';

/** A board open in the browser: its live document and the board read from it after every change. */
export class LiveBoard {
	readonly live: LiveDocument;
	view = $state<BoardView>({ columns: [], labels: [], cards: [] });
	private readonly reread = () => (this.view = readBoard(this.live.doc));

	constructor(documentId: string, user: { name: string; color: string }) {
		this.live = new LiveDocument(documentId, user);
		this.live.doc.on('update', this.reread);
		this.reread();
	}

	get doc() {
		return this.live.doc;
	}

	card(id: string | null): CardView | null {
		return id ? (this.view.cards.find((c) => c.id === id) ?? null) : null;
	}

	/** Runs a change as one transaction, so the board re-reads once. */
	change(edit: () => void): void {
		this.live.doc.transact(edit);
	}

	destroy() {
		this.live.doc.off('update', this.reread);
		this.live.destroy();
	}
}
