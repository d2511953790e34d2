import { createServer } from 'node:http';

/**
 * One collaboration server per process, for the benchmark: `playbook` (this engine on SQLite),
 * `reference` (@y/websocket-server 0.1.1 with y-leveldb; YPERSISTENCE must be set) or
 * `hocuspocus` (@hocuspocus/server 3 with its SQLite extension). Env: DATA_DIR, PORT.
 */
const kind = process.argv[2];
const port = Number(process.env.PORT);
const dataDir = process.env.DATA_DIR!;
process.on('SIGTERM', () => process.exit(0));
const ready = () => process.stdout.write(`ready ${port}\n`);

// BENCH_ELD=1: print this server's event-loop delay and GC time every 5 s (diagnosis, not in the table).
if (process.env.BENCH_ELD) {
	const { monitorEventLoopDelay, PerformanceObserver } = await import('node:perf_hooks');
	const eld = monitorEventLoopDelay({ resolution: 1 });
	eld.enable();
	const gc = { ms: 0, max: 0 };
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			gc.ms += entry.duration;
			gc.max = Math.max(gc.max, entry.duration);
		}
	}).observe({ entryTypes: ['gc'] });
	setInterval(() => {
		const ms = (ns: number) => (ns / 1e6).toFixed(2);
		process.stderr.write(`event loop delay p50 ${ms(eld.percentile(50))} p99 ${ms(eld.percentile(99))} max ${ms(eld.max)} ms; GC ${gc.ms.toFixed(0)} ms, longest ${gc.max.toFixed(1)} ms\n`);
		eld.reset();
		gc.ms = gc.max = 0;
	}, 5000).unref();
}

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
