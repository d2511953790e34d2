import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VERSION } from '$lib/policy/first-version';
import { readAdaptation, writeAdaptation } from '$lib/collab/policy-doc';
import type { DB } from '$lib/server/db/index';
import type { Team, User } from '$lib/server/db/schema';
import { adaptModel, policyFinalText, policyRedline } from '$lib/server/adaptation';
import { liveDocuments } from '$lib/server/live-documents';
import { addTeam, expectRefusal, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';

let f: Foundation;
let db: DB;
let owner: User, viewer: User, outsider: User;
let team: Team;

beforeAll(async () => {
	f = await openFoundation();
	db = f.db;
	({ owner, viewer, outsider, team } = await teamOfFour(db));
	const documentId = await adaptModel(db, team.slug, owner.id);
	await liveDocuments(db).change(documentId, (doc) => {
		const rules = readAdaptation(doc).map((rule, i) =>
			i === 0 ? { ...rule, text: rule.text.replaceAll(' shall ', ' should ') } : i === 4 ? { ...rule, status: 'drop' as const, dropReason: 'Not yet.' } : i === 5 ? { ...rule, status: 'modify' as const } : rule
		);
		writeAdaptation(doc, [...rules, { key: 'own-report', title: 'Detainer reports', text: 'Springfield reports every detainer.\nEach quarter.', status: 'keep', custom: true }]);
	});
});
afterAll(() => f.close());

describe('the final text of a team’s policy', () => {
	it('has the rules as they read now, dropped ones out, numbered without gaps, the team’s own last', async () => {
		const { base, rules, dropped } = await policyFinalText(db, team.slug, viewer.id);
		expect(base.version).toBe(1);
		expect(dropped).toBe(1);
		expect(rules.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(rules.map((r) => r.key)).not.toContain(FIRST_VERSION.rules[4].key);
		expect(rules[0].text).toContain(' should ');
		expect(rules[0].text).not.toContain('{{');
		expect(rules[0].text).toContain('Springfield');
		expect(rules.at(-1)).toMatchObject({ key: 'own-report', number: 9, title: 'Detainer reports', text: 'Springfield reports every detainer.\nEach quarter.', drift: 'added' });
	});

	it('agrees with the redline on what is modified: a stored "modify" with the model’s words is kept', async () => {
		const { rules } = await policyFinalText(db, team.slug, owner.id);
		const { redline } = await policyRedline(db, team.slug, owner.id);
		const drifts = Object.fromEntries(redline.rules.map((r) => [r.key, r.drift]));
		for (const rule of rules) expect(rule.drift).toBe(drifts[rule.key]);
		expect(rules.find((r) => r.key === FIRST_VERSION.rules[5].key)?.drift).toBe('unchanged');
		expect(redline.counts).toMatchObject({ modified: 1, dropped: 1, added: 1, unchanged: 7 });
	});

	it('is refused to people outside the team, and to a team that has not adapted the model', async () => {
		await expectRefusal(policyFinalText(db, team.slug, outsider.id), 404, 'team_not_found');
		const other = await addTeam(db, owner);
		await expectRefusal(policyFinalText(db, other.slug, owner.id), 404, 'adaptation_missing');
	});
});
