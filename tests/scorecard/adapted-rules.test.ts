import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VERSION } from '$lib/policy/first-version';
import { readAdaptation, writeAdaptation } from '$lib/collab/policy-doc';
import type { DB } from '$lib/server/db/index';
import type { Team, User } from '$lib/server/db/schema';
import { adaptModel } from '$lib/server/adaptation';
import { liveDocuments } from '$lib/server/live-documents';
import { addTarget, entryHistory, rollup, rollupCsv, scorecard, scorecardProgress, setEntry, teamRules } from '$lib/server/scorecard';
import { addTeam, addUser, expectRefusal, openFoundation, type Foundation } from '../foundation/helpers';

let f: Foundation;
let db: DB;
let admin: User, owner: User;
let team: Team;
let police: string;

const [WARRANT, FACILITATION, ACCESS] = FIRST_VERSION.rules.map((rule) => rule.key);
const OWN = 'own-report1';

/** Every scorecard row, to show that a refused call changed nothing. */
async function scorecardRows() {
	return {
		entry: await db.selectFrom('scorecard_entry').selectAll().orderBy('target_id').orderBy('rule_key').execute(),
		change: await db.selectFrom('scorecard_change').selectAll().orderBy('id').execute()
	};
}

beforeAll(async () => {
	f = await openFoundation();
	db = f.db;
	admin = await addUser(db, 'Camila Admin', { admin: true });
	owner = await addUser(db, 'Olga Owner');
	team = await addTeam(db, owner);
	police = (await addTarget(db, team.slug, owner.id, { name: 'Police department', kind: 'police' })).id;
	// Recorded while the team still followed the model's nine.
	await setEntry(db, team.slug, owner.id, police, FACILITATION, { status: 'yes' });
	await setEntry(db, team.slug, owner.id, police, WARRANT, { status: 'yes' });

	// The team adapts the model, drops rule 2 (stored as 'modify' before, to show only 'drop' counts),
	// renames rule 3, and adds a rule of its own.
	const documentId = await adaptModel(db, team.slug, owner.id);
	await liveDocuments(db).change(documentId, (doc) => {
		const rules = readAdaptation(doc).map((rule) =>
			rule.key === FACILITATION ? { ...rule, status: 'drop' as const, dropReason: 'The chief refused.' } : rule.key === ACCESS ? { ...rule, title: 'Jail access', status: 'modify' as const } : rule
		);
		writeAdaptation(doc, [...rules, { key: OWN, title: 'Detainer reports', text: 'The police department reports every detainer request.', status: 'keep', custom: true }]);
	});
});
afterAll(() => f.close());

describe('the scorecard follows the team’s adaptation', () => {
	it('counts its rules: dropped ones out, its own in, with its titles and numbers', async () => {
		const rules = await teamRules(db, team);
		expect(rules).toHaveLength(9);
		expect(rules.map((r) => r.key)).not.toContain(FACILITATION);
		expect(rules.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(rules[0]).toMatchObject({ key: WARRANT, title: FIRST_VERSION.rules[0].title, titleEs: 'Orden judicial', custom: false });
		// A title the team wrote is its own, in its language: no model translation stands in for it.
		expect(rules[1]).toMatchObject({ key: ACCESS, number: 2, title: 'Jail access', custom: false });
		expect(rules[1].titleEs).toBeUndefined();
		expect(rules[8]).toMatchObject({ key: OWN, number: 9, title: 'Detainer reports', custom: true });

		const page = await scorecard(db, team.slug, owner.id);
		expect(page.rules.map((r) => r.key)).toEqual(rules.map((r) => r.key));
	});

	it('progress leaves the dropped rule’s old "yes" out and counts the team’s own rule', async () => {
		expect((await scorecardProgress(db, team.slug, owner.id)).map((p) => [p.name, p.yes, p.total])).toEqual([['Police department', 1, 9]]);
		await setEntry(db, team.slug, owner.id, police, OWN, { status: 'yes', note: 'Agreed at the March meeting.' });
		expect((await scorecardProgress(db, team.slug, owner.id)).map((p) => [p.yes, p.total])).toEqual([[2, 9]]);
		const cell = await entryHistory(db, team.slug, owner.id, police, OWN);
		expect(cell.rule).toMatchObject({ title: 'Detainer reports', custom: true });
		expect(cell.previous?.key).toBe(FIRST_VERSION.rules[8].key);
		expect(cell.next).toBeNull();
	});

	it('a stance on a dropped rule is refused, changing nothing', async () => {
		const before = await scorecardRows();
		await expectRefusal(setEntry(db, team.slug, owner.id, police, FACILITATION, { status: 'no' }), 404, 'rule_not_found');
		await expectRefusal(entryHistory(db, team.slug, owner.id, police, FACILITATION), 404, 'rule_not_found');
		expect(await scorecardRows()).toEqual(before);
	});

	it('a team that drops every rule counts none, without an error', async () => {
		const empty = await addTeam(db, owner);
		await addTarget(db, empty.slug, owner.id, { name: 'Sheriff', kind: 'sheriff' });
		const documentId = await adaptModel(db, empty.slug, owner.id);
		await liveDocuments(db).change(documentId, (doc) => writeAdaptation(doc, readAdaptation(doc).map((rule) => ({ ...rule, status: 'drop' as const }))));
		expect((await scorecardProgress(db, empty.slug, owner.id)).map((p) => [p.yes, p.total])).toEqual([[0, 0]]);
		expect((await scorecard(db, empty.slug, owner.id)).rules).toEqual([]);
	});
});

describe('the roll-up follows each team’s adaptation', () => {
	it('counts each team against its own rules and marks model rules it dropped', async () => {
		const { rules, teams } = await rollup(db, admin);
		expect(rules).toHaveLength(9);
		const row = teams.find((t) => t.id === team.id)!;
		expect(row).toMatchObject({ adopted: 2, total: 9 });
		expect(row.best).not.toHaveProperty(FACILITATION);
		expect(row.best[OWN]).toBe('yes');
		expect(row.best[WARRANT]).toBe('yes');
	});

	it('its CSV has the team’s numbers and titles, its own rule, and the dropped rule marked', async () => {
		const lines = (await rollupCsv(db, admin)).split('\r\n').filter((line) => line.startsWith(team.name));
		expect(lines).toContain(`${team.name},Springfield,IL,,${FACILITATION},${FIRST_VERSION.rules[1].title},not_in_policy,,,,,,`);
		expect(lines).toContain(`${team.name},Springfield,IL,2,${ACCESS},Jail access,unknown,Police department,police,unknown,,,`);
		expect(lines).toContain(`${team.name},Springfield,IL,9,${OWN},Detainer reports,yes,Police department,police,yes,,,Agreed at the March meeting.`);
	});
});
