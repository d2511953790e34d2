import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countCharacters, countWords, DEFAULT_WPM, formatDuration, measure, segmentsOf, speakingRate } from '$lib/testimony-meter';
import { checkExport, checkMessage, formatBytes, type ExportedFile, type FilingRules } from '$lib/export-check';

describe('words, counted as a person counts them', () => {
	test.each([
		['', 0],
		['   \n\t ', 0],
		['Good evening, council members.', 4],
		['My name is Ana and I live on Elm Street.', 10],
		// Spanish with accents, inverted marks and ñ
		['Buenas noches. Me llamo José Pérez y vivo aquí desde el año 2004.', 13],
		['¿Qué harían ustedes? ¡Escúchennos!', 4],
		// Accents typed as a letter plus a combining mark are still one word
		['cafe\u0301 nin\u0303o', 2],
		// Apostrophes, straight and curly
		["Don't separate families; we're neighbors.", 5],
		['Don’t separate families; we’re neighbors.', 5],
		// Hyphenated words are one word; a dash between words is not a hyphen
		['A well-known, long-standing policy.', 4],
		['Safety — for everyone — matters.', 4],
		['well--known', 2],
		// Numbers, with their separators and units
		['Over 2,000 people signed; 3.5% of the county.', 8],
		['8 U.S.C. 1373 sets the floor', 6],
		// Emoji and punctuation are not words
		['We ❤️ Springfield 👍🏽 !!! — …', 2],
		['👨‍👩‍👧 🇲🇽', 0]
	])('%j has %i words', (text, words) => {
		expect(countWords(text)).toBe(words);
	});
});

describe('characters, counted as a person counts them', () => {
	test.each([
		['', 0],
		['abc def', 7],
		['José', 4],
		['Jose\u0301', 4], // e + combining acute: one character
		['año', 3],
		['👍🏽', 1], // emoji with a skin tone
		['👨‍👩‍👧', 1], // a family joined by zero-width joiners
		['🇲🇽', 1], // a flag
		['Sí 👍🏽.', 5],
		['line one\r\nline two', 17] // a Windows line break is one character
	])('%j has %i characters', (text, characters) => {
		expect(countCharacters(text)).toBe(characters);
	});
});

describe('speaking time and the limit', () => {
	const counts = (words: number, characters = 0) => ({ words, characters });

	test.each([
		// words, options, seconds, state against the limit
		[0, {}, 0, null],
		[140, {}, 60, null],
		[280, { limitMinutes: 2 }, 120, 'near'], // exactly at the limit: within it, and close
		[281, { limitMinutes: 2 }, 121, 'over'], // one word more: over, rounded up
		[250, { limitMinutes: 2 }, 108, 'near'], // 10 % from the limit
		[240, { limitMinutes: 2 }, 103, 'under'],
		[390, { limitMinutes: 3, wpm: 130 }, 180, 'near'],
		[450, { limitMinutes: 3, wpm: 150 }, 180, 'near'],
		[451, { limitMinutes: 3, wpm: 150 }, 181, 'over'],
		[140, { interpreter: true }, 120, null], // doubled through an interpreter
		[150, { interpreter: true, limitMinutes: 3 }, 129, 'under'],
		[200, { interpreter: true, limitMinutes: 3 }, 172, 'near'],
		[140, { interpreter: true, manualMinutes: 1.5 }, 90, null], // set by hand: not doubled
		[900, { manualMinutes: 2, limitMinutes: 2 }, 120, 'near'],
		[140, { wpm: 0 }, 60, null], // an unusable rate falls back to 140
		[140, { wpm: Number.NaN }, 60, null],
		[140, { wpm: 5000 }, 60, null],
		[140, { limitMinutes: 0 }, 60, null], // no usable limit
		[140, { limitMinutes: -3 }, 60, null]
	] as const)('%i words with %j take %i s (%s)', (words, options, seconds, state) => {
		const meter = measure(counts(words), options);
		expect(meter.seconds).toBe(seconds);
		expect(meter.time?.state ?? null).toBe(state);
	});

	test('over and left are the distance to the limit', () => {
		const over = measure(counts(420), { limitMinutes: 2 });
		expect(over.time).toEqual({ limit: 120, over: 60, left: 0, state: 'over' });
		const under = measure(counts(70), { limitMinutes: 2 });
		expect(under.time).toEqual({ limit: 120, over: 0, left: 90, state: 'under' });
		expect(measure(counts(140), { interpreter: true }).timeSource).toBe('interpreter');
		expect(measure(counts(140), { interpreter: true, manualMinutes: 4 }).timeSource).toBe('manual');
		expect(measure(counts(140)).timeSource).toBe('words');
	});

	test('the character cap: over by how much, close within 10 %, exactly at it is within', () => {
		expect(measure(counts(0, 2140), { characterCap: 2000 }).characterCap).toEqual({ limit: 2000, over: 140, left: 0, state: 'over' });
		expect(measure(counts(0, 2000), { characterCap: 2000 }).characterCap).toEqual({ limit: 2000, over: 0, left: 0, state: 'near' });
		expect(measure(counts(0, 1800), { characterCap: 2000 }).characterCap?.state).toBe('near');
		expect(measure(counts(0, 1799), { characterCap: 2000 }).characterCap?.state).toBe('under');
		expect(measure(counts(0, 10), {}).characterCap).toBeNull();
	});

	test('rates and durations', () => {
		expect(speakingRate(undefined)).toBe(DEFAULT_WPM);
		expect(speakingRate(130)).toBe(130);
		expect(speakingRate(137.5)).toBe(137.5);
		expect(measure(counts(275), { wpm: 137.5 }).seconds).toBe(120);
		expect(formatDuration(0)).toBe('0:00');
		expect(formatDuration(65)).toBe('1:05');
		expect(formatDuration(600)).toBe('10:00');
	});
});

