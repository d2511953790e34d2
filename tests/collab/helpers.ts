import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import WebSocket, { type ClientOptions } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { createAppContext, type AppContext } from '../../src/lib/server/app';
import { readConfig } from '../../src/lib/server/config';
import { signUp } from '../../src/lib/server/accounts';
import { createSession, generateToken, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { createTeam } from '../../src/lib/server/teams';
import { createDocument } from '../../src/lib/server/documents';
import { createCollabEndpoint, type CollabEndpoint, type CollabSetup } from '../../server/collab/index';
import type { Role } from '../../src/lib/roles';
import { MESSAGE_ACCESS, decodeAccess, type LiveAccess } from '../../src/lib/collab/access-message';

export const PASSWORD = 'correct horse battery staple 42';

export function tempDataDir(): string {
	return mkdtempSync(join(tmpdir(), 'playbook-collab-'));
}

export async function openContext(dataDir: string): Promise<AppContext> {
	return createAppContext(readConfig({ DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }));
}

export interface TestServer {
	url: string;
	origin: string;
	port: number;
	context: AppContext;
	endpoint: CollabEndpoint;
	/** Stops the endpoint and the HTTP server; the database stays open unless `closeDb`. */
	stop(closeDb?: boolean): Promise<void>;
}

/** A real HTTP server on a random port with the collab endpoint on it. */
export async function startServer(context: AppContext, setup: CollabSetup = {}, port = 0): Promise<TestServer> {
	const endpoint = createCollabEndpoint(context, { roomIdleMs: 300, recheckIntervalMs: 500, ...setup });
	const server: Server = createServer((_req, res) => {
		res.statusCode = 404;
		res.end();
	});
	server.on('upgrade', (req, socket, head) => {
		if (!endpoint.handleUpgrade(req, socket, head)) socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const actual = (server.address() as AddressInfo).port;
	return {
		url: `ws://127.0.0.1:${actual}/collab`,
		origin: `http://127.0.0.1:${actual}`,
		port: actual,
		context,
		endpoint,
		async stop(closeDb = false) {
			await endpoint.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			if (closeDb) await context.db.destroy();
		}
	};
}

export interface Person {
	id: string;
	token: string;
	cookie: string;
}

let people = 0;
export async function person(context: AppContext, name = 'Person'): Promise<Person> {
	const user = await signUp(context.db, { email: `p${++people}-${Date.now()}@example.org`, displayName: name, password: PASSWORD });
	const token = generateToken();
	await createSession(context.db, token, user.id);
	return { id: user.id, token, cookie: `${SESSION_COOKIE}=${token}` };
}

export async function teamOf(context: AppContext, owner: Person, name = 'Riverside Jail Watch') {
	return createTeam(context.db, owner.id, {
		name,
		jurisdictionKind: 'county',
		jurisdictionName: 'Riverside County',
		state: 'CA'
	});
}

export async function addMember(context: AppContext, teamId: string, who: Person, role: Role): Promise<void> {
	await context.db.insertInto('membership').values({ team_id: teamId, user_id: who.id, role, created_at: Date.now() }).execute();
}

/** A team, its owner and one document in it. */
export async function world(context: AppContext) {
	const owner = await person(context, 'Owner');
	const team = await teamOf(context, owner);
	const document = await createDocument(context.db, team.slug, owner.id, { title: 'Playbook' });
	return { owner, team, document };
}

/** The `ws` WebSocket with the Cookie and Origin headers a browser would send. */
export function socketClass(headers: Record<string, string>): typeof WebSocket {
	return class extends WebSocket {
		constructor(address: string | URL, protocols?: string | string[]) {
			super(address, protocols, { headers });
		}
	} as typeof WebSocket;
}

export interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	text: Y.Text;
	closes: { code: number; reason: string }[];
	/** What the server last said this connection may do (null: nothing said, as the page loaded it). */
	access: LiveAccess | null;
	destroy(): void;
}

/** A real y-websocket client in Node, as the browser editor would connect. */
export function client(server: Pick<TestServer, 'url' | 'origin'>, documentId: string, who: Person | null, options: { origin?: string } = {}): Client {
	const doc = new Y.Doc();
	const headers: Record<string, string> = { Origin: options.origin ?? server.origin };
	if (who) headers.Cookie = who.cookie;
	const provider = new WebsocketProvider(server.url, documentId, doc, {
		WebSocketPolyfill: socketClass(headers) as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		maxBackoffTime: 300
	});
	const closes: Client['closes'] = [];
	provider.on('connection-close', (event) => {
		if (event) closes.push({ code: event.code, reason: event.reason });
	});
	const result: Client = {
		doc,
		provider,
		// Read when first used, so a test can use `body` as the editor's XML fragment instead.
		get text() {
			return doc.getText('body');
		},
		closes,
		access: null,
		destroy() {
			provider.destroy();
			doc.destroy();
		}
	};
	// As the browser's LiveDocument does.
	provider.messageHandlers[MESSAGE_ACCESS] = (_encoder, decoder) => {
		result.access = decodeAccess(decoder);
	};
	return result;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(10);
	}
}

export async function synced(...clients: Client[]): Promise<void> {
	await waitFor(() => clients.every((c) => c.provider.synced), 10_000, 'clients to sync');
}

/** The stored document, loaded the way a room loads it. */
export async function storedText(context: AppContext, documentId: string, name = 'body'): Promise<string> {
	const { SqliteDocumentStore, buildDocument } = await import('../../src/lib/server/document-store');
	const doc = buildDocument(await new SqliteDocumentStore(context.db).load(documentId));
	const text = doc.getText(name).toString();
	doc.destroy();
	return text;
}

/**
 * A raw `ws` socket to a document with the Origin and cookie a browser would send; resolves once
 * open and rejects when the upgrade is refused. `track`, when given, collects it for clean-up
 * even if it never opens.
 */
export function rawSocket(server: Pick<TestServer, 'url' | 'origin'>, documentId: string, cookie: string, options: ClientOptions = {}, track?: WebSocket[]): Promise<WebSocket> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`${server.url}/${documentId}`, { ...options, headers: { Origin: server.origin, Cookie: cookie } });
		track?.push(ws);
		ws.on('open', () => resolve(ws));
		ws.on('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
		ws.on('error', reject);
	});
}

/** Tries a raw upgrade and reports the HTTP status, or 101 when the socket opened. */
export function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(url, { headers });
		ws.on('unexpected-response', (_req, res) => {
			resolve(res.statusCode ?? 0);
			ws.terminate();
		});
		ws.on('open', () => {
			resolve(101);
			ws.close();
		});
		ws.on('error', (error) => reject(error));
	});
}

export function removeDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
