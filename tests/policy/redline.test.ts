import { describe, expect, it } from 'vitest';
import { redlinePolicy, redlineText, ruleDrift, type RedlineCounts } from '../../src/lib/policy/redline';
import { finalText } from '../../src/lib/policy/final-text';
import type { AdaptedRule, ModelVersion, SlotValues } from '../../src/lib/policy/model';

const values: SlotValues = { jurisdiction: 'Springfield', jail: 'Lane County Jail' };

const model: ModelVersion = {
	version: 1,
	notes: 'test',
	rules: [
		{ key: 'one', number: 1, title: 'One', text: '{{jurisdiction}} officials shall not hold anyone.', summary: '', why: '', talkingPoints: [] },
		{ key: 'two', number: 2, title: 'Two', text: 'The {{jail}} shall release people on time.', summary: '', why: '', talkingPoints: [] },
		{ key: 'three', number: 3, title: 'Three', text: 'No one shall be asked about status.', summary: '', why: '', talkingPoints: [] }
	]
};

const kept = (key: string, text: string): AdaptedRule => ({ key, title: key, text, status: 'keep' });

describe('redlineText', () => {
	it.each([
		['identical', 'A shall B.', 'A shall B.', [{ kind: 'same', text: 'A shall B.' }]],
		['whitespace only', 'A shall B.', 'A  shall\nB. ', [{ kind: 'same', text: 'A  shall\nB. ' }]],
		['shall to should', 'A shall B.', 'A should B.', [
			{ kind: 'same', text: 'A ' }, { kind: 'delete', text: 'shall' }, { kind: 'insert', text: 'should' }, { kind: 'same', text: ' B.' }
		]],
		['words added', 'A shall B.', 'A shall promptly B.', [
			{ kind: 'same', text: 'A shall ' }, { kind: 'insert', text: 'promptly ' }, { kind: 'same', text: 'B.' }
		]],
		['both empty', '', '', []]
	])('%s', (_name, base, team, expected) => {
		expect(redlineText(base, team)).toEqual(expected);
	});

	it.each([
		['A shall B.', 'A should B. C.'],
		['The Lane County Jail shall release people.', 'The jail should release people promptly.'],
		['A  shall\nB.', 'A should\n\nB.']
	])('same and inserted segments rebuild the team text exactly: %s', (base, team) => {
		const segments = redlineText(base, team);
		expect(segments.filter((s) => s.kind !== 'delete').map((s) => s.text).join('')).toBe(team);
		// The model side has the same words; its spacing may be the team's.
		const modelSide = segments.filter((s) => s.kind !== 'insert').map((s) => s.text).join('');
		expect(modelSide.replace(/\s+/g, '')).toBe(base.replace(/\s+/g, ''));
	});
});

describe('redlinePolicy counts', () => {
	const one = 'Springfield officials shall not hold anyone.';
	const two = 'The Lane County Jail shall release people on time.';
	const three = 'No one shall be asked about status.';
	it.each<[string, AdaptedRule[], RedlineCounts, string[]]>([
		['all unchanged', [kept('one', one), kept('two', two), kept('three', three)],
			{ unchanged: 3, modified: 0, dropped: 0, added: 0, missing: 0 }, ['unchanged', 'unchanged', 'unchanged']],
		['whitespace-only edits are unchanged', [kept('one', ` ${one.replace(' ', '\n')}`), kept('two', two.replace(' ', '  ')), kept('three', three)],
			{ unchanged: 3, modified: 0, dropped: 0, added: 0, missing: 0 }, ['unchanged', 'unchanged', 'unchanged']],
		['shall became should', [kept('one', one.replace('shall', 'should')), kept('two', two), kept('three', three)],
			{ unchanged: 2, modified: 1, dropped: 0, added: 0, missing: 0 }, ['modified', 'unchanged', 'unchanged']],
		['dropped with a reason', [kept('one', one), { ...kept('two', two), status: 'drop', dropReason: 'The sheriff refused.' }, kept('three', three)],
			{ unchanged: 2, modified: 0, dropped: 1, added: 0, missing: 0 }, ['unchanged', 'dropped', 'unchanged']],
		['team added its own rule', [kept('one', one), kept('two', two), kept('three', three), { ...kept('detainer-report', 'Report every detainer.'), custom: true }],
			{ unchanged: 3, modified: 0, dropped: 0, added: 1, missing: 0 }, ['unchanged', 'unchanged', 'unchanged', 'added']],
		['a rule not adapted yet', [kept('one', one), kept('three', three)],
			{ unchanged: 2, modified: 0, dropped: 0, added: 0, missing: 1 }, ['unchanged', 'missing', 'unchanged']],
		['a mix, in model order then team rules', [
			{ ...kept('three', three), status: 'drop' }, { ...kept('mine', 'Ours.'), custom: true }, kept('two', 'The jail should release people.'), kept('one', one)
		], { unchanged: 1, modified: 1, dropped: 1, added: 1, missing: 0 }, ['unchanged', 'modified', 'dropped', 'added']]
	])('%s', (_name, adaptation, counts, drifts) => {
		const redline = redlinePolicy(model, adaptation, values);
		expect(redline.counts).toEqual(counts);
		expect(redline.rules.map((rule) => rule.drift)).toEqual(drifts);
	});

	it('a dropped rule shows the model text struck and keeps the reason', () => {
		const redline = redlinePolicy(model, [{ ...kept('two', two), status: 'drop', dropReason: 'Refused.' }], values);
		const rule = redline.rules.find((r) => r.key === 'two');
		expect(rule).toMatchObject({ drift: 'dropped', dropReason: 'Refused.', segments: [{ kind: 'delete', text: two }] });
	});

	it('fills slots in the model text the same way before comparing', () => {
		const redline = redlinePolicy(model, [kept('two', "The [jail] shall release people on time.")], {});
		expect(redline.rules.find((r) => r.key === 'two')?.drift).toBe('unchanged');
	});
});

