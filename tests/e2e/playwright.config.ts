import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Debian's Chromium where Playwright's own browser cannot be downloaded; CHROMIUM_PATH overrides,
// and with neither, Playwright uses the browser it installed.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4319);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'playbook-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
	testDir: '.',
	globalSetup: './global-setup.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath,
			args: chromiumPath
				? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
				: []
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: 'npm run build && node build/server.js',
		cwd: '../..',
		url: `http://localhost:${port}/healthz`,
		timeout: 180_000,
		reuseExistingServer: false,
		env: { PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }
	}
});
