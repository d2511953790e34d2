import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	applyDecisions,
	applyPolicyUpdate,
	decideAllSuggestions,
	decisionPoints,
	mergePolicy,
	openDecisions,
	mergeRuleText,
	type Decisions,
	type MergeHunk,
	type RuleMerge
} from '../../src/lib/policy/merge';
import type { AdaptedRule, ModelRule, ModelVersion, SlotValues } from '../../src/lib/policy/model';

function decideAll(merge: RuleMerge, decision: 'accept' | 'reject'): Decisions {
	return Object.fromEntries(merge.hunks.filter((h) => h.kind !== 'same').map((h) => [(h as { id: string }).id, decision]));
}

const kinds = (hunks: MergeHunk[]) => hunks.map((h) => h.kind);

describe('mergeRuleText', () => {
	it.each<[string, string, string, string, MergeHunk['kind'][], string]>([
		// name, base, ours (team), theirs (new model), hunk kinds, accept-all text
		['clean model change the team did not touch',
			'Officials shall not hold anyone.', 'Officials shall not hold anyone.',
			'Officials shall not hold anyone without a judicial warrant.',
			['same', 'suggestion', 'same'], 'Officials shall not hold anyone without a judicial warrant.'],
		['both sides changed different sentences',
			'The jail shall release people. Agents shall show badges.',
			'The jail should release people. Agents shall show badges.',
			'The jail shall release people. Agents shall show badges and marked jackets.',
			['same', 'suggestion', 'same'], 'The jail should release people. Agents shall show badges and marked jackets.'],
		['same words changed on both sides',
			'The jail shall release people.', 'The jail should release people.', 'The jail must release people.',
			['same', 'conflict', 'same'], 'The jail must release people.'],
		['both sides made the same change',
			'The jail shall release people.', 'The jail should release people.', 'The jail should release people.',
			['same'], 'The jail should release people.'],
		['whitespace-only model change',
			'The jail shall release people. Agents shall show badges.', 'The jail should release people. Agents shall show badges.',
			'The jail shall release\npeople.  Agents shall show badges. ',
			['same'], 'The jail should release people. Agents shall show badges.'],
		['model deletes words the team kept',
			'Officials shall not ask, or record, status.', 'Officials should not ask, or record, status.',
			'Officials shall not ask status.',
			['same', 'suggestion', 'same'], 'Officials should not ask status.'],
		['model adds a sentence at the end',
			'No one shall be held.', 'No one should be held.', 'No one shall be held. Violations shall be reported.',
			['same', 'suggestion'], 'No one should be held. Violations shall be reported.'],
		['model adds words at the start',
			'officials shall not ask.', 'officials shall not ask.', 'Local officials shall not ask.',
			['suggestion', 'same'], 'Local officials shall not ask.'],
		['team spacing kept around a model change',
			'The jail shall release people on time.', 'The  jail shall\nrelease people on time.', 'The jail shall release people promptly.',
			['same', 'suggestion', 'same'], 'The  jail shall\nrelease people promptly.'],
		['team rewrote the whole rule, model changed a word',
			'Officials shall not ask about status.', 'Nobody in city government asks about papers.', 'Officials shall never ask about status.',
			['conflict', 'same'], 'Officials shall never ask about papers.'],
		['nothing changed anywhere', 'Same text.', 'Same text.', 'Same text.', ['same'], 'Same text.']
	])('%s', (_name, base, ours, theirs, expectedKinds, acceptAll) => {
		const merge = mergeRuleText(base, ours, theirs, 'rule');
		expect(kinds(merge.hunks)).toEqual(expectedKinds);
		expect(applyDecisions(merge, decideAll(merge, 'reject'))).toBe(ours);
		expect(applyDecisions(merge, {})).toBe(ours);
		expect(applyDecisions(merge, decideAll(merge, 'accept'))).toBe(acceptAll);
	});

	it('shows a conflict side by side', () => {
		const merge = mergeRuleText('The jail shall release people.', 'The jail should release people.', 'The jail must release people.', 'r');
		expect(merge.hunks).toEqual([
			{ kind: 'same', text: 'The jail ' },
			{ kind: 'conflict', id: 'r:0', base: 'shall', ours: 'should', theirs: 'must' },
			{ kind: 'same', text: ' release people.' }
		]);
		expect(applyDecisions(merge, { 'r:0': { custom: 'will' } })).toBe('The jail will release people.');
	});

	it('a suggestion shows what the team has now and what the model proposes', () => {
		const merge = mergeRuleText('Officials shall not ask.', 'Officials should not ask.', 'Officials should not ask.'.replace('should', 'shall') + ' Ever.', 'k');
		expect(merge.hunks.find((h) => h.kind === 'suggestion')).toEqual({ kind: 'suggestion', id: 'k:0', ours: '', theirs: ' Ever.' });
	});

	it('rejecting everything gives back the team text byte for byte, for any edits', () => {
		const word = fc.constantFrom('shall', 'should', 'not', 'the', 'jail', 'judge', 'warrant', '.', ',', ' ', '  ', '\n');
		const text = fc.array(word, { maxLength: 25 }).map((w) => w.join(''));
		fc.assert(
			fc.property(text, text, text, (base, ours, theirs) => {
				const merge = mergeRuleText(base, ours, theirs, 'p');
				expect(applyDecisions(merge, decideAll(merge, 'reject'))).toBe(ours);
				if (!merge.hunks.some((h) => h.kind === 'conflict') && ours === base) {
					// With nothing of its own, accepting everything gives the new model words.
					expect(applyDecisions(merge, decideAll(merge, 'accept')).replace(/\s+/g, ' ').trim())
						.toBe(theirs.replace(/\s+/g, ' ').trim());
				}
			}),
			{ numRuns: 300 }
		);
	});
});

