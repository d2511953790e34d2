/** Word-level pieces of rule text, shared by the redline and the merge. */

/** A run of whitespace, a word (with inner apostrophes, hyphens, periods as in "U.S."), or one mark. */
const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits text into tokens that join back to exactly the same text. */
export function tokenize(text: string): string[] {
	return text.match(TOKEN) ?? [];
}

export function isWhitespace(token: string): boolean {
	return /^\s+$/.test(token);
}

/**
 * Text with every run of whitespace read as one space and the ends trimmed: the form in which
 * two rule texts are compared, so a re-wrapped line or a double space is not a change.
 */
export function normalizeWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function sameWords(a: string, b: string): boolean {
	return normalizeWhitespace(a) === normalizeWhitespace(b);
}
