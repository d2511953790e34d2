/**
 * `npx tsx tests/bench/hearings.ts`: a team with 500 hearings on a real SQLite file: recording a
 * hearing, testimony from a template (written into its document), the hearings list, "Prepare
 * for" (four cards on the Campaign board), and a member's feed of 500 hearings (query and ICS
 * text). Prints mean milliseconds; never asserts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext } from '$lib/server/app';
import { feedHearings, renderFeed } from '$lib/server/calendar';
import { readConfig } from '$lib/server/config';
import { createHearing, listHearings, prepareHearing } from '$lib/server/hearings';
import { newId } from '$lib/server/refusal';
import { createTeam } from '$lib/server/teams';
import { createTestimony } from '$lib/server/testimony';

const HEARINGS = 500;
const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-hearings-'));
const app = await createAppContext(readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
const { db } = app;
const userId = newId();
await db.insertInto('user').values({ id: userId, email: `${userId}@example.org`, display_name: 'Bench', password_hash: 'x', locale: null, created_at: Date.now() }).execute();
const team = await createTeam(db, userId, { name: 'Bench team', jurisdictionKind: 'county', jurisdictionName: 'Travis County', state: 'TX' });

async function mean(label: string, runs: number, run: (i: number) => Promise<unknown>) {
	const start = performance.now();
	for (let i = 0; i < runs; i++) await run(i);
	console.log(`${label.padEnd(40)} ${((performance.now() - start) / runs).toFixed(2)} ms (${runs} runs)`);
}

const ids: string[] = [];
await mean('record a hearing', HEARINGS, async (i) => {
	const day = String((i % 28) + 1).padStart(2, '0');
	const hearing = await createHearing(db, team.slug, userId, {
		bodyKind: 'commissioners',
		startsAt: `2027-02-${day}T18:00`,
		timeZone: 'America/Chicago',
		signupDeadline: `2027-02-${day}T12:00`,
		writtenDeadline: `2027-02-${day}T09:00`,
		speakingLimit: '2',
		formats: ['pdf', 'printed'],
		printedCopies: '15'
	});
	ids.push(hearing.id);
});
await mean('testimony from a template', 50, (i) => createTestimony(db, team.slug, userId, { template: 'interpreted', hearingId: ids[i], speakerName: 'Ana' }, 'es'));
await mean(`list ${HEARINGS} hearings`, 20, () => listHearings(db, team.slug, userId));
await mean('Prepare for (4 cards)', 20, (i) => prepareHearing(db, team.slug, userId, ids[100 + i], { locale: 'en' }));
let hearings: Awaited<ReturnType<typeof feedHearings>> = [];
await mean(`feed: query ${HEARINGS} hearings`, 10, async () => (hearings = await feedHearings(db, userId, 'en')));
let bytes = 0;
await mean(`feed: ICS text of ${HEARINGS} hearings`, 5, async () => (bytes = renderFeed([], 'https://playbook.example.org', 'en', hearings).length));
console.log(`feed size: ${Math.round(bytes / 1024)} kB`);
await db.destroy();
rmSync(dir, { recursive: true, force: true });
