/**
 * Suggested changes in rich text (suggestion mode): the shape both the editor and the server's
 * reviewer policy hold to. The marks are those of @handlewithcare/prosemirror-suggest-changes,
 * with our own attributes.
 *
 * - Text marks `insertion`, `deletion`, `modification`. Each excludes the others, so
 *   y-prosemirror stores it on the text's formatting under its plain name, with its attributes as
 *   the value: `{ id, author, at }` (modification adds the library's `type`, `attrName`,
 *   `previousValue`, `newValue`).
 * - `id` is `s-` and a random UUID: two people suggesting at once never share an id (the
 *   library's own "highest + 1" would), and it never starts with a digit (the library reads ids
 *   with parseInt).
 * - `author` is the suggester's user id; `at` is Unix ms.
 * - y-prosemirror does not sync node marks, so a suggested new or deleted block (a paragraph, a
 *   list item) carries its suggestion as the node attribute `suggestion`:
 *   `{ type: 'insertion' | 'deletion', id, author, at }`, or absent / null.
 */
export const SUGGESTION_MARKS = ['insertion', 'deletion', 'modification'] as const;
export type SuggestionMark = (typeof SUGGESTION_MARKS)[number];

/** The node attribute of a block-level suggestion. */
export const BLOCK_SUGGESTION_ATTR = 'suggestion';

export interface SuggestionAttrs {
	id: string;
	author: string;
	at: number;
}

export interface BlockSuggestion extends SuggestionAttrs {
	type: 'insertion' | 'deletion';
}

export const SUGGESTION_ID = /^s-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isSuggestionMark = (key: string): key is SuggestionMark => (SUGGESTION_MARKS as readonly string[]).includes(key);

/** A new suggestion id. */
export const newSuggestionId = () => `s-${crypto.randomUUID()}`;

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

const wellFormed = (value: Record<string, unknown>) =>
	typeof value.id === 'string' && SUGGESTION_ID.test(value.id) && typeof value.author === 'string' && value.author.length > 0 && value.author.length <= 64 && typeof value.at === 'number' && Number.isFinite(value.at) && value.at >= 0;

const MODIFICATION_KEYS = new Set(['id', 'author', 'at', 'type', 'attrName', 'previousValue', 'newValue']);

/** Whether a suggestion mark's attributes (its value on the text's formatting) are ones the editor can show and resolve. */
export function isSuggestionAttrs(mark: SuggestionMark, value: unknown): boolean {
	if (!isRecord(value) || !wellFormed(value)) return false;
	const keys = Object.keys(value);
	if (mark !== 'modification') return keys.length === 3;
	return keys.every((k) => MODIFICATION_KEYS.has(k)) && typeof value.type === 'string' && (value.attrName === undefined || value.attrName === null || typeof value.attrName === 'string');
}

/** Whether a block's `suggestion` attribute is absent (null) or a well-formed block suggestion. */
export function isBlockSuggestionValue(value: unknown): value is BlockSuggestion | null {
	if (value === null) return true;
	return isRecord(value) && Object.keys(value).length === 4 && (value.type === 'insertion' || value.type === 'deletion') && wellFormed(value);
}
