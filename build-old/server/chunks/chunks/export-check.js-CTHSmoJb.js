import './i18n.js-DfYLM2F_.js';

var graphemes;
/** Text is segmented in windows of this many code units, each read with as many again after it. */
var WINDOW = 1e3;
/** Code units after a segment that can still change where it ends (a letter after an apostrophe, a skin tone after an emoji). */
var CONTEXT = 16;
/**
* The segments of a text, as `segmenter.segment(text)` gives them, in windows: V8's segmenter
* slows down with the square of a text's length (32,000 characters take a third of a second,
* 128,000 almost six), and a testimony may be one long paragraph. Each window yields the segments
* up to the first space after its end (reading at most as far again), and the next window starts
* at that space, a boundary the segmenter found itself; without a space, at the last whole segment.
* (Chinese, Japanese or Thai without spaces are segmented with a dictionary: at a window's edge
* their words may break differently than in one pass.)
*/
function* segmentsOf(segmenter, text, window = WINDOW) {
	let from = 0;
	while (from < text.length) {
		const last = from + 2 * window >= text.length;
		const piece = from === 0 && last ? text : text.slice(from, last ? void 0 : from + 2 * window);
		let next = from + piece.length;
		for (const { segment, index, isWordLike } of segmenter.segment(piece)) {
			if (!last && index > 0 && index + segment.length > piece.length - CONTEXT || !last && index >= window && /^\s+$/.test(segment)) {
				next = from + index;
				break;
			}
			yield {
				segment,
				index: from + index,
				isWordLike
			};
		}
		from = next;
	}
}
/**
* Characters as a person counts them: grapheme clusters, so an accented letter (even typed as a
* letter plus a combining accent), an emoji with its skin tone or a flag is one character.
* Spaces and line breaks count, as they do in a clerk's web form.
*/
function countCharacters(text) {
	graphemes ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
	let count = 0;
	let from = 0;
	let chunkStart = -1;
	let chunkEnd = -1;
	const flush = () => {
		if (chunkStart < 0) return;
		count += simpleLength(text.slice(from, chunkStart));
		for (const _ of segmentsOf(graphemes, text.slice(chunkStart, chunkEnd))) count += 1;
		from = chunkEnd;
		chunkStart = -1;
	};
	for (const match of text.matchAll(COMPLEX_RUNS)) {
		let start = Math.max(from, match.index - 1);
		if (start > 0 && text[start - 1] === "\r" && text[start] === "\n") start -= 1;
		let end = Math.min(text.length, match.index + match[0].length + 1);
		if (text[end - 1] === "\r" && text[end] === "\n") end += 1;
		if (chunkStart >= 0 && start <= chunkEnd) {
			chunkEnd = end;
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
var COMPLEX_RUNS = /[^\u0000-\u02ff]+/gu;
/** Characters of a text of code points below U+0300: one each, a Windows line break one. */
function simpleLength(text) {
	let length = text.length;
	for (let i = text.indexOf("\r\n"); i !== -1; i = text.indexOf("\r\n", i + 2)) length -= 1;
	return length;
}
// src/lib/export-check.ts
var EXPORT_FORMATS = [
	"pdf",
	"docx",
	"md"
];
function isExportFormat(value) {
	return typeof value === "string" && EXPORT_FORMATS.includes(value);
}
var BYTES_PER_MB = 1e6;
function positive(value) {
	return typeof value === "number" && Number.isFinite(value) && value > 0;
}
/** Every check that applies to `file` under `rules`, the most serious first; with no rules, only its size. */
function checkExport(file, rules = null) {
	const checks = [];
	const size = { bytes: file.bytes };
	const format = { format: file.format };
	const accepts = rules?.accepts;
	const isFile = file.format === "pdf" || file.format === "docx";
	if (accepts && isFile && !accepts.includes(file.format)) checks.push({
		level: "error",
		key: accepts.length ? "export.check.format_refused" : "export.check.format_none",
		params: {
			format,
			accepted: { formats: accepts }
		}
	});
	else if (accepts && !isFile) checks.push({
		level: "note",
		key: accepts.includes("web_form") ? "export.check.markdown_web_form" : "export.check.markdown_not_filed",
		params: { accepted: { formats: accepts } }
	});
	else if (isFile && positive(rules?.maxMegabytes)) {
		const limit = Math.round(rules.maxMegabytes * BYTES_PER_MB);
		const over = file.bytes - limit;
		checks.push(over > 0 ? {
			level: "error",
			key: "export.check.size_over",
			params: {
				format,
				limit: { bytes: limit },
				size,
				over: { bytes: over }
			}
		} : {
			level: "ok",
			key: "export.check.size_within",
			params: {
				format,
				limit: { bytes: limit },
				size
			}
		});
	} else if (accepts && isFile) checks.push({
		level: "ok",
		key: "export.check.format_taken",
		params: {
			format,
			size
		}
	});
	else checks.push({
		level: "note",
		key: "export.check.size",
		params: { size }
	});
	if (rules?.accepts?.includes("printed") && positive(rules.printedCopies) && file.format !== "md") checks.push({
		level: "note",
		key: "export.check.printed_copies",
		params: { count: Math.floor(rules.printedCopies) }
	});
	if (positive(rules?.characterCap)) {
		const cap = Math.floor(rules.characterCap);
		const over = file.characters - cap;
		if (over > 0) checks.push({
			level: "error",
			key: "export.check.cap_over",
			params: {
				cap,
				over,
				count: over
			}
		});
		else if (file.characters >= cap * .9) checks.push({
			level: "warning",
			key: "export.check.cap_near",
			params: {
				cap,
				characters: file.characters,
				left: cap - file.characters
			}
		});
		else checks.push({
			level: "ok",
			key: "export.check.cap_within",
			params: {
				cap,
				characters: file.characters
			}
		});
	}
	const order = {
		error: 0,
		warning: 1,
		ok: 2,
		note: 3
	};
	return checks.sort((a, b) => order[a.level] - order[b.level]);
}

export { EXPORT_FORMATS as E, countCharacters as a, checkExport as c, isExportFormat as i };
//# sourceMappingURL=export-check.js-CTHSmoJb.js.map
