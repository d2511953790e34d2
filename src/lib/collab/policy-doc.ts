import * as Y from 'yjs';
import type { AdaptedRule } from '$lib/policy/model';

/**
 * How a team's adapted policy lives in its Yjs document: an array `rules` of maps, one per rule,
 * in the team's order. Each map holds `key`, `title`, `status`, `dropReason`, `custom` and the
 * rule's words in `text`, an XML fragment that a Tiptap editor edits (one paragraph per line).
 */
export const RULES = 'rules';

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
	return rule.get('text') as Y.XmlFragment;
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

/** The adaptation as plain rules, for redlines and merges. */
export function readAdaptation(doc: Y.Doc): AdaptedRule[] {
	return rulesArray(doc)
		.toArray()
		.map((map) => ({
			key: String(map.get('key')),
			title: String(map.get('title') ?? ''),
			text: fragmentText(ruleText(map)),
			status: (map.get('status') as AdaptedRule['status']) ?? 'keep',
			dropReason: String(map.get('dropReason') ?? '') || undefined,
			custom: Boolean(map.get('custom'))
		}));
}

/**
 * Makes the document hold exactly these rules, touching only what differs, so that people
 * typing in other rules at the same moment keep their edits.
 */
export function writeAdaptation(doc: Y.Doc, rules: AdaptedRule[]): void {
	doc.transact(() => {
		const array = rulesArray(doc);
		const existing = new Map(array.toArray().map((map) => [`${map.get('custom') ? 'c' : 'm'}:${map.get('key')}`, map]));
		const wanted = rules.map((rule) => `${rule.custom ? 'c' : 'm'}:${rule.key}`);
		// Remove rules no longer wanted, from the end so indexes stay right.
		for (let i = array.length - 1; i >= 0; i--) {
			const map = array.get(i);
			if (!wanted.includes(`${map.get('custom') ? 'c' : 'm'}:${map.get('key')}`)) array.delete(i, 1);
		}
		rules.forEach((rule, index) => {
			const id = wanted[index];
			const map = existing.get(id);
			if (!map || !array.toArray().includes(map)) {
				array.insert(Math.min(index, array.length), [newRuleMap(rule)]);
				return;
			}
			if (map.get('title') !== rule.title) map.set('title', rule.title);
			if (map.get('status') !== rule.status) map.set('status', rule.status);
			if ((map.get('dropReason') ?? '') !== (rule.dropReason ?? '')) map.set('dropReason', rule.dropReason ?? '');
			if (Boolean(map.get('custom')) !== Boolean(rule.custom)) map.set('custom', rule.custom ?? false);
			if (fragmentText(ruleText(map)) !== rule.text) setFragmentText(ruleText(map), rule.text);
		});
	});
}
