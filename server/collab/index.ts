import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AppContext } from '../../src/lib/server/app';

/** The live-document endpoint at /collab/<documentId>. (Issue 3 fills this in.) */
export interface CollabEndpoint {
	/** Takes an HTTP upgrade; returns false when the path is not ours. */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
	close(): Promise<void>;
}

export function createCollabEndpoint(_context: AppContext): CollabEndpoint {
	return {
		handleUpgrade(req, socket) {
			if (!req.url?.startsWith('/collab/')) return false;
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
			return true;
		},
		async close() {}
	};
}
