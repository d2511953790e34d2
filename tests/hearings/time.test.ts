import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineLines, isLocalTime, isTimeZone, timeLeft, utcToZoned, zonedToUtc } from '$lib/hearings';
import { translate } from '$lib/i18n';

describe('wall-clock times in the jurisdiction’s zone', () => {
	it('turns local times into UTC on either side of a clock change', () => {
		expect(zonedToUtc('2026-12-14T18:00', 'America/Chicago')).toBe(Date.UTC(2026, 11, 15, 0, 0));
		expect(zonedToUtc('2026-07-14T18:00', 'America/Chicago')).toBe(Date.UTC(2026, 6, 14, 23, 0));
		expect(zonedToUtc('2026-03-08T01:30', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 6, 30));
		expect(zonedToUtc('2026-03-08T03:30', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
		// 2:30 does not exist that night: the moment an hour on.
		expect(utcToZoned(zonedToUtc('2026-03-08T02:30', 'America/New_York'), 'America/New_York')).toBe('2026-03-08T03:30');
		expect(zonedToUtc('2026-12-14T18:00', 'Pacific/Honolulu')).toBe(Date.UTC(2026, 11, 15, 4, 0));
		expect(zonedToUtc('2026-12-14T18:00', 'UTC')).toBe(Date.UTC(2026, 11, 14, 18, 0));
		// 1:30 happens twice when clocks fall back: the first one.
		expect(zonedToUtc('2026-11-01T01:30', 'America/Chicago')).toBe(Date.UTC(2026, 10, 1, 6, 30));
	});

	it('reads back the same local time it was given, for any minute and zone', () => {
		const zones = ['America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Anchorage', 'America/Puerto_Rico', 'Pacific/Guam', 'Asia/Kolkata', 'UTC'];
		fc.assert(
			fc.property(fc.integer({ min: Date.UTC(2001, 0, 1), max: Date.UTC(2099, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
				const minute = Math.floor(ms / 60_000) * 60_000;
				const local = utcToZoned(minute, zone);
				expect(isLocalTime(local)).toBe(true);
				// Back to UTC: the same moment, except in the hour a clock change repeats.
				expect(utcToZoned(zonedToUtc(local, zone), zone)).toBe(local);
			})
		);
	});

	it('knows a local time and a zone from things that are not', () => {
		for (const bad of ['', '2026-12-14', '2026-12-14 18:00', '2026-13-01T10:00', '2026-02-29T10:00', '2026-12-14T24:00', '1999-12-31T10:00', '2026-12-14T18:00Z']) expect(isLocalTime(bad), bad).toBe(false);
		expect(isLocalTime('2028-02-29T10:00')).toBe(true);
		expect(isTimeZone('America/Chicago')).toBe(true);
		for (const bad of ['', 'Chicago', 'Mars/Olympus', 'x'.repeat(80), 42]) expect(isTimeZone(bad)).toBe(false);
		expect(() => zonedToUtc('soon', 'UTC')).toThrow();
	});
});

describe('time left before a deadline, in the reader’s zone and language', () => {
	// Wednesday December 2, 2026, 10:00 in Chicago.
	const now = Date.UTC(2026, 11, 2, 16, 0);
	const zone = 'America/Chicago';
	const at = (local: string) => zonedToUtc(local, zone);

	it('says today, tomorrow or in how many days, with the time (Spanish has a word for the day after tomorrow)', () => {
		expect(timeLeft(at('2026-12-04T15:00'), now, zone, 'en')).toBe('in 2 days, Fri, Dec 4, 3:00 PM');
		expect(timeLeft(at('2026-12-03T15:00'), now, zone, 'en')).toBe('tomorrow, 3:00 PM');
		expect(timeLeft(at('2026-12-02T15:00'), now, zone, 'en')).toBe('in 5 hours, 3:00 PM');
		expect(timeLeft(at('2026-12-02T10:20'), now, zone, 'en')).toBe('in 20 minutes, 10:20 AM');
		expect(timeLeft(at('2026-12-04T15:00'), now, zone, 'es')).toBe('pasado mañana, vie, 4 dic, 15:00');
		expect(timeLeft(at('2026-12-03T15:00'), now, zone, 'es')).toBe('mañana, 15:00');
		expect(timeLeft(at('2026-12-02T09:00'), now, zone, 'en')).toBeNull();
	});

	it('counts days where the reader is: late at night in Chicago, tomorrow is already Thursday in Berlin', () => {
		const night = Date.UTC(2026, 11, 3, 5, 0); // 23:00 Wednesday in Chicago, 06:00 Thursday in Berlin
		const deadline = Date.UTC(2026, 11, 3, 21, 0); // 15:00 Thursday in Chicago
		expect(timeLeft(deadline, night, 'America/Chicago', 'en')).toBe('tomorrow, 3:00 PM');
		expect(timeLeft(deadline, night, 'Europe/Berlin', 'en')).toBe('in 16 hours, 10:00 PM');
	});

	it('lists the deadlines of a hearing, closed ones said so, in both languages', () => {
		const hearing = { starts_at: at('2026-12-04T18:00'), signup_deadline: at('2026-12-01T17:00'), written_deadline: at('2026-12-04T15:00') };
		const lines = (locale: 'en' | 'es') => deadlineLines(hearing, now, zone, locale, (key, params) => translate(locale, key, params)).map((l) => l.text);
		expect(lines('en')).toEqual(['Sign-up to speak has closed', 'Written comment closes in 2 days, Fri, Dec 4, 3:00 PM', 'Hearing in 2 days, Fri, Dec 4, 6:00 PM']);
		const later = (ms: number) => deadlineLines(hearing, ms, zone, 'en', (key, params) => translate('en', key, params)).map((l) => l.text).at(-1);
		expect(later(hearing.starts_at + 60_000)).toBe('The hearing has started');
		expect(later(hearing.starts_at + 7 * 60 * 60 * 1000)).toBe('The hearing took place');
		expect(lines('es')).toEqual(['La inscripción para hablar ya cerró', 'Los comentarios por escrito cierran pasado mañana, vie, 4 dic, 15:00', 'Audiencia pasado mañana, vie, 4 dic, 18:00']);
	});
});
