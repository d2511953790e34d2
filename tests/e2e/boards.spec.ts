import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createTeam, expectAccessible, inviteLink, person, screenshots } from './helpers';

const shoot = screenshots('/tmp/shots-boards');

const column = (page: Page, name: string) => page.getByRole('list', { name, exact: true });

test('a live board: cards, assignees, drag to Done, keyboard moves, checklist and comments seen live, a viewer, Spanish', async ({ browser }) => {
	test.setTimeout(120_000);
	const ana = await person(browser, 'Ana Board');
	const teamPath = await createTeam(ana.page, 'Board Team');
	const memberLink = await inviteLink(ana.page, teamPath, 'member');
	const viewerLink = await inviteLink(ana.page, teamPath, 'viewer');

	// A new team has its Campaign board.
	await ana.page.getByRole('link', { name: 'Boards' }).click();
	await expect(ana.page.getByRole('heading', { name: 'Boards', level: 1 })).toBeVisible();
	await expectAccessible(ana.page);
	await shoot(ana.page, 'list');
	await ana.page.setViewportSize({ width: 1280, height: 900 });
	await ana.page.getByRole('link', { name: 'Campaign' }).click();
	await expect(ana.page.getByRole('heading', { name: 'Campaign', level: 1 })).toBeVisible();
	await expect(ana.page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	const boardUrl = ana.page.url();

	const ben = await person(browser, 'Ben Board');
	await ben.page.goto(memberLink);
	await ben.page.getByRole('button', { name: 'Join team' }).click();
	await ben.page.goto(boardUrl);
	// The member list comes with the page: Ben is in it once Ana's page loads again.
	await ana.page.reload();
	await expect(ana.page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();

	// Quick add two cards in To do.
	for (const title of ['Book the library room', 'Call the sheriff']) {
		await ana.page.getByLabel('Card title (To do)').fill(title);
		await ana.page.getByLabel('Card title (To do)').press('Enter');
	}
	await expect(column(ana.page, 'To do').getByRole('link')).toHaveText(['Book the library room', 'Call the sheriff']);
	await expect(column(ben.page, 'To do').getByRole('link')).toHaveText(['Book the library room', 'Call the sheriff']);
	await expect(ana.page.getByRole('list', { name: 'Here now' })).toContainText('Ben Board');

	// Labels are managed from a panel made when it opens; a new one reaches Ben's board too.
	await ana.page.getByText('Manage labels').click();
	await expect(ana.page.getByText('No labels yet.')).toBeVisible();
	await ana.page.getByRole('textbox', { name: 'Label name' }).last().fill('Press');
	await ana.page.getByRole('button', { name: 'Add label' }).click();
	await expect(ana.page.getByRole('button', { name: 'Remove label: Press' })).toBeVisible();
	await ben.page.getByText('Manage labels').click();
	await expect(ben.page.getByRole('button', { name: 'Remove label: Press' })).toBeVisible();
	await ana.page.getByText('Manage labels').click();
	await ben.page.getByText('Manage labels').click();

	// Open the card: it has its own URL; assign Ben, add a checklist item and a comment.
	await ana.page.getByRole('link', { name: 'Book the library room' }).click();
	await expect(ana.page).toHaveURL(/\?card=/);
	const cardUrl = ana.page.url();
	const dialog = ana.page.getByRole('dialog');
	await expect(dialog.getByRole('textbox', { name: 'Card title' })).toHaveValue('Book the library room');
	await dialog.getByLabel('Assign someone').selectOption({ label: 'Ben Board' });
	await dialog.getByRole('button', { name: 'Assign someone' }).click();
	await expect(dialog.getByRole('button', { name: 'Remove Ben Board' })).toBeVisible();
	await dialog.getByLabel('New checklist item').fill('Ask for the big room');
	await dialog.getByRole('button', { name: 'Add item' }).click();
	await expect(dialog.getByRole('checkbox', { name: 'Ask for the big room' })).not.toBeChecked();

	// Ben opens the same card from its link and sees it live.
	await ben.page.goto(cardUrl);
	const benDialog = ben.page.getByRole('dialog');
	await expect(benDialog.getByRole('checkbox', { name: 'Ask for the big room' })).toBeVisible();
	await dialog.getByLabel('Add a comment').fill('I will call them Monday.');
	await dialog.getByRole('button', { name: 'Comment', exact: true }).click();
	await expect(dialog.getByText('I will call them Monday.')).toBeVisible();
	// Ben sees the new comment without reloading, with its author.
	await expect(benDialog.getByText('I will call them Monday.')).toBeVisible({ timeout: 3_000 });
	await expect(benDialog.locator('.comments')).toContainText('Ana Board');
	await dialog.getByRole('checkbox', { name: 'Ask for the big room' }).check();
	await expect(benDialog.getByRole('checkbox', { name: 'Ask for the big room' })).toBeChecked();
	await expectAccessible(ana.page);
	await shoot(ana.page, 'card');
	await ana.page.setViewportSize({ width: 1280, height: 900 });

	// Escape closes the dialog and returns to the board's URL.
	await ana.page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(ana.page).toHaveURL(boardUrl);
	// The card face shows the checklist's progress and the comment count.
	const face = column(ana.page, 'To do').getByRole('listitem').filter({ hasText: 'Book the library room' });
	await expect(face).toContainText('1/1');
	await expect(face).toContainText('💬 1');

	// Drag the card to Done with the mouse.
	const from = await face.boundingBox();
	const to = await column(ana.page, 'Done').boundingBox();
	// Held by its middle: the library drops where the dragged card's centre is.
	await ana.page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
	await ana.page.mouse.down();
	await ana.page.mouse.move(from!.x + from!.width / 2 + 20, from!.y + from!.height / 2 + 20, { steps: 5 });
	await ana.page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 20 });
	// svelte-dnd-action looks for the zone under the pointer on a timer, as a hand would give it time.
	await ana.page.waitForTimeout(400);
	await ana.page.mouse.move(to!.x + to!.width / 2 + 5, to!.y + to!.height / 2 + 5, { steps: 3 });
	await ana.page.waitForTimeout(400);
	await ana.page.mouse.up();
	await expect(column(ana.page, 'Done').getByRole('link')).toHaveText(['Book the library room']);
	await expect(column(ben.page, 'Done').getByRole('link')).toHaveText(['Book the library room']);

	// Move the other card with the keyboard only: its Move to... menu.
	// Each key waits for what it opened or focused, as a slow machine may not be there yet.
	const moveMenu = ana.page.locator('.move').filter({ has: ana.page.getByLabel('Move “Call the sheriff”') });
	await ana.page.getByLabel('Move “Call the sheriff”').focus();
	await ana.page.keyboard.press('Enter');
	const columnPick = moveMenu.locator('select').first();
	await expect(columnPick).toBeVisible();
	await ana.page.keyboard.press('Tab');
	await expect(columnPick).toBeFocused();
	await ana.page.keyboard.press('ArrowDown');
	await ana.page.keyboard.press('Tab');
	await expect(moveMenu.locator('select').nth(1)).toBeFocused();
	await ana.page.keyboard.press('Tab');
	await expect(moveMenu.getByRole('button', { name: 'Move', exact: true })).toBeFocused();
	await ana.page.keyboard.press('Enter');
	await expect(column(ana.page, 'Doing').getByRole('link')).toHaveText(['Call the sheriff']);
	await expect(column(ben.page, 'Doing').getByRole('link')).toHaveText(['Call the sheriff']);
	await expect(ana.page.getByRole('status').filter({ hasText: 'Moved “Call the sheriff” to Doing' })).toBeAttached();
	await expectAccessible(ana.page);
	await shoot(ana.page, 'board');

	// A viewer, in Spanish, watches live with no controls.
	const vera = await person(browser, 'Vera Viewer');
	await vera.page.goto(viewerLink);
	await vera.page.getByRole('button', { name: 'Join team' }).click();
	await vera.page.goto(boardUrl);
	await vera.page.getByLabel('Language').selectOption('es');
	await expect(vera.page.getByRole('link', { name: 'Tableros' }).first()).toBeVisible();
	await vera.page.goto(boardUrl);
	await expect(vera.page.getByRole('link', { name: 'Tableros' }).first()).toBeVisible();
	await expect(vera.page.getByText('Solo lectura')).toBeVisible();
	await expect(column(vera.page, 'Doing').getByRole('link')).toHaveText(['Call the sheriff']);
	await ana.page.setViewportSize({ width: 1280, height: 900 });
	await ana.page.getByLabel('Card title (To do)').fill('Print 200 flyers');
	await ana.page.getByLabel('Card title (To do)').press('Enter');
	await expect(column(vera.page, 'To do').getByRole('link')).toHaveText(['Print 200 flyers']);
	await expect(vera.page.getByRole('button', { name: 'Añadir tarjeta' })).toHaveCount(0);
	await expect(vera.page.getByText('Mover a…')).toHaveCount(0);
	await expect(vera.page.getByText('Gestionar etiquetas')).toHaveCount(0);
	await expectAccessible(vera.page);
	await vera.page.getByRole('link', { name: 'Book the library room' }).click();
	const veraDialog = vera.page.getByRole('dialog');
	await expect(veraDialog.getByRole('heading', { name: 'Book the library room' })).toBeVisible();
	await expect(veraDialog.getByText('I will call them Monday.')).toBeVisible();
	await expect(veraDialog.getByRole('checkbox', { name: 'Ask for the big room' })).toBeDisabled();
	await expect(veraDialog.getByLabel('Añadir un comentario')).toHaveCount(0);
	await expect(veraDialog.getByRole('button', { name: 'Eliminar tarjeta' })).toHaveCount(0);
	await expectAccessible(vera.page);

	// 375 px: the page itself does not scroll sideways; the columns do.
	await ana.page.setViewportSize({ width: 375, height: 800 });
	// The columns scroll inside their own strip, which fits the screen.
	const strip = await ana.page.locator('.columns').boundingBox();
	expect(strip!.x + strip!.width).toBeLessThanOrEqual(375);
	await expect(ana.page.getByRole('heading', { name: 'Campaign', level: 1 })).toBeInViewport();
	await expectAccessible(ana.page);

	for (const p of [ana, ben, vera]) await p.context.close();
});
