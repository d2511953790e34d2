import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { AppContext } from '../../src/lib/server/app';
import { can } from '../../src/lib/roles';
import { admit, archivedDocuments, documentIdOf, originAllowed, standings } from './access';
import { colorFor } from '../../src/lib/collab/colors';
import { DEFAULT_OPTIONS, memorySlots, optionsFromEnv, type CollabOptions } from './limits';
import { CLOSE } from './protocol';
import { SharedSlots } from './shared-slots';
import { everySlice, Sliced } from './slices';
import { Connection, Room, type Identity } from './room';
import { SqliteDocumentStore, type DocumentStore } from '../../src/lib/server/document-store';
import { PostgresDocumentStore } from '../../src/lib/server/document-store-postgres';
import { isPostgres } from '../../src/lib/server/db/postgres';
import { readFromStore, registerLiveDocuments, unregisterLiveDocuments, type LiveDocuments } from '../../src/lib/server/live-documents';
import { UpdateWriter } from './writer';
import { ScaleOut, scaleOutFromEnv, type ScaleOutSetup } from './scale-out';
import type { CollabHooks } from './hooks';
import { defaultHooks } from './default-hooks';
import type { LiveKind } from '../../src/lib/collab/document-kinds';

export type { CollabOptions } from './limits';
export type { DocumentStore } from '../../src/lib/server/document-store';

/** The live-document endpoint at /collab/<documentId>. */
export interface CollabEndpoint {
	/** Takes an HTTP upgrade; returns false when the path is not ours. */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
	close(): Promise<void>;
	/** Present when processes follow each other (REDIS_URL, COLLAB_POLL_MS). */
	scaleOut: ScaleOut | null;
}

export interface CollabSetup extends Partial<CollabOptions> {
	/** Defaults to the update log and snapshots in the app's SQLite database. */
	store?: DocumentStore;
	/** Defaults to `defaultHooks(context)`: the shape check, then what each feature adds. */
	hooks?: CollabHooks[];
	/** Several processes on one database: defaults to REDIS_URL / COLLAB_POLL_MS; null for none. */
	scaleOut?: ScaleOutSetup | null;
}

const STATUS_TEXT: Record<number, string> = {
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	503: 'Service Unavailable'
};