const rule = (key: string, number: number, text: string, title = key): ModelRule => ({
	key, number, title, text, summary: '', why: '', talkingPoints: []
});

const v1: ModelVersion = {
	version: 1,
	notes: 'first',
	rules: [
		rule('warrant', 1, 'No person shall be held in the {{jail}} without a judicial warrant.'),
		rule('dont-ask', 2, '{{jurisdiction}} officials shall not ask about status.'),
		rule('access', 3, 'Agents shall not enter the {{jail}}.'),
		rule('redress', 4, 'Complaints go to the {{council}}.'),
		rule('identify', 5, 'Agents shall wear badges.')
	]
};

const v2: ModelVersion = {
	version: 2,
	notes: 'second',
	rules: [
		// changed upstream
		rule('warrant', 1, 'No person shall be held in the {{jail}} or transferred without a judicial warrant.'),
		// whitespace-only upstream change
		rule('dont-ask', 2, '{{jurisdiction}} officials  shall not\nask about status.'),
		// changed upstream, but the team dropped it
		rule('access', 3, 'Agents shall not enter the {{jail}} or interview anyone.'),
		// unchanged, but renamed
		rule('redress', 4, 'Complaints go to the {{council}}.', 'Redress for harm'),
		// 'identify' removed upstream; 'reporting' added upstream
		rule('reporting', 6, 'The {{jail}} shall publish every detainer request.')
	]
};

const values: SlotValues = { jurisdiction: 'Springfield', jail: 'Lane County Jail', council: 'City Council' };

const adaptation: AdaptedRule[] = [
	{ key: 'warrant', title: 'Warrant', text: 'No person should be held in the Lane County Jail without a judicial warrant.', status: 'modify' },
	{ key: 'dont-ask', title: 'Don’t ask', text: 'Springfield officials shall not ask about status.', status: 'keep' },
	{ key: 'access', title: 'Access', text: 'Agents shall not enter the Lane County Jail.', status: 'drop', dropReason: 'Sheriff refused.' },
	{ key: 'redress', title: 'redress', text: 'Complaints go to the City Council.', status: 'keep' },
	{ key: 'identify', title: 'Identify', text: 'Agents shall wear badges.', status: 'keep' },
	{ key: 'detainer-count', title: 'Count detainers', text: 'Count every detainer.', status: 'keep', custom: true }
];