describe('a rule’s status is read from its words; only dropping is a choice', () => {
	const one = 'Springfield officials shall not hold anyone.';
	it.each<[string, AdaptedRule, string | undefined, string]>([
		['a stored "modify" whose words match the model reads as kept', { ...kept('one', one), status: 'modify' }, one, 'unchanged'],
		['a stored "keep" whose words differ reads as modified', kept('one', one.replace('shall', 'should')), one, 'modified'],
		['a stored "modify" that does differ stays modified', { ...kept('one', `${one} Promptly.`), status: 'modify' }, one, 'modified'],
		['a drop is the team’s choice, whatever the words', { ...kept('one', one), status: 'drop' }, one, 'dropped'],
		['the team’s own rule is added', { ...kept('mine', 'Ours.'), custom: true }, undefined, 'added']
	])('%s', (_name, rule, modelText, drift) => {
		expect(ruleDrift(rule, modelText)).toBe(drift);
	});

	it('the redline agrees with it for stored statuses that contradict the words', () => {
		const redline = redlinePolicy(model, [{ ...kept('one', one), status: 'modify' }, kept('two', 'The jail should release people.'), kept('three', 'No one shall be asked about status.')], values);
		expect(redline.rules.map((rule) => rule.drift)).toEqual(['unchanged', 'modified', 'unchanged']);
	});
});

describe('finalText', () => {
	const one = 'Springfield officials shall not hold anyone.';
	it('keeps the team’s order, leaves dropped rules out, numbers without gaps and marks nothing', () => {
		const rules = finalText(
			{ ...model, rules: model.rules.map((r) => (r.key === 'one' ? { ...r, titleEs: 'Uno' } : r)) },
			[
				{ ...kept('three', 'No one shall be asked.'), title: 'Three' },
				{ ...kept('two', 'The Lane County Jail shall release people on time.'), status: 'drop', dropReason: 'Refused.' },
				{ ...kept('one', one), title: 'One', status: 'modify' },
				{ ...kept('mine', 'Report every detainer.'), title: 'Reporting', custom: true }
			],
			values
		);
		expect(rules).toEqual([
			{ key: 'three', number: 1, title: 'Three', text: 'No one shall be asked.', custom: false, drift: 'modified' },
			{ key: 'one', number: 2, title: 'One', text: one, custom: false, drift: 'unchanged', titleEs: 'Uno' },
			{ key: 'mine', number: 3, title: 'Reporting', text: 'Report every detainer.', custom: true, drift: 'added' }
		]);
	});

	it('a team’s own title is shown as written, in any language', () => {
		const [rule] = finalText({ ...model, rules: [{ ...model.rules[0], titleEs: 'Uno' }] }, [{ ...kept('one', one), title: 'Orden judicial' }], values);
		expect(rule).toMatchObject({ title: 'Orden judicial' });
		expect(rule.titleEs).toBeUndefined();
	});
});
