import * as Y from 'yjs';

/** Something in a live document that its kind's schema does not allow; `path` says where. */
export interface ShapeProblem {
	path: string;
	problem: string;
}

export type FieldType = 'string' | 'number' | 'boolean';

/** The fields of one rule map in a `rules` array, besides its words in `text`. */
export interface RuleShape {
	fields: Record<string, FieldType>;
	/** Fields that must be present and not empty (a title may be cleared while someone retypes it). */
	required: string[];
	/** Fields limited to a few values. */
	oneOf?: Record<string, readonly string[]>;
}

/** Whether an element of a `rules` array can be read as a rule: a map with a key and its words in a fragment. */
export function isRuleMap(value: unknown): value is Y.Map<unknown> {
	if (!(value instanceof Y.Map)) return false;
	const key = value.get('key');
	return typeof key === 'string' && key !== '' && value.get('text') instanceof Y.XmlFragment;
}

function fragmentProblems(fragment: Y.XmlFragment | Y.XmlElement, path: string, problems: ShapeProblem[]): void {
	fragment.toArray().forEach((node, i) => {
		if (node instanceof Y.XmlElement) fragmentProblems(node, `${path}[${i}]`, problems);
		else if (!(node instanceof Y.XmlText)) problems.push({ path: `${path}[${i}]`, problem: 'not_xml' });
	});
}

/** Every way the document's `rules` array departs from `shape`; empty when it is well formed. */
export function ruleArrayProblems(doc: Y.Doc, name: string, shape: RuleShape): ShapeProblem[] {
	const problems: ShapeProblem[] = [];
	doc
		.getArray<unknown>(name)
		.toArray()
		.forEach((item, i) => {
			const path = `${name}[${i}]`;
			if (!(item instanceof Y.Map)) problems.push({ path, problem: 'not_a_map' });
			else ruleMapProblems(item, path, shape, problems);
		});
	return problems;
}

/** Adds to `problems` every way one rule map departs from `shape`. */
export function ruleMapProblems(item: Y.Map<unknown>, path: string, shape: RuleShape, problems: ShapeProblem[] = []): ShapeProblem[] {
	const text = item.get('text');
	if (text instanceof Y.XmlFragment) fragmentProblems(text, `${path}.text`, problems);
	else problems.push({ path: `${path}.text`, problem: 'not_a_fragment' });
	for (const [field, value] of item.entries()) {
		if (field === 'text') continue;
		const type = shape.fields[field];
		if (!type) problems.push({ path: `${path}.${field}`, problem: 'unknown_field' });
		else if (typeof value !== type) problems.push({ path: `${path}.${field}`, problem: `not_a_${type}` });
		else if (shape.oneOf?.[field] && !shape.oneOf[field].includes(value as string)) problems.push({ path: `${path}.${field}`, problem: 'not_allowed' });
	}
	for (const field of shape.required) if (item.get(field) === undefined || item.get(field) === '') problems.push({ path: `${path}.${field}`, problem: 'missing' });
	return problems;
}

/** A field of a rule map as a string, whatever a stored document holds there. */
export function stringField(map: Y.Map<unknown>, field: string): string {
	const value = map.get(field);
	return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
