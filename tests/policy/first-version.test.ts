import { describe, expect, it } from 'vitest';
import { DISCLAIMER, DISCLAIMER_ES, FIRST_VERSION } from '../../src/lib/policy/first-version';
import { AUDIENCES } from '../../src/lib/policy/model';
import { fillSlots, findSlots, validateSlots } from '../../src/lib/policy/slots';

const rules = FIRST_VERSION.rules;

describe('the first published model version', () => {
	it('is version 1 with nine rules numbered 1 to 9 and unique keys', () => {
		expect(FIRST_VERSION.version).toBe(1);
		expect(rules.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(new Set(rules.map((r) => r.key)).size).toBe(9);
	});

	it.each(rules.map((r) => [r.key, r] as const))('%s is complete and its slots are well formed', (_key, rule) => {
		for (const field of [rule.title, rule.text, rule.summary, rule.why, rule.titleEs, rule.summaryEs]) {
			expect(field?.trim().length).toBeGreaterThan(3);
		}
		expect(validateSlots(rule.text)).toEqual([]);
		expect(findSlots(rule.text).length).toBeGreaterThan(0);
		expect(fillSlots(rule.text, {})).not.toMatch(/\{\{|\}\}/);
		const sentences = rule.text.split(/(?<=\.)\s+/).filter(Boolean);
		expect(sentences.length).toBeGreaterThanOrEqual(1);
		expect(sentences.length).toBeLessThanOrEqual(3);
		expect(rule.talkingPoints.length).toBeGreaterThanOrEqual(2);
		for (const point of rule.talkingPoints) expect(validateSlots(point.text)).toEqual([]);
	});

	it.each(AUDIENCES.map((a) => [a]))('speaks to %s in several rules', (audience) => {
		const covering = rules.filter((r) => r.talkingPoints.some((p) => p.audience === audience));
		expect(covering.length).toBeGreaterThanOrEqual(3);
	});

	it('says it is not legal advice, in English and Spanish', () => {
		expect(DISCLAIMER).toMatch(/not legal advice/);
		expect(DISCLAIMER_ES).toMatch(/no son asesoría legal/);
	});
});
