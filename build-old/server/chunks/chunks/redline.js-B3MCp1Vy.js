import { S as STATES } from './states.js-0GJhGoOw.js';
import { S as SLOT_NAMES } from './model.js-DLwlbFq3.js';
import { diffWords } from 'diff';

// src/lib/policy/slots.ts
/**
* Slots in model rule text: `{{jurisdiction}}`, `{{sheriff_office}}` and the rest. Filling
* turns the model's words into a team's words; validation catches a typo like `{{sherif}}`
* before it reaches a council packet.
*/
/** What a reader sees where a team has not named something yet. */
var DEFAULT_PLACEHOLDERS = {
	jurisdiction: "[jurisdiction]",
	police_department: "[police department]",
	sheriff_office: "[sheriff's office]",
	jail: "[jail]",
	council: "[council]",
	state: "[state]"
};
var SLOT = /\{\{\s*([a-z_]+)\s*\}\}/g;
function isSlotName(name) {
	return SLOT_NAMES.includes(name);
}
function placeholderFor(slot, fallback) {
	return fallback?.[slot] ?? DEFAULT_PLACEHOLDERS[slot];
}
/** The text a slot becomes: the team's value, or its placeholder when the value is missing or blank. */
function slotText(slot, values, fallback) {
	const value = values[slot]?.trim();
	return value ? value : placeholderFor(slot, fallback);
}
/**
* Replaces every well-formed, known slot. Unknown or malformed slots are left exactly as they
* are, so the text never silently loses a typo; `validateSlots` says what is wrong with them.
*/
function fillSlots(text, values, fallback) {
	return text.replace(SLOT, (whole, name) => isSlotName(name) ? slotText(name, values, fallback) : whole);
}
/**
* Every malformed slot with its position: unknown names, empty braces, a `{{` never closed, a
* `}}` never opened. An empty list means fillSlots will replace every slot in the text.
*/
function validateSlots(text) {
	const problems = [];
	let i = 0;
	while (i < text.length) {
		const open = text.indexOf("{{", i);
		const close = text.indexOf("}}", i);
		if (open === -1 && close === -1) break;
		if (close !== -1 && (open === -1 || close < open)) {
			problems.push({
				code: "unopened-slot",
				at: close,
				length: 2,
				message: `"}}" at character ${close + 1} closes a slot that was never opened with "{{".`
			});
			i = close + 2;
			continue;
		}
		const end = text.indexOf("}}", open + 2);
		const nextOpen = text.indexOf("{{", open + 2);
		if (end === -1 || nextOpen !== -1 && nextOpen < end) {
			problems.push({
				code: "unclosed-slot",
				at: open,
				length: 2,
				message: `"{{" at character ${open + 1} opens a slot that is never closed with "}}".`
			});
			i = open + 2;
			continue;
		}
		const inner = text.slice(open + 2, end).trim();
		const length = end + 2 - open;
		if (inner === "") problems.push({
			code: "empty-slot",
			at: open,
			length,
			message: `The slot at character ${open + 1} has no name. Known slots: ${knownList()}.`
		});
		else if (!isSlotName(inner)) {
			const suggestion = nearestSlot(inner);
			problems.push({
				code: "unknown-slot",
				at: open,
				length,
				name: inner,
				suggestion,
				message: `"{{${inner}}}" at character ${open + 1} is not a slot we know.` + (suggestion ? ` Did you mean {{${suggestion}}}?` : ` Known slots: ${knownList()}.`)
			});
		}
		i = end + 2;
	}
	return problems;
}
function knownList() {
	return SLOT_NAMES.map((name) => `{{${name}}}`).join(", ");
}
function nearestSlot(name) {
	let best;
	let bestDistance = Infinity;
	const typed = name.toLowerCase();
	for (const slot of SLOT_NAMES) {
		const start = typed.length >= 3 ? slot.slice(0, typed.length) : slot;
		const distance = Math.min(editDistance(typed, slot), editDistance(typed, start));
		if (distance < bestDistance) [best, bestDistance] = [slot, distance];
	}
	return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
		}
		previous = current;
	}
	return previous[b.length];
}
/** A team's slot values. A state stored as a USPS code ("OR") reads as its name ("Oregon"). */
function slotValuesFromTeam(team) {
	const state = team.state?.trim() ?? "";
	return {
		jurisdiction: team.jurisdiction_name,
		state: STATES[state.toUpperCase()] ?? state,
		council: team.council_name,
		sheriff_office: team.sheriff_office,
		police_department: team.police_department,
		jail: team.jail
	};
}
/**
* After a team renames something (a new sheriff's office name, a jail filled in for the first
* time), swaps the old filled names in its adapted text for the new ones.
*
* Limits, by design: only a whole, exact, case-sensitive occurrence of the old value (or of its
* placeholder, like "[jail]") is swapped; it must not sit inside a longer word. A name the team
* retyped differently ("the Sheriff" for "Lane County Sheriff's Office"), abbreviated ("SPD"),
* or inflected is not found. A value that is also an everyday word is swapped everywhere it
* appears. Longer names win over shorter ones they contain, so "Springfield Police Department"
* is not touched when only the jurisdiction "Springfield" changes.
*/
function refillSlots(adaptedText, oldValues, newValues, fallback) {
	const targets = /* @__PURE__ */ new Map();
	for (const slot of SLOT_NAMES) {
		const from = slotText(slot, oldValues, fallback);
		targets.set(from, (targets.get(from) ?? /* @__PURE__ */ new Set()).add(slotText(slot, newValues, fallback)));
	}
	const swaps = /* @__PURE__ */ new Map();
	for (const [from, to] of targets) swaps.set(from, to.size === 1 ? [...to][0] : from);
	const ambiguous = SLOT_NAMES.filter((slot) => (targets.get(slotText(slot, oldValues, fallback))?.size ?? 0) > 1);
	const names = [...swaps.keys()].filter((name) => name !== "").sort((a, b) => b.length - a.length);
	if (names.length === 0) return {
		text: adaptedText,
		replacements: 0,
		ambiguous
	};
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
	let replacements = 0;
	return {
		text: adaptedText.replace(pattern, (name) => {
			const to = swaps.get(name);
			if (to === void 0 || to === name) return name;
			replacements++;
			return to;
		}),
		replacements,
		ambiguous
	};
}
function escapeRegExp(text) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// src/lib/policy/words.ts
/** Word-level pieces of rule text, shared by the redline and the merge. */
/** A run of whitespace, a word (with inner apostrophes, hyphens, periods as in "U.S."), or one mark. */
var TOKEN = /\s+|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** Splits text into tokens that join back to exactly the same text. */
function tokenize(text) {
	return text.match(TOKEN) ?? [];
}
function isWhitespace(token) {
	return /^\s+$/.test(token);
}
/**
* Text with every run of whitespace read as one space and the ends trimmed: the form in which
* two rule texts are compared, so a re-wrapped line or a double space is not a change.
*/
function normalizeWhitespace(text) {
	return text.replace(/\s+/g, " ").trim();
}
function sameWords(a, b) {
	return normalizeWhitespace(a) === normalizeWhitespace(b);
}
// src/lib/policy/redline.ts
/**
* The redline: how far a team's adaptation has drifted from the model, word by word and rule by
* rule ("shall" struck, "should" inserted).
*
* Whitespace-only differences (a re-wrapped line, a double space) do not count: a rule whose
* words match the filled model text is 'unchanged' and shows the team's text as one 'same' piece.
*/
/** Word-level changes from the filled model text to the team's text. */
function redlineText(base, team) {
	if (sameWords(base, team)) return team === "" ? [] : [{
		kind: "same",
		text: team
	}];
	const segments = [];
	for (const change of diffWords(base, team)) {
		const kind = change.added ? "insert" : change.removed ? "delete" : "same";
		const last = segments.at(-1);
		if (last?.kind === kind) last.text += change.value;
		else if (change.value !== "") segments.push({
			kind,
			text: change.value
		});
	}
	return segments;
}
/**
* Where one adapted rule stands against the model. Dropping is the team's choice; kept or
* modified is read from the words (a stored 'modify' status is not trusted, it can be stale).
* `modelText` is the model rule's text with the team's names filled in; none for its own rules.
*/
function ruleDrift(rule, modelText) {
	if (rule.status === "drop") return "dropped";
	if (rule.custom || modelText === void 0) return "added";
	return sameWords(modelText, rule.text) ? "unchanged" : "modified";
}
/**
* The whole adaptation against the model version it was adapted from, in the model's order,
* then the team's own rules in the team's order.
*/
function redlinePolicy(model, adaptation, values, fallback) {
	const modelKeys = new Set(model.rules.map((rule) => rule.key));
	const rules = [];
	for (const modelRule of [...model.rules].sort((a, b) => a.number - b.number)) {
		const base = fillSlots(modelRule.text, values, fallback);
		const adapted = adaptation.find((rule) => rule.key === modelRule.key && !rule.custom);
		const common = {
			key: modelRule.key,
			number: modelRule.number
		};
		if (!adapted) {
			const segments = [{
				kind: "same",
				text: base
			}];
			rules.push({
				...common,
				title: modelRule.title,
				drift: "missing",
				segments
			});
		} else if (ruleDrift(adapted, base) === "dropped") rules.push({
			...common,
			title: adapted.title,
			drift: "dropped",
			segments: [{
				kind: "delete",
				text: base
			}],
			dropReason: adapted.dropReason
		});
		else rules.push({
			...common,
			title: adapted.title,
			drift: ruleDrift(adapted, base),
			segments: redlineText(base, adapted.text)
		});
	}
	for (const adapted of adaptation) {
		if (!adapted.custom && modelKeys.has(adapted.key)) continue;
		if (adapted.status === "drop") continue;
		rules.push({
			key: adapted.key,
			title: adapted.title,
			drift: "added",
			segments: [{
				kind: "insert",
				text: adapted.text
			}]
		});
	}
	const counts = {
		unchanged: 0,
		modified: 0,
		dropped: 0,
		added: 0,
		missing: 0
	};
	for (const rule of rules) counts[rule.drift]++;
	return {
		rules,
		counts
	};
}

export { slotValuesFromTeam as a, refillSlots as b, redlinePolicy as c, ruleDrift as d, fillSlots as f, isWhitespace as i, redlineText as r, sameWords as s, tokenize as t, validateSlots as v };
//# sourceMappingURL=redline.js-B3MCp1Vy.js.map
