import { createServer } from 'node:http';
import { appContext } from '../src/lib/server/app';
import { createCollabEndpoint } from './collab/index';
import { startAssignmentMail } from '../src/lib/server/assignment-mail';
import { closeRedis } from '../src/lib/server/redis';

/**
 * The Node entry: SvelteKit's handler and the live-document WebSocket endpoint on one port.
 * Built to build/server.js beside SvelteKit's build/handler.js.
 */
const context = await appContext();
const { config, log } = context;
// SvelteKit's Node adapter builds request URLs (and checks form origins) from ORIGIN; without it
// it would assume https. Default to the local address the app listens on.
process.env.ORIGIN = config.origin ?? `http://localhost:${config.port}`;

const { handler } = await import(new URL('./handler.js', import.meta.url).href);
const collab = createCollabEndpoint(context);
// Emails people about cards assigned to them, a few minutes' worth at a time.
const assignmentMail = startAssignmentMail(context);

const server = createServer((req, res) => {
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
server.on('upgrade', (req, socket, head) => {
	if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
});

server.listen(config.port, config.host, () => {
	log.info({ port: config.port, host: config.host, dataDir: config.dataDir }, 'playbook listening');
});

/** How long a shutdown may take before the process exits anyway. */
const SHUTDOWN_MS = 10_000;

let stopping = false;
/**
 * Stops taking connections, lets every room store what it accepted, sends live documents'
 * clients away with a close code they reconnect on (1012), then closes the database and exits 0.
 */
async function stop(signal: string) {
	if (stopping) return;
	stopping = true;
	log.info({ signal }, 'shutting down');
	setTimeout(() => {
		log.error({ afterMs: SHUTDOWN_MS }, 'shutdown took too long; exiting anyway');
		process.exit(1);
	}, SHUTDOWN_MS).unref();
	// Requests under way are answered; the server's callback fires when the last one is done.
	const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
	server.closeIdleConnections();
	await Promise.all([assignmentMail.stop(), collab.close()]);
	await httpClosed;
	if (context.redis) await closeRedis(context.redis);
	await context.db.destroy();
	log.info('shut down cleanly');
	process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
