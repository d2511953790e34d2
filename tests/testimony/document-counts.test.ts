import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DocumentCounts } from '$lib/components/editor/document-counts.svelte';
import { countText } from '$lib/testimony-meter';

const schema = getSchema([StarterKit]);
const paragraph = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const docOf = (content: unknown[]) => schema.nodeFromJSON({ type: 'doc', content });

describe('the live counts of an editor document', () => {
	afterEach(() => vi.useRealTimers());

	test('words and characters of every block, one line break between blocks, hard breaks keeping words apart', () => {
		const doc = docOf([
			{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Lo que pedimos' }] },
			{ type: 'paragraph', content: [{ type: 'text', text: 'Buenas noches,' }, { type: 'hardBreak' }, { type: 'text', text: 'señora alcaldesa 👍🏽' }] },
			{ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Órdenes judiciales')] }] },
			paragraph('')
		]);
		const counts = new DocumentCounts();
		counts.update(doc);
		const text = 'Lo que pedimos\nBuenas noches,\nseñora alcaldesa 👍🏽\nÓrdenes judiciales\n';
		expect({ words: counts.words, characters: counts.characters }).toEqual(countText(text));
		expect(counts.words).toBe(9);
	});

	test('a change re-counts to the same totals as a fresh count; unchanged blocks are shared', () => {
		const first = docOf([paragraph('Uno dos tres.'), paragraph('Cuatro cinco.')]);
		const counts = new DocumentCounts();
		counts.update(first);
		expect(counts.words).toBe(5);
		// An edit as ProseMirror makes it: a new document that keeps the untouched paragraph node.
		const edited = first.copy(first.content.replaceChild(1, schema.nodeFromJSON(paragraph('Cuatro cinco seis siete.'))));
		expect(edited.child(0)).toBe(first.child(0));
		counts.update(edited);
		expect(counts.words).toBe(7);
		expect(counts.characters).toBe('Uno dos tres.\nCuatro cinco seis siete.'.length);
	});

	test('when counting is slow (one huge paragraph), the next counts wait for a pause in typing', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const huge = 'palabra '.repeat(20_000);
		const counts = new DocumentCounts();
		counts.update(docOf([paragraph(huge)]));
		expect(counts.words).toBe(20_000);
		counts.update(docOf([paragraph(`${huge}más`)]));
		counts.update(docOf([paragraph(`${huge}más y más`)]));
		expect(counts.words).toBe(20_000);
		vi.advanceTimersByTime(300);
		expect(counts.words).toBe(20_003);
		counts.destroy();
	});
});
