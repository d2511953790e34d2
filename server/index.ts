import { createServer } from 'node:http';
import { appContext } from '../src/lib/server/app';
import { createCollabEndpoint } from './collab/index';
import { startAssignmentMail } from '../src/lib/server/assignment-mail';

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

let stopping = false;
async function stop(signal: string) {
	if (stopping) return;
	stopping = true;
	log.info({ signal }, 'shutting down');
	server.close();
	await assignmentMail.stop();
	await collab.close();
	await context.db.destroy();
	process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
