/** Caret colours readable on light and dark backgrounds; each person keeps one by id. */
const PALETTE = ['#d1495b', '#00798c', '#edae49', '#66a182', '#8d5ba6', '#e07a2f', '#2e86ab', '#c2185b'];

export function colorFor(id: string): string {
	let hash = 0;
	for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
	return PALETTE[hash % PALETTE.length];
}
