import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { hashToken } from '$lib/server/auth/session';
import {
	calendarFeedStatus,
	calendarTokenOwner,
	createCalendarToken,
	feedCards,
	feedHearings,
	feedText,
	renderFeed,
	revokeCalendarToken,
	type FeedCard
} from '$lib/server/calendar';
import { createHearing, updateHearing } from '$lib/server/hearings';
import { addTeam, addUser, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';
import { addBoard, addCard, assign, eventsOf, starts } from './fixtures';

let f: Foundation;
beforeAll(async () => {
	f = await openFoundation();
});
afterAll(async () => {
	await f?.close();
});

describe('feed tokens', () => {
	test('a token is 32 random bytes in base32, and only its sha256 is stored', async () => {
		const rosa = await addUser(f.db, 'Rosa');
		const token = await createCalendarToken(f.db, rosa.id);
		expect(token).toMatch(/^[a-z2-7]{52}$/);
		const rows = await f.db.selectFrom('calendar_token').selectAll().where('user_id', '=', rosa.id).execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(hashToken(token));
		expect(JSON.stringify(rows)).not.toContain(token);
		expect(await calendarTokenOwner(f.db, token)).toMatchObject({ id: rosa.id });
		expect(await calendarFeedStatus(f.db, rosa.id)).toMatchObject({ createdAt: rows[0].created_at });
	});

	test('replacing a token ends the old one at once; revoking ends the feed', async () => {
		const rosa = await addUser(f.db, 'Rosa');
		const first = await createCalendarToken(f.db, rosa.id);
		const second = await createCalendarToken(f.db, rosa.id);
		expect(second).not.toBe(first);
		expect(await calendarTokenOwner(f.db, first)).toBeNull();
		expect(await calendarTokenOwner(f.db, second)).toMatchObject({ id: rosa.id });
		expect(await f.db.selectFrom('calendar_token').select('id').where('user_id', '=', rosa.id).execute()).toHaveLength(1);
		await revokeCalendarToken(f.db, rosa.id);
		expect(await calendarTokenOwner(f.db, second)).toBeNull();
		expect(await calendarFeedStatus(f.db, rosa.id)).toBeNull();
	});

	test('wrong, malformed and oversized tokens find nobody', async () => {
		const rosa = await addUser(f.db, 'Rosa');
		const token = await createCalendarToken(f.db, rosa.id);
		for (const wrong of ['', 'x', token.toUpperCase(), token.slice(0, -1), `${token}a`, 'a'.repeat(52), `${token}${'a'.repeat(5000)}`, '../etc/passwd']) {
			expect(await calendarTokenOwner(f.db, wrong), wrong.slice(0, 60)).toBeNull();
		}
	});
});

describe('which cards the feed lists', () => {
	test('my open cards with a due date, in teams I am still in, on live boards', async () => {
		const { owner, member, team } = await teamOfFour(f.db);
		const board = await addBoard(f.db, team, 'Campaign');
		const mine = await addCard(f.db, board, { title: 'Mine', dueDate: '2026-12-14' });
		const timed = await addCard(f.db, board, { title: 'Timed', dueDate: '2026-12-15', dueAt: Date.UTC(2026, 11, 15, 14, 30) });
		const done = await addCard(f.db, board, { title: 'Done', dueDate: '2026-12-14', done: true });
		const archived = await addCard(f.db, board, { title: 'Archived', dueDate: '2026-12-14', archived: true });
		const undated = await addCard(f.db, board, { title: 'Undated' });
		const theirs = await addCard(f.db, board, { title: 'Theirs', dueDate: '2026-12-14' });
		for (const card of [mine, timed, done, archived, undated]) await assign(f.db, card, member, owner);
		await assign(f.db, theirs, owner);
		const oldBoard = await addBoard(f.db, team, 'Old');
		await assign(f.db, await addCard(f.db, oldBoard, { title: 'On archived board', dueDate: '2026-12-14' }), member);
		await f.db.updateTable('document').set({ archived_at: Date.now() }).where('id', '=', oldBoard.id).execute();

		const other = await addTeam(f.db, owner, [[member, 'member']], 'Left team');
		const otherBoard = await addBoard(f.db, other);
		await assign(f.db, await addCard(f.db, otherBoard, { title: 'Of a team I left', dueDate: '2026-12-14' }), member);
		expect((await feedCards(f.db, member.id)).map((c) => c.title)).toContain('Of a team I left');
		await f.db.deleteFrom('membership').where('team_id', '=', other.id).where('user_id', '=', member.id).execute();

		const cards = await feedCards(f.db, member.id);
		expect(cards.map((c) => c.title).sort()).toEqual(['Mine', 'Timed']);
		expect(cards[0]).toMatchObject({ boardId: board.id, cardId: mine.id, teamSlug: team.slug, teamName: team.name, boardName: 'Campaign', dueAt: null });
		expect((await feedCards(f.db, owner.id)).map((c) => c.title)).toEqual(['Theirs']);
	});
});

describe('the ICS text', () => {
	const card = (over: Partial<FeedCard>): FeedCard => ({
		boardId: 'b1',
		cardId: 'c1',
		title: 'Call the sheriff',
		dueDate: '2026-12-14',
		dueAt: null,
		updatedAt: Date.UTC(2026, 10, 1),
		teamSlug: 'lane',
		teamName: 'Lane County',
		boardName: 'Campaign',
		...over
	});
	const zone = process.env.TZ;
	afterEach(() => {
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
	});

	for (const tz of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
		test(`with the server in ${tz}, 14:30Z stays 14:30Z and an all-day 2026-12-14 stays that day`, () => {
			process.env.TZ = tz;
			// The zone really is in force (where local hours differ, the trap would show).
			if (tz !== 'UTC') expect(new Date(Date.UTC(2026, 11, 14, 14, 30)).getHours()).not.toBe(14);
			const ics = renderFeed(
				[card({ title: 'All day' }), card({ cardId: 'c2', title: 'Timed', dueDate: '2026-12-14', dueAt: Date.UTC(2026, 11, 14, 14, 30) })],
				'https://playbook.example',
				'en'
			);
			const byTitle = starts(ics);
			expect(byTitle.get('All day')).toBe('DTSTART;VALUE=DATE:20261214');
			expect(byTitle.get('Timed')).toBe('DTSTART:20261214T143000Z');
			const [allDay, timed] = eventsOf(ics);
			expect(allDay).toMatch(/^DTEND;VALUE=DATE:20261215\r?$/m);
			expect(timed).toMatch(/^DTEND:20261214T150000Z\r?$/m);
			expect(ics).not.toContain('TZID');
		});
	}

	test('each event has a stable UID, the card title, team and board, and the card URL', () => {
		const one = renderFeed([card({})], 'https://playbook.example', 'en');
		const two = renderFeed([card({ title: 'Renamed', updatedAt: Date.UTC(2026, 11, 2) })], 'https://playbook.example', 'en');
		const uid = (ics: string) => /^UID:(.*)$/m.exec(ics)?.[1].trim();
		expect(uid(one)).toBe('b1.c1@playbook');
		expect(uid(two)).toBe(uid(one));
		const event = eventsOf(one)[0];
		expect(event).toContain('SUMMARY:Call the sheriff');
		expect(event).toMatch(/^DTSTAMP:20261101T000000Z\r?$/m);
		expect(event).toContain('Team: Lane County · Board: Campaign');
		expect(event).toContain('URL;VALUE=URI:https://playbook.example/t/lane/boards/b1?card=c1');
		expect(one).toMatch(/^BEGIN:VCALENDAR/);
		expect(one).toContain('X-WR-CALNAME:Playbook: my tasks');
	});

	test('in Spanish, and a title with ICS syntax in it stays text', () => {
		const ics = renderFeed([card({ title: 'Llamar; a la oficina,\nEND:VEVENT' })], 'https://playbook.example', 'es');
		expect(ics).toContain('Equipo: Lane County · Tablero: Campaign');
		expect(ics).toContain('X-WR-CALNAME:Playbook: mis tareas');
		expect(eventsOf(ics)).toHaveLength(1);
		expect(ics.match(/^END:VEVENT/gm)).toHaveLength(1);
	});

	test('a due date that is not a day is left out, not guessed', () => {
		const ics = renderFeed([card({ dueDate: 'soon' }), card({ cardId: 'c2', title: 'Fine' })], 'https://p.example', 'en');
		expect([...starts(ics).keys()]).toEqual(['Fine']);
	});
});

describe('the kept feed text', () => {
	test('is made again when a card changes, and its ETag with it', () => {
		const base = { boardId: 'b', cardId: 'c', title: 'One', dueDate: '2026-12-14', dueAt: null, updatedAt: 1, teamSlug: 's', teamName: 'T', boardName: 'B' };
		const first = feedText('u-cache', [base], 'https://p.example', 'en');
		expect(feedText('u-cache', [{ ...base }], 'https://p.example', 'en')).toBe(first);
		const changed = feedText('u-cache', [{ ...base, title: 'Two', updatedAt: 2 }], 'https://p.example', 'en');
		expect(changed.text).toContain('SUMMARY:Two');
		expect(changed.etag).not.toBe(first.etag);
		expect(feedText('u-cache', [{ ...base, title: 'Two', updatedAt: 2 }], 'https://p.example', 'es').text).toContain('Equipo: T');
	});
});

describe('whatever the card rows hold', () => {
	test('the feed is one well-formed calendar with at most one event per card (property)', () => {
		const day = fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 30)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
		const row = fc.record({
			boardId: fc.string({ minLength: 1, maxLength: 30 }),
			cardId: fc.string({ minLength: 1, maxLength: 30 }),
			title: fc.string({ maxLength: 300, unit: 'binary' }),
			dueDate: fc.oneof(day, fc.string({ maxLength: 12 })),
			dueAt: fc.oneof(fc.constant(null), fc.integer({ min: -1e16, max: 1e16 }), fc.integer({ min: 0, max: 4e12 })),
			updatedAt: fc.integer({ min: 0, max: 4e12 }),
			teamSlug: fc.string({ maxLength: 40 }),
			teamName: fc.string({ maxLength: 80, unit: 'binary' }),
			boardName: fc.string({ maxLength: 80, unit: 'binary' })
		});
		fc.assert(
			fc.property(fc.array(row, { maxLength: 20 }), fc.constantFrom('en' as const, 'es' as const), (cards, locale) => {
				const ics = renderFeed(cards, 'https://playbook.example', locale);
				const lines = ics.split('\r\n');
				expect(lines[0]).toBe('BEGIN:VCALENDAR');
				expect(lines.filter((l) => l === 'BEGIN:VCALENDAR')).toHaveLength(1);
				expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
				const begins = lines.filter((l) => l === 'BEGIN:VEVENT').length;
				expect(begins).toBeLessThanOrEqual(cards.length);
				expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(begins);
				expect(lines.filter((l) => l.startsWith('DTSTART'))).toHaveLength(begins);
				// No line a card's text made: every line is a property or a folded continuation.
				for (const line of lines.slice(0, -1)) {
					expect(line).toMatch(/^([A-Z-]+[;:]| )/);
					expect(line).not.toMatch(/[\r\n]/);
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('hearings in the feed', () => {
	const fields = (change: Record<string, string> = {}) => ({
		bodyKind: 'council',
		bodyName: 'Springfield City Council',
		startsAt: '2026-12-14T18:00',
		timeZone: 'America/Chicago',
		place: 'City Hall, Room 201',
		agendaItem: 'Item 12: the welcoming city ordinance',
		signupDeadline: '2026-12-13T17:00',
		writtenDeadline: '2026-12-13T15:00',
		formats: [],
		...change
	});

	test('every member of the team, viewers too, gets the hearing and its two deadlines, in UTC', async () => {
		const { owner, member, viewer, outsider, team } = await teamOfFour(f.db);
		const hearing = await createHearing(f.db, team.slug, member.id, fields());
		for (const person of [owner, member, viewer]) expect((await feedHearings(f.db, person.id, 'en')).map((h) => h.id)).toContain(hearing.id);
		expect((await feedHearings(f.db, outsider.id, 'en')).map((h) => h.id)).not.toContain(hearing.id);

		const mine = (await feedHearings(f.db, viewer.id, 'en')).filter((h) => h.id === hearing.id);
		const ics = renderFeed([], 'https://playbook.example.org', 'en', mine);
		const events = eventsOf(ics);
		expect(events).toHaveLength(3);
		const byStart = starts(ics);
		expect(byStart.get('Springfield City Council\\, Dec 14\\, 2026')).toBe('DTSTART:20261215T000000Z');
		// A deadline ends when it closes.
		expect(byStart.get('Sign-up to speak closes: Springfield City Council\\, Dec 14\\, 2026')).toBe('DTSTART:20261213T223000Z');
		expect(byStart.get('Written comment closes: Springfield City Council\\, Dec 14\\, 2026')).toBe('DTSTART:20261213T203000Z');
		expect(events.find((e) => e.includes('.written@playbook'))).toContain('DTEND:20261213T210000Z');
		expect(ics).toContain(`UID:hearing.${hearing.id}@playbook`);
		expect(ics).toContain(`UID:hearing.${hearing.id}.signup@playbook`);
		expect(ics).toContain('LOCATION:City Hall\\, Room 201');
		expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`https://playbook.example.org/t/${team.slug}/hearings/${hearing.id}`);
		expect(ics).not.toMatch(/TZID|VTIMEZONE/);
	});

	test('a hearing without deadlines is one event; in Spanish; a person who left the team no longer gets it', async () => {
		const { owner, member, team } = await teamOfFour(f.db);
		const hearing = await createHearing(f.db, team.slug, member.id, fields({ signupDeadline: '', writtenDeadline: '', bodyName: '' }));
		const ics = renderFeed([], 'https://playbook.example.org', 'es', (await feedHearings(f.db, member.id, 'es')).filter((h) => h.id === hearing.id));
		expect(eventsOf(ics)).toHaveLength(1);
		expect(starts(ics).get('Concejo municipal\\, 14 dic 2026')).toBe('DTSTART:20261215T000000Z');
		await f.db.deleteFrom('membership').where('team_id', '=', team.id).where('user_id', '=', member.id).execute();
		expect((await feedHearings(f.db, member.id, 'en')).map((h) => h.id)).not.toContain(hearing.id);
		expect((await feedHearings(f.db, owner.id, 'en')).map((h) => h.id)).toContain(hearing.id);
	});

	test('the kept text is made again when a hearing changes', async () => {
		const { member, team } = await teamOfFour(f.db);
		const hearing = await createHearing(f.db, team.slug, member.id, fields());
		const before = feedText(member.id, [], 'https://playbook.example.org', 'en', await feedHearings(f.db, member.id, 'en'));
		await updateHearing(f.db, team.slug, member.id, hearing.id, fields({ startsAt: '2026-12-15T18:00' }));
		const after = feedText(member.id, [], 'https://playbook.example.org', 'en', await feedHearings(f.db, member.id, 'en'));
		expect(after.etag).not.toBe(before.etag);
		expect(after.text).toContain('DTSTART:20261216T000000Z');
	});
});
