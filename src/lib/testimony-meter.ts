/**
 * The arithmetic of testimony: words and characters counted as a person counts them, how long
 * the text takes to say, and how that sits against a hearing's speaking limit and character cap.
 * Shared by the editor's meter and the server's exports; no server imports.
 */

/** Spoken words a minute when nothing else is said: the middle of the usual 130 to 150. */
export const DEFAULT_WPM = 140;
export const TYPICAL_WPM = { min: 130, max: 150 } as const;
/** What a speaking rate may be set to; anything else falls back to the default. */
export const WPM_RANGE = { min: 60, max: 300 } as const;
/** Within this share of a limit (10 %), the meter warns that the text is close to it. */
export const NEAR_SHARE = 0.1;
/** A text read through an interpreter takes about twice as long: every sentence is said twice. */
export const INTERPRETER_FACTOR = 2;

// One segmenter of each kind, made on first use: building them costs more than a short count.
let words: Intl.Segmenter | undefined;
let graphemes: Intl.Segmenter | undefined;

/** Text is segmented in windows of this many code units, each read with as many again after it. */
const WINDOW = 1000;
/** Code units after a segment that can still change where it ends (a letter after an apostrophe, a skin tone after an emoji). */
const CONTEXT = 16;

export interface Segment {
	segment: string;
	index: number;
	isWordLike?: boolean;
}

/**
 * The segments of a text, as `segmenter.segment(text)` gives them, in windows: V8's segmenter
 * slows down with the square of a text's length (32,000 characters take a third of a second,
 * 128,000 almost six), and a testimony may be one long paragraph. Each window yields the segments
 * up to the first space after its end (reading at most as far again), and the next window starts
 * at that space, a boundary the segmenter found itself; without a space, at the last whole segment.
 * (Chinese, Japanese or Thai without spaces are segmented with a dictionary: at a window's edge
 * their words may break differently than in one pass.)
 */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string, window = WINDOW): Generator<Segment> {
	let from = 0;
	while (from < text.length) {
		const last = from + 2 * window >= text.length;
		const piece = from === 0 && last ? text : text.slice(from, last ? undefined : from + 2 * window);
		let next = from + piece.length;
		for (const { segment, index, isWordLike } of segmenter.segment(piece)) {
			// A segment near the end of the piece may go on past it, or break otherwise with what follows
			// ("U.S" before "."): the next window reads it with its context.
			const cut = !last && index > 0 && index + segment.length > piece.length - CONTEXT;
			if (cut || (!last && index >= window && /^\s+$/.test(segment))) {
				next = from + index;
				break;
			}
			yield { segment, index: from + index, isWordLike };
		}
		from = next;
	}
}

/** A hyphen that joins two words into one ("well-known", "e-mail"), unlike a dash between them. */
const JOINING_HYPHEN = /^[-\u2010\u2011]$/;

/**
 * Words as a person counts them: Unicode word segmentation (accented letters, "don't", "l'été",
 * "2,000" and "3.5" are one word each), with hyphenated words counted once ("well-known").
 * Punctuation and emoji are not words: nobody says them.
 */
export function countWords(text: string): number {
	words ??= new Intl.Segmenter(undefined, { granularity: 'word' });
	let count = 0;
	/** Where the last word ended, and whether only one joining hyphen has followed it since. */
	let lastEnd = -1;
	let hyphenAt = -1;
	for (const { segment, index, isWordLike } of segmentsOf(words, text)) {
		if (isWordLike) {
			const joined = hyphenAt !== -1 && hyphenAt === lastEnd && index === lastEnd + 1;
			if (!joined) count += 1;
			lastEnd = index + segment.length;
			hyphenAt = -1;
		} else {
			hyphenAt = index === lastEnd && JOINING_HYPHEN.test(segment) ? index : -1;
		}
	}
	return count;
}

/**
 * Characters as a person counts them: grapheme clusters, so an accented letter (even typed as a
 * letter plus a combining accent), an emoji with its skin tone or a flag is one character.
 * Spaces and line breaks count, as they do in a clerk's web form.
 */
export function countCharacters(text: string): number {
	graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	// The segmenter is slow (several µs a character). Between two code points below U+0300 (Latin,
	// accented letters included) there is always a character boundary, CR LF aside; so only runs
	// of anything else (combining marks, emoji, other scripts), with a code point on each side,
	// go through it, and the rest count one per code unit.
	let count = 0;
	let from = 0;
	let chunkStart = -1;
	let chunkEnd = -1;
	const flush = () => {
		if (chunkStart < 0) return;
		count += simpleLength(text.slice(from, chunkStart));
		for (const _ of segmentsOf(graphemes!, text.slice(chunkStart, chunkEnd))) count += 1;
		from = chunkEnd;
		chunkStart = -1;
	};
	for (const match of text.matchAll(COMPLEX_RUNS)) {
		let start = Math.max(from, match.index - 1);
		if (start > 0 && text[start - 1] === '\r' && text[start] === '\n') start -= 1;
		let end = Math.min(text.length, match.index + match[0].length + 1);
		if (text[end - 1] === '\r' && text[end] === '\n') end += 1;
		if (chunkStart >= 0 && start <= chunkEnd) {
			chunkEnd = end; // touches the chunk before: one chunk
			continue;
		}
		flush();
		chunkStart = Math.max(start, from);
		chunkEnd = end;
	}
	flush();
	return count + simpleLength(text.slice(from));
}

