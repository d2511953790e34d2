/**
 * How long a board with 500 cards takes to become interactive in Chromium: from navigation until
 * the cards a column shows at first (its first 10, then "Show more") are on screen and the last of
 * them opens on a click (also by the page's own clock, from its navigation start: when the click
 * reached it and when the card's dialog opened, without the harness's own round trips); until
 * the board is live (read from the live document once the socket has synced); and how long
 * "Show more" takes to show a whole column. Then the same person opens the board again in the same
 * browser ("back again": scripts cached, the board's copy in IndexedDB). Prints; asserts nothing.
 * Needs a build (`npm run build`) and Chromium at /usr/bin/chromium (or CHROMIUM). BENCH_PROFILE=<file> writes
 * a CPU profile of the last run (open it in Chromium's DevTools); BENCH_CHROME_TRACE=<file> a Chromium trace;
 * BENCH_TRACE=1 prints what the last run loaded and when, what moved on screen, and the click's steps;
 * BENCH_SCREENSHOT=<file.png> saves the first run's page once its cards show;
 * BENCH_BUILD=<dir> serves another build; BENCH_BUILD=<dir>,<dir> serves both at once and measures
 * them in alternate runs, so that a slow minute of a shared machine falls on both alike.
 *
 *   npx tsx tests/bench/board-page.ts            (BENCH_CARDS=500, BENCH_RUNS=5)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { processCpu } from './proc';
import { createAppContext } from '../../src/lib/server/app';
import { readConfig } from '../../src/lib/server/config';
import { signUp } from '../../src/lib/server/accounts';
import { createSession, generateToken, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { createTeam } from '../../src/lib/server/teams';
import { liveDocuments } from '../../src/lib/server/live-documents';
import { addCard, addChecklistItem, addLabel, readBoard, setAssignee, setCardDue, setCardLabel } from '../../src/lib/collab/board-doc';

const CARDS = Number(process.env.BENCH_CARDS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4391);
/** A file to write a CPU profile of the last run to (open it in Chromium's DevTools). */
const PROFILE = process.env.BENCH_PROFILE;

/** Which builds to serve (BENCH_BUILD=<dir>[,<dir>]: two are measured in alternate runs). */
const BUILDS = (process.env.BENCH_BUILD ?? 'build').split(',');
for (const build of BUILDS) if (!existsSync(join(build, 'server.js'))) throw new Error(`no ${build}/server.js: run \`npm run build\` first`);
const dataDir = mkdtempSync(join(tmpdir(), 'playbook-board-bench-'));
const context = await createAppContext(readConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }));
const user = await signUp(context.db, { email: 'bench@example.org', displayName: 'Bench Organizer', password: 'correct horse battery staple 42' });
const team = await createTeam(context.db, user.id, { name: 'Bench County Watch', jurisdictionKind: 'county', jurisdictionName: 'Bench County', state: 'CA' });
let perColumn: number[] = [];
const board = await context.db.selectFrom('document').select('id').where('team_id', '=', team.id).where('kind', '=', 'board').executeTakeFirstOrThrow();
await liveDocuments(context.db).change(board.id, (doc) => {
	const columns = readBoard(doc).columns.map((c) => c.id);
	const labels = [addLabel(doc, 'Press', 'blue'), addLabel(doc, 'Council', 'green'), addLabel(doc, 'Urgent', 'red')];
	for (let i = 0; i < CARDS; i++) {
		const id = addCard(doc, { title: `Task ${i + 1}: call the council office about the hearing`, column: columns[i % columns.length] });
		if (i % 2) setAssignee(doc, id, user.id, true);
		if (i % 3 === 0) setCardLabel(doc, id, labels[i % labels.length], true);
		if (i % 4 === 0) setCardDue(doc, id, `2026-12-${String((i % 28) + 1).padStart(2, '0')}`);
		if (i % 5 === 0) for (let j = 0; j < 3; j++) addChecklistItem(doc, id, `Step ${j + 1}`);
	}
	perColumn = columns.map((_, c) => Math.floor(CARDS / columns.length) + (c < CARDS % columns.length ? 1 : 0));
});
const token = generateToken();
await createSession(context.db, token, user.id);
await context.db.destroy();

