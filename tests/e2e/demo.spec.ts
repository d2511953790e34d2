import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { expectAccessible } from './helpers';
import { freePort } from '../collab/fixtures/spawn';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DEMO_PASSWORD = 'playbook demo 2026';
const TEAM = '/t/freedom-cities-travis-county';

function seed(dataDir: string): void {
	execFileSync('npx', ['tsx', 'server/seed-demo.ts'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: 'pipe' });
}

/** The built app (the e2e web server built it) on its own port and data directory. */
async function startApp(dataDir: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['build/server.js'], { cwd: root, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		if (await fetch(`http://localhost:${port}/healthz`).then((r) => r.ok, () => false)) return child;
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error('the demo app did not start');
}

test('the demo seed fills a fresh instance with a living playbook: a pending model update, tactics and every section', async ({ browser }) => {
	test.setTimeout(120_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'playbook-demo-'));
	seed(dataDir);
	const port = await freePort();
	const app = await startApp(dataDir, port);
	try {
		const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByLabel('Email').fill('owner@demo.playbook');
		await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('link', { name: 'Freedom Cities Travis County' })).toBeVisible();

		const open = async (path: string) => {
			const response = await page.goto(path);
			expect(response!.status(), path).toBe(200);
		};

		// Every page of the team answers, and the new model version is waiting on the home and the policy.
		await open(TEAM);
		await expect(page.getByText('Model version 2 is out: review it')).toBeVisible();
		await expectAccessible(page);
		await open(`${TEAM}/policy`);
		await expect(page.getByRole('heading', { name: /^Version 2 of the model is out: 2 rules changed$/ })).toBeVisible();

		// The review shows the three-way merge: one place both changed, suggestions elsewhere.
		await open(`${TEAM}/policy/update`);
		const summary = page.getByRole('list', { name: 'What changes' });
		await expect(summary).toContainText('2 rules changed');
		await expect(summary).toContainText('1 place where your team and the model changed the same words');
		await expect(summary).toContainText(/[2-9] suggestions/);
		await expect(page.getByRole('group', { name: 'Both your team and the model changed these words' })).toHaveCount(1);
		await expect(page.getByText('Rule 1 now says officials "must" release people on time')).toBeVisible();
		// The summary's items are set apart by a dot, not a list bullet hanging against the item before.
		const separated = await summary.locator('li').nth(1).evaluate((li) => getComputedStyle(li).listStyleType === 'none' && getComputedStyle(li, '::before').content.includes('·'));
		expect(separated).toBe(true);
		await expectAccessible(page);

		await open(`${TEAM}/scorecard`);
		await expect(page.getByRole('main')).toContainText('Austin Police Department');
		await expect(page.getByRole('main')).toContainText('5 of 9 rules adopted');

		await open(`${TEAM}/tactics`);
		await expect(page.getByRole('article')).toHaveCount(6);
		await expect(page.getByRole('article').getByRole('link', { name: 'Policy for Travis County' })).toHaveAttribute('href', `${TEAM}/policy`);

		await open(`${TEAM}/docs`);
		for (const title of ['Policy for Travis County', 'Talking points', 'Testimony for the March 12 Commissioners Court hearing', 'Letter to the Commissioners Court', 'Notes: meeting with Sheriff’s Office command staff']) {
			await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
		}
		// The testimony is a real draft, not placeholders.
		await page.getByRole('link', { name: 'Testimony for the March 12 Commissioners Court hearing' }).click();
		await expect(page.getByText('My neighbor was held two extra days')).toBeVisible();
		await expect(page.getByRole('main')).not.toContainText('[Personal story');
		await open(`${TEAM}/talking-points`);
		await expect(page.getByRole('heading', { name: 'For the sheriff or police' })).toBeVisible();

		// The campaign admin published version 2: its date and publisher are set apart by " · ".
		const admin = await browser.newContext({ baseURL: `http://localhost:${port}` });
		const adminPage = await admin.newPage();
		await adminPage.goto('/signin');
		await adminPage.getByLabel('Email').fill('admin@demo.playbook');
		await adminPage.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
		await adminPage.getByRole('button', { name: 'Sign in' }).click();
		await expect(adminPage.getByRole('heading', { name: 'My teams' })).toBeVisible();
		await adminPage.goto('/admin/model');
		await expect(adminPage.getByRole('cell', { name: /\d{4} · Camila Reyes/ })).toBeVisible();

		// A viewer reads the pending update, is told who decides, and can choose nothing.
		const viewer = await browser.newContext({ baseURL: `http://localhost:${port}` });
		const viewerPage = await viewer.newPage();
		await viewerPage.goto('/signin');
		await viewerPage.getByLabel('Email').fill('viewer@demo.playbook');
		await viewerPage.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
		await viewerPage.getByRole('button', { name: 'Sign in' }).click();
		await expect(viewerPage.getByRole('link', { name: 'Freedom Cities Travis County' })).toBeVisible();
		await viewerPage.goto(`${TEAM}/policy/update`);
		await expect(viewerPage.getByText('View only', { exact: true })).toBeVisible();
		await expect(viewerPage.getByText('Only members who can change the playbook decide on these changes.')).toBeVisible();
		await expect(viewerPage.getByRole('radio').first()).toBeDisabled();
		await expect(viewerPage.getByRole('button', { name: 'Apply my choices' })).toHaveCount(0);
		await expectAccessible(viewerPage);

		for (const c of [context, admin, viewer]) await c.close();
	} finally {
		app.kill();
	}
	// On a database that already has accounts the seed refuses, and says why.
	let refusal = '';
	try {
		seed(dataDir);
	} catch (err) {
		refusal = String((err as { stderr?: Buffer }).stderr ?? err);
	}
	expect(refusal).toContain('already has accounts');
	rmSync(dataDir, { recursive: true, force: true });
});
