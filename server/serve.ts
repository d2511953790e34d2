import { createServer, type RequestListener, type Server } from 'node:http';
import type { AppContext } from '../src/lib/server/app';
import { startAssignmentMail } from '../src/lib/server/assignment-mail';
import { closeRedis } from '../src/lib/server/redis';
import { createCollabEndpoint, type CollabSetup } from './collab/index';

/**
 * Puts a request handler and the live-document endpoint on one port, with the assignment mail
 * worker beside them, and shuts all of it down gracefully on SIGTERM and SIGINT.
 */
export function serve(context: AppContext, handler: RequestListener, collabSetup: CollabSetup = {}): Server {
	const { config, log } = context;
	const collab = createCollabEndpoint(context, collabSetup);
	// Emails people about cards assigned to them, a few minutes' worth at a time.
	const assignmentMail = startAssignmentMail(context);

	const server = createServer(handler);
	server.on('upgrade', (req, socket, head) => {
		if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
	});
	server.listen(config.port, config.host, () => {
		log.info({ port: config.port, host: config.host, dataDir: config.dataDir }, 'playbook listening');
	});

	let stopping = false;
	/**
	 * Stops taking connections, lets every room store what it accepted, sends live documents'
	 * clients away with a close code they reconnect on (1012), then closes the database and exits 0;
	 * exits 1 if that takes longer than SHUTDOWN_TIMEOUT_MS.
	 */
	async function stop(signal: string): Promise<void> {
		if (stopping) return;
		stopping = true;
		log.info({ signal }, 'shutting down');
		setTimeout(() => {
			log.error({ afterMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting anyway');
			process.exit(1);
		}, config.shutdownTimeoutMs).unref();
		try {
			// Requests under way are answered; the callback fires once the last one is done.
			const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
			server.closeIdleConnections();
			await Promise.all([assignmentMail.stop(), collab.close()]);
			await httpClosed;
			if (context.redis) await closeRedis(context.redis);
			await context.db.destroy();
		} catch (error) {
			log.error({ err: error }, 'shutdown failed');
			process.exit(1);
		}
		log.info('shut down cleanly');
		process.exit(0);
	}
	process.on('SIGTERM', () => void stop('SIGTERM'));
	process.on('SIGINT', () => void stop('SIGINT'));
	return server;
}
