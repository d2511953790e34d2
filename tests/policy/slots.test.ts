import { describe, expect, it } from 'vitest';
import {
	fillSlots,
	findSlots,
	refillSlots,
	slotValuesFromTeam,
	validateSlots,
	type SlotProblemCode
} from '../../src/lib/policy/slots';
import type { SlotValues } from '../../src/lib/policy/model';

const springfield: SlotValues = {
	jurisdiction: 'Springfield',
	police_department: 'Springfield Police Department',
	sheriff_office: 'Lane County Sheriff’s Office',
	jail: 'Lane County Jail',
	council: 'Springfield City Council',
	state: 'Oregon'
};

describe('fillSlots', () => {
	it.each([
		['every slot', '{{jurisdiction}}|{{police_department}}|{{sheriff_office}}|{{jail}}|{{council}}|{{state}}', springfield, undefined,
			'Springfield|Springfield Police Department|Lane County Sheriff’s Office|Lane County Jail|Springfield City Council|Oregon'],
		['a slot used twice', '{{jurisdiction}} and {{jurisdiction}}', springfield, undefined, 'Springfield and Springfield'],
		['spaces inside braces', '{{ jail }}', springfield, undefined, 'Lane County Jail'],
		['missing value', 'The {{sheriff_office}} shall', { jurisdiction: 'Juneau' }, undefined, "The [sheriff's office] shall"],
		['null value', 'The {{jail}}', { jail: null }, undefined, 'The [jail]'],
		['blank value', 'The {{council}}', { council: '   ' }, undefined, 'The [council]'],
		['caller placeholder', 'The {{council}}', {}, { council: '[board of supervisors]' }, 'The [board of supervisors]'],
		['value trimmed', '{{state}}.', { state: ' Alaska ' }, undefined, 'Alaska.'],
		['unknown slot left as is', 'The {{sherif}} shall', springfield, undefined, 'The {{sherif}} shall'],
		['unclosed slot left as is', 'The {{jail shall', springfield, undefined, 'The {{jail shall'],
		['no slots', 'Plain words.', springfield, undefined, 'Plain words.']
	])('%s', (_name, text, values, fallback, expected) => {
		expect(fillSlots(text, values, fallback)).toBe(expected);
	});
});

describe('findSlots', () => {
	it.each([
		['{{jurisdiction}} officials and the {{jail}} and {{jurisdiction}}', ['jurisdiction', 'jail']],
		['{{sherif}} and {{ state }}', ['state']],
		['none here', []]
	])('%s', (text, expected) => {
		expect(findSlots(text)).toEqual(expected);
	});
});

describe('validateSlots', () => {
	it.each<[string, string, { code: SlotProblemCode; at: number; suggestion?: string }[]]>([
		['well formed', '{{jurisdiction}} officials and the {{jail}}', []],
		['unknown name with a suggestion', 'The {{sherif}} shall', [{ code: 'unknown-slot', at: 4, suggestion: 'sheriff_office' }]],
		['unknown name, nothing close', 'The {{mayor}} shall', [{ code: 'unknown-slot', at: 4 }]],
		['empty braces', 'The {{}} shall', [{ code: 'empty-slot', at: 4 }]],
		['never closed', 'The {{jail shall', [{ code: 'unclosed-slot', at: 4 }]],
		['opened again before closing', '{{jail {{state}}', [{ code: 'unclosed-slot', at: 0 }]],
		['never opened', 'The jail}} shall', [{ code: 'unopened-slot', at: 8 }]],
		['several problems in order', '}} {{sherif}} {{', [
			{ code: 'unopened-slot', at: 0 },
			{ code: 'unknown-slot', at: 3, suggestion: 'sheriff_office' },
			{ code: 'unclosed-slot', at: 14 }
		]]
	])('%s', (_name, text, expected) => {
		const problems = validateSlots(text);
		expect(problems.map(({ code, at, suggestion }) => ({ code, at, ...(suggestion ? { suggestion } : {}) })))
			.toEqual(expected);
		for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
	});

	it('says which slot was meant', () => {
		expect(validateSlots('{{sherif}}')[0].message).toContain('Did you mean {{sheriff_office}}?');
	});
});

describe('slotValuesFromTeam', () => {
	it.each([
		[
			{ jurisdiction_name: 'Springfield', state: 'OR', council_name: 'Springfield City Council', sheriff_office: 'Lane County Sheriff’s Office', police_department: 'Springfield Police Department', jail: 'Lane County Jail' },
			{ ...springfield }
		],
		[
			{ jurisdiction_name: 'Juneau', state: 'AK', council_name: null, sheriff_office: null, police_department: 'Juneau Police Department', jail: null },
			{ jurisdiction: 'Juneau', state: 'Alaska', council: null, sheriff_office: null, police_department: 'Juneau Police Department', jail: null }
		],
		[
			{ jurisdiction_name: 'Somewhere', state: 'Unknown Land', council_name: null, sheriff_office: null, police_department: null, jail: null },
			{ jurisdiction: 'Somewhere', state: 'Unknown Land', council: null, sheriff_office: null, police_department: null, jail: null }
		]
	])('%#', (team, expected) => {
		expect(slotValuesFromTeam(team)).toEqual(expected);
	});
});

describe('refillSlots', () => {
	it.each<[string, string, SlotValues, SlotValues, string, number]>([
		['renamed office', 'The Lane County Sheriff’s Office should not.', springfield,
			{ ...springfield, sheriff_office: 'Lane County Sheriff' }, 'The Lane County Sheriff should not.', 1],
		['placeholder filled later', "The [jail] and the [sheriff's office].", { jurisdiction: 'Juneau' },
			{ jurisdiction: 'Juneau', jail: 'Lemon Creek' }, "The Lemon Creek and the [sheriff's office].", 1],
		['longer name shields a shorter one', 'Springfield and the Springfield Police Department.', springfield,
			{ ...springfield, jurisdiction: 'Eugene' }, 'Eugene and the Springfield Police Department.', 1],
		['not inside a longer word', 'Springfielders of Springfield.', springfield,
			{ ...springfield, jurisdiction: 'Eugene' }, 'Springfielders of Eugene.', 1],
		['possessive still matches', 'Springfield’s officials.', springfield,
			{ ...springfield, jurisdiction: 'Eugene' }, 'Eugene’s officials.', 1],
		['two names swap without chaining', 'Lane County Jail, then Springfield.', springfield,
			{ ...springfield, jurisdiction: 'Lane County Jail', jail: 'Springfield' }, 'Springfield, then Lane County Jail.', 2],
		['retyped name is not found', 'The Sheriff shall.', springfield,
			{ ...springfield, sheriff_office: 'Benton County Sheriff’s Office' }, 'The Sheriff shall.', 0],
		['nothing changed', 'Springfield.', springfield, springfield, 'Springfield.', 0]
	])('%s', (_name, text, before, after, expected, replacements) => {
		const result = refillSlots(text, before, after);
		expect(result.text).toBe(expected);
		expect(result.replacements).toBe(replacements);
	});

	it('leaves a name shared by two slots alone when they are renamed differently', () => {
		const before: SlotValues = { jurisdiction: 'Marion', council: 'Marion' };
		const after: SlotValues = { jurisdiction: 'Salem', council: 'Salem City Council' };
		const result = refillSlots('Marion officials and Marion.', before, after);
		expect(result).toEqual({ text: 'Marion officials and Marion.', replacements: 0, ambiguous: ['jurisdiction', 'council'] });
	});
});
