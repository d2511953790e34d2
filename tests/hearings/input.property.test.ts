import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Team, User } from '$lib/server/db/schema';
import { createHearing } from '$lib/server/hearings';
import { Refusal } from '$lib/server/refusal';
import { createTestimony, updateSpeaker } from '$lib/server/testimony';
import { openFoundation, teamOfFour, type Foundation } from '../foundation/helpers';
import { hearingFields } from './fixtures';

let f: Foundation;
let member: User;
let team: Team;
beforeAll(async () => {
	f = await openFoundation();
	({ member, team } = await teamOfFour(f.db));
});
afterAll(async () => {
	await f.close();
});

/** Strings a form field may hold: near misses of real values and anything at all. */
const field = fc.oneof(
	fc.string(),
	fc.constantFrom('', ' ', '-1', '0', '1e3', 'NaN', '2', '2.5', '10000000', '2026-12-14T18:00', '2026-02-30T10:00', '9999-12-31T23:59', 'UTC', 'America/Chicago', 'https://example.org', 'javascript:x', 'pdf', 'printed', 'other'),
	fc.string({ unit: 'binary', maxLength: 40 })
);

describe('whatever a form posts', () => {
	it('recording a hearing either stores one that reads back or refuses with a 400, never throws anything else', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.record({ bodyKind: field, bodyName: field, startsAt: field, timeZone: field, writtenDeadline: field, signupDeadline: field, speakingLimit: field, characterCap: field, printedCopies: field, onlineUrl: field }, { requiredKeys: [] }),
				fc.array(field, { maxLength: 4 }),
				async (change, formats) => {
					const before = (await f.db.selectFrom('hearing').select('id').execute()).length;
					try {
						const hearing = await createHearing(f.db, team.slug, member.id, hearingFields({ ...change, formats }) as never);
						expect(Number.isFinite(hearing.starts_at)).toBe(true);
						if (hearing.written_deadline !== null) expect(hearing.written_deadline).toBeLessThanOrEqual(hearing.starts_at);
						if (hearing.speaking_limit_seconds !== null) expect(hearing.speaking_limit_seconds).toBeGreaterThan(0);
					} catch (err) {
						expect(err).toBeInstanceOf(Refusal);
						expect((err as Refusal).status).toBe(400);
						expect((await f.db.selectFrom('hearing').select('id').execute()).length).toBe(before);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('testimony and speaker forms either save or refuse with a 400 or 404', async () => {
		const document = await createTestimony(f.db, team.slug, member.id, { template: 'resident', hearingId: null, speakerName: 'Ana' }, 'en');
		await fc.assert(
			fc.asyncProperty(fc.record({ template: field, speakerName: field, hearingId: field, wordsPerMinute: field, interpreter: field, speakingMinutes: field }), async (input) => {
				for (const call of [
					() => createTestimony(f.db, team.slug, member.id, input, 'es'),
					() => updateSpeaker(f.db, team.slug, member.id, document.id, input)
				]) {
					try {
						await call();
					} catch (err) {
						expect(err).toBeInstanceOf(Refusal);
						expect([400, 404]).toContain((err as Refusal).status);
					}
				}
			}),
			{ numRuns: 200 }
		);
	});
});
