import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '$lib/server/db/schema';
import { PASSWORD, addUser, openFoundation, type Foundation } from './helpers';
import { startKit, type Kit } from './kit';
import { received, startSink } from './mail-sink';

// SvelteKit's own server with a real SMTP sink, ORIGIN unset (the default), PORT 3000.
let sink: Awaited<ReturnType<typeof startSink>>;
let f: Foundation;
let kit: Kit;
let rosa: User;

beforeAll(async () => {
	sink = await startSink();
	f = await openFoundation({ SMTP_URL: sink.url, PORT: '3000' });
	kit = await startKit(f.app);
	rosa = await addUser(f.db, 'Rosa');
}, 120_000);
afterAll(async () => {
	await kit?.close();
	await f?.close();
	await sink?.close();
});

/** A form post with a forged Host (and a matching Origin, so the origin check passes): what a script can send. */
function forgedPost(path: string, fields: Record<string, string>): Promise<number> {
	const { port } = new URL(kit.origin);
	const body = new URLSearchParams(fields).toString();
	return new Promise((resolve, reject) => {
		const req = request(
			{ host: '127.0.0.1', port, path, method: 'POST', headers: { host: 'evil.example', origin: 'http://evil.example', accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode ?? 0));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

describe('links in emails never take their site from the request (item 7, same kind)', () => {
	test('a reset mail asked for with a forged Host still links to this site', async () => {
		const count = sink.received.length;
		expect(await forgedPost('/forgot', { email: rosa.email })).toBe(200);
		const [mail] = (await received(sink, count + 1)).slice(count);
		expect(mail.body).not.toContain('evil.example');
		expect(mail.body).toMatch(/http:\/\/localhost:3000\/reset\/[a-z2-7]{32}/);
	});

	test('so does the notice a taken email gets at sign-up', async () => {
		const count = sink.received.length;
		expect(await forgedPost('/signup', { email: rosa.email, displayName: 'X', password: PASSWORD })).toBe(303);
		const [mail] = (await received(sink, count + 1)).slice(count);
		expect(mail.body).not.toContain('evil.example');
		expect(mail.body).toContain('http://localhost:3000/signin');
	});
});
