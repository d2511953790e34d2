import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '$lib/server/db/index';
import type { Team, User } from '$lib/server/db/schema';
import { createDocument } from '$lib/server/documents';
import { addTarget, removeTarget } from '$lib/server/scorecard';
import { addTactic, deleteTactic, getTactic, listTactics, updateTactic } from '$lib/server/tactics';
import { addTeam, expectRefusal, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';

let f: Foundation;
let db: DB;
let owner: User, member: User, viewer: User, outsider: User;
let team: Team;

const tactics = () => db.selectFrom('tactic').selectAll().orderBy('id').execute();

beforeAll(async () => {
	f = await openFoundation();
	db = f.db;
	({ owner, member, viewer, outsider, team } = await teamOfFour(db));
});
afterAll(() => f.close());

describe('the tactics log', () => {
	it('keeps entries newest first, with target names and resolved links', async () => {
		const sheriff = await addTarget(db, team.slug, owner.id, { name: 'Sangamon County Sheriff', kind: 'sheriff' });
		const doc = await createDocument(db, team.slug, owner.id, { title: 'Meeting notes' });
		await addTactic(db, team.slug, member.id, { date: '2024-04-01', kind: 'letter', summary: 'Sent the nine rules to the sheriff.' });
		await addTactic(db, team.slug, member.id, {
			date: '2024-05-03',
			kind: 'meeting',
			targetId: sheriff.id,
			summary: 'Met the sheriff with six volunteers.',
			outcome: 'He will sign rules 1 and 2; follow-up in two weeks.',
			links: 'https://example.org/news/sheriff-meeting\n\n  https://example.org/photo  ',
			documents: [doc.id]
		});
		await addTactic(db, team.slug, owner.id, { date: '2024-04-20', kind: 'town_hall', summary: 'Town hall at the library.' });

		const log = await listTactics(db, team.slug, viewer.id);
		expect(log.map((t) => [t.date, t.kind])).toEqual([
			['2024-05-03', 'meeting'],
			['2024-04-20', 'town_hall'],
			['2024-04-01', 'letter']
		]);
		expect(log[0]).toMatchObject({
			targetName: 'Sangamon County Sheriff',
			outcome: 'He will sign rules 1 and 2; follow-up in two weeks.',
			createdBy: 'Mateo Member',
			links: [
				{ type: 'doc', id: doc.id, title: 'Meeting notes' },
				{ type: 'url', url: 'https://example.org/news/sheriff-meeting' },
				{ type: 'url', url: 'https://example.org/photo' }
			]
		});

		// Removing the target keeps the record of what was done.
		await removeTarget(db, team.slug, owner.id, sheriff.id);
		const after = await getTactic(db, team.slug, viewer.id, log[0].id);
		expect(after).toMatchObject({ targetId: null, targetName: null, summary: 'Met the sheriff with six volunteers.' });
	});

	it('members edit and delete entries', async () => {
		const tactic = await addTactic(db, team.slug, member.id, { date: '2024-06-01', kind: 'press', summary: 'Op-ed submitted.' });
		await updateTactic(db, team.slug, member.id, tactic.id, { date: '2024-06-02', kind: 'press', summary: 'Op-ed published.', outcome: 'Ran on page 3.' });
		expect(await getTactic(db, team.slug, member.id, tactic.id)).toMatchObject({ date: '2024-06-02', summary: 'Op-ed published.', outcome: 'Ran on page 3.', links: [] });
		await deleteTactic(db, team.slug, owner.id, tactic.id);
		await expectRefusal(getTactic(db, team.slug, member.id, tactic.id), 404, 'tactic_not_found');
	});

	it.each([
		[{ date: '', kind: 'meeting', summary: 'x' }, 'required'],
		[{ date: '2024-13-01', kind: 'meeting', summary: 'x' }, 'date_invalid'],
		[{ date: '1850-01-01', kind: 'meeting', summary: 'x' }, 'date_out_of_range'],
		[{ date: '2024-05-01', kind: 'rally', summary: 'x' }, 'invalid'],
		[{ date: '2024-05-01', kind: 'meeting', summary: '  ' }, 'required'],
		[{ date: '2024-05-01', kind: 'meeting', summary: 'x', links: 'javascript:alert(1)' }, 'urls_invalid'],
		[{ date: '2024-05-01', kind: 'meeting', summary: 'x', links: Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`) }, 'too_many_links']
	])('refuses %o with %s, and changes nothing', async (input, code) => {
		const before = await tactics();
		await expectRefusal(addTactic(db, team.slug, member.id, input as { date: string; kind: 'meeting'; summary: string }), 400, code);
		expect(await tactics()).toEqual(before);
	});

	it('refuses a target or document of another team', async () => {
		const other = await addTeam(db, outsider);
		const theirTarget = await addTarget(db, other.slug, outsider.id, { name: 'Their council', kind: 'council' });
		const theirDoc = await createDocument(db, other.slug, outsider.id, { title: 'Their notes' });
		const before = await tactics();
		await expectRefusal(addTactic(db, team.slug, member.id, { date: '2024-05-01', kind: 'meeting', summary: 'x', targetId: theirTarget.id }), 404, 'target_not_found');
		await expectRefusal(addTactic(db, team.slug, member.id, { date: '2024-05-01', kind: 'meeting', summary: 'x', documents: [theirDoc.id] }), 404, 'document_not_found');
		expect(await tactics()).toEqual(before);
	});

	it('viewers read but do not write; non-members get nothing', async () => {
		const tactic = await addTactic(db, team.slug, owner.id, { date: '2024-07-01', kind: 'petition', summary: '400 signatures delivered.' });
		const before = await tactics();
		await expectRefusal(addTactic(db, team.slug, viewer.id, { date: '2024-07-01', kind: 'petition', summary: 'x' }), 403, 'forbidden');
		await expectRefusal(updateTactic(db, team.slug, viewer.id, tactic.id, { date: '2024-07-01', kind: 'petition', summary: 'x' }), 403);
		await expectRefusal(deleteTactic(db, team.slug, viewer.id, tactic.id), 403);
		await expectRefusal(deleteTactic(db, team.slug, outsider.id, tactic.id), 404, 'team_not_found');
		await expectRefusal(listTactics(db, team.slug, outsider.id), 404);
		expect(await tactics()).toEqual(before);
		expect((await listTactics(db, team.slug, viewer.id)).some((t) => t.id === tactic.id)).toBe(true);
	});

	it("an entry of another team is not found through this one", async () => {
		const other = await addTeam(db, outsider, [[member, 'member']]);
		const theirs = await addTactic(db, other.slug, outsider.id, { date: '2024-05-01', kind: 'letter', summary: 'Theirs.' });
		await expectRefusal(deleteTactic(db, team.slug, member.id, theirs.id), 404, 'tactic_not_found');
		await expectRefusal(updateTactic(db, team.slug, member.id, theirs.id, { date: '2024-05-01', kind: 'letter', summary: 'Mine now.' }), 404, 'tactic_not_found');
	});
});
