import type { Node } from '@tiptap/pm/model';
import { countText, type TextCounts } from '$lib/testimony-meter';

interface Counted extends TextCounts {
	/** Text blocks (paragraphs, headings), each after the first adding one line break. */
	blocks: number;
}

// ProseMirror nodes are immutable and a new document shares every unchanged node with the old
// one, so counts kept by node make a keystroke re-count only the block it changed.
const counted = new WeakMap<Node, Counted>();

function count(node: Node): Counted {
	const known = counted.get(node);
	if (known) return known;
	let result: Counted;
	if (node.isTextblock) {
		// Hard breaks and other leaves read as line breaks, so the words on either side stay apart.
		result = { ...countText(node.textBetween(0, node.content.size, '\n', '\n')), blocks: 1 };
	} else {
		result = { words: 0, characters: 0, blocks: 0 };
		node.forEach((child) => {
			const inner = count(child);
			result.words += inner.words;
			result.characters += inner.characters;
			result.blocks += inner.blocks;
		});
	}
	counted.set(node, result);
	return result;
}

/** A count that took longer than this (a very long paragraph) makes the next ones wait for a pause in typing. */
const SLOW_MS = 8;
const PAUSE_MS = 300;

/**
 * Live word and character counts of an editor's document, for the speaking meter: the editor
 * calls `update` with each new document, and only changed blocks are counted again. When even
 * that is slow (one paragraph of thousands of words), counting waits until typing pauses.
 * Characters count one line break between blocks, as the exports' plain text does.
 */
export class DocumentCounts implements TextCounts {
	words = $state(0);
	characters = $state(0);
	#slow = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	update(doc: Node): void {
		clearTimeout(this.#timer);
		if (this.#slow) this.#timer = setTimeout(() => this.#count(doc), PAUSE_MS);
		else this.#count(doc);
	}

	destroy(): void {
		clearTimeout(this.#timer);
	}

	#count(doc: Node): void {
		const started = performance.now();
		const total = count(doc);
		this.words = total.words;
		this.characters = total.characters + Math.max(0, total.blocks - 1);
		this.#slow = performance.now() - started > SLOW_MS;
	}
}
