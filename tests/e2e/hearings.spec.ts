import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createTeam, expectAccessible, signUp } from './helpers';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/hearings';

/** A day `offset` days from today, YYYY-MM-DD (UTC, as the browser's zone below is). */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function shoot(page: Page, name: string) {
	for (const width of [375, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		if (width === 375) {
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `${name} fits 375 px`).toBeLessThanOrEqual(0);
		}
		await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
	}
	await page.setViewportSize({ width: 1280, height: 900 });
}

test.use({ timezoneId: 'UTC' });

test('a hearing is recorded, shows on the team home with its deadlines, gets its tasks and testimony from a template', async ({ page }) => {
	test.setTimeout(120_000);
	await signUp(page, 'Hilda Hearing');
	const teamPath = await createTeam(page, 'Travis Hearings Team');

	// The team home's Testimony card leads to the hearings.
	await page.getByRole('link', { name: 'Testimony', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Hearings' })).toBeVisible();
	await expect(page.getByText('No upcoming hearings yet.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Record a hearing' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Record a hearing' })).toBeVisible();
	await expectAccessible(page);
	await shoot(page, 'hearing-new');

	await page.getByLabel('Body holding the hearing').selectOption('commissioners');
	await page.getByLabel('Name of the body').fill('Travis County Commissioners Court');
	await page.getByLabel('Agenda item').fill('Item 12: resolution on the nine model rules');
	await page.getByLabel('Date and time of the hearing').fill(`${day(5)}T18:00`);
	await page.getByLabel('Time zone').selectOption('America/Chicago');
	await page.getByLabel('Sign-up deadline for spoken comment').fill(`${day(4)}T17:00`);
	// A written deadline after the hearing is refused, with what was typed kept.
	await page.getByLabel('Deadline for written comment').fill(`${day(6)}T15:00`);
	await page.getByLabel('Speaking limit, in minutes').fill('2');
	await page.getByLabel('Character cap').fill('2000');
	await page.getByLabel('PDF').check();
	await page.getByLabel('Printed copies', { exact: true }).check();
	await page.getByLabel('Number of printed copies').fill('15');
	await page.getByRole('button', { name: 'Record hearing' }).click();
	await expect(page.getByText('The written comment deadline must come before the hearing starts.')).toBeVisible();
	await expect(page.getByLabel('Name of the body')).toHaveValue('Travis County Commissioners Court');
	await expect(page.getByLabel('Deadline for written comment')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	await page.getByLabel('Deadline for written comment').fill(`${day(3)}T15:00`);
	await page.getByRole('button', { name: 'Record hearing' }).click();

	await expect(page.getByText('Hearing recorded.')).toBeVisible();
	const title = page.getByRole('heading', { level: 1, name: /^Travis County Commissioners Court, / });
	await expect(title).toBeVisible();
	await expect(page.getByText('15 printed copies')).toBeVisible();
	await expect(page.getByText('2 min')).toBeVisible();
	await expect(page.getByText(/CST|CDT/).first()).toBeVisible();
	const hearingUrl = new URL(page.url()).pathname;
	await expectAccessible(page);

	// Its tasks, once: the second visit says they exist and links to the board.
	await page.getByRole('button', { name: 'Prepare for this hearing' }).click();
	await expect(page.getByText('Cards for this hearing were added to the board.')).toBeVisible();
	await page.goto(hearingUrl);
	await expect(page.getByText('The cards for this hearing are already on a board.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Prepare for this hearing' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Open the board' }).click();
	await expect(page.getByText(/^Sign up to speak: Travis County Commissioners Court/)).toBeVisible();
	await expect(page.getByText(/^Print 15 copies: Travis County Commissioners Court/)).toBeVisible();
	// A card of the set leads back to its hearing.
	await page.getByRole('link', { name: /^Print 15 copies: Travis County Commissioners Court/ }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('link', { name: /^Travis County Commissioners Court, / }).click();
	await expect(page).toHaveURL((url) => url.pathname === hearingUrl);
	await expect(title).toBeVisible();

	// The team home lists it with the time left before each deadline.
	await page.goto(teamPath);
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Testimony' }) });
	await expect(card.getByRole('link', { name: /^Travis County Commissioners Court, / })).toBeVisible();
	await expect(card.getByText(/^Written comment closes in 3 days, \w{3}, \w{3} \d+, 9:00 PM$/)).toBeVisible();
	await expect(card.getByText(/^Sign-up to speak closes in 4 days, /)).toBeVisible();
	await expectAccessible(page);
	await shoot(page, 'team-home-hearings');

	// Testimony from a template, its text already in the live editor.
	await page.goto(hearingUrl);
	await page.getByLabel('A directly affected person, through an interpreter').check();
	await page.getByLabel('Speaker').fill('Ana Ruiz');
	await page.getByRole('button', { name: 'Start testimony' }).click();
	const editor = page.getByRole('textbox', { name: /^Testimony of Ana Ruiz, Travis County Commissioners Court/ });
	await expect(editor).toContainText('will interpret for me');
	await expect(editor).toContainText('Good evening, members of the Travis County Commissioners Court.');
	await expect(editor).toContainText('Item 12: resolution on the nine model rules');
	await expect(page.getByRole('heading', { name: 'Who you are' })).toBeVisible();
	await expect(page.getByLabel('Delivered through an interpreter')).toBeChecked();
	await expect(page.getByText('Saved and live')).toBeVisible();
	// A member types into it, live.
	await editor.click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type(' We thank you.');
	await expect(editor).toContainText('We thank you.');
	await page.getByLabel('Words per minute').fill('130');
	await page.getByRole('button', { name: 'Save speaker' }).click();
	await expect(page.getByText('Speaker saved.')).toBeVisible();
	await expectAccessible(page);
	await shoot(page, 'testimony');
	const testimonyUrl = new URL(page.url()).pathname;

	await page.goto(hearingUrl);
	await expect(page.getByRole('link', { name: /^Testimony of Ana Ruiz/ })).toBeVisible();
	await shoot(page, 'hearing');
	await page.getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByLabel('Deadline for written comment')).toHaveValue(`${day(3)}T15:00`);
	await expect(page.getByLabel('Time zone')).toHaveValue('America/Chicago');
	await expectAccessible(page);
	await shoot(page, 'hearing-edit');
	await page.getByLabel('Speaking limit, in minutes').fill('3');
	await page.getByRole('button', { name: 'Save hearing' }).click();
	await expect(page.getByText('3 min')).toBeVisible();

	await page.goto(`${teamPath}/hearings`);
	await expect(page.getByText('1 testimony')).toBeVisible();
	await shoot(page, 'hearings');

	// Spanish: the same pages, and a new testimony whose template is in Spanish.
	await page.getByLabel('Language', { exact: true }).selectOption('es');
	await expect(page.getByRole('heading', { level: 1, name: 'Audiencias' })).toBeVisible();
	await expect(page.getByText(/^Los comentarios por escrito cierran dentro de 3 días, /)).toBeVisible();
	await expectAccessible(page);
	await shoot(page, 'hearings-es');
	await page.getByLabel('La historia personal de un vecino').check();
	await page.getByLabel('Quien habla').fill('Rosa Díaz');
	await page.getByRole('button', { name: 'Empezar testimonio' }).click();
	const spanish = page.getByRole('textbox', { name: 'Testimonio de Rosa Díaz (La historia personal de un vecino)' });
	await expect(spanish).toContainText('Buenas noches, miembros de');
	await expect(spanish).toContainText('[tu nombre]');
	await expect(page.getByRole('heading', { name: 'Quién eres' })).toBeVisible();
	await expect(page.getByText('Aún sin audiencia: elige una en Quien habla.')).toBeVisible();
	await expectAccessible(page);
	await shoot(page, 'testimony-es');
	await page.goto(testimonyUrl);
	await expect(page.getByRole('heading', { name: 'La audiencia' })).toBeVisible();
});
