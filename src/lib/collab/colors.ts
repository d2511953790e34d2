/** Caret colours dark enough for white name labels (WCAG AA); each person keeps one by id. */
const PALETTE = ['#b3261e', '#00695c', '#8a4b00', '#2e7d32', '#6a1b9a', '#ad1457', '#1565c0', '#5d4037'];

export function colorFor(id: string): string {
	let hash = 0;
	for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
	return PALETTE[hash % PALETTE.length];
}
