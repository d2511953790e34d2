import { expect, test } from './fixtures';
import { expectAccessible, signUp } from './helpers';

const SHOTS = process.env.SHOTS_DIR;

test('the account page makes a calendar feed link that a calendar app can fetch, replaces it and turns it off', async ({ page }) => {
	await signUp(page, 'Carla Calendar');
	await page.goto('/account');
	const section = page.getByRole('region', { name: 'Calendar feed' });
	await expect(section.getByText('Your feed is off.')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Email me when someone assigns me a card' })).toBeChecked();
	await expectAccessible(page);

	await section.getByRole('button', { name: 'Make my feed link' }).click();
	const link = section.getByRole('textbox', { name: 'Your feed link' });
	await expect(link).toHaveValue(/\/calendar\/[a-z2-7]{52}\.ics$/);
	await expect(section.getByText(/in Google Calendar/)).toBeVisible();
	const first = await link.inputValue();
	await expectAccessible(page);
	if (SHOTS) {
		for (const width of [375, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `${SHOTS}/account-calendar-${width}.png`, fullPage: true });
		}
	}

	// A calendar app has no cookie: a fresh request context fetches the feed.
	const app = await page.context().browser()!.newContext();
	const feed = await app.request.get(first);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);

	await section.getByRole('button', { name: 'Replace the link' }).click();
	await expect(link).not.toHaveValue(first);
	const second = await link.inputValue();
	expect((await app.request.get(first)).status()).toBe(404);
	expect((await page.request.get(second)).status()).toBe(200);

	await section.getByRole('button', { name: 'Turn the feed off' }).click();
	await expect(section.getByText('its link no longer works')).toBeVisible();
	await expect(section.getByRole('textbox', { name: 'Your feed link' })).toHaveCount(0);
	expect((await app.request.get(second)).status()).toBe(404);
	await app.close();

	// The email setting: off, and it stays off after a reload.
	const box = page.getByRole('checkbox', { name: 'Email me when someone assigns me a card' });
	await box.uncheck();
	await page.getByRole('region', { name: 'Email' }).getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	await page.reload();
	await expect(box).not.toBeChecked();
});

test('at 375 px the account page fits, in Spanish too', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await signUp(page, 'Sofía Small');
	await page.goto('/account');
	await page.getByRole('button', { name: 'Make my feed link' }).click();
	await expect(page.getByRole('textbox', { name: 'Your feed link' })).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expectAccessible(page);

	await page.goto('/account');
	await page.getByLabel('Language').selectOption('es');
	await expect(page.getByRole('heading', { name: 'Calendario' })).toBeVisible();
	await expect(page.getByText(/Tu calendario está activo/)).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Enviarme un correo cuando alguien me asigne una tarjeta' })).toBeChecked();
	const overflowEs = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflowEs).toBeLessThanOrEqual(0);
	await expectAccessible(page);
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/account-calendar-es-375.png`, fullPage: true });
});
