import { expect, test } from './fixtures';
import { expectAccessible, signUp } from './helpers';

// A keyed list whose key repeats throws in the browser (each_key_duplicate) while the server-rendered page looks fine.
test('a team whose sheriff also polices the city sees both suggested scorecard targets', async ({ page }) => {
	await signUp(page, 'Metro Organizer');
	const metro = 'Las Vegas Metropolitan Police Department';
	await page.goto('/teams/new');
	await page.getByLabel('Team name').fill('Metro Team');
	await page.getByLabel('Kind').selectOption('county');
	await page.getByLabel('Name of the city or county').fill('Clark County');
	await page.getByLabel('State or territory').selectOption('NV');
	await page.getByLabel("Sheriff's office").fill(metro);
	await page.getByLabel('Police department').fill(metro);
	await page.getByRole('button', { name: 'Create team' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Metro Team' })).toBeVisible();
	const teamPath = new URL(page.url()).pathname;
	await page.goto(`${teamPath}/scorecard`);
	const suggested = page.getByRole('listitem').filter({ hasText: metro });
	await expect(suggested).toHaveCount(2);
	await expect(suggested.nth(0)).toContainText('Sheriff');
	await expect(suggested.nth(1)).toContainText('Police');
	await expectAccessible(page);
});
