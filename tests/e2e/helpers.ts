import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

/** Runs axe on the page as it is now: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${page.url()}`).toEqual([]);
}

let counter = 0;
/** A fresh, unique email for this run. */
export function uniqueEmail(name: string): string {
	counter += 1;
	return `${name.replace(/[^a-z0-9]+/gi, '')}.${Date.now().toString(36)}${counter}@example.org`;
}

export const PASSWORD = 'correct horse battery staple';

/** Made by global-setup.ts as the instance's first account, so it is the campaign admin. */
export const ADMIN = { email: 'campaign.admin@example.org', name: 'Camila Admin' };

export async function signIn(page: Page, email: string): Promise<void> {
	await page.goto('/signin');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { name: 'My teams' })).toBeVisible();
}

export async function signUp(page: Page, name: string, email = uniqueEmail(name.toLowerCase())): Promise<string> {
	await page.goto('/signup');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { name: 'My teams' })).toBeVisible();
	return email;
}

export async function createTeam(page: Page, name: string): Promise<string> {
	await page.goto('/teams/new');
	// Typed before the page's scripts have started, a field can be emptied as they take over.
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Team name').fill(name);
	await page.getByLabel('Kind').selectOption('county');
	await page.getByLabel('Name of the city or county').fill('Travis County');
	await page.getByLabel('State or territory').selectOption('TX');
	await page.getByLabel("Sheriff's office").fill("Travis County Sheriff's Office");
	await page.getByRole('button', { name: 'Create team' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	return new URL(page.url()).pathname;
}

/** Someone new in a browser context of their own (options: a locale, scripts off...), signed up. */
export async function person(browser: Browser, name: string, options: BrowserContextOptions = {}) {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await signUp(page, name);
	return { context, page };
}

/** A new document made on the team's documents page, once it is live; returns its URL. */
export async function createDocument(page: Page, teamPath: string, title: string): Promise<string> {
	await page.goto(`${teamPath}/docs`);
	await page.getByLabel('New document').fill(title);
	await page.getByRole('button', { name: 'Create', exact: true }).click();
	await page.waitForURL(/\/docs\/[a-z0-9]+$/);
	await expect(page.getByRole('status').filter({ hasText: 'Saved and live' })).toBeVisible();
	return page.url();
}

/** A fresh invite link to the team for a role, made on its invites page. */
export async function inviteLink(page: Page, teamPath: string, role: 'member' | 'viewer'): Promise<string> {
	await page.goto(`${teamPath}/invites`);
	await page.getByLabel('Role').selectOption(role);
	await page.getByRole('button', { name: 'Create link' }).click();
	return page.getByRole('textbox', { name: 'Invite link' }).inputValue();
}

/** Full-page screenshots at 375 and 1280 px into `dir`, to look at. */
export function screenshots(dir: string): (page: Page, name: string) => Promise<void> {
	mkdirSync(dir, { recursive: true });
	return async (page, name) => {
		for (const width of [375, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
		}
	};
}
