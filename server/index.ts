import cluster from 'node:cluster';
import { appContext } from '../src/lib/server/app';
import { createLogger } from '../src/lib/server/log';
import { serve } from './serve';
import { runPrimary, workerCount } from './workers';

/**
 * The Node entry: SvelteKit's handler and the live-document WebSocket endpoint on one port.
 * Built to build/server.js beside SvelteKit's build/handler.js. With WORKERS=N, this process
 * starts N of them on the same port (see workers.ts).
 */
const workers = workerCount();
if (workers > 1 && cluster.isPrimary) {
	await runPrimary(workers, createLogger(process.env.LOG_LEVEL || 'info'));
} else {
	const context = await appContext();
	// SvelteKit's Node adapter builds request URLs (and checks form origins) from ORIGIN; without it
	// it would assume https. Default to the local address the app listens on.
	process.env.ORIGIN = context.config.origin ?? `http://localhost:${context.config.port}`;

	const { handler } = await import(new URL('./handler.js', import.meta.url).href);
	serve(context, (req, res) => {
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
}
