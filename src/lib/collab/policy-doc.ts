import * as Y from 'yjs';
import type { AdaptedRule } from '$lib/policy/model';
import { isRuleMap, ruleArrayProblems, ruleMapProblems, stringField, type RuleShape, type ShapeProblem } from './doc-shape';

/**
 * How a team's adapted policy lives in its Yjs document: an array `rules` of maps, one per rule,
 * in the team's order. Each map holds `key`, `title`, `status`, `dropReason`, `custom` and the
 * rule's words in `text`, an XML fragment that a Tiptap editor edits (one paragraph per line).
 */
export const RULES = 'rules';

/** The fields of a rule map, for every reader and writer of a policy document. */
export const RULE_FIELD = { key: 'key', title: 'title', text: 'text', status: 'status', dropReason: 'dropReason', custom: 'custom' } as const;
export type AdaptationField = typeof RULE_FIELD.title | typeof RULE_FIELD.status | typeof RULE_FIELD.dropReason;

/** Sets one field of an adapted rule, only when it differs (a same-value write would still be an edit). */
export function setRuleField(map: Y.Map<unknown>, field: string, value: string): void {
	if (map.get(field) !== value) map.set(field, value);
}

export function rulesArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
	return doc.getArray<Y.Map<unknown>>(RULES);
}

/** The plain words of a rule's fragment: its paragraphs, one per line. */
export function fragmentText(fragment: Y.XmlFragment): string {
	return fragment
		.toArray()
		.map((node) =>
			node instanceof Y.XmlElement
				? node
						.toArray()
						.map((child) => (child instanceof Y.XmlText ? child.toDelta().map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('') : ''))
						.join('')
				: node instanceof Y.XmlText
					? node.toString()
					: ''
		)
		.join('\n');
}

/** Replaces a fragment's content with these words, a paragraph per line. */
export function setFragmentText(fragment: Y.XmlFragment, text: string): void {
	// A fragment not yet in a document is empty, and Yjs warns when one is read.
	if (fragment.doc && fragment.length) fragment.delete(0, fragment.length);
	const paragraphs = text.split('\n').map((line) => {
		const paragraph = new Y.XmlElement('paragraph');
		if (line) paragraph.insert(0, [new Y.XmlText(line)]);
		return paragraph;
	});
	fragment.insert(0, paragraphs);
}

export function ruleText(rule: Y.Map<unknown>): Y.XmlFragment {
	return rule.get(RULE_FIELD.text) as Y.XmlFragment;
}

/** The rule maps of a `rules` array that can be read; anything else a stored document holds is skipped. */
export function readableRules(doc: Y.Doc): Y.Map<unknown>[] {
	return (rulesArray(doc).toArray() as unknown[]).filter(isRuleMap);
}

const STATUSES = ['keep', 'modify', 'drop'] as const;

/** What a team's adaptation may hold in each rule map. */
export const ADAPTATION_SHAPE: RuleShape = {
	fields: { key: 'string', title: 'string', status: 'string', dropReason: 'string', custom: 'boolean' },
	required: ['key'],
	oneOf: { status: STATUSES }
};

/** Where an adaptation document departs from its shape; empty when every reader can use all of it. */
export function validateAdaptation(doc: Y.Doc): ShapeProblem[] {
	return ruleArrayProblems(doc, RULES, ADAPTATION_SHAPE);
}

/**
 * A new rule for the `rules` array: its fields (an adaptation's status and reasons, or the model
 * draft's number, summary and why) and its words in a fresh `text` fragment.
 */
export function ruleMap(fields: Record<string, string | number | boolean>, text: string): Y.Map<unknown> {
	const map = new Y.Map<unknown>();
	for (const [name, value] of Object.entries(fields)) map.set(name, value);
	const fragment = new Y.XmlFragment();
	map.set('text', fragment);
	setFragmentText(fragment, text);
	return map;
}

function newRuleMap(rule: AdaptedRule): Y.Map<unknown> {
	return ruleMap({ key: rule.key, title: rule.title, status: rule.status, dropReason: rule.dropReason ?? '', custom: rule.custom ?? false }, rule.text);
}

/** One adapted rule as plain values, whatever its stored map holds. */
export function readAdaptedRule(map: Y.Map<unknown>): AdaptedRule {
	const status = map.get(RULE_FIELD.status) as AdaptedRule['status'];
	return {
		key: stringField(map, RULE_FIELD.key),
		title: stringField(map, RULE_FIELD.title),
		text: fragmentText(ruleText(map)),
		status: STATUSES.includes(status) ? status : 'keep',
		dropReason: stringField(map, RULE_FIELD.dropReason) || undefined,
		custom: map.get(RULE_FIELD.custom) === true
	};
}

/** The adaptation as plain rules, for redlines and merges. */
export function readAdaptation(doc: Y.Doc): AdaptedRule[] {
	return readableRules(doc).map(readAdaptedRule);
}

/**
 * Makes the document hold exactly these rules, touching only what differs, so that people
 * typing in other rules at the same moment keep their edits.
 */
export function writeAdaptation(doc: Y.Doc, rules: AdaptedRule[]): void {
	doc.transact(() => {
		const array = rulesArray(doc);
		// What no reader can use (a stored document from before updates were checked) goes first.
		for (let i = array.length - 1; i >= 0; i--) if (!isRuleMap(array.get(i))) array.delete(i, 1);
		const idOf = (map: Y.Map<unknown>) => `${map.get(RULE_FIELD.custom) === true ? 'c' : 'm'}:${stringField(map, RULE_FIELD.key)}`;
		const existing = new Map(array.toArray().map((map) => [idOf(map), map]));
		const wanted = rules.map((rule) => `${rule.custom ? 'c' : 'm'}:${rule.key}`);
		// Remove rules no longer wanted, from the end so indexes stay right.
		for (let i = array.length - 1; i >= 0; i--) {
			const map = array.get(i);
			if (!wanted.includes(idOf(map))) array.delete(i, 1);
		}
		rules.forEach((rule, index) => {
			const id = wanted[index];
			const map = existing.get(id);
			if (!map || !array.toArray().includes(map)) {
				array.insert(Math.min(index, array.length), [newRuleMap(rule)]);
				return;
			}
			// A map stored with fields of the wrong kind (before updates were checked) is rewritten whole.
			const repair = ruleMapProblems(map, '', ADAPTATION_SHAPE).length > 0;
			if (repair) for (const field of [...map.keys()]) if (field !== RULE_FIELD.text && !(field in ADAPTATION_SHAPE.fields)) map.delete(field);
			if (repair || map.get(RULE_FIELD.title) !== rule.title) map.set(RULE_FIELD.title, rule.title);
			if (repair || map.get(RULE_FIELD.status) !== rule.status) map.set(RULE_FIELD.status, rule.status);
			if (repair || (map.get(RULE_FIELD.dropReason) ?? '') !== (rule.dropReason ?? '')) map.set(RULE_FIELD.dropReason, rule.dropReason ?? '');
			if (repair || (map.get(RULE_FIELD.custom) ?? false) !== (rule.custom ?? false)) map.set(RULE_FIELD.custom, rule.custom ?? false);
			if (repair || fragmentText(ruleText(map)) !== rule.text) setFragmentText(ruleText(map), rule.text);
		});
	});
}
