import { createServer } from 'node:http';

/**
 * One collaboration server per process, for the benchmark: `playbook` (this engine on SQLite),
 * `reference` (@y/websocket-server 0.1.1 with y-leveldb; YPERSISTENCE must be set) or
 * `hocuspocus` (@hocuspocus/server 3 with its SQLite extension). Env: DATA_DIR, PORT.
 */
const kind = process.argv[2];
const port = Number(process.env.PORT);
const dataDir = process.env.DATA_DIR!;
const ready = () => process.stdout.write(`ready ${port}\n`);

if (kind === 'playbook') {
	const { createAppContext } = await import('../../src/lib/server/app');
	const { readConfig } = await import('../../src/lib/server/config');
	const { createCollabEndpoint } = await import('../../server/collab/index');
	const context = await createAppContext(readConfig({ ...process.env, LOG_LEVEL: 'error' }));
	const endpoint = createCollabEndpoint(context);
	const server = createServer((_req, res) => res.end());
	server.on('upgrade', (req, socket, head) => {
		if (!endpoint.handleUpgrade(req, socket, head)) socket.destroy();
	});
	server.listen(port, '127.0.0.1', ready);
} else if (kind === 'reference') {
	const { WebSocketServer } = await import('ws');
	const { setupWSConnection } = await import('@y/websocket-server/utils');
	const wss = new WebSocketServer({ noServer: true });
	const server = createServer((_req, res) => res.end());
	server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)));
	server.listen(port, '127.0.0.1', ready);
} else if (kind === 'hocuspocus') {
	const { Server } = await import('@hocuspocus/server');
	const { SQLite } = await import('@hocuspocus/extension-sqlite');
	const server = new Server({ port, address: '127.0.0.1', quiet: true, extensions: [new SQLite({ database: `${dataDir}/hocuspocus.sqlite` })] });
	await server.listen();
	ready();
} else {
	throw new Error(`unknown server kind ${kind}`);
}