const servers = BUILDS.map((build, i) =>
	spawn(process.execPath, [...(process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : []), join(build, 'server.js')], {
		env: { ...process.env, DATA_DIR: dataDir, PORT: String(PORT + i), HOST: '127.0.0.1', LOG_LEVEL: 'error', ORIGIN: `http://localhost:${PORT + i}` },
		stdio: 'ignore'
	})
);
const origins = BUILDS.map((_, i) => `http://localhost:${PORT + i}`);
for (const origin of origins)
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(`${origin}/healthz`)).ok) break;
		} catch {
			if (i > 100) throw new Error('server did not start');
		}
		await new Promise((r) => setTimeout(r, 100));
	}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
});
const path = `/t/${team.slug}/boards/${board.id}`;
// The page as each server sends it: its size and how long the server takes (median of 5, after one warm-up).
const serverTimes: number[][] = BUILDS.map(() => []);
const htmlBytes: number[] = [];
/** How many cards each build's page shows before "Show more" (as many as its HTML holds). */
const shown: number[] = [];
for (const [b, origin] of origins.entries())
	for (let i = 0; i <= 5; i++) {
		const t0 = performance.now();
		const html = await (await fetch(origin + path, { headers: { cookie: `${SESSION_COOKIE}=${token}` } })).text();
		if (i > 0) serverTimes[b].push(performance.now() - t0);
		htmlBytes[b] = Buffer.byteLength(html);
		shown[b] = html.split('class="card-face ').length - 1;
		if (process.env.BENCH_HTML) writeFileSync(process.env.BENCH_HTML, html);
	}
/** One visit to the board in `page`: when its cards show, when the last shown one opens on a click, when it is live. */
async function visit(page: Page, url: string, shownAtFirst: number) {
	const started = performance.now();
	await page.goto(url, { waitUntil: 'commit' });
	// Live: the board is read from the live document, synced over the socket.
	const live = page
		.locator('.columns[data-live="true"]')
		.waitFor({ timeout: 60_000 })
		.then(() => performance.now() - started)
		.catch(() => Number.NaN); // the run's own error, if any, is the one to see
	await page.locator('li.card-face').first().waitFor();
	const firstCard = performance.now() - started;
	await page.waitForFunction((n) => document.querySelectorAll('li.card-face').length >= n, shownAtFirst, { polling: 'raf', timeout: 60_000 });
	const allCards = performance.now() - started;
	if (process.env.BENCH_SCREENSHOT && !screenshotTaken) {
		screenshotTaken = true;
		await page.screenshot({ path: process.env.BENCH_SCREENSHOT, fullPage: true });
	}
	// Interactive: a click on a card opens it.
	const clickAt = performance.now() - started;
	await page.locator('li.card-face').nth(shownAtFirst - 1).locator('a, button').first().click();
	const clicked = performance.now() - started;
	await page.getByRole('dialog').waitFor();
	const opened = performance.now() - started;
	// The same two moments by the page's clock, from its navigation start: when the click reached
	// the page, and when the card's dialog showed (its 'card-open' mark).
	const inPage = await page.evaluate(() => ({
		click: performance.getEntriesByName('click-in').at(-1)?.startTime ?? Number.NaN,
		open: performance.getEntriesByName('card-open').at(-1)?.startTime ?? Number.NaN
	}));
	return { firstCard, allCards, clickAt, clicked, opened, live, inPage };
}
let screenshotTaken = false;

/** CPU time a process has used so far, in ms (user + system). */
function cpuMs(pid: number | undefined): number {
	const cpu = processCpu(pid);
	return cpu ? cpu.userMs + cpu.systemMs : Number.NaN;
}

