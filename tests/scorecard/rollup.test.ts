import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db/index';
import type { User } from '$lib/server/db/schema';
import { addTarget, csvCell, rollup, rollupCsv, rollupStates, setEntry, stateFilter, toCsv } from '$lib/server/scorecard';
import { createTeam } from '$lib/server/teams';
import { addUser, expectRefusal, openFoundation, type Foundation } from '../foundation/helpers';

let f: Foundation;
let db: DB;
let admin: User, organizer: User;

beforeAll(async () => {
	f = await openFoundation();
	db = f.db;
	admin = await addUser(db, 'Camila Admin', { admin: true });
	organizer = await addUser(db, 'Olga Organizer');
	const travis = await createTeam(db, organizer.id, { name: 'Travis Freedom City', jurisdictionKind: 'county', jurisdictionName: 'Travis County', state: 'TX' });
	const sheriff = await addTarget(db, travis.slug, organizer.id, { name: 'Travis County Sheriff', kind: 'sheriff' });
	const council = await addTarget(db, travis.slug, organizer.id, { name: '=Commissioners, "Court"', kind: 'council' });
	await setEntry(db, travis.slug, organizer.id, sheriff.id, 'judicial-warrant', { status: 'no', asOf: '2024-03-01' });
	await setEntry(db, travis.slug, organizer.id, council.id, 'judicial-warrant', { status: 'yes', asOf: '2024-05-01', note: 'Passed 4-1,\nafter "long" debate' });
	await setEntry(db, travis.slug, organizer.id, sheriff.id, 'no-facilitation', { status: 'mixed' });
	await setEntry(db, travis.slug, organizer.id, council.id, 'no-facilitation', { status: 'no' });
	await setEntry(db, travis.slug, organizer.id, sheriff.id, 'dont-ask', { status: 'no' });
	await createTeam(db, organizer.id, { name: 'Lane Jail Watch', jurisdictionKind: 'county', jurisdictionName: 'Lane County', state: 'OR' });
});
afterAll(() => f.close());

describe('the campaign roll-up', () => {
	it('is for campaign admins only', async () => {
		await expectRefusal(rollup(db, organizer), 403, 'forbidden');
		await expectRefusal(rollupCsv(db, organizer), 403, 'forbidden');
		await expectRefusal(rollupStates(db, organizer), 403, 'forbidden');
	});

	it('shows every team against every rule, the best status across targets', async () => {
		const { rules, teams } = await rollup(db, admin);
		expect(rules).toHaveLength(9);
		expect(teams.map((t) => [t.state, t.name])).toEqual([
			['OR', 'Lane Jail Watch'],
			['TX', 'Travis Freedom City']
		]);
		const travis = teams[1];
		expect(travis.best['judicial-warrant']).toBe('yes');
		expect(travis.best['no-facilitation']).toBe('mixed');
		expect(travis.best['dont-ask']).toBe('no');
		expect(travis.best['redress']).toBe('unknown');
		expect(travis.adopted).toBe(1);
		expect(travis.targets.map((t) => [t.name, t.statuses['judicial-warrant']?.status])).toEqual([
			['Travis County Sheriff', 'no'],
			['=Commissioners, "Court"', 'yes']
		]);
		const lane = teams[0];
		expect(Object.values(lane.best).every((s) => s === 'unknown')).toBe(true);
		expect(lane.adopted).toBe(0);
	});

	it('filters by state', async () => {
		expect((await rollup(db, admin, { state: 'TX' })).teams.map((t) => t.name)).toEqual(['Travis Freedom City']);
		expect((await rollup(db, admin, { state: 'CT' })).teams).toEqual([]);
		expect(await rollupStates(db, admin)).toEqual(['OR', 'TX']);
		expect(stateFilter('tx')).toBe('TX');
		expect(stateFilter('XX')).toBeNull();
		expect(stateFilter("TX' or 1=1")).toBeNull();
	});

	it('exports CSV with a row per team, rule and target, escaped and guarded', async () => {
		const csv = await rollupCsv(db, admin, { state: 'TX' });
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('team,jurisdiction,state,rule_number,rule_key,rule,team_status,target,target_kind,target_status,as_of,source_url,note');
		expect(csv).toContain(`Travis Freedom City,Travis County,TX,1,judicial-warrant,Judicial warrant,yes,"'=Commissioners, ""Court""",council,yes,2024-05-01,,"Passed 4-1,\nafter ""long"" debate"\r\n`);
		expect(csv).toContain('Travis Freedom City,Travis County,TX,1,judicial-warrant,Judicial warrant,yes,Travis County Sheriff,sheriff,no,2024-03-01,,\r\n');
		// 9 rules x 2 targets, plus the header and the empty string after the last CRLF.
		expect(lines).toHaveLength(9 * 2 + 2);
		const all = await rollupCsv(db, admin);
		expect(all).toContain('Lane Jail Watch,Lane County,OR,9,fair-impartial-policing,Fair and impartial policing,unknown,,,unknown,,,\r\n');
	});
});

describe('CSV cells', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\r\nlf', '"cr\r\nlf"'],
		['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
		['+1+2', "'+1+2"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['=1,2', `"'=1,2"`],
		['a=b', 'a=b'],
		['', '']
	])('%j becomes %j', (input, output) => {
		expect(csvCell(input)).toBe(output);
	});

	it('null and numbers', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(9)).toBe('9');
		expect(toCsv([['a', 'b'], ['c,d', null]])).toBe('a,b\r\n"c,d",\r\n');
	});
});
