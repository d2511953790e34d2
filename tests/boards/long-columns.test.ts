import { afterAll, beforeAll, expect, test } from 'vitest';
import { addCard, readBoard } from '$lib/collab/board-doc';
import { liveDocuments } from '$lib/server/live-documents';
import { PASSWORD, addTeam, addUser, openFoundation, type Foundation } from '../foundation/helpers';
import { cookiesOf, startKit, type Kit } from '../foundation/kit';

// A long column shows its first cards and "Show more" (the page of a 500-card board is mostly
// layout and hydration); the server-rendered page does the same.
let f: Foundation;
let kit: Kit;

beforeAll(async () => {
	f = await openFoundation();
	kit = await startKit(f.app);
}, 120_000);
afterAll(async () => {
	await kit.close();
	await f.close();
});

test('a column of 25 cards shows 10 and offers the other 15; the count says 25', async () => {
	const owner = await addUser(f.db, 'Olga Owner');
	const team = await addTeam(f.db, owner);
	const boardId = (await f.db.selectFrom('document').select('id').where('team_id', '=', team.id).where('kind', '=', 'board').executeTakeFirstOrThrow()).id;
	await liveDocuments(f.db).change(boardId, (doc) => {
		const todo = readBoard(doc).columns[0].id;
		for (let i = 1; i <= 25; i++) addCard(doc, { title: `Flyer run ${String(i).padStart(2, '0')}`, column: todo });
	});
	const cookie = cookiesOf(await kit.post('/signin', { email: owner.email, password: PASSWORD }));
	const html = await (await kit.fetch(`/t/${team.slug}/boards/${boardId}`, { cookie })).text();
	const shown = new Set(html.match(/>Flyer run \d\d</g));
	expect(shown.size, html.slice(html.indexOf('Flyer run'), html.indexOf('Flyer run') + 400)).toBe(10);
	expect(html).toContain('>Flyer run 10<');
	expect(html).not.toContain('>Flyer run 11<');
	expect(html).toContain('Show 15 more cards');
	expect(html).toContain('25 cards');
});
