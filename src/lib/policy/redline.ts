/**
 * The redline: how far a team's adaptation has drifted from the model, word by word and rule by
 * rule ("shall" struck, "should" inserted).
 *
 * Whitespace-only differences (a re-wrapped line, a double space) do not count: a rule whose
 * words match the filled model text is 'unchanged' and shows the team's text as one 'same' piece.
 */
import { diffWords } from 'diff';
import { type AdaptedRule, type ModelVersion, type SlotValues } from './model';
import { fillSlots, type Placeholders } from './slots';
import { sameWords } from './words';

export interface RedlineSegment {
	kind: 'same' | 'insert' | 'delete';
	text: string;
}

/** Word-level changes from the filled model text to the team's text. */
export function redlineText(base: string, team: string): RedlineSegment[] {
	if (sameWords(base, team)) return team === '' ? [] : [{ kind: 'same', text: team }];
	const segments: RedlineSegment[] = [];
	for (const change of diffWords(base, team)) {
		const kind = change.added ? 'insert' : change.removed ? 'delete' : 'same';
		const last = segments.at(-1);
		if (last?.kind === kind) last.text += change.value;
		else if (change.value !== '') segments.push({ kind, text: change.value });
	}
	return segments;
}

export type RuleDrift = 'unchanged' | 'modified' | 'dropped' | 'added' | 'missing';

/**
 * Where one adapted rule stands against the model. Dropping is the team's choice; kept or
 * modified is read from the words (a stored 'modify' status is not trusted, it can be stale).
 * `modelText` is the model rule's text with the team's names filled in; none for its own rules.
 */
export function ruleDrift(rule: Pick<AdaptedRule, 'status' | 'text' | 'custom'>, modelText: string | undefined): Exclude<RuleDrift, 'missing'> {
	if (rule.status === 'drop') return 'dropped';
	if (rule.custom || modelText === undefined) return 'added';
	return sameWords(modelText, rule.text) ? 'unchanged' : 'modified';
}

export interface RuleRedline {
	key: string;
	/** The model rule's number; none for a rule the team added. */
	number?: number;
	title: string;
	drift: RuleDrift;
	/**
	 * unchanged/modified: model text to team text; dropped: the model text struck;
	 * added: the team's text inserted; missing: the model text, not yet adapted.
	 */
	segments: RedlineSegment[];
	dropReason?: string;
}

export interface RedlineCounts {
	unchanged: number;
	modified: number;
	dropped: number;
	added: number;
	/** Model rules with no entry in the adaptation at all (not yet adapted). */
	missing: number;
}

export interface PolicyRedline {
	rules: RuleRedline[];
	counts: RedlineCounts;
}

/**
 * The whole adaptation against the model version it was adapted from, in the model's order,
 * then the team's own rules in the team's order.
 */
export function redlinePolicy(
	model: ModelVersion,
	adaptation: AdaptedRule[],
	values: SlotValues,
	fallback?: Placeholders
): PolicyRedline {
	const modelKeys = new Set(model.rules.map((rule) => rule.key));
	const rules: RuleRedline[] = [];
	for (const modelRule of [...model.rules].sort((a, b) => a.number - b.number)) {
		const base = fillSlots(modelRule.text, values, fallback);
		const adapted = adaptation.find((rule) => rule.key === modelRule.key && !rule.custom);
		const common = { key: modelRule.key, number: modelRule.number };
		if (!adapted) {
			const segments: RedlineSegment[] = [{ kind: 'same', text: base }];
			rules.push({ ...common, title: modelRule.title, drift: 'missing', segments });
		} else if (ruleDrift(adapted, base) === 'dropped') {
			rules.push({
				...common,
				title: adapted.title,
				drift: 'dropped',
				segments: [{ kind: 'delete', text: base }],
				dropReason: adapted.dropReason
			});
		} else {
			rules.push({
				...common,
				title: adapted.title,
				drift: ruleDrift(adapted, base),
				segments: redlineText(base, adapted.text)
			});
		}
	}
	for (const adapted of adaptation) {
		if (!adapted.custom && modelKeys.has(adapted.key)) continue;
		if (adapted.status === 'drop') continue; // a team's own rule it set aside is not drift
		rules.push({
			key: adapted.key,
			title: adapted.title,
			drift: 'added',
			segments: [{ kind: 'insert', text: adapted.text }]
		});
	}
	const counts: RedlineCounts = { unchanged: 0, modified: 0, dropped: 0, added: 0, missing: 0 };
	for (const rule of rules) counts[rule.drift]++;
	return { rules, counts };
}
