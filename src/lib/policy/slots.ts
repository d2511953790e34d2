/**
 * Slots in model rule text: `{{jurisdiction}}`, `{{sheriff_office}}` and the rest. Filling
 * turns the model's words into a team's words; validation catches a typo like `{{sherif}}`
 * before it reaches a council packet.
 */
import { STATES } from '$lib/states';
import { SLOT_NAMES, type SlotName, type SlotValues } from './model';

/** What a reader sees where a team has not named something yet. */
export const DEFAULT_PLACEHOLDERS: Record<SlotName, string> = {
	jurisdiction: '[jurisdiction]',
	police_department: '[police department]',
	sheriff_office: "[sheriff's office]",
	jail: '[jail]',
	council: '[council]',
	state: '[state]'
};

export type Placeholders = Partial<Record<SlotName, string>>;

// Spaces inside the braces are tolerated (`{{ jail }}`); anything else is left for validateSlots.
const SLOT = /\{\{\s*([a-z_]+)\s*\}\}/g;

export function isSlotName(name: string): name is SlotName {
	return (SLOT_NAMES as readonly string[]).includes(name);
}

function placeholderFor(slot: SlotName, fallback: Placeholders | undefined): string {
	return fallback?.[slot] ?? DEFAULT_PLACEHOLDERS[slot];
}

/** The text a slot becomes: the team's value, or its placeholder when the value is missing or blank. */
export function slotText(slot: SlotName, values: SlotValues, fallback?: Placeholders): string {
	const value = values[slot]?.trim();
	return value ? value : placeholderFor(slot, fallback);
}

/**
 * Replaces every well-formed, known slot. Unknown or malformed slots are left exactly as they
 * are, so the text never silently loses a typo; `validateSlots` says what is wrong with them.
 */
export function fillSlots(text: string, values: SlotValues, fallback?: Placeholders): string {
	return text.replace(SLOT, (whole, name: string) =>
		isSlotName(name) ? slotText(name, values, fallback) : whole
	);
}

/** The known slots a text uses, each once, in order of first use. */
export function findSlots(text: string): SlotName[] {
	const found: SlotName[] = [];
	for (const match of text.matchAll(SLOT)) {
		const name = match[1];
		if (isSlotName(name) && !found.includes(name)) found.push(name);
	}
	return found;
}

export type SlotProblemCode = 'unknown-slot' | 'empty-slot' | 'unclosed-slot' | 'unopened-slot';

export interface SlotProblem {
	code: SlotProblemCode;
	/** Character offset of the problem in the text (0-based). */
	at: number;
	/** How many characters the problem covers, for highlighting. */
	length: number;
	/** The name written inside the braces, for 'unknown-slot'. */
	name?: string;
	/** The nearest known slot name, for 'unknown-slot' when one is close. */
	suggestion?: SlotName;
	/** English sentence for logs and tests; the UI should render `code` through the message catalog. */
	message: string;
}

/**
 * Every malformed slot with its position: unknown names, empty braces, a `{{` never closed, a
 * `}}` never opened. An empty list means fillSlots will replace every slot in the text.
 */
