import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addCard, readBoard, setAssignee, setCardDue } from '$lib/collab/board-doc';
import { liveDocuments, readDocument } from '$lib/server/live-documents';
import { createCalendarToken } from '$lib/server/calendar';
import { rebuildBoard } from '$lib/server/card-projection';
import type { User } from '$lib/server/db/schema';
import { storeRaw } from '../foundation/store-raw';
import { PASSWORD, addTeam, addUser, openFoundation, type Foundation } from '../foundation/helpers';
import { cookiesOf, startKit, type Kit } from '../foundation/kit';
import { boardAttack } from './board-attacks';

// A board stored wrong-shaped (before updates were checked, or by a server bug) must never take
// its pages down: the board, My tasks, the home pages and the calendar feed all answer.
let f: Foundation;
let kit: Kit;
let owner: User;
let slug: string;
let boardId: string;
let cookie: string;
let feed: string;

async function statusOf(path: string, withCookie = true): Promise<number> {
	const response = await kit.fetch(path, withCookie ? { cookie } : {});
	await response.arrayBuffer();
	return response.status;
}

beforeAll(async () => {
	f = await openFoundation();
	kit = await startKit(f.app);
	owner = await addUser(f.db, 'Olga Owner');
	const team = await addTeam(f.db, owner);
	slug = team.slug;
	boardId = (await f.db.selectFrom('document').select('id').where('team_id', '=', team.id).where('kind', '=', 'board').executeTakeFirstOrThrow()).id;
	await liveDocuments(f.db).change(boardId, (doc) => {
		const [todo, doing] = readBoard(doc).columns.map((c) => c.id);
		for (const [i, column] of [todo, doing, todo].entries()) {
			const id = addCard(doc, { title: `Call the sheriff ${i}`, column });
			setAssignee(doc, id, owner.id, true);
			setCardDue(doc, id, '2026-12-14');
		}
	});
	const response = await kit.post('/signin', { email: owner.email, password: PASSWORD });
	expect(response.status).toBe(303);
	cookie = cookiesOf(response);
	feed = `/calendar/${await createCalendarToken(f.db, owner.id)}.ics`;
}, 120_000);

afterAll(async () => {
	await kit?.close();
	await f?.close();
});

describe('pages that read a board', () => {
	test('answer 200 while the board holds random wrong-shaped elements', async () => {
		const pages = () => ['/', '/tasks', `/t/${slug}`, `/t/${slug}/boards`, `/t/${slug}/boards/${boardId}`];
		const check = async () => {
			for (const path of pages()) expect(`${path} ${await statusOf(path)}`).toBe(`${path} 200`);
			expect(`${feed} ${await statusOf(feed, false)}`).toBe(`${feed} 200`);
		};
		await check();
		// Each run adds to what earlier runs stored, so the board gets worse as the runs go on.
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(boardAttack, fc.nat()), { minLength: 1, maxLength: 3 }), async (attacks) => {
				await storeRaw(f.db, boardId, (doc) => attacks.forEach(([hit, i]) => hit(doc, i)));
				// The projection reads the same stored state when the board's room next loads.
				const doc = await readDocument(f.db, boardId);
				await rebuildBoard(f.db, boardId, doc, Number.MAX_SAFE_INTEGER);
				doc.destroy();
				await check();
			}),
			{ numRuns: 12, seed: 10 }
		);
	}, 180_000);
});