describe('an exported file against the clerk\'s rules', () => {
	const pdf = (bytes: number, characters = 1000): ExportedFile => ({ format: 'pdf', bytes, characters });
	const en = (file: ExportedFile, rules: FilingRules | null) => checkExport(file, rules).map((check) => [check.level, checkMessage('en', check)]);

	test.each([
		[pdf(84_000), { accepts: ['pdf'], maxMegabytes: 10 }, [['ok', 'The clerk takes PDF up to 10 MB: this file is 84 kB.']]],
		[pdf(12_400_000), { accepts: ['pdf'], maxMegabytes: 10 }, [['error', 'The clerk takes PDF up to 10 MB: this file is 12 MB, 2.4 MB too large.']]],
		[pdf(10_000_000), { accepts: ['pdf'], maxMegabytes: 10 }, [['ok', 'The clerk takes PDF up to 10 MB: this file is 10 MB.']]],
		[pdf(84_000), null, [['note', 'This file is 84 kB.']]],
		[pdf(640), {}, [['note', 'This file is 640 bytes.']]],
		[{ format: 'docx', bytes: 9_000, characters: 10 }, { accepts: ['pdf'] }, [['error', 'The clerk does not take Word files; this hearing takes PDF.']]],
		[{ format: 'docx', bytes: 9_000, characters: 10 }, { accepts: ['docx', 'printed'], printedCopies: 15 }, [['ok', 'The clerk takes Word: this file is 9 kB.'], ['note', 'Bring 15 printed copies.']]],
		[{ format: 'md', bytes: 900, characters: 2140 }, { accepts: ['pdf', 'web_form'], characterCap: 2000 }, [['error', 'Over the 2,000-character cap by 140.'], ['note', "Markdown is for pasting into the clerk's web form or another tool."]]],
		[pdf(50_000, 1900), { characterCap: 2000 }, [['warning', '1,900 of the 2,000 characters allowed: 100 left.'], ['note', 'This file is 50 kB.']]],
		[pdf(50_000, 1200), { characterCap: 2000 }, [['ok', '1,200 of the 2,000 characters allowed.'], ['note', 'This file is 50 kB.']]]
	] as [ExportedFile, FilingRules | null, string[][]][])('%j under %j', (file, rules, expected) => {
		expect(en(file, rules)).toEqual(expected);
	});

	test('the messages are catalog keys with parameters, in Spanish too', () => {
		const [check] = checkExport(pdf(84_000), { accepts: ['pdf'], maxMegabytes: 10 });
		expect(check.key).toBe('export.check.size_within');
		expect(check.params).toEqual({ format: { format: 'pdf' }, limit: { bytes: 10_000_000 }, size: { bytes: 84_000 } });
		expect(checkMessage('es', check)).toBe('La secretaría acepta PDF de hasta 10 MB: este archivo ocupa 84 kB.');
		const [over] = checkExport({ format: 'md', bytes: 1, characters: 2140 }, { characterCap: 2000 });
		expect(checkMessage('es', over)).toBe('Supera el tope de 2000 caracteres por 140.');
		expect(formatBytes('en', 1_250_000)).toBe('1.3 MB');
	});
});

describe('the fast character count', () => {
	const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	const slow = (text: string) => [...segmenter.segment(text)].length;

	test('agrees with plain grapheme segmentation on any text', () => {
		const pieces = fc.constantFrom('a', 'é', 'e\u0301', '\u0301', ' ', '\r', '\n', '\r\n', '👍', '🏽', '\u200d', '🇲', '🇽', 'ñ', '\u0600', '1', '한', '\u1100', '\u1161', 'ß', '\ufe0f', '❤');
		fc.assert(
			fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { maxLength: 40 }), (parts) => {
				const text = parts.join('');
				expect(countCharacters(text)).toBe(slow(text));
			}),
			{ numRuns: 3000 }
		);
	});
});

describe('segmenting in windows', () => {
	const pieces = fc.constantFrom('a', 'é', 'e\u0301', ' ', '\r\n', '-', "'", '’', '.', ',', '1', '2,000', '👍🏽', '👨‍👩‍👧', '🇲🇽', 'ñ', '\u0600');
	// Scripts segmented with a dictionary may break differently at a window's edge (see segmentsOf).
	const dictionary = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u2e80-\u2fdf\u3000-\u303f]/u;
	const texts = fc
		.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 })
		.map((parts) => parts.join(''))
		.filter((text) => !dictionary.test(text));

	test.each(['word', 'grapheme'] as const)('gives the same %s segments as one pass over the whole text', (granularity) => {
		const segmenter = new Intl.Segmenter(undefined, { granularity });
		fc.assert(
			fc.property(texts, fc.integer({ min: 20, max: 60 }), (text, window) => {
				// A segment longer than a window is read in pieces: not a case of real text.
				fc.pre([...segmenter.segment(text)].every(({ segment }) => segment.length < window));
				const whole = [...segmenter.segment(text)].map(({ segment, index, isWordLike }) => ({ segment, index, isWordLike }));
				expect([...segmentsOf(segmenter, text, window)]).toEqual(whole);
			}),
			{ numRuns: 3000 }
		);
	});

	test('a long paragraph costs about as much per word as a short one', () => {
		const paragraph = 'Vivo en Peñasco desde hace veinte años 👍🏽 y pido que adopten las reglas. '.repeat(2000);
		expect(countWords(paragraph)).toBe(2000 * 13);
		expect(countCharacters(paragraph)).toBe(2000 * 72);
	});
});
