import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Team, User } from '$lib/server/db/schema';
import { createCalendarToken } from '$lib/server/calendar';
import { createHearing } from '$lib/server/hearings';
import { PASSWORD, addTeam, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';
import { cookiesOf, startKit, type Kit } from '../foundation/kit';
import { hearingFields } from './fixtures';

// Real HTTP to SvelteKit's own server on a real SQLite file: the hearing and testimony forms, as a browser without scripts posts them.
let f: Foundation;
let kit: Kit;
let people: { owner: User; member: User; viewer: User; outsider: User; team: Team };
const cookies = new Map<string, string>();

async function signIn(user: User): Promise<string> {
	const response = await kit.post('/signin', { email: user.email, password: PASSWORD });
	expect(response.status).toBe(303);
	return cookiesOf(response);
}

/** Posts form fields, repeating a name given a list. */
function post(path: string, fields: Record<string, string | string[]>, cookie: string): Promise<Response> {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
	return kit.fetch(path, { method: 'POST', body, cookie, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

beforeAll(async () => {
	f = await openFoundation();
	kit = await startKit(f.app);
	people = await teamOfFour(f.db);
	for (const role of ['member', 'viewer', 'outsider'] as const) cookies.set(role, await signIn(people[role]));
}, 120_000);
afterAll(async () => {
	await kit?.close();
	await f?.close();
});

const hearingRows = async () => (await f.db.selectFrom('hearing').select('id').where('team_id', '=', people.team.id).execute()).length;

describe('the hearing forms over HTTP', () => {
	test('bad input answers 400 with the field’s message and stores nothing; good input opens the new hearing', async () => {
		const path = `/t/${people.team.slug}/hearings/new?/create`;
		const cases: [Record<string, string>, string][] = [
			[{ writtenDeadline: '2026-12-15T09:00' }, 'The written comment deadline must come before the hearing starts.'],
			[{ startsAt: 'soon' }, 'Enter a real date and time.'],
			[{ speakingLimit: '-3' }, 'Enter the limit in minutes: more than 0, at most 60.'],
			[{ agendaUrl: 'javascript:alert(1)' }, 'Enter a web address starting with http:// or https://.'],
			[{ timeZone: 'Nowhere/Special' }, 'Choose a time zone from the list.']
		];
		for (const [change, message] of cases) {
			const response = await post(path, { ...hearingFields(change) } as Record<string, string | string[]>, cookies.get('member')!);
			expect(response.status, JSON.stringify(change)).toBe(400);
			const page = await response.text();
			expect(page).toContain(message);
			expect(page, 'what was typed is shown again').toContain('Item 12: the welcoming city ordinance');
		}
		expect(await hearingRows()).toBe(0);

		const made = await post(path, { ...hearingFields() } as Record<string, string | string[]>, cookies.get('member')!);
		expect(made.status).toBe(303);
		const location = made.headers.get('location')!;
		expect(location).toMatch(new RegExp(`^/t/${people.team.slug}/hearings/[a-z2-7]+\\?created$`));
		const page = await kit.fetch(location, { cookie: cookies.get('viewer') });
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('Springfield City Council, Dec 14, 2026');
		expect(html).toContain('15 printed copies');
		expect(html).not.toContain('Prepare for this hearing');
	});

	test('a viewer cannot record a hearing, and another team’s hearing is a 404', async () => {
		const response = await post(`/t/${people.team.slug}/hearings/new?/create`, { ...hearingFields() } as Record<string, string | string[]>, cookies.get('viewer')!);
		expect(response.status).toBe(403);
		expect((await kit.fetch(`/t/${people.team.slug}/hearings/new`, { cookie: cookies.get('viewer') })).status).toBe(403);
		const other = await addTeam(f.db, people.outsider);
		const theirs = await createHearing(f.db, other.slug, people.outsider.id, hearingFields());
		expect((await kit.fetch(`/t/${people.team.slug}/hearings/${theirs.id}`, { cookie: cookies.get('member') })).status).toBe(404);
		expect((await kit.fetch(`/t/${other.slug}/hearings/${theirs.id}`, { cookie: cookies.get('member') })).status).toBe(404);
		expect((await post(`/t/${people.team.slug}/hearings/${theirs.id}?/prepare`, {}, cookies.get('member')!)).status).toBe(404);
		expect((await post(`/t/${people.team.slug}/hearings/${theirs.id}/edit?/save`, { ...hearingFields() } as Record<string, string | string[]>, cookies.get('member')!)).status).toBe(404);
	});

	test('Prepare for: the first press adds the cards, the second says they exist and links to the board', async () => {
		const hearing = await createHearing(f.db, people.team.slug, people.member.id, hearingFields());
		const path = `/t/${people.team.slug}/hearings/${hearing.id}?/prepare`;
		const first = await post(path, {}, cookies.get('member')!);
		expect(first.status).toBe(200);
		expect(await first.text()).toContain('Cards for this hearing were added to the board.');
		const second = await post(path, {}, cookies.get('member')!);
		const html = await second.text();
		expect(html).toContain('The cards for this hearing are already on a board.');
		const [prep] = await f.db.selectFrom('hearing_prep').selectAll().where('hearing_id', '=', hearing.id).execute();
		expect(html).toContain(`/t/${people.team.slug}/boards/${prep.board_id}`);
		expect(JSON.parse(prep.card_ids)).toHaveLength(4);
	});

	test('testimony from a template: an unknown one is refused, a known one opens its page; the feed has the hearing', async () => {
		const hearing = await createHearing(f.db, people.team.slug, people.member.id, hearingFields());
		const path = `/t/${people.team.slug}/hearings/${hearing.id}?/testimony`;
		const refused = await post(path, { template: 'limerick', speakerName: 'Mateo' }, cookies.get('member')!);
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('Choose one of the templates.');
		expect(await f.db.selectFrom('testimony').select('document_id').where('hearing_id', '=', hearing.id).execute()).toEqual([]);
		expect((await post(path, { template: 'resident', speakerName: 'Vera' }, cookies.get('viewer')!)).status).toBe(403);

		const made = await post(path, { template: 'organization', speakerName: 'Mateo Member' }, cookies.get('member')!);
		expect(made.status).toBe(303);
		const location = made.headers.get('location')!;
		expect(location).toMatch(new RegExp(`^/t/${people.team.slug}/testimony/[a-z2-7]+$`));
		const page = await kit.fetch(location, { cookie: cookies.get('viewer') });
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('Testimony of Mateo Member, Springfield City Council, Dec 14, 2026');
		expect(html).toContain('2 min');
		expect((await kit.fetch(location, { cookie: cookies.get('outsider') })).status).toBe(404);
		// The generic document address of a testimony leads to its own page.
		const viaDocs = await kit.fetch(location.replace('/testimony/', '/docs/'), { cookie: cookies.get('member') });
		expect(viaDocs.status).toBe(303);
		expect(viaDocs.headers.get('location')).toBe(location);
		// Speaker settings: a bad rate is refused on its field, a good one saved.
		const speaker = `${location}?/speaker`;
		const bad = await post(speaker, { speakerName: 'Mateo', wordsPerMinute: '900' }, cookies.get('member')!);
		expect(bad.status).toBe(400);
		expect(await bad.text()).toContain('Enter a whole number from 80 to 250.');
		expect((await post(speaker, { speakerName: 'Mateo', wordsPerMinute: '150', interpreter: 'on', hearingId: hearing.id }, cookies.get('member')!)).status).toBe(200);
		const id = location.split('/').pop()!;
		expect(await f.db.selectFrom('testimony').select(['words_per_minute', 'interpreter']).where('document_id', '=', id).executeTakeFirst()).toEqual({ words_per_minute: 150, interpreter: 1 });

		const token = await createCalendarToken(f.db, people.viewer.id);
		const feed = await fetch(`${kit.origin}/calendar/${token}.ics`, { headers: { accept: 'text/calendar' } });
		expect(feed.status).toBe(200);
		const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
		expect(ics).toContain(`UID:hearing.${hearing.id}@playbook`);
		expect(ics).toContain(`UID:hearing.${hearing.id}.written@playbook`);
	});

	test('the team home lists the upcoming hearing with its deadlines, and its Testimony card leads to the hearings', async () => {
		// A year from now, whenever the test runs: upcoming, with both deadlines still open.
		const year = new Date().getUTCFullYear() + 1;
		// A team of its own: the home lists the next three hearings, and the other tests made some.
		const team = await addTeam(f.db, people.owner, [[people.member, 'member'], [people.viewer, 'viewer']]);
		await createHearing(f.db, team.slug, people.member.id, hearingFields({ bodyName: 'Board of the future', startsAt: `${year}-06-10T18:00`, signupDeadline: `${year}-06-09T17:00`, writtenDeadline: `${year}-06-09T15:00` }));
		const page = await kit.fetch(`/t/${team.slug}`, { cookie: `${cookies.get('viewer')}; tz=America%2FChicago` });
		const html = await page.text();
		expect(html).toContain(`href="/t/${team.slug}/hearings"`);
		expect(html).toContain(`Board of the future, Jun 10, ${year}`);
		expect(html).toMatch(/Written comment closes in \d+ days, \w{3}, Jun 9, 3:00 PM/);
		expect(html).toMatch(/Sign-up to speak closes in \d+ days, \w{3}, Jun 9, 5:00 PM/);
	});
});

describe('testimony as a document', () => {
	test('members rename and archive it from its page; archived, it is read only; a viewer can do neither', async () => {
		const made = await post(`/t/${people.team.slug}/hearings?/testimony`, { template: 'resident', speakerName: 'Mateo', hearingId: '' }, cookies.get('member')!);
		expect(made.status).toBe(303);
		const location = made.headers.get('location')!;
		const id = location.split('/').pop()!;
		expect((await post(`${location}?/rename`, { title: 'Mateo for the budget hearing' }, cookies.get('viewer')!)).status).toBe(403);
		const renamed = await post(`${location}?/rename`, { title: '  Mateo for the budget hearing ' }, cookies.get('member')!);
		expect(renamed.status).toBe(200);
		expect(await renamed.text()).toContain('Title saved.');
		expect((await post(`${location}?/rename`, { title: '   ' }, cookies.get('member')!)).status).toBe(400);
		expect(await post(`${location}?/archive`, { archived: 'yes' }, cookies.get('viewer')!).then((r) => r.status)).toBe(403);
		expect((await post(`${location}?/archive`, { archived: 'yes' }, cookies.get('member')!)).status).toBe(200);
		const row = await f.db.selectFrom('document').select(['title', 'archived_at']).where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.title).toBe('Mateo for the budget hearing');
		expect(row.archived_at).not.toBeNull();
		const page = await (await kit.fetch(location, { cookie: cookies.get('member') })).text();
		expect(page).toContain('Archived');
		expect(page).not.toContain('Save speaker');
		// Not tied to a hearing: the hearings page lists it among those without one.
		expect(await (await kit.fetch(`/t/${people.team.slug}/hearings`, { cookie: cookies.get('viewer') })).text()).toContain('Mateo for the budget hearing');
	});
});
