import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VERSION } from '$lib/policy/first-version';
import type { DB } from '$lib/server/db/index';
import type { Team, User } from '$lib/server/db/schema';
import {
	addSuggestedTargets,
	addTarget,
	currentModelRules,
	entryHistory,
	removeTarget,
	renameTarget,
	scorecard,
	scorecardProgress,
	setEntry,
	suggestedTargets
} from '$lib/server/scorecard';
import { createTeam } from '$lib/server/teams';
import { addMember, addTeam, expectRefusal, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';

let f: Foundation;
let db: DB;
let owner: User, member: User, viewer: User, outsider: User;
let team: Team;

/** Every scorecard row, to show that a refused call changed nothing. */
async function scorecardRows() {
	return {
		target: await db.selectFrom('target').selectAll().orderBy('id').execute(),
		entry: await db.selectFrom('scorecard_entry').selectAll().orderBy('target_id').orderBy('rule_key').execute(),
		change: await db.selectFrom('scorecard_change').selectAll().orderBy('id').execute()
	};
}

beforeAll(async () => {
	f = await openFoundation();
	db = f.db;
	({ owner, member, viewer, outsider, team } = await teamOfFour(db));
});
afterAll(() => f.close());

describe('the rules that count', () => {
	it('are the model’s nine, for now', async () => {
		const rules = await currentModelRules(db);
		expect(rules.map((r) => r.key)).toEqual(FIRST_VERSION.rules.map((r) => r.key));
		expect(rules).toHaveLength(9);
	});
});

describe('targets', () => {
	it('members add, rename and remove them; removing takes the scorecard with it', async () => {
		const target = await addTarget(db, team.slug, member.id, { name: '  Springfield Police Department ', kind: 'police' });
		expect(target.name).toBe('Springfield Police Department');
		expect((await renameTarget(db, team.slug, member.id, target.id, 'Springfield PD')).name).toBe('Springfield PD');
		await setEntry(db, team.slug, member.id, target.id, 'judicial-warrant', { status: 'yes' });
		await removeTarget(db, team.slug, owner.id, target.id);
		const rows = await scorecardRows();
		expect(rows.target.find((t) => t.id === target.id)).toBeUndefined();
		expect(rows.entry.filter((e) => e.target_id === target.id)).toEqual([]);
		expect(rows.change.filter((c) => c.target_id === target.id)).toEqual([]);
	});

	it('viewers and non-members are refused, and nothing changes', async () => {
		const target = await addTarget(db, team.slug, owner.id, { name: 'City Council', kind: 'council' });
		const before = await scorecardRows();
		await expectRefusal(addTarget(db, team.slug, viewer.id, { name: 'Mayor', kind: 'executive' }), 403, 'forbidden');
		await expectRefusal(addTarget(db, team.slug, outsider.id, { name: 'Mayor', kind: 'executive' }), 404, 'team_not_found');
		await expectRefusal(renameTarget(db, team.slug, viewer.id, target.id, 'Council'), 403);
		await expectRefusal(removeTarget(db, team.slug, viewer.id, target.id), 403);
		await expectRefusal(removeTarget(db, team.slug, outsider.id, target.id), 404);
		await expectRefusal(addSuggestedTargets(db, team.slug, viewer.id), 403);
		await expectRefusal(scorecard(db, team.slug, outsider.id), 404);
		expect(await scorecardRows()).toEqual(before);
		await removeTarget(db, team.slug, owner.id, target.id);
	});

	it('a bad name or kind is refused', async () => {
		const before = await scorecardRows();
		await expectRefusal(addTarget(db, team.slug, member.id, { name: '   ', kind: 'police' }), 400, 'required');
		await expectRefusal(addTarget(db, team.slug, member.id, { name: 'x'.repeat(121), kind: 'police' }), 400, 'too_long');
		await expectRefusal(addTarget(db, team.slug, member.id, { name: 'Jail', kind: 'jail' as 'police' }), 400, 'invalid');
		expect(await scorecardRows()).toEqual(before);
	});

	it("a target of another team is not found through this one", async () => {
		const other = await addTeam(db, outsider);
		const theirs = await addTarget(db, other.slug, outsider.id, { name: 'Their sheriff', kind: 'sheriff' });
		await addMember(db, other, member, 'member');
		const before = await scorecardRows();
		await expectRefusal(renameTarget(db, team.slug, member.id, theirs.id, 'Ours now'), 404, 'target_not_found');
		await expectRefusal(setEntry(db, team.slug, member.id, theirs.id, 'judicial-warrant', { status: 'yes' }), 404, 'target_not_found');
		await expectRefusal(entryHistory(db, team.slug, viewer.id, theirs.id, 'judicial-warrant'), 404, 'target_not_found');
		expect(await scorecardRows()).toEqual(before);
	});

	it('are suggested from the team’s details, once, when it has none', async () => {
		const lane = await createTeam(db, owner.id, {
			name: 'Lane Jail Watch',
			jurisdictionKind: 'county',
			jurisdictionName: 'Lane County',
			state: 'OR',
			councilName: 'Lane County Board of Commissioners',
			sheriffOffice: "Lane County Sheriff's Office",
			policeDepartment: 'Eugene Police Department'
		});
		expect((await scorecard(db, lane.slug, owner.id)).suggestions.map((s) => s.kind)).toEqual(['sheriff', 'police', 'council']);
		const added = await addSuggestedTargets(db, lane.slug, owner.id);
		expect(added.map((t) => [t.kind, t.name])).toEqual([
			['sheriff', "Lane County Sheriff's Office"],
			['police', 'Eugene Police Department'],
			['council', 'Lane County Board of Commissioners']
		]);
		expect((await scorecard(db, lane.slug, owner.id)).suggestions).toEqual([]);
		await expectRefusal(addSuggestedTargets(db, lane.slug, owner.id), 409, 'targets_exist');
		// Alaska and Connecticut have no county sheriffs: no sheriff is suggested where none is named.
		expect(suggestedTargets({ ...lane, sheriff_office: null, police_department: null })).toEqual([{ name: 'Lane County Board of Commissioners', kind: 'council' }]);
	});
});

describe('scorecard entries', () => {
	let sheriff: string;
	beforeAll(async () => {
		sheriff = (await addTarget(db, team.slug, owner.id, { name: 'Sangamon County Sheriff', kind: 'sheriff' })).id;
	});

	it('persist, and every change is kept in the history, newest first', async () => {
		await setEntry(db, team.slug, member.id, sheriff, 'judicial-warrant', { status: 'unknown' });
		await setEntry(db, team.slug, member.id, sheriff, 'judicial-warrant', {
			status: 'mixed',
			note: 'Sheriff said he would “consider it” at the 3 May meeting.',
			sourceUrl: 'https://example.org/minutes/2024-05-03',
			asOf: '2024-05-03'
		});
		await setEntry(db, team.slug, owner.id, sheriff, 'judicial-warrant', { status: 'yes', note: 'Signed policy 12.4', sourceUrl: '', asOf: '2024-06-10' });

		const cell = await entryHistory(db, team.slug, viewer.id, sheriff, 'judicial-warrant');
		expect(cell.entry).toMatchObject({ status: 'yes', note: 'Signed policy 12.4', source_url: null, as_of: '2024-06-10', updated_by: owner.id, updated_by_name: 'Olga Owner' });
		expect(cell.changes.map((c) => c.status)).toEqual(['yes', 'mixed', 'unknown']);
		expect(cell.changes[1]).toMatchObject({ note: 'Sheriff said he would “consider it” at the 3 May meeting.', source_url: 'https://example.org/minutes/2024-05-03', as_of: '2024-05-03', changed_by: 'Mateo Member' });
		expect(cell.rule.key).toBe('judicial-warrant');

		const rows = await db.selectFrom('scorecard_entry').selectAll().where('target_id', '=', sheriff).execute();
		expect(rows).toHaveLength(1);
	});

	it.each([
		[{ status: 'maybe' }, 'invalid'],
		[{ status: 'yes', note: 'x'.repeat(2001) }, 'too_long'],
		[{ status: 'yes', sourceUrl: 'javascript:alert(1)' }, 'url_invalid'],
		[{ status: 'yes', sourceUrl: 'ftp://example.org/file' }, 'url_invalid'],
		[{ status: 'yes', sourceUrl: 'example.org/page' }, 'url_invalid'],
		[{ status: 'yes', asOf: '2024-02-30' }, 'date_invalid'],
		[{ status: 'yes', asOf: '05/03/2024' }, 'date_invalid'],
		[{ status: 'yes', asOf: '1776-07-04' }, 'date_out_of_range'],
		[{ status: 'yes', asOf: '2999-01-01' }, 'date_out_of_range']
	])('refuses %o with %s, and changes nothing', async (input, code) => {
		const before = await scorecardRows();
		await expectRefusal(setEntry(db, team.slug, member.id, sheriff, 'no-facilitation', input as { status: 'yes' }), 400, code);
		expect(await scorecardRows()).toEqual(before);
	});

	it('accepts a note of exactly 2000 characters and an http link', async () => {
		const entry = await setEntry(db, team.slug, member.id, sheriff, 'dont-ask', { status: 'no', note: 'n'.repeat(2000), sourceUrl: 'http://example.org' });
		expect(entry.note).toHaveLength(2000);
	});

	it('refuses an unknown rule, viewers and non-members, changing nothing', async () => {
		const before = await scorecardRows();
		await expectRefusal(setEntry(db, team.slug, member.id, sheriff, 'no-such-rule', { status: 'yes' }), 404, 'rule_not_found');
		await expectRefusal(setEntry(db, team.slug, viewer.id, sheriff, 'judicial-warrant', { status: 'no' }), 403, 'forbidden');
		await expectRefusal(setEntry(db, team.slug, outsider.id, sheriff, 'judicial-warrant', { status: 'no' }), 404, 'team_not_found');
		await expectRefusal(entryHistory(db, team.slug, outsider.id, sheriff, 'judicial-warrant'), 404);
		expect(await scorecardRows()).toEqual(before);
	});
});

describe('progress', () => {
	it('counts, per target, the rules of the current model with status yes', async () => {
		const springfield = await addTeam(db, owner, [[viewer, 'viewer']]);
		const police = await addTarget(db, springfield.slug, owner.id, { name: 'Police department', kind: 'police' });
		const council = await addTarget(db, springfield.slug, owner.id, { name: 'City council', kind: 'council' });
		const rules = await currentModelRules(db);
		for (const rule of rules.slice(0, 5)) await setEntry(db, springfield.slug, owner.id, police.id, rule.key, { status: 'yes' });
		await setEntry(db, springfield.slug, owner.id, police.id, rules[5].key, { status: 'mixed' });
		await setEntry(db, springfield.slug, owner.id, police.id, rules[6].key, { status: 'no' });
		// A rule that turns from yes to no stops counting.
		await setEntry(db, springfield.slug, owner.id, council.id, rules[0].key, { status: 'yes' });
		await setEntry(db, springfield.slug, owner.id, council.id, rules[0].key, { status: 'no' });

		const progress = await scorecardProgress(db, springfield.slug, viewer.id);
		expect(progress.map((p) => [p.name, p.yes, p.total])).toEqual([
			['Police department', 5, 9],
			['City council', 0, 9]
		]);
		await expectRefusal(scorecardProgress(db, springfield.slug, outsider.id), 404);
	});

	it('ignores entries for rules that are not in the current model', async () => {
		const t = await addTeam(db, owner);
		const target = await addTarget(db, t.slug, owner.id, { name: 'Sheriff', kind: 'sheriff' });
		// A rule dropped from the model: written directly, as a later version could leave behind.
		await db.insertInto('scorecard_entry').values({ target_id: target.id, rule_key: 'retired-rule', status: 'yes', note: null, source_url: null, as_of: null, updated_by: owner.id, updated_at: Date.now() }).execute();
		expect((await scorecardProgress(db, t.slug, owner.id))[0]).toMatchObject({ yes: 0, total: 9 });
	});
});
