import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createTeam, expectAccessible, person } from './helpers';

const SHOTS = '/tmp/shots-boardpage';
mkdirSync(SHOTS, { recursive: true });

const column = (page: Page, name: string) => page.getByRole('list', { name, exact: true });
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
/** What svelte-dnd-action last announced to screen readers. */
const announced = (page: Page) => page.locator('#dnd-action-aria-alert');

/**
 * Presses Tab until focus is in the column list named `name` (svelte-dnd-action's drop zone; it
 * moves the picked-up card there and focuses it).
 */
async function tabToColumn(page: Page, name: string) {
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		const at = await page.evaluate(() => document.activeElement?.closest('ul.cards')?.getAttribute('aria-label') ?? null);
		if (at === name) return;
	}
	throw new Error(`Tab never reached the column ${name}`);
}

test('the board page: fits 375 px with a card open, fresh members in the picker, keyboard drag in two languages, cards before scripts', async ({ browser }) => {
	test.setTimeout(120_000);
	const ana = await person(browser, 'Ana Page');
	const teamPath = await createTeam(ana.page, 'Board Page Team');
	await ana.page.goto(`${teamPath}/invites`);
	await ana.page.getByLabel('Role').selectOption('member');
	await ana.page.getByRole('button', { name: 'Create link' }).click();
	const memberLink = await ana.page.getByRole('textbox', { name: 'Invite link' }).inputValue();

	await ana.page.goto(`${teamPath}/boards`);
	await ana.page.getByRole('link', { name: 'Campaign' }).click();
	await expect(ana.page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	const boardUrl = ana.page.url();
	for (const title of ['Book the library room', 'Call the sheriff', 'Print 200 flyers']) {
		await ana.page.getByLabel('Card title (To do)').fill(title);
		await ana.page.getByLabel('Card title (To do)').press('Enter');
	}
	await expect(column(ana.page, 'To do').getByRole('link')).toHaveText(['Book the library room', 'Call the sheriff', 'Print 200 flyers']);

	// 375 px: the page never scrolls sideways (the columns scroll in their own strip), dialog open or not.
	await ana.page.setViewportSize({ width: 375, height: 800 });
	expect(await pageWidth(ana.page)).toBeLessThanOrEqual(375);
	await ana.page.getByRole('link', { name: 'Book the library room' }).click();
	const dialog = ana.page.getByRole('dialog');
	await expect(dialog.getByRole('textbox', { name: 'Card title' })).toHaveValue('Book the library room');
	expect(await pageWidth(ana.page)).toBeLessThanOrEqual(375);
	const box = await dialog.boundingBox();
	expect(box!.x).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width).toBeLessThanOrEqual(375);
	await expectAccessible(ana.page);
	for (const width of [375, 1280]) {
		await ana.page.setViewportSize({ width, height: 900 });
		await ana.page.screenshot({ path: `${SHOTS}/card-${width}.png` });
	}
	await ana.page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	for (const width of [375, 1280]) {
		await ana.page.setViewportSize({ width, height: 900 });
		expect(await pageWidth(ana.page)).toBeLessThanOrEqual(width);
		await ana.page.screenshot({ path: `${SHOTS}/board-${width}.png`, fullPage: true });
	}

	// Ben joins while Ana's board is open: the assignee picker lists him when she opens a card.
	const ben = await person(browser, 'Ben Page');
	await ben.page.goto(memberLink);
	await ben.page.getByRole('button', { name: 'Join team' }).click();
	await expect(ben.page.getByRole('heading', { level: 1, name: 'Board Page Team' })).toBeVisible();
	await ana.page.getByRole('link', { name: 'Call the sheriff' }).click();
	await expect(dialog.getByLabel('Assign someone').locator('option', { hasText: 'Ben Page' })).toHaveCount(1);
	await dialog.getByLabel('Assign someone').selectOption({ label: 'Ben Page' });
	await dialog.getByRole('button', { name: 'Assign someone' }).click();
	await expect(dialog.getByRole('button', { name: 'Remove Ben Page' })).toBeVisible();
	await ana.page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	// The board's own assignee filter has him too, without a reload.
	await expect(ana.page.getByLabel('Assignee').locator('option', { hasText: 'Ben Page' })).toHaveCount(1);

	// Ana removes Ben in another tab; back on the open board, the card says he left and the picker drops him.
	const members = await ana.context.newPage();
	await members.goto(`${teamPath}/members`);
	await members.getByRole('button', { name: 'Remove Ben Page' }).click();
	await expect(members.getByRole('button', { name: 'Remove Ben Page' })).toHaveCount(0);
	await members.close();
	await ana.page.getByRole('link', { name: 'Call the sheriff' }).click();
	await expect(dialog.getByText('left the team')).toBeVisible();
	await expect(dialog.getByLabel('Assign someone').locator('option', { hasText: 'Ben Page' })).toHaveCount(0);
	await ana.page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);

	// svelte-dnd-action's own keyboard mode: focus a card, Space picks it up, Tab reaches another
	// column, Space drops it there. Every step is announced in our words.
	const sheriff = column(ana.page, 'To do').getByRole('listitem').filter({ hasText: 'Call the sheriff' });
	await sheriff.focus();
	await ana.page.keyboard.press('Space');
	await expect(announced(ana.page)).toHaveText(/^Picked up Call the sheriff in To do\. Use the arrow keys to move it/);
	await tabToColumn(ana.page, 'Doing');
	await expect(announced(ana.page)).toHaveText('Moved Call the sheriff to the start of Doing.');
	await expect(column(ana.page, 'Doing').getByRole('listitem').filter({ hasText: 'Call the sheriff' })).toBeFocused();
	await ana.page.keyboard.press('Space');
	await expect(announced(ana.page)).toHaveText('Dropped Call the sheriff in Doing, position 1.');
	await expect(column(ana.page, 'Doing').getByRole('link')).toHaveText(['Call the sheriff']);
	await expect(column(ana.page, 'To do').getByRole('link')).toHaveText(['Book the library room', 'Print 200 flyers']);
	// The Move to... menus are back once the drag is over, and the move was stored.
	await expect(ana.page.getByLabel('Move “Call the sheriff”')).toBeVisible();
	await ana.page.reload();
	await expect(column(ana.page, 'Doing').getByRole('link')).toHaveText(['Call the sheriff']);

	// In Spanish: pick up a card and move it down its own column with the arrow keys.
	await ana.page.getByLabel('Language').selectOption('es');
	await expect(ana.page.getByRole('link', { name: 'Tableros' }).first()).toBeVisible();
	await expect(ana.page.getByRole('status').filter({ hasText: 'Guardado y en vivo' })).toBeVisible();
	const library = column(ana.page, 'To do').getByRole('listitem').filter({ hasText: 'Book the library room' });
	await library.focus();
	await ana.page.keyboard.press('Enter');
	await expect(announced(ana.page)).toHaveText(/^Has tomado Book the library room en To do\. Usa las flechas/);
	await ana.page.keyboard.press('ArrowDown');
	await expect(announced(ana.page)).toHaveText('Book the library room movida a la posición 2 de To do.');
	await ana.page.keyboard.press('Enter');
	await expect(announced(ana.page)).toHaveText('Has soltado Book the library room en To do, posición 2.');
	await expect(column(ana.page, 'To do').getByRole('link')).toHaveText(['Print 200 flyers', 'Book the library room']);
	// The card's history has the move within its column.
	await column(ana.page, 'To do').getByRole('link', { name: 'Book the library room' }).click();
	await expect(dialog.locator('.history')).toContainText('Ana Page la cambió de lugar dentro de To do');
	await expectAccessible(ana.page);
	await ana.page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	// The browser's Back closes a card opened on the board, and Forward opens it again, at its URL.
	await column(ana.page, 'To do').getByRole('link', { name: 'Print 200 flyers' }).click();
	await expect(dialog.getByRole('textbox', { name: 'Título de la tarjeta' })).toHaveValue('Print 200 flyers');
	await expect(ana.page).toHaveURL(/\?card=/);
	await ana.page.goBack();
	await expect(dialog).toHaveCount(0);
	await expect(ana.page).toHaveURL(boardUrl);
	await ana.page.goForward();
	await expect(dialog.getByRole('textbox', { name: 'Título de la tarjeta' })).toHaveValue('Print 200 flyers');
	await expect(ana.page).toHaveURL(/\?card=/);
	await ana.page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);

	// Before any script runs, the board is there from the server and a card's link opens the card.
	const nojs = await browser.newContext({ javaScriptEnabled: false });
	await nojs.addCookies(await ana.context.cookies());
	const plain = await nojs.newPage();
	await plain.goto(boardUrl);
	await expect(column(plain, 'To do').getByRole('link')).toHaveText(['Print 200 flyers', 'Book the library room']);
	await plain.getByRole('link', { name: 'Print 200 flyers' }).click();
	await expect(plain).toHaveURL(/\?card=/);
	await expect(plain.getByRole('dialog').getByRole('heading', { name: 'Print 200 flyers' })).toBeVisible();
	await plain.setViewportSize({ width: 375, height: 800 });
	expect(await pageWidth(plain)).toBeLessThanOrEqual(375);
	await plain.screenshot({ path: `${SHOTS}/card-before-scripts-375.png` });

	for (const c of [ana.context, ben.context, nojs]) await c.close();
});

