// src/lib/text.ts
/** Terminal escape sequences, whole: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and two-byte ESC x. */
var ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?/g;
/** C0 and C1 controls, tab and newline excepted (a multi-line text keeps those). */
var CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidirectional embeddings, overrides and isolates (the "Trojan Source" characters). */
var BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** Invisible characters with no use in names or notes: zero-width space, word joiner and invisible operators, BOM, Mongolian vowel separator. */
var INVISIBLE = /[\u200b\u2060-\u2064\ufeff\u180e]/g;
/** What does not show: whitespace, format characters, default-ignorables (e.g. Hangul fillers), the Braille blank. */
var UNSEEN = /[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
/**
* Free text made safe to store and show: NFC, no controls, bidi overrides or zero-width spaces,
* whitespace collapsed to single spaces (kept line breaks when `multiline`), trimmed. Text with
* nothing visible left comes back as ''.
*/
function cleanText(value, { multiline = false } = {}) {
	let text = value.normalize("NFC").replace(/\r\n?/g, "\n").replace(ESCAPES, "").replace(CONTROLS, "").replace(BIDI, "").replace(INVISIBLE, "");
	text = multiline ? text.split("\n").map((line) => line.replace(/[^\S\n]+/g, " ").trimEnd()).join("\n").replace(/\n{3,}/g, "\n\n") : text.replace(/\s+/g, " ");
	text = text.trim();
	return text.replace(UNSEEN, "") === "" ? "" : text;
}

export { cleanText as c };
//# sourceMappingURL=text.js-De780Z__.js.map
