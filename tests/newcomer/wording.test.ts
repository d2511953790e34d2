import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { localToday, localizeToday } from '$lib/scorecard';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function svelteFiles(dir: string): string[] {
	return readdirSync(join(root, dir)).flatMap((name) => {
		const path = join(dir, name);
		return statSync(join(root, path)).isDirectory() ? svelteFiles(path) : path.endsWith('.svelte') ? [path] : [];
	});
}

describe('what Playbook says about itself', () => {
	test('nothing promises what is not built', () => {
		for (const path of ['README.md', 'src/lib/i18n/en.json', 'src/lib/i18n/es.json', 'src/routes/+page.svelte', 'src/routes/(authed)/t/[slug]/+page.svelte']) {
			expect(read(path), path).not.toMatch(/coming soon|próximamente/i);
		}
	});

	test('no separator is glued to a block edge, where Svelte trims the space beside it', () => {
		// "{date}{#if by} · {by}{/if}" renders "Dec 2, 2026· Ana": the space after {#if} is dropped.
		const glued = /\{[#:](?:if|else|each)[^}]*\}[ \t]+[·•|–—,;:]|[·•|–—][ \t]+\{\/(?:if|each)\}/;
		const offenders = svelteFiles('src').filter((path) => read(path).split('\n').some((line) => glued.test(line)));
		expect(offenders).toEqual([]);
	});
});

describe('today, for a new tactic', () => {
	const tz = process.env.TZ;
	afterEach(() => {
		if (tz === undefined) delete process.env.TZ;
		else process.env.TZ = tz;
	});

	test('is the calendar day where the person is, not the UTC day', () => {
		const evening = new Date('2026-12-02T03:30:00Z');
		process.env.TZ = 'America/Chicago';
		expect(localToday(evening)).toBe('2026-12-01');
		process.env.TZ = 'Asia/Tokyo';
		expect(localToday(new Date('2026-12-01T20:00:00Z'))).toBe('2026-12-02');
	});

	test('a date field the server filled with its UTC today is moved to the local day; any other date is left alone', () => {
		process.env.TZ = 'America/Chicago';
		const evening = new Date('2026-12-02T03:30:00Z');
		const fresh = { value: '2026-12-02' } as HTMLInputElement;
		localizeToday(fresh, evening);
		expect(fresh.value).toBe('2026-12-01');
		const stored = { value: '2026-11-20' } as HTMLInputElement;
		localizeToday(stored, evening);
		expect(stored.value).toBe('2026-11-20');
		expect(() => localizeToday(null, evening)).not.toThrow();
	});
});
