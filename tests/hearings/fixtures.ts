import type { HearingFields } from '$lib/server/hearings';

export type { HearingFields };

/** A council hearing in Chicago's zone, December 14 2026 at 6 pm (CST, UTC-6). */
export function hearingFields(change: Partial<HearingFields> = {}): HearingFields {
	return {
		bodyKind: 'council',
		bodyName: 'Springfield City Council',
		startsAt: '2026-12-14T18:00',
		timeZone: 'America/Chicago',
		place: 'City Hall, Room 201',
		onlineUrl: 'https://example.org/live',
		agendaItem: 'Item 12: the welcoming city ordinance',
		agendaUrl: 'https://example.org/agenda.pdf',
		signupDeadline: '2026-12-13T17:00',
		writtenDeadline: '2026-12-13T15:00',
		speakingLimit: '2',
		characterCap: '2000',
		printedCopies: '15',
		...change,
		formats: change.formats ?? ['pdf', 'printed']
	};
}