/** Runs of code points from U+0300 on: combining marks, emoji, other scripts. */
const COMPLEX_RUNS = /[^\u0000-\u02ff]+/gu;

/** Characters of a text of code points below U+0300: one each, a Windows line break one. */
function simpleLength(text: string): number {
	let length = text.length;
	for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) length -= 1;
	return length;
}

export interface TextCounts {
	words: number;
	characters: number;
}

export function countText(text: string): TextCounts {
	return { words: countWords(text), characters: countCharacters(text) };
}

/** A speaking rate that can be used: a finite number in WPM_RANGE, else the default. */
export function speakingRate(wpm: number | null | undefined): number {
	return typeof wpm === 'number' && Number.isFinite(wpm) && wpm >= WPM_RANGE.min && wpm <= WPM_RANGE.max ? wpm : DEFAULT_WPM;
}

/** Where a measure stands against its limit: well within, within 10 % of it (or exactly on it), or over. */
export type LimitState = 'under' | 'near' | 'over';

export interface LimitCheck {
	limit: number;
	/** By how much the measure is over the limit; 0 when within it. */
	over: number;
	/** How much is left before the limit; 0 when over it. */
	left: number;
	state: LimitState;
}

function against(value: number, limit: number): LimitCheck {
	const over = Math.max(0, value - limit);
	const state: LimitState = over > 0 ? 'over' : value >= limit * (1 - NEAR_SHARE) ? 'near' : 'under';
	return { limit, over, left: Math.max(0, limit - value), state };
}

/** A limit that means something: a positive finite number. */
function usable(limit: number | null | undefined): limit is number {
	return typeof limit === 'number' && Number.isFinite(limit) && limit > 0;
}

export interface MeterOptions {
	/** Spoken words a minute for this speaker (default 140). */
	wpm?: number | null;
	/** Delivered through an interpreter: the estimate is doubled. */
	interpreter?: boolean;
	/** A speaking time set by hand, in minutes (a rehearsal with a stopwatch, an interpreter's own pace); it replaces the estimate. */
	manualMinutes?: number | null;
	/** The hearing's speaking limit in minutes. */
	limitMinutes?: number | null;
	/** The character cap of the clerk's form, if it has one. */
	characterCap?: number | null;
}

/** A testimony's meter settings: its speaker's pace and the limits of its hearing (or none). */
export function meterOptionsOf(
	testimony: { words_per_minute: number; interpreter: number | boolean; speaking_seconds: number | null },
	hearing: { speaking_limit_seconds: number | null; character_cap: number | null } | null
): MeterOptions {
	return {
		wpm: testimony.words_per_minute,
		interpreter: !!testimony.interpreter,
		manualMinutes: testimony.speaking_seconds !== null ? testimony.speaking_seconds / 60 : null,
		limitMinutes: hearing?.speaking_limit_seconds != null ? hearing.speaking_limit_seconds / 60 : null,
		characterCap: hearing?.character_cap ?? null
	};
}

export interface Meter extends TextCounts {
	/** The rate the estimate used. */
	wpm: number;
	/** How the time was found: from the words, from the words doubled for an interpreter, or set by hand. */
	timeSource: 'words' | 'interpreter' | 'manual';
	/** Speaking time in whole seconds, rounded up (a limit is a limit). */
	seconds: number;
	/** Against the speaking limit, in seconds; null with no limit. */
	time: LimitCheck | null;
	/** Against the character cap; null with no cap. */
	characterCap: LimitCheck | null;
}

/** Seconds, rounded up, ignoring the float noise of a division that should come out whole. */
function wholeSeconds(seconds: number): number {
	return Math.max(0, Math.ceil(seconds - 1e-9));
}

/** Everything the meter shows, from the counts of a text and the speaker's and hearing's settings. */
export function measure(counts: TextCounts, options: MeterOptions = {}): Meter {
	const wpm = speakingRate(options.wpm);
	const manual = typeof options.manualMinutes === 'number' && Number.isFinite(options.manualMinutes) && options.manualMinutes >= 0;
	const timeSource = manual ? 'manual' : options.interpreter ? 'interpreter' : 'words';
	const seconds = wholeSeconds(
		manual ? options.manualMinutes! * 60 : (counts.words * 60 * (options.interpreter ? INTERPRETER_FACTOR : 1)) / wpm
	);
	return {
		...counts,
		wpm,
		timeSource,
		seconds,
		time: usable(options.limitMinutes) ? against(seconds, wholeSeconds(options.limitMinutes * 60)) : null,
		characterCap: usable(options.characterCap) ? against(counts.characters, Math.floor(options.characterCap)) : null
	};
}

/** A duration as a clock reads it: "2:05", "0:45", "12:00". */
export function formatDuration(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
