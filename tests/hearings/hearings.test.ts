import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBoard } from '$lib/collab/board-doc';
import {
	createHearing,
	deleteHearing,
	getHearing,
	hearingFormValues,
	listHearings,
	prepareHearing,
	updateHearing,
	upcomingHearings
} from '$lib/server/hearings';
import { hearingFields, type HearingFields } from './fixtures';
import { ensureCampaignBoard, createBoard } from '$lib/server/boards';
import { readDocument } from '$lib/server/live-documents';
import { addTeam, addUser, expectRefusal, openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';

let f: Foundation;
beforeEach(async () => {
	f = await openFoundation();
});
afterEach(async () => {
	await f.close();
});

const count = async () => Number((await f.db.selectFrom('hearing').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('recording hearings', () => {
	it('stores the times in UTC with the zone they were given in, and reads them back on that zone’s clocks', async () => {
		const { member, team } = await teamOfFour(f.db);
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields());
		expect(hearing.starts_at).toBe(Date.UTC(2026, 11, 15, 0, 0));
		expect(hearing.time_zone).toBe('America/Chicago');
		expect(hearing.written_deadline).toBe(Date.UTC(2026, 11, 13, 21, 0));
		expect(hearing.signup_deadline).toBe(Date.UTC(2026, 11, 13, 23, 0));
		expect(hearing.speaking_limit_seconds).toBe(120);
		expect(hearing.character_cap).toBe(2000);
		expect(hearing.formats).toEqual(['pdf', 'printed']);
		expect(hearing.printed_copies).toBe(15);
		expect(hearingFormValues(hearing)).toMatchObject({ startsAt: '2026-12-14T18:00', writtenDeadline: '2026-12-13T15:00', speakingLimit: '2', formats: ['pdf', 'printed'] });
	});

	it('takes a speaking limit of a minute and a half, and no optional field at all', async () => {
		const { member, team } = await teamOfFour(f.db);
		const hearing = await createHearing(f.db, team.slug, member.id, {
			bodyKind: 'supervisors',
			startsAt: '2027-01-05T10:00',
			timeZone: 'America/Los_Angeles',
			speakingLimit: '1.5',
			formats: []
		});
		expect(hearing).toMatchObject({ body_name: null, place: null, signup_deadline: null, written_deadline: null, speaking_limit_seconds: 90, character_cap: null, printed_copies: null, formats: [] });
	});

	it('lets members create and edit, organizers delete, viewers only read; outsiders and other teams get 404', async () => {
		const { owner, member, viewer, outsider, team } = await teamOfFour(f.db);
		const organizer = await addUser(f.db, 'Oscar Organizer');
		await f.db.insertInto('membership').values({ team_id: team.id, user_id: organizer.id, role: 'organizer', created_at: Date.now() }).execute();
		await expectRefusal(createHearing(f.db, team.slug, viewer.id, hearingFields()), 403, 'forbidden');
		await expectRefusal(createHearing(f.db, team.slug, outsider.id, hearingFields()), 404);
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields());
		expect((await getHearing(f.db, team.slug, viewer.id, hearing.id)).canEdit).toBe(false);
		await expectRefusal(updateHearing(f.db, team.slug, viewer.id, hearing.id, hearingFields({ agendaItem: 'Changed' })), 403, 'forbidden');
		const edited = await updateHearing(f.db, team.slug, member.id, hearing.id, hearingFields({ agendaItem: 'Item 14' }));
		expect(edited.agenda_item).toBe('Item 14');
		await expectRefusal(deleteHearing(f.db, team.slug, member.id, hearing.id), 403, 'forbidden');

		const other = await addTeam(f.db, outsider);
		const theirs = await createHearing(f.db, other.slug, outsider.id, hearingFields());
		await expectRefusal(getHearing(f.db, team.slug, owner.id, theirs.id), 404, 'hearing_not_found');
		await expectRefusal(updateHearing(f.db, team.slug, member.id, theirs.id, hearingFields()), 404, 'hearing_not_found');
		await expectRefusal(deleteHearing(f.db, team.slug, owner.id, theirs.id), 404, 'hearing_not_found');
		await expectRefusal(getHearing(f.db, other.slug, member.id, theirs.id), 404);

		await deleteHearing(f.db, team.slug, organizer.id, hearing.id);
		await expectRefusal(getHearing(f.db, team.slug, owner.id, hearing.id), 404);
		expect((await getHearing(f.db, other.slug, outsider.id, theirs.id)).hearing.id).toBe(theirs.id);
	});

	it('refuses bad input with the field it is about, and stores nothing', async () => {
		const { member, team } = await teamOfFour(f.db);
		const cases: [Partial<HearingFields>, string, string][] = [
			[{ startsAt: 'next Tuesday' }, 'startsAt', 'date_invalid'],
			[{ startsAt: '2026-02-30T18:00' }, 'startsAt', 'date_invalid'],
			[{ startsAt: '2026-12-14T25:00' }, 'startsAt', 'date_invalid'],
			[{ startsAt: '' }, 'startsAt', 'required'],
			[{ writtenDeadline: '2026-12-31' }, 'writtenDeadline', 'date_invalid'],
			[{ writtenDeadline: '2026-12-14T18:30' }, 'writtenDeadline', 'written_after_hearing'],
			[{ signupDeadline: '2026-12-15T09:00' }, 'signupDeadline', 'signup_after_hearing'],
			[{ speakingLimit: '-2' }, 'speakingLimit', 'limit_invalid'],
			[{ speakingLimit: '0' }, 'speakingLimit', 'limit_invalid'],
			[{ speakingLimit: 'two' }, 'speakingLimit', 'limit_invalid'],
			[{ characterCap: '-5' }, 'characterCap', 'cap_invalid'],
			[{ characterCap: '1.5' }, 'characterCap', 'cap_invalid'],
			[{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'url_invalid'],
			[{ agendaUrl: 'ftp://example.org/agenda' }, 'agendaUrl', 'url_invalid'],
			[{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'time_zone_invalid'],
			[{ bodyKind: 'parliament' }, 'bodyKind', 'invalid'],
			[{ bodyKind: 'other', bodyName: '  ' }, 'bodyName', 'body_name_required'],
			[{ formats: ['pdf', 'fax'] }, 'formats', 'invalid'],
			[{ printedCopies: '' }, 'printedCopies', 'copies_required'],
			[{ printedCopies: '0' }, 'printedCopies', 'copies_invalid']
		];
		for (const [change, field, code] of cases) {
			const refusal = await expectRefusal(createHearing(f.db, team.slug, member.id, hearingFields(change)), 400, code);
			expect(refusal.params.field, JSON.stringify(change)).toBe(field);
		}
		expect(await count()).toBe(0);
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields());
		await expectRefusal(updateHearing(f.db, team.slug, member.id, hearing.id, hearingFields({ writtenDeadline: '2026-12-20T12:00' })), 400, 'written_after_hearing');
		expect((await getHearing(f.db, team.slug, member.id, hearing.id)).hearing.written_deadline).toBe(hearing.written_deadline);
	});

	it('lists upcoming hearings soonest first, then past ones latest first', async () => {
		const { member, viewer, team } = await teamOfFour(f.db);
		const at = (startsAt: string) => createHearing(f.db, team.slug, member.id, hearingFields({ startsAt, signupDeadline: '', writtenDeadline: '' }));
		const later = await at('2027-03-01T18:00');
		const old = await at('2025-01-10T18:00');
		const soon = await at('2027-01-10T18:00');
		const older = await at('2024-06-10T18:00');
		const now = Date.UTC(2026, 11, 2);
		const { upcoming, past } = await listHearings(f.db, team.slug, viewer.id, now);
		expect(upcoming.map((h) => h.id)).toEqual([soon.id, later.id]);
		expect(past.map((h) => h.id)).toEqual([old.id, older.id]);
		expect((await upcomingHearings(f.db, team.id, now, 1)).map((h) => h.id)).toEqual([soon.id]);
	});
});

describe('Prepare for <hearing>', () => {
	it('adds the card set to the Campaign board once, due at the hearing’s deadlines; a second press finds it', async () => {
		const { member, team } = await teamOfFour(f.db);
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields());
		const first = await prepareHearing(f.db, team.slug, member.id, hearing.id, { locale: 'en' });
		expect(first.created).toBe(true);
		expect(first.boardId).toBe(await ensureCampaignBoard(f.db, team.id, 'en'));
		const doc = await readDocument(f.db, first.boardId);
		const board = readBoard(doc);
		doc.destroy();
		const cards = board.cards.filter((c) => first.cardIds.includes(c.id));
		const name = 'Springfield City Council, Dec 14, 2026';
		expect(cards.map((c) => [c.title, c.due])).toEqual([
			[`Sign up to speak: ${name}`, '2026-12-13T23:00:00.000Z'],
			[`Draft testimony: ${name}`, '2026-12-12T21:00:00.000Z'],
			[`Submit written comment: ${name}`, '2026-12-13T21:00:00.000Z'],
			[`Print 15 copies: ${name}`, '2026-12-15T00:00:00.000Z']
		]);
		expect(new Set(cards.map((c) => c.column))).toEqual(new Set([board.columns[0].id]));
		// Each card points back to its hearing.
		expect(cards.map((c) => c.links)).toEqual(cards.map(() => [{ kind: 'hearing', id: hearing.id }]));

		const again = await prepareHearing(f.db, team.slug, member.id, hearing.id, { locale: 'en' });
		expect(again).toEqual({ created: false, boardId: first.boardId, cardIds: first.cardIds });
		const after = await readDocument(f.db, first.boardId);
		expect(readBoard(after).cards).toHaveLength(4);
		after.destroy();
	});

	it('makes one set when two presses race, on the board chosen, in Spanish; viewers and other teams’ boards are refused', async () => {
		const { member, viewer, outsider, team } = await teamOfFour(f.db);
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields({ formats: ['web_form'], writtenDeadline: '' }));
		const prep = await createBoard(f.db, team.slug, member.id, { name: 'Hearing prep' }, 'es');
		const other = await addTeam(f.db, outsider);
		const theirBoard = await createBoard(f.db, other.slug, outsider.id, { name: 'Theirs' });
		await expectRefusal(prepareHearing(f.db, team.slug, viewer.id, hearing.id, { locale: 'en' }), 403, 'forbidden');
		await expectRefusal(prepareHearing(f.db, team.slug, member.id, hearing.id, { boardId: theirBoard.id, locale: 'en' }), 404, 'board_not_found');
		expect(await f.db.selectFrom('hearing_prep').selectAll().execute()).toEqual([]);

		const results = await Promise.all([1, 2, 3].map(() => prepareHearing(f.db, team.slug, member.id, hearing.id, { boardId: prep.id, locale: 'es' })));
		expect(results.filter((r) => r.created)).toHaveLength(1);
		const doc = await readDocument(f.db, prep.id);
		const titles = readBoard(doc).cards.map((c) => c.title);
		doc.destroy();
		// No printed copies taken: no printing card; a web form but no deadline: submit, undated.
		expect(titles).toEqual([
			'Inscribirse para hablar: Springfield City Council, 14 dic 2026',
			'Redactar el testimonio: Springfield City Council, 14 dic 2026',
			'Enviar el comentario por escrito: Springfield City Council, 14 dic 2026'
		]);
	});

	it('names the body by its kind when the hearing gives it no name', async () => {
		const { member, team } = await teamOfFour(f.db);
		const hearing = await createHearing(f.db, team.slug, member.id, hearingFields({ bodyName: '' }));
		const result = await prepareHearing(f.db, team.slug, member.id, hearing.id, { locale: 'en' });
		const doc = await readDocument(f.db, result.boardId);
		expect(readBoard(doc).cards.find((c) => c.id === result.cardIds[0])?.title).toBe('Sign up to speak: City council, Dec 14, 2026');
		doc.destroy();
	});
});