export function validateSlots(text: string): SlotProblem[] {
	const problems: SlotProblem[] = [];
	let i = 0;
	while (i < text.length) {
		const open = text.indexOf('{{', i);
		const close = text.indexOf('}}', i);
		if (open === -1 && close === -1) break;
		if (close !== -1 && (open === -1 || close < open)) {
			problems.push({
				code: 'unopened-slot',
				at: close,
				length: 2,
				message: `"}}" at character ${close + 1} closes a slot that was never opened with "{{".`
			});
			i = close + 2;
			continue;
		}
		const end = text.indexOf('}}', open + 2);
		const nextOpen = text.indexOf('{{', open + 2);
		if (end === -1 || (nextOpen !== -1 && nextOpen < end)) {
			problems.push({
				code: 'unclosed-slot',
				at: open,
				length: 2,
				message: `"{{" at character ${open + 1} opens a slot that is never closed with "}}".`
			});
			i = open + 2;
			continue;
		}
		const inner = text.slice(open + 2, end).trim();
		const length = end + 2 - open;
		if (inner === '') {
			problems.push({
				code: 'empty-slot',
				at: open,
				length,
				message: `The slot at character ${open + 1} has no name. Known slots: ${knownList()}.`
			});
		} else if (!isSlotName(inner)) {
			const suggestion = nearestSlot(inner);
			problems.push({
				code: 'unknown-slot',
				at: open,
				length,
				name: inner,
				suggestion,
				message:
					`"{{${inner}}}" at character ${open + 1} is not a slot we know.` +
					(suggestion ? ` Did you mean {{${suggestion}}}?` : ` Known slots: ${knownList()}.`)
			});
		}
		i = end + 2;
	}
	return problems;
}

function knownList(): string {
	return SLOT_NAMES.map((name) => `{{${name}}}`).join(', ');
}

function nearestSlot(name: string): SlotName | undefined {
	let best: SlotName | undefined;
	let bestDistance = Infinity;
	const typed = name.toLowerCase();
	for (const slot of SLOT_NAMES) {
		// A shortened name ("sherif" for sheriff_office) is compared with the slot's start.
		const start = typed.length >= 3 ? slot.slice(0, typed.length) : slot;
		const distance = Math.min(editDistance(typed, slot), editDistance(typed, start));
		if (distance < bestDistance) [best, bestDistance] = [slot, distance];
	}
	// A typo, not a different word: within a third of the name's length.
	return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
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

/** The team fields that name things, as stored on a team. */
export interface TeamNames {
	jurisdiction_name: string;
	state: string;
	council_name: string | null;
	sheriff_office: string | null;
	police_department: string | null;
	jail: string | null;
}

/** A team's slot values. A state stored as a USPS code ("OR") reads as its name ("Oregon"). */
export function slotValuesFromTeam(team: TeamNames): SlotValues {
	const state = team.state?.trim() ?? '';
	return {
		jurisdiction: team.jurisdiction_name,
		state: (STATES as Record<string, string>)[state.toUpperCase()] ?? state,
		council: team.council_name,
		sheriff_office: team.sheriff_office,
		police_department: team.police_department,
		jail: team.jail
	};
}

export interface RefillResult {
	text: string;
	/** How many names were swapped. */
	replacements: number;
	/** Slots that were not refilled because two slots shared one old value but not one new value. */
	ambiguous: SlotName[];
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
export function refillSlots(
	adaptedText: string,
	oldValues: SlotValues,
	newValues: SlotValues,
	fallback?: Placeholders
): RefillResult {
	const targets = new Map<string, Set<string>>();
	for (const slot of SLOT_NAMES) {
		const from = slotText(slot, oldValues, fallback);
		targets.set(from, (targets.get(from) ?? new Set()).add(slotText(slot, newValues, fallback)));
	}
	// A name that stood for two slots now renamed differently cannot be swapped safely: keep it.
	const swaps = new Map<string, string>();
	for (const [from, to] of targets) swaps.set(from, to.size === 1 ? [...to][0] : from);
	const ambiguous = SLOT_NAMES.filter(
		(slot) => (targets.get(slotText(slot, oldValues, fallback))?.size ?? 0) > 1
	);
	// Unchanged names stay in the pattern so they shield the shorter names inside them.
	const names = [...swaps.keys()].filter((name) => name !== '').sort((a, b) => b.length - a.length);
	if (names.length === 0) return { text: adaptedText, replacements: 0, ambiguous };
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
		'gu'
	);
	let replacements = 0;
	const text = adaptedText.replace(pattern, (name) => {
		const to = swaps.get(name);
		if (to === undefined || to === name) return name;
		replacements++;
		return to;
	});
	return { text, replacements, ambiguous };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
