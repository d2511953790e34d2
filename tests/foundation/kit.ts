import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { createServer } from 'vite';
import { useAppContext, type AppContext } from '$lib/server/app';

export interface Kit {
	origin: string;
	/** A request to the app, as a browser on this site sends it (Origin header, no redirects followed). */
	fetch(path: string, init?: RequestInit & { cookie?: string }): Promise<Response>;
	/** Posts a urlencoded form. */
	post(path: string, fields: Record<string, string>, cookie?: string): Promise<Response>;
	close(): Promise<void>;
}

/**
 * SvelteKit's own server (Vite's dev server with the kit plugin) on a random local port, sharing
 * `app` (its database, logger, mailer) with the test: routes and hooks answer real HTTP requests.
 */
export async function startKit(app: AppContext): Promise<Kit> {
	useAppContext(app);
	// Only the kit plugin: these tests need no live-document endpoint. Any Host is let through, as
	// the Node adapter does in production, so tests can forge one.
	const server = await createServer({
		configFile: false,
		plugins: [sveltekit()],
		logLevel: 'silent',
		server: { port: 0, host: '127.0.0.1', hmr: false, watch: null, allowedHosts: true }
	});
	await server.listen();
	const origin = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
	const kitFetch: Kit['fetch'] = (path, { cookie, headers, ...init } = {}) =>
		fetch(`${origin}${path}`, { redirect: 'manual', ...init, headers: { origin, accept: 'text/html', ...(cookie ? { cookie } : {}), ...headers } });
	return {
		origin,
		fetch: kitFetch,
		post: (path, fields, cookie) =>
			kitFetch(path, { method: 'POST', body: new URLSearchParams(fields), cookie, headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
		close: () => server.close()
	};
}

/** The `name=value` pairs a response sets, as a Cookie header; `from` adds to an earlier one. */
export function cookiesOf(response: Response, from = ''): string {
	const jar = new Map(from ? from.split('; ').map((pair) => pair.split('=', 2) as [string, string]) : []);
	for (const line of response.headers.getSetCookie()) {
		const [pair] = line.split(';');
		const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
		if (value && !/max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.set(name, value);
		else jar.delete(name);
	}
	return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}
