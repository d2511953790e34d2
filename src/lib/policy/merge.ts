/**
 * Bringing a team's adaptation up to a newer model version without losing its edits.
 *
 * Per rule, a three-way merge over words: base is the model text the team adapted from, theirs
 * is the newer model text (both with the team's slots filled), ours is the team's text. A model
 * change in words the team left alone is a suggestion to accept or reject; a model change in
 * words the team also changed is a conflict for a person to resolve. The word diffs come from
 * node-diff3's `diffIndices`; the grouping into hunks is ours because its `diff3MergeRegions`
 * drops one-sided deletions and the positions we need to offer them as suggestions.
 *
 * Whitespace is never a change here: runs of whitespace compare equal, so a re-wrapped model
 * rule produces no suggestion, and the team's own spacing is what the merged text keeps.
 */
import { diffIndices } from 'node-diff3';
import { findModelRule, type AdaptedRule, type ModelRule, type ModelVersion, type SlotValues } from './model';
import { redlineText, type RedlineSegment } from './redline';
import { fillSlots, type Placeholders } from './slots';
import { isWhitespace, sameWords, tokenize } from './words';

export type MergeHunk =
	| { kind: 'same'; text: string }
	/** The model changed words the team did not touch; `ours` is what the team has there now. */
	| { kind: 'suggestion'; id: string; ours: string; theirs: string }
	/** The model and the team both changed these words. */
	| { kind: 'conflict'; id: string; base: string; ours: string; theirs: string };

export interface RuleMerge {
	key: string;
	hunks: MergeHunk[];
}

/** What a person chose for one suggestion or conflict; `custom` is their own wording. */
export type Decision = 'accept' | 'reject' | { custom: string };

export type Decisions = Record<string, Decision>;

interface Hunk {
	side: 'ours' | 'theirs';
	oStart: number;
	oEnd: number;
	sideLength: number;
}

/**
 * Three-way merge of one rule's text. Hunk ids are `${idPrefix}:${n}`, so one decisions
 * record can hold the answers for a whole policy.
 */
export function mergeRuleText(base: string, ours: string, theirs: string, idPrefix: string): RuleMerge {
	const o = tokenize(base);
	const a = tokenize(ours);
	const b = tokenize(theirs);
	const key = (token: string) => (isWhitespace(token) ? ' ' : token);
	const [oKeys, aKeys, bKeys] = [o.map(key), a.map(key), b.map(key)];

	const hunks: Hunk[] = [];
	const collect = (side: Hunk['side'], other: string[]) => {
		for (const d of diffIndices(oKeys, other)) {
			hunks.push({ side, oStart: d.buffer1[0], oEnd: d.buffer1[0] + d.buffer1[1], sideLength: d.buffer2[1] });
		}
	};
	collect('ours', aKeys);
	collect('theirs', bKeys);
	hunks.sort((x, y) => x.oStart - y.oStart || x.oEnd - y.oEnd);

	const out: MergeHunk[] = [];
	const same = (text: string) => {
		if (text === '') return;
		const last = out.at(-1);
		if (last?.kind === 'same') last.text += text;
		else out.push({ kind: 'same', text });
	};
	let n = 0;
	const nextId = () => `${idPrefix}:${n++}`;

	// Outside hunks all three texts hold the same words; these offsets map a base position to ours and theirs.
	let aShift = 0;
	let bShift = 0;
	let oCursor = 0;
	let i = 0;
	while (i < hunks.length) {
		const start = hunks[i].oStart;
		let end = hunks[i].oEnd;
		const group = [hunks[i++]];
		// Overlapping or touching hunks, or ones only whitespace apart, are the same words.
		while (i < hunks.length && (hunks[i].oStart <= end || onlyWhitespace(oKeys, end, hunks[i].oStart))) {
			end = Math.max(end, hunks[i].oEnd);
			group.push(hunks[i++]);
		}
		same(a.slice(oCursor + aShift, start + aShift).join(''));

		const shiftOf = (side: Hunk['side']) =>
			group.filter((h) => h.side === side).reduce((sum, h) => sum + h.sideLength - (h.oEnd - h.oStart), 0);
		const aSlice = a.slice(start + aShift, end + aShift + shiftOf('ours'));
		const bSlice = b.slice(start + bShift, end + bShift + shiftOf('theirs'));
		const oursChanged = group.some((h) => h.side === 'ours');
		const theirsChanged = group.some((h) => h.side === 'theirs');
		const [oursText, theirsText, baseText] = [aSlice.join(''), bSlice.join(''), o.slice(start, end).join('')];

		if (!theirsChanged || sameWords(theirsText, baseText) || sameWords(theirsText, oursText)) {
			same(oursText); // only the team changed these words, or both made the same change
		} else if (!oursChanged || sameWords(oursText, baseText)) {
			out.push({ kind: 'suggestion', id: nextId(), ours: oursText, theirs: theirsText });
		} else {
			out.push({ kind: 'conflict', id: nextId(), base: baseText, ours: oursText, theirs: theirsText });
		}
		aShift += shiftOf('ours');
		bShift += shiftOf('theirs');
		oCursor = end;
	}
	same(a.slice(oCursor + aShift).join(''));
	return { key: idPrefix, hunks: out };
}

