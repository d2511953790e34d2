import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ADAPTATION_SHAPE, RULE_FIELD, readAdaptedRule, ruleMap, rulesArray, setRuleField } from '../../src/lib/collab/policy-doc';
import { DRAFT_FIELD, DRAFT_SHAPE, readDraftRule } from '../../src/lib/collab/model-draft-doc';
import { KIND_SCHEMAS } from '../../src/lib/collab/document-kinds';

describe('one schema module per document kind', () => {
	it('names every field its shape allows, and nothing else', () => {
		expect(Object.values(RULE_FIELD).filter((f) => f !== 'text').sort()).toEqual(Object.keys(ADAPTATION_SHAPE.fields).sort());
		expect(Object.values(DRAFT_FIELD).sort()).toEqual(Object.keys(DRAFT_SHAPE.fields).sort());
		expect(Object.keys(KIND_SCHEMAS).sort()).toEqual(['board', 'doc', 'model_draft', 'policy', 'talking_points', 'testimony']);
	});

	it('reads a rule map whatever it holds, and writes a field only when it differs', () => {
		const doc = new Y.Doc();
		rulesArray(doc).push([ruleMap({ key: 'k', title: 'Judicial warrant', status: 'nonsense', custom: 3 as unknown as boolean }, 'No holds.')]);
		const map = rulesArray(doc).get(0);
		expect(readAdaptedRule(map)).toEqual({ key: 'k', title: 'Judicial warrant', text: 'No holds.', status: 'keep', dropReason: undefined, custom: false });
		let updates = 0;
		doc.on('update', () => updates++);
		setRuleField(map, RULE_FIELD.title, 'Judicial warrant');
		expect(updates).toBe(0);
		setRuleField(map, RULE_FIELD.title, 'Warrants');
		expect(updates).toBe(1);
		expect(readDraftRule(map)).toMatchObject({ key: 'k', title: 'Warrants', summary: '', why: '' });
	});
});