function refuse(socket: Duplex, status: number): void {
	if (socket.destroyed) return;
	const body = STATUS_TEXT[status] ?? 'Error';
	socket.once('finish', () => socket.destroy());
	socket.end(`HTTP/1.1 ${status} ${body}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
}

/** How long a closing socket is given to answer the close frame at shutdown. */
const CLOSE_HANDSHAKE_MS = 2_000;

function socketClosed(ws: WebSocket): Promise<void> {
	return ws.readyState === ws.CLOSED ? Promise.resolve() : new Promise((resolve) => ws.once('close', () => resolve()));
}

function bytesOf(data: RawData): Uint8Array {
	if (Array.isArray(data)) return Buffer.concat(data);
	return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

export function createCollabEndpoint(context: AppContext, setup: CollabSetup = {}): CollabEndpoint {
	const { store: customStore, hooks: customHooks, scaleOut: scaleSetup, ...overrides } = setup;
	const hooks = customHooks ?? defaultHooks(context);
	const options: CollabOptions = { ...DEFAULT_OPTIONS, ...optionsFromEnv(), ...overrides };
	const { db, config } = context;
	const log = context.log.child({ module: 'collab' });
	const store = customStore ?? (isPostgres(db) ? new PostgresDocumentStore(db) : new SqliteDocumentStore(db));
	const scaling = scaleSetup === undefined ? scaleOutFromEnv(config.redisUrl) : scaleSetup;
	const scaleOut = scaling ? new ScaleOut(store, log, scaling) : null;
	const writer = new UpdateWriter(store, log, scaleOut ? (documentId, rows) => scaleOut.stored(documentId, rows) : undefined);
	const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
	const rooms = new Map<string, Room>();
	/** The open rooms again, by slice, for the access re-check (see slices.ts). */
	const roomsBySlice = new Sliced<Room>();
	// With Redis, every process counts against the same limits.
	const { redis } = context;
	const perUser = redis ? new SharedSlots(redis, 'user', options.maxConnectionsPerUser) : memorySlots(options.maxConnectionsPerUser);
	const perIp = redis ? new SharedSlots(redis, 'ip', options.maxConnectionsPerIp) : memorySlots(options.maxConnectionsPerIp);
	const background = new Set<Promise<unknown>>();
	let closing = false;

	function roomFor(documentId: string, kind: LiveKind): Room {
		let room = rooms.get(documentId);
		if (!room) {
			room = new Room(documentId, {
				store,
				writer,
				options,
				log,
				kind,
				hooks,
				peers: scaleOut ?? undefined,
				onClose: (r) => {
					if (rooms.get(r.id) === r) rooms.delete(r.id);
					roomsBySlice.delete(r);
				},
				track: (work) => {
					background.add(work);
					void work.finally(() => background.delete(work));
				}
			});
			rooms.set(documentId, room);
			roomsBySlice.add(room);
			void room.load();
		}
		return room;
	}

	function attach(ws: WebSocket, identity: Identity, readOnly: boolean, archived: boolean, suggestOnly: boolean): void {
		const conn = new Connection(ws, identity, readOnly, archived, options.maxBufferedBytes, suggestOnly);
		const room = roomFor(identity.documentId, identity.kind);
		room.join(conn);
		ws.on('message', (data, isBinary) => {
			if (!isBinary) {
				log.warn({ userId: identity.userId, ip: identity.ip }, 'collab: text frame, connection closed');
				conn.close(CLOSE.unsupported, 'binary_only');
				return;
			}
			// A reset room hands its clients back; a message that still arrives is dropped with it.
			if (room.state === 'closed') return;
			try {
				room.receive(conn, bytesOf(data));
			} catch (error) {
				log.error({ err: error, documentId: identity.documentId }, 'collab: message handling failed');
				conn.close(CLOSE.internal, 'internal_error');
			}
		});
		ws.on('pong', () => {
			conn.alive = true;
		});
		ws.on('error', (error: Error & { code?: string }) => {
			log.warn({ userId: identity.userId, ip: identity.ip, code: error.code, reason: error.message }, 'collab: socket error');
		});
		ws.on('close', () => {
			conn.closed = true;
			perUser.release(identity.userId);
			perIp.release(identity.ip);
			room.leave(conn);
		});
	}

	async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, documentId: string): Promise<void> {
		socket.on('error', () => socket.destroy());
		const ip = req.socket.remoteAddress ?? 'unknown';
		if (!originAllowed(req, config)) {
			log.info({ ip, origin: req.headers.origin, documentId }, 'collab: refused, wrong origin');
			return refuse(socket, 403);
		}
		if (!(await perIp.take(ip))) {
			log.warn({ ip }, 'collab: refused, too many connections from this address');
			return refuse(socket, 429);
		}
		let userId: string | null = null;
		try {
			const admission = await admit(db, req, documentId);
			if (!admission.ok) {
				log.info({ ip, documentId, reason: admission.reason }, 'collab: refused');
				perIp.release(ip);
				return refuse(socket, admission.status);
			}
			if (!(await perUser.take(admission.userId))) {
				log.warn({ ip, userId: admission.userId }, 'collab: refused, too many connections for this user');
				perIp.release(ip);
				return refuse(socket, 429);
			}
			userId = admission.userId;
			for (const hook of hooks) {
				const refused = await hook.admit?.({ req, documentId, admission });
				if (refused) {
					log.info({ ip, documentId, hook: hook.name, reason: refused.reason }, 'collab: refused');
					perUser.release(admission.userId);
					perIp.release(ip);
					userId = null;
					return refuse(socket, refused.status);
				}
			}
			if (socket.destroyed || closing) throw new Error('socket gone before upgrade');
			const identity: Identity = {
				userId: admission.userId,
				sessionId: admission.sessionId,
				teamId: admission.teamId,
				documentId,
				ip,
				kind: admission.kind,
				shown: { name: admission.displayName, color: colorFor(admission.userId), role: admission.role }
			};
			let opened = false;
			wss.handleUpgrade(req, socket, head, (ws) => {
				opened = true;
				attach(ws, identity, !admission.canEdit && !admission.suggestOnly, admission.archived, admission.suggestOnly && !admission.canEdit);
			});
			// ws answers a malformed handshake itself (400) and never calls back: give the slots back then.
			socket.once('close', () => {
				if (opened) return;
				perUser.release(admission.userId);
				perIp.release(ip);
			});
		} catch (error) {
			if (userId) perUser.release(userId);
			perIp.release(ip);
			if (!socket.destroyed) log.error({ err: error, documentId }, 'collab: upgrade failed');
			refuse(socket, closing ? 503 : 500);
		}
	}

	const allConnections = function* () {
		for (const room of rooms.values()) yield* room.connections;
	};

	let rechecking = false;
	/**
	 * Sessions end and roles change while documents stay open. Every connection is checked once per
	 * interval, a twentieth of the rooms at a time (one query each for those): checking 3,000
	 * connections at once held the event loop for 10-20 ms, and every relay queued behind it.
	 */
	async function recheck(slice: number): Promise<void> {
		if (rechecking) return;
		const conns: Connection[] = [];
		for (const room of roomsBySlice.in(slice)) for (const c of room.connections) if (!c.closed) conns.push(c);
		if (!conns.length) return;
		rechecking = true;
		try {
			const [found, archived] = await Promise.all([
				standings(db, [...new Set(conns.map((c) => c.identity.sessionId))]),
				archivedDocuments(db, [...new Set(conns.map((c) => c.identity.documentId))])
			]);
			const now = Date.now();
			for (const conn of conns) {
				const standing = found.get(conn.identity.sessionId);
				if (!standing || standing.expiresAt <= now) {
					log.info({ userId: conn.identity.userId, documentId: conn.identity.documentId }, 'collab: session ended, connection closed');
					conn.close(CLOSE.unauthenticated, 'session_ended');
					continue;
				}
				const role = standing.roles.get(conn.identity.teamId);
				const editor = can(role, 'playbook.edit');
				// A reviewer stays a reviewer while the share lasts; one who joins the team as a member edits.
				const reviewer = !editor && standing.shared.has(conn.identity.documentId);
				if (!role && !reviewer) {
					log.info({ userId: conn.identity.userId, documentId: conn.identity.documentId }, 'collab: access revoked, connection closed');
					conn.close(CLOSE.forbidden, 'access_revoked');
					continue;
				}
				// Shown with the next presence update the client sends.
				conn.identity.shown.role = role ?? 'viewer';
				const isArchived = archived.has(conn.identity.documentId);
				conn.suggestOnly = reviewer;
				if (conn.setAccess(isArchived || !(editor || reviewer), isArchived)) rooms.get(conn.identity.documentId)?.resync(conn);
			}
		} catch (error) {
			log.error({ err: error }, 'collab: access re-check failed');
		} finally {
			rechecking = false;
		}
	}

	function ping(): void {
		for (const conn of allConnections()) {
			if (!conn.alive) {
				conn.closed = true;
				conn.ws.terminate();
				continue;
			}
			conn.alive = false;
			conn.ws.ping();
		}
	}

	// Server-side changes (seeding, accepted model updates) go through the open room, if any.
	const live: LiveDocuments = {
		async change(documentId, edit, options) {
			if (closing) throw new Error('collaboration endpoint is closing');
			let room = rooms.get(documentId);
			if (!room) {
				const row = await db.selectFrom('document').select('kind').where('id', '=', documentId).executeTakeFirst();
				if (!row) throw new Error(`no document ${documentId}`);
				room = roomFor(documentId, row.kind);
			}
			await room.change(edit, options?.by ?? null);
		},
		async read(documentId, read) {
			const held = rooms.get(documentId)?.readStored(read);
			return held ? held.value : readFromStore(db, documentId, read);
		}
	};
	registerLiveDocuments(live);

	const recheckTimer = everySlice(options.recheckIntervalMs, (slice) => void recheck(slice));
	const pingTimer = setInterval(ping, options.pingIntervalMs);
	pingTimer.unref();

	return {
		scaleOut,
		handleUpgrade(req, socket, head) {
			const url = req.url ?? '';
			if (!url.startsWith('/collab/')) return false;
			const documentId = documentIdOf(url);
			if (!documentId || closing) {
				refuse(socket, closing ? 503 : 404);
				return true;
			}
			void upgrade(req, socket, head, documentId);
			return true;
		},
		async close() {
			closing = true;
			unregisterLiveDocuments(live);
			clearInterval(recheckTimer);
			clearInterval(pingTimer);
			// Nothing is accepted from a closing connection, so what was accepted is all in the writer.
			const sockets = [...allConnections()].map((conn) => conn.ws);
			for (const conn of allConnections()) conn.close(CLOSE.restarting, 'server_restart');
			await writer.idle();
			await Promise.allSettled([...background]);
			await scaleOut?.close();
			// What hooks hold back (a throttled time) is written before the process goes.
			for (const room of rooms.values()) {
				for (const hook of hooks) {
					try {
						await hook.afterUnload?.({ documentId: room.id, kind: room.kind });
					} catch (error) {
						log.error({ err: error, hook: hook.name }, 'collab: hook failed at shutdown');
					}
				}
			}
			// Clients answer the close frame at once; one that does not is cut off after a while.
			await Promise.race([Promise.all(sockets.map(socketClosed)), new Promise((r) => setTimeout(r, CLOSE_HANDSHAKE_MS).unref())]);
			for (const ws of sockets) if (ws.readyState !== ws.CLOSED) ws.terminate();
			perUser.close();
			perIp.close();
			wss.close();
		}
	};
}
