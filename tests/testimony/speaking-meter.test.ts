import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import SpeakingMeter from '$lib/components/editor/SpeakingMeter.svelte';

// The meter as the server renders it (the first paint of a testimony page): what it shows for each
// standing. SvelteKit hands `page` to components under this context key while it renders a request.
function meter(props: Record<string, unknown>, locale = 'en'): string {
	const context = new Map([['__request__', { page: { data: { locale } } }]]);
	return render(SpeakingMeter, { props: props as never, context }).body.replace(/<!--[^>]*-->/g, '');
}

describe('the speaking meter', () => {
	test('with no limit: words and time only, nothing to announce', () => {
		const html = meter({ source: { words: 420, characters: 2300 } });
		expect(html).toContain('420 words');
		expect(html).toContain('about 3:00 to say');
		expect(html).toContain('(at 140 words a minute)');
		expect(html).not.toContain('characters');
		expect(html).not.toContain('limit');
		expect(html).toMatch(/class="meter under[^"]*"/);
		expect(html).toMatch(/<p class="visually-hidden[^"]*" role="status" aria-live="polite"><\/p>/);
	});

	test('over the limit and the cap: the warning style and how far over', () => {
		const html = meter({ source: { words: 460, characters: 2140 }, limitMinutes: 3, characterCap: 2000 });
		expect(html).toMatch(/class="meter over[^"]*"/);
		expect(html).toContain('limit 3:00:');
		expect(html).toContain('0:18 over the limit');
		expect(html).toContain('2,140 characters');
		expect(html).toContain('140 over the cap');
		expect(html.match(/class="limit[^"]*\bover\b[^"]*"/g)).toHaveLength(2);
	});

	test('close to the limit, through an interpreter, or with a time set by hand', () => {
		const near = meter({ source: { words: 200, characters: 900 }, interpreter: true, limitMinutes: 3 });
		expect(near).toMatch(/class="meter near[^"]*"/);
		expect(near).toContain('about 2:52 with interpretation');
		expect(near).toContain('0:08 left');
		const manual = meter({ source: { words: 200, characters: 900 }, interpreter: true, manualMinutes: 2.5, limitMinutes: 3, wpm: 130 });
		expect(manual).toContain('2:30 to say, set by hand');
		expect(manual).not.toContain('words a minute');
		expect(manual).toMatch(/class="meter under[^"]*"/);
	});

	test('in Spanish', () => {
		const html = meter({ source: { words: 460, characters: 2140 }, limitMinutes: 3, characterCap: 2000 }, 'es');
		expect(html).toContain('460 palabras');
		expect(html).toContain('unos 3:18 para decirlo');
		expect(html).toContain('0:18 por encima del límite');
		expect(html).toContain('2140 caracteres');
	});
});
