import * as Y from 'yjs';
import { RICH_TEXT_FIELD } from '../../src/lib/collab/rich-text-doc';

/** Writes paragraphs into an empty rich-text body, as the editor keeps them. */
export function writeParagraphs(doc: Y.Doc, lines: string[]): void {
	const body = doc.getXmlFragment(RICH_TEXT_FIELD);
	body.insert(
		body.length,
		lines.map((line) => {
			const paragraph = new Y.XmlElement('paragraph');
			paragraph.insert(0, [new Y.XmlText(line)]);
			return paragraph;
		})
	);
}

/** The text of the body's n-th paragraph. */
export const paragraphText = (doc: Y.Doc, n: number) => (doc.getXmlFragment(RICH_TEXT_FIELD).get(n) as Y.XmlElement).get(0) as Y.XmlText;

/** The words of a text, without the formatting tags its toString() shows. */
export const plain = (text: Y.XmlText) => (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');

/** Marks `words` in paragraph `n` as a thread's passage, the way y-prosemirror writes an overlapping mark. */
export function markPassage(doc: Y.Doc, n: number, words: string, threadId: string): void {
	const text = paragraphText(doc, n);
	const at = plain(text).indexOf(words);
	if (at < 0) throw new Error(`"${words}" is not in paragraph ${n}`);
	text.format(at, words.length, { [`comment--${threadId.slice(0, 8)}`]: { threadId } });
}

/** Deletes `words` from paragraph `n`. */
export function deleteWords(doc: Y.Doc, n: number, words: string): void {
	const text = paragraphText(doc, n);
	const at = plain(text).indexOf(words);
	if (at < 0) throw new Error(`"${words}" is not in paragraph ${n}`);
	text.delete(at, words.length);
}