function onlyWhitespace(keys: string[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (keys[k] !== ' ') return false;
	return true;
}

/**
 * The rule's text after the decisions. An undecided suggestion or conflict keeps the team's
 * words, so rejecting (or ignoring) everything gives back the team's text byte for byte.
 */
export function applyDecisions(merge: RuleMerge, decisions: Decisions): string {
	return merge.hunks
		.map((hunk) => {
			if (hunk.kind === 'same') return hunk.text;
			const decision = decisions[hunk.id];
			if (decision === 'accept') return hunk.theirs;
			if (typeof decision === 'object') return decision.custom;
			return hunk.ours;
		})
		.join('');
}

export function hasConflicts(merge: RuleMerge): boolean {
	return merge.hunks.some((hunk) => hunk.kind === 'conflict');
}

/** The model renamed a rule; accepting `id` gives the team's rule the new title. */
export interface TitleChange {
	id: string;
	from: string;
	to: string;
}

/** What the newer model version means for one rule of the team's adaptation. */
export type RuleUpdate =
	/** The model changed this rule's words; the hunks hold the suggestions and conflicts. */
	| { kind: 'changed'; key: string; title: string; merge: RuleMerge; titleChange?: TitleChange }
	| { kind: 'unchanged'; key: string; title: string; titleChange?: TitleChange }
	/**
	 * The team dropped this rule; nothing is offered. When the model changed it, `changes` is the
	 * old model text to the new one (all struck when the model removed the rule), for the reader.
	 */
	| { kind: 'dropped-by-team'; key: string; title: string; changedUpstream: boolean; changes?: RedlineSegment[] }
	/** A new model rule; accepting `id` adds it with the team's names filled in. */
	| { kind: 'added-upstream'; id: string; key: string; rule: ModelRule; text: string }
	/** The model no longer has this rule; accepting `id` removes it, rejecting keeps it as the team's own. */
	| { kind: 'removed-upstream'; id: string; key: string; title: string; text: string }
	/** The team's own rule; the model has nothing to say about it. */
	| { kind: 'custom'; key: string; title: string };

export interface PolicyUpdate {
	fromVersion: number;
	toVersion: number;
	notes: string;
	rules: RuleUpdate[];
	summary: {
		/** Rules whose model words changed ("version 3: 2 rules changed"), dropped ones included. */
		changedRules: number;
		/** Of `changedRules`, the ones the team dropped ("1 of them one you dropped"). */
		droppedRules: number;
		addedRules: number;
		removedRules: number;
		suggestions: number;
		conflicts: number;
	};
}

/**
 * Everything a newer model version offers a team: per-rule merges in the team's order, then
 * rules new in the model. Nothing changes until `applyPolicyUpdate` is given the decisions.
 */
export function mergePolicy(
	baseVersion: ModelVersion,
	newVersion: ModelVersion,
	adaptation: AdaptedRule[],
	values: SlotValues,
	fallback?: Placeholders
): PolicyUpdate {
	const fill = (rule: ModelRule) => fillSlots(rule.text, values, fallback);
	const rules: RuleUpdate[] = [];
	for (const adapted of adaptation) {
		const before = adapted.custom ? undefined : findModelRule(baseVersion, adapted.key);
		const after = adapted.custom ? undefined : findModelRule(newVersion, adapted.key);
		const { key, title } = adapted;
		if (!before && !after) {
			rules.push({ kind: 'custom', key, title });
		} else if (!after) {
			if (adapted.status === 'drop') {
				const changes = redlineText(before ? fill(before) : '', '');
				rules.push({ kind: 'dropped-by-team', key, title, changedUpstream: true, changes });
			}
			else rules.push({ kind: 'removed-upstream', id: `remove:${key}`, key, title, text: adapted.text });
		} else {
			// A rule absent from the old version but already in the team's adaptation merges from empty.
			const base = before ? fill(before) : '';
			const theirs = fill(after);
			const changedUpstream = !sameWords(base, theirs);
			const titleChange =
				before && before.title !== after.title
					? { id: `title:${key}`, from: before.title, to: after.title }
					: undefined;
			if (adapted.status === 'drop') {
				const changes = changedUpstream ? redlineText(base, theirs) : undefined;
				rules.push({ kind: 'dropped-by-team', key, title, changedUpstream, ...(changes ? { changes } : {}) });
			} else if (!changedUpstream) {
				rules.push({ kind: 'unchanged', key, title, titleChange });
			} else {
				const merge = mergeRuleText(base, adapted.text, theirs, key);
				rules.push({ kind: 'changed', key, title, titleChange, merge });
			}
		}
	}
	const adaptedKeys = new Set(adaptation.filter((rule) => !rule.custom).map((rule) => rule.key));
	for (const rule of [...newVersion.rules].sort((x, y) => x.number - y.number)) {
		if (adaptedKeys.has(rule.key) || findModelRule(baseVersion, rule.key)) continue;
		rules.push({ kind: 'added-upstream', id: `add:${rule.key}`, key: rule.key, rule, text: fill(rule) });
	}

	const hunks = rules.flatMap((rule) => (rule.kind === 'changed' ? rule.merge.hunks : []));
	const droppedRules = rules.filter((rule) => rule.kind === 'dropped-by-team' && rule.changedUpstream).length;
	return {
		fromVersion: baseVersion.version,
		toVersion: newVersion.version,
		notes: newVersion.notes,
		rules,
		summary: {
			changedRules: rules.filter((rule) => rule.kind === 'changed').length + droppedRules,
			droppedRules,
			addedRules: rules.filter((rule) => rule.kind === 'added-upstream').length,
			removedRules: rules.filter((rule) => rule.kind === 'removed-upstream').length,
			suggestions: hunks.filter((hunk) => hunk.kind === 'suggestion').length,
			conflicts: hunks.filter((hunk) => hunk.kind === 'conflict').length
		}
	};
}

/** One choice a person has to make: accepting or rejecting a suggestion, or resolving a conflict. */
export interface DecisionPoint {
	id: string;
	/** The rule it belongs to, as the review page names it. */
	key: string;
	title: string;
	conflict: boolean;
}

/** Every choice the update asks for, in page order; applying needs an answer to each. */
export function decisionPoints(update: PolicyUpdate): DecisionPoint[] {
	const points: DecisionPoint[] = [];
	for (const rule of update.rules) {
		const at = (id: string, title: string, conflict = false) => points.push({ id, key: rule.key, title, conflict });
		if (rule.kind === 'changed' || rule.kind === 'unchanged') {
			if (rule.titleChange) at(rule.titleChange.id, rule.title);
			if (rule.kind === 'changed') for (const hunk of rule.merge.hunks) if (hunk.kind !== 'same') at(hunk.id, rule.title, hunk.kind === 'conflict');
		} else if (rule.kind === 'added-upstream') at(rule.id, rule.rule.title);
		else if (rule.kind === 'removed-upstream') at(rule.id, rule.title);
	}
	return points;
}

/** The choices still without an answer. */
export function openDecisions(update: PolicyUpdate, decisions: Decisions): DecisionPoint[] {
	return decisionPoints(update).filter((point) => decisions[point.id] === undefined);
}

/** "Accept all" / "Reject all": every suggestion answered alike; conflicts keep their answers, they need a person. */
export function decideAllSuggestions(update: PolicyUpdate, decisions: Decisions, choice: 'accept' | 'reject'): Decisions {
	const result = { ...decisions };
	for (const point of decisionPoints(update)) if (!point.conflict) result[point.id] = choice;
	return result;
}

/**
 * The adaptation after the decisions: hunk ids as in `applyDecisions`, `add:<key>` to add a new
 * model rule, `remove:<key>` to remove a rule the model dropped, `title:<key>` to take a new title. Undecided means no change; a
 * rule the model dropped that the team keeps becomes the team's own rule (`custom`).
 * A rule whose merged text no longer matches the new model text is marked 'modify', else 'keep'.
 */
export function applyPolicyUpdate(
	update: PolicyUpdate,
	adaptation: AdaptedRule[],
	decisions: Decisions,
	newVersion: ModelVersion,
	values: SlotValues,
	fallback?: Placeholders
): AdaptedRule[] {
	const result: AdaptedRule[] = [];
	for (const adapted of adaptation) {
		const rule = update.rules.find(
			(r) => r.key === adapted.key && (r.kind === 'custom') === !!adapted.custom
		);
		if (!rule || rule.kind === 'custom' || rule.kind === 'dropped-by-team' || rule.kind === 'added-upstream') {
			result.push(adapted);
		} else if (rule.kind === 'removed-upstream') {
			if (decisions[rule.id] !== 'accept') result.push({ ...adapted, custom: true });
		} else {
			const text = rule.kind === 'changed' ? applyDecisions(rule.merge, decisions) : adapted.text;
			const model = findModelRule(newVersion, adapted.key);
			const matches = model !== undefined && sameWords(fillSlots(model.text, values, fallback), text);
			const renamed = rule.titleChange && decisions[rule.titleChange.id] === 'accept';
			const title = renamed && rule.titleChange ? rule.titleChange.to : adapted.title;
			result.push({ ...adapted, title, text, status: matches ? 'keep' : 'modify' });
		}
	}
	for (const rule of update.rules) {
		if (rule.kind === 'added-upstream' && decisions[rule.id] === 'accept') {
			result.push({ key: rule.key, title: rule.rule.title, text: rule.text, status: 'keep' });
		}
	}
	return result;
}
