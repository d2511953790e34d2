import { appContext } from '../src/lib/server/app';
import { serve } from './serve';

/**
 * The Node entry: SvelteKit's handler and the live-document WebSocket endpoint on one port.
 * Built to build/server.js beside SvelteKit's build/handler.js.
 */
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