type Run = { firstCard: number; allCards: number; opened: number; live: number; inPage: { click: number; open: number }; beforeScripts: boolean; more: number; serverCpu: number; again: { firstCard: number; opened: number; live: number; inPage: { click: number; open: number } } };
const times: Run[][] = BUILDS.map(() => []);
try {
	for (let run = 0; run <= RUNS; run++) for (const [b, origin] of origins.entries()) {
		const url = origin + path;
		const shownAtFirst = shown[b];
		const window = Math.ceil(shownAtFirst / perColumn.length);
		const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
		await page.addInitScript(() => addEventListener('click', () => performance.mark('click-in'), true));
		await page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: origin }]);
		const cdp = PROFILE && run === RUNS && b === 0 ? await page.context().newCDPSession(page) : null;
		if (cdp) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			await cdp.send('Profiler.start');
		}
		const tracing = process.env.BENCH_CHROME_TRACE && run === RUNS && b === 0;
		if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
		const serverBefore = cpuMs(servers[b].pid);
		const { firstCard, allCards, clickAt, clicked, opened, live, inPage } = await visit(page, url, shownAtFirst);
		if (process.env.BENCH_TRACE) console.log(`click asked ${clickAt.toFixed(0)}, done ${clicked.toFixed(0)}, dialog seen ${opened.toFixed(0)}`);
		if (tracing) writeFileSync(process.env.BENCH_CHROME_TRACE!, await browser.stopTracing());
		// The whole first column, once the dialog is closed.
		await page.keyboard.press('Escape');
		await page.getByRole('dialog').waitFor({ state: 'detached' });
		const moreAt = performance.now();
		await page.locator('.show-more').first().click();
		const wholeColumn = shownAtFirst - Math.min(window, perColumn[0]) + perColumn[0];
		await page.waitForFunction((n) => document.querySelectorAll('li.card-face').length >= n, wholeColumn, { polling: 'raf', timeout: 60_000 });
		const more = performance.now() - moreAt;
		if (cdp) {
			const { profile } = await cdp.send('Profiler.stop');
			writeFileSync(PROFILE!, JSON.stringify(profile));
			const timing = await page.evaluate(() => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const marks = performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`);
				return `${nav.name.replace(location.origin, "")}: response ${nav.responseStart.toFixed(0)}-${nav.responseEnd.toFixed(0)} ms, DOMContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)} ms; marks: ${marks.join(', ') || 'none'}`;
			});
			console.log(`profile of the last run in ${PROFILE} (${timing}, from navigation start)`);
		}
		const liveAt = await live;
		const serverCpu = cpuMs(servers[b].pid) - serverBefore;
		if (process.env.BENCH_TRACE && run === RUNS && b === 0) {
			// What the page loaded and when, and what moved on screen (layout shifts), from navigation start.
			const shifts = await page.evaluate(
				() =>
					new Promise<string[]>((resolve) =>
						new PerformanceObserver((list) =>
							resolve(
								(list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]).map(
									(e) => `layout shift at ${e.startTime.toFixed(0)} ms: ${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => `${(s.node as Element | undefined)?.className || s.node?.nodeName} ${JSON.stringify((s as unknown as { previousRect: DOMRect }).previousRect)}→${JSON.stringify((s as unknown as { currentRect: DOMRect }).currentRect)}`).join(', ')}`
								)
							)
						).observe({ type: 'layout-shift', buffered: true })
					)
			);
			const resources = await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((r) => `${r.name.split('/').pop()?.slice(0, 40).padEnd(40)} ${r.startTime.toFixed(0).padStart(5)} -> ${(r as PerformanceResourceTiming).responseEnd.toFixed(0).padStart(5)} ms`)
					.concat(performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)} ms`))
			);
			console.log([...resources, ...shifts].join('\n'));
		}
		// A click that lands before the scripts run follows the link: the card's own page is loaded.
		const beforeScripts = await page.evaluate(() => performance.getEntriesByType('navigation')[0].name.includes('card='));
		// The same person again, in the same browser: its scripts cached, the board's copy in IndexedDB.
		await page.goto('about:blank');
		const again = await visit(page, url, shownAtFirst);
		const againLive = await again.live;
		await page.context().close();
		if (run > 0) times[b].push({ firstCard, allCards, opened, live: liveAt, beforeScripts, more, serverCpu, inPage, again: { firstCard: again.firstCard, opened: again.opened, live: againLive, inPage: again.inPage } }); // run 0 warms the server up
	}
} finally {
	await browser.close();
	for (const server of servers) server.kill('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;
for (const [b, build] of BUILDS.entries()) {
	const runs = times[b];
	console.log(`board with ${CARDS} cards, ${RUNS} runs after one warm-up, Chromium at 1280 px${BUILDS.length > 1 ? `, ${build} (runs alternate between ${BUILDS.join(' and ')})` : ''}:`);
	// A run without the value (the click landed before the scripts ran, say) counts in neither.
	const line = (label: string, pick: (t: Run) => number) => {
		const values = runs.map(pick).filter((x) => !Number.isNaN(x));
		if (!values.length) return console.log(`  ${label.padEnd(36)} none measured`);
		console.log(`  ${label.padEnd(36)} median ${ms(median(values)).padStart(8)}, best ${ms(Math.min(...values)).padStart(8)}  (runs: ${runs.map((t) => pick(t).toFixed(0)).join(', ')})`);
	};
	console.log(`  page HTML ${(htmlBytes[b] / 1024).toFixed(0)} kB, served in median ${ms(median(serverTimes[b]))}`);
	line('first card on screen', (t) => t.firstCard);
	line(`the ${shown[b]} cards shown at first`, (t) => t.allCards);
	line('last of them opened (interactive)', (t) => t.opened);
	line('  by the page: the click reached it', (t) => t.inPage.click);
	line('  by the page: the card showed', (t) => t.inPage.open);
	line('live (socket synced, board from it)', (t) => t.live);
	line(`"Show more": a column's ${perColumn[0]} cards`, (t) => t.more);
	line('server CPU for a first visit', (t) => t.serverCpu);
	line('back again: first card', (t) => t.again.firstCard);
	line('back again: interactive', (t) => t.again.opened);
	line('  by the page: the card showed', (t) => t.again.inPage.open);
	line('back again: live', (t) => t.again.live);
	console.log(`  clicks that landed before the scripts ran (and loaded the card's page): ${runs.filter((t) => t.beforeScripts).length} of ${runs.length}`);
}