test('the description editor is downloaded only once a card is about to open', async ({ browser }) => {
	const ana = await person(browser, 'Ana Preload');
	const teamPath = await createTeam(ana.page, 'Preload Team');
	await ana.page.goto(`${teamPath}/boards`);
	await ana.page.getByRole('link', { name: 'Campaign' }).click();
	await expect(ana.page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	await ana.page.getByLabel('Card title (To do)').fill('Call the sheriff');
	await ana.page.getByLabel('Card title (To do)').press('Enter');
	// A fresh visit, the pointer away from the cards: the board goes live and sits idle.
	await ana.page.mouse.move(0, 0);
	await ana.page.reload();
	await expect(ana.page.locator('.columns[data-live="true"]')).toBeVisible();
	await ana.page.waitForTimeout(1_500);
	const editorFetched = () => ana.page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('RichTextEditor')));
	expect(await editorFetched()).toBe(false);
	// The pointer over a card is the sign it may open: the editor comes then.
	await ana.page.getByRole('link', { name: 'Call the sheriff' }).hover();
	await expect.poll(editorFetched).toBe(true);
	await ana.page.getByRole('link', { name: 'Call the sheriff' }).click();
	await expect(ana.page.getByRole('dialog').getByRole('textbox', { name: 'Description' })).toBeVisible();
});
