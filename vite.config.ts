import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, ViteDevServer } from 'vite';
import { defineConfig } from 'vitest/config';

/** Puts the live-document WebSocket endpoint on Vite's own port in `npm run dev`. */
function collabInDev(): Plugin {
	return {
		name: 'playbook-collab',
		apply: 'serve',
		configureServer(server: ViteDevServer) {
			let endpoint: Promise<import('./server/collab/index').CollabEndpoint> | undefined;
			const load = async () => {
				const { appContext } = await server.ssrLoadModule('/src/lib/server/app.ts');
				const { createCollabEndpoint } = await server.ssrLoadModule('/server/collab/index.ts');
				return createCollabEndpoint(await appContext());
			};
			// Start the endpoint with the server, so server-side document changes go through its rooms.
			server.httpServer?.once('listening', () => {
				endpoint ??= load();
			});
			server.httpServer?.on('upgrade', (req, socket, head) => {
				if (!req.url?.startsWith('/collab/')) return;
				endpoint ??= load();
				endpoint.then((e) => e.handleUpgrade(req, socket, head)).catch(() => socket.destroy());
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), collabInDev()],
	// BENCH_NO_MINIFY=1 npm run build: readable names in a page's CPU profile (tests/bench/board-page.ts).
	build: process.env.BENCH_NO_MINIFY ? { minify: false } : {},
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks',
		maxWorkers: 2
	}
});