describe('mergePolicy', () => {
	const update = mergePolicy(v1, v2, adaptation, values);
	const byKey = (key: string) => update.rules.find((r) => r.key === key);

	it.each([
		['warrant', 'changed', 'rule changed upstream'],
		['dont-ask', 'unchanged', 'whitespace-only upstream change'],
		['access', 'dropped-by-team', 'rule dropped by the team'],
		['redress', 'unchanged', 'rule unchanged upstream'],
		['identify', 'removed-upstream', 'rule removed upstream'],
		['detainer-count', 'custom', 'team-added rule'],
		['reporting', 'added-upstream', 'rule added upstream']
	])('%s is %s (%s)', (key, kind) => {
		expect(byKey(key)?.kind).toBe(kind);
	});

	it('sums up the new version, counting the changed rule the team dropped among the changed ones', () => {
		expect(update).toMatchObject({
			fromVersion: 1,
			toVersion: 2,
			summary: { changedRules: 2, droppedRules: 1, addedRules: 1, removedRules: 1, suggestions: 1, conflicts: 0 }
		});
	});

	it('keeps the team edit and offers the model change as a suggestion', () => {
		const warrant = byKey('warrant');
		expect(warrant?.kind === 'changed' && warrant.merge.hunks).toEqual([
			{ kind: 'same', text: 'No person should be held in the Lane County Jail ' },
			{ kind: 'suggestion', id: 'warrant:0', ours: '', theirs: 'or transferred ' },
			{ kind: 'same', text: 'without a judicial warrant.' }
		]);
	});

	it('notes a dropped rule changed upstream without offering anything, with the model change to read', () => {
		expect(byKey('access')).toEqual({
			kind: 'dropped-by-team',
			key: 'access',
			title: 'Access',
			changedUpstream: true,
			changes: [
				{ kind: 'same', text: 'Agents shall not enter the Lane County Jail ' },
				{ kind: 'insert', text: 'or interview anyone' },
				{ kind: 'same', text: '.' }
			]
		});
		expect(decisionPoints(update).map((point) => point.key)).not.toContain('access');
	});

	it('shows all of a dropped rule struck when the model removes it too', () => {
		const dropped = adaptation.map((r) => (r.key === 'identify' ? { ...r, status: 'drop' as const } : r));
		const result = mergePolicy(v1, v2, dropped, values);
		expect(result.rules.find((r) => r.key === 'identify')).toEqual({
			kind: 'dropped-by-team',
			key: 'identify',
			title: 'Identify',
			changedUpstream: true,
			changes: [{ kind: 'delete', text: 'Agents shall wear badges.' }]
		});
		expect(result.summary).toMatchObject({ changedRules: 3, droppedRules: 2, removedRules: 0 });
	});

	it('asks for a decision on every suggestion, new or removed rule and new title, in page order', () => {
		expect(decisionPoints(update)).toEqual([
			{ id: 'warrant:0', key: 'warrant', title: 'Warrant', conflict: false },
			{ id: 'title:redress', key: 'redress', title: 'redress', conflict: false },
			{ id: 'remove:identify', key: 'identify', title: 'Identify', conflict: false },
			{ id: 'add:reporting', key: 'reporting', title: 'reporting', conflict: false }
		]);
		expect(openDecisions(update, {}).map((point) => point.id)).toEqual(['warrant:0', 'title:redress', 'remove:identify', 'add:reporting']);
		expect(openDecisions(update, { 'warrant:0': 'reject', 'add:reporting': 'accept' }).map((point) => point.id)).toEqual(['title:redress', 'remove:identify']);
	});

	it('"accept all" answers every suggestion but leaves conflicts to a person', () => {
		const team: AdaptedRule[] = [
			{ key: 'access', title: 'A', text: 'Agents may enter the Lane County Jail with notice.', status: 'modify' },
			{ key: 'warrant', title: 'W', text: 'No person shall be held in the Lane County Jail without a judicial warrant.', status: 'keep' }
		];
		const result = mergePolicy(v1, v2, team, values);
		const all = decideAllSuggestions(result, { 'access:0': { custom: 'Agents may visit' } }, 'accept');
		expect(all).toEqual({ 'access:0': { custom: 'Agents may visit' }, 'warrant:0': 'accept', 'add:reporting': 'accept' });
		expect(openDecisions(result, decideAllSuggestions(result, {}, 'reject')).map((point) => [point.id, point.conflict])).toEqual([['access:0', true]]);
	});

	it('offers a new rule with the team names filled in', () => {
		expect(byKey('reporting')).toMatchObject({ id: 'add:reporting', text: 'The Lane County Jail shall publish every detainer request.' });
	});

	it('offers the new title of a renamed rule', () => {
		expect(byKey('redress')).toMatchObject({ titleChange: { id: 'title:redress', from: 'redress', to: 'Redress for harm' } });
	});

	it('rejecting everything leaves the adaptation as it was, a kept removed rule becoming the team own', () => {
		const ids = ['warrant:0', 'add:reporting', 'remove:identify', 'title:redress'];
		const after = applyPolicyUpdate(update, adaptation, Object.fromEntries(ids.map((id) => [id, 'reject'])), v2, values);
		expect(after).toEqual(adaptation.map((r) => (r.key === 'identify' ? { ...r, custom: true } : r)));
	});

	it('accepting everything brings in the model changes and keeps the team edits', () => {
		const ids = ['warrant:0', 'add:reporting', 'remove:identify', 'title:redress'];
		const after = applyPolicyUpdate(update, adaptation, Object.fromEntries(ids.map((id) => [id, 'accept'])), v2, values);
		expect(after.map((r) => [r.key, r.title, r.text, r.status])).toEqual([
			['warrant', 'Warrant', 'No person should be held in the Lane County Jail or transferred without a judicial warrant.', 'modify'],
			['dont-ask', 'Don’t ask', 'Springfield officials shall not ask about status.', 'keep'],
			['access', 'Access', 'Agents shall not enter the Lane County Jail.', 'drop'],
			['redress', 'Redress for harm', 'Complaints go to the City Council.', 'keep'],
			['detainer-count', 'Count detainers', 'Count every detainer.', 'keep'],
			['reporting', 'reporting', 'The Lane County Jail shall publish every detainer request.', 'keep']
		]);
	});

	it('a team that adapted nothing gets the new model text when it accepts everything', () => {
		const untouched: AdaptedRule[] = [{ key: 'warrant', title: 'W', text: 'No person shall be held in the Lane County Jail without a judicial warrant.', status: 'keep' }];
		const result = mergePolicy(v1, v2, untouched, values);
		const warrant = result.rules[0];
		expect(warrant.kind).toBe('changed');
		const after = applyPolicyUpdate(result, untouched, { 'warrant:0': 'accept' }, v2, values);
		expect(after[0]).toMatchObject({ text: 'No person shall be held in the Lane County Jail or transferred without a judicial warrant.', status: 'keep' });
	});

	it('same words changed by team and model come back as a conflict', () => {
		const team: AdaptedRule[] = [{ key: 'access', title: 'A', text: 'Agents may enter the Lane County Jail with notice.', status: 'modify' }];
		const result = mergePolicy(v1, v2, team, values);
		expect(result.summary).toMatchObject({ changedRules: 1, conflicts: 1 });
		const access = result.rules[0];
		expect(access.kind === 'changed' && applyDecisions(access.merge, {})).toBe(team[0].text);
	});
});
