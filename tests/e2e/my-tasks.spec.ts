import { expect, test } from './fixtures';
import { createTeam, expectAccessible, signUp } from './helpers';
import { openDatabase, databaseFile } from '../../src/lib/server/db/index';
import { newId } from '../../src/lib/server/refusal';
import { liveDocuments, readDocument } from '../../src/lib/server/live-documents';
import { rebuildBoard } from '../../src/lib/server/card-projection';
import { addCard, addChecklistItem, readColumns, seedBoard, setAssignee, setCardDue } from '../../src/lib/collab/board-doc';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A board with cards assigned to `email`, projected as the server's room would, straight in the e2e server's database. */
async function seedBoardFor(email: string, slug: string) {
	const db = openDatabase(databaseFile(process.env.E2E_DATA_DIR!));
	try {
		const user = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
		const team = await db.selectFrom('team').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
		const boardId = newId();
		await db.insertInto('document').values({ id: boardId, team_id: team.id, kind: 'board', title: 'Campaign', created_by: user.id, created_at: Date.now(), updated_at: Date.now(), archived_at: null }).execute();
		await liveDocuments(db).change(boardId, (doc) => {
			seedBoard(doc, ['To do', 'Doing', 'Done']);
			const todo = readColumns(doc)[0].id;
			const late = addCard(doc, { title: 'Call the sheriff’s office', column: todo });
			setCardDue(doc, late, day(-2));
			const soon = addCard(doc, { title: 'Book the library room for the town hall', column: todo });
			setCardDue(doc, soon, day(3));
			addChecklistItem(doc, soon, 'Ask for the big room');
			addChecklistItem(doc, soon, 'Confirm chairs');
			const someday = addCard(doc, { title: 'Collect 200 signatures', column: todo });
			for (const id of [late, soon, someday]) setAssignee(doc, id, user.id, true);
		});
		const last = await db.selectFrom('document_update').select((eb) => eb.fn.max('id').as('id')).where('document_id', '=', boardId).executeTakeFirstOrThrow();
		await rebuildBoard(db, boardId, await readDocument(db, boardId), Number(last.id));
		return boardId;
	} finally {
		await db.destroy();
	}
}

test('My tasks: grouped by day, tick a checklist item, mark a card done; home and team home show them', async ({ page }) => {
	const email = await signUp(page, 'Mara Organizer');
	const teamPath = await createTeam(page, 'Eastside Tasks Team');
	await seedBoardFor(email, teamPath.split('/').pop()!);

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'My next tasks' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Call the sheriff’s office' })).toHaveAttribute('href', /\/boards\/.+\?card=/);

	await page.goto(teamPath);
	await expect(page.getByText('3 open cards')).toBeVisible();
	await expect(page.getByText('1 overdue')).toBeVisible();

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tasks' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Overdue/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /This week/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /No date/ })).toBeVisible();
	await expectAccessible(page);
	for (const width of [375, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: `test-results/my-tasks-${width}.png`, fullPage: true });
	}

	await page.getByRole('link', { name: 'Checklist 0/2' }).click();
	await page.getByRole('button', { name: 'Mark done: Ask for the big room' }).click();
	await expect(page.getByRole('status')).toHaveText('Checklist item ticked.');
	await expect(page.getByRole('link', { name: 'Checklist 1/2' })).toBeVisible();

	await page.getByRole('button', { name: 'Mark done: Call the sheriff’s office' }).click();
	await expect(page.getByRole('status')).toContainText('Moved to done');
	await expect(page.getByRole('link', { name: 'Call the sheriff’s office' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /Overdue/ })).toHaveCount(0);
	await page.setViewportSize({ width: 375, height: 900 });
	await page.screenshot({ path: 'test-results/my-tasks-after-375.png', fullPage: true });
	await page.goto('/');
	await page.setViewportSize({ width: 375, height: 900 });
	await page.screenshot({ path: 'test-results/home-375.png', fullPage: true });
	await page.goto(teamPath);
	await page.screenshot({ path: 'test-results/team-home-375.png', fullPage: true });
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.screenshot({ path: 'test-results/team-home-1280.png', fullPage: true });

	// Spanish, chosen in the footer.
	await page.goto('/tasks');
	await page.getByLabel('Language').selectOption('es');
	await expect(page.getByRole('heading', { level: 1, name: 'Mis tareas' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Esta semana/ })).toBeVisible();
	await expectAccessible(page);
	await page.setViewportSize({ width: 375, height: 900 });
	await page.screenshot({ path: 'test-results/my-tasks-es-375.png', fullPage: true });
});
