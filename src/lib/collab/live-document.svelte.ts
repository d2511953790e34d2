import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { page } from '$app/state';
import { STORAGE_PREFIX, markSaved, markUnsaved, noteKeptCopy, trackOpenCopy } from './offline-copies';
import { MESSAGE_ACCESS, decodeAccess } from './access-message';
import { applyServerStateQuietly } from './server-state';
import { loadCopyQuietly } from './copy-load';
import { ROLES, type Role } from '$lib/roles';

/** How long the socket waits for the copy in this browser to load before it opens anyway. */
const COPY_WAIT_MS = 1000;

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

/** Someone with this document open, as their awareness state says. */
export interface Presence {
	clientId: number;
	name: string;
	color: string;
	/** The person's role in the team, as the server stamps it on everyone else's presence. */
	role: Role | null;
	self: boolean;
}

/** Why the server ended the connection for good (its close codes 4401, 4403, 4413, 4422). */
export type ClosedReason = 'session_ended' | 'access_revoked' | 'document_too_large' | 'update_refused' | null;

/** What the live bar shows of a document's connection. */
export interface LiveStatus {
	readonly state: ConnectionState;
	readonly synced: boolean;
	readonly unsynced: number;
	readonly people: Presence[];
	readonly closedReason: ClosedReason;
	readonly readOnly: boolean;
	readonly archived: boolean;
	/** The copy kept in this browser, if any. */
	readonly local: unknown;
}

/**
 * One live playbook document in the browser: the Yjs document, its copy in IndexedDB for
 * offline work (none on a shared computer), and the WebSocket connection to the server, with
 * state the page can show.
 */
export class LiveDocument implements LiveStatus {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	/** The copy kept in this browser; null on a shared computer or once sign-out dropped it. */
	local: IndexeddbPersistence | null;
	private readonly untrack: () => void;

	state = $state<ConnectionState>('connecting');
	synced = $state(false);
	/** Changes made here that the server has not seen yet (counted while offline). */
	unsynced = $state(0);
	people = $state<Presence[]>([]);
	closedReason = $state<ClosedReason>(null);
	/** Set when the server says this connection may no longer write (archived, or made a viewer). */
	readOnly = $state(false);
	archived = $state(false);
	private everConnected = false;
	/** Until the copy in this browser has loaded, the timer that opens the socket anyway. */
	private connectAfterCopy: ReturnType<typeof setTimeout> | null = null;
	private stopQuietLoad = () => {};

	constructor(
		readonly documentId: string,
		user: { name: string; color: string }
	) {
		const local = page.data.offlineCopies === false ? null : new IndexeddbPersistence(`${STORAGE_PREFIX}doc-${documentId}`, this.doc);
		this.local = local;
		const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
		// With a copy kept here before, the socket opens once the copy is loaded: the first message
		// then tells the server all the copy holds, and the server sends only what it lacks (for a
		// 500-card board seen before, a few bytes rather than all 180 kB again).
		const waitForCopy = local !== null && noteKeptCopy(documentId);
		this.provider = new WebsocketProvider(`${scheme}://${location.host}/collab`, documentId, this.doc, { maxBackoffTime: 5000, connect: !waitForCopy });
		applyServerStateQuietly(this.provider);
		if (local) this.stopQuietLoad = loadCopyQuietly(this.doc, local, () => !this.provider.wsconnected);
		if (local && waitForCopy) {
			const connect = () => {
				if (this.connectAfterCopy === null) return;
				clearTimeout(this.connectAfterCopy);
				this.connectAfterCopy = null;
				if (this.state !== 'offline') this.provider.connect();
			};
			// A copy that is slow to load (or a browser that never answers) does not keep the page off line.
			this.connectAfterCopy = setTimeout(connect, COPY_WAIT_MS);
			void local.whenSynced.then(connect);
		}
		this.provider.awareness.setLocalStateField('user', user);
		this.provider.messageHandlers[MESSAGE_ACCESS] = (_encoder, decoder) => {
			({ readOnly: this.readOnly, archived: this.archived } = decodeAccess(decoder));
		};

		this.provider.on('status', ({ status }) => {
			if (status === 'connected') {
				// A new connection starts as the page says; the server tells it again if it is read-only.
				this.readOnly = this.archived = false;
				this.everConnected = true;
				this.state = 'connected';
			} else if (status === 'connecting') {
				this.state = this.everConnected ? 'reconnecting' : 'connecting';
			} else if (this.state !== 'closed') {
				this.state = navigator.onLine ? 'reconnecting' : 'offline';
			}
		});
		this.provider.on('sync', (isSynced) => {
			this.synced = isSynced;
			if (isSynced) {
				this.unsynced = 0;
				markSaved(documentId);
			}
		});
		this.provider.on('closed', ({ code }) => {
			this.state = 'closed';
			this.closedReason = code === 4401 ? 'session_ended' : code === 4413 ? 'document_too_large' : code === 4422 ? 'update_refused' : 'access_revoked';
		});
		this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
			const fromHere = origin !== this.provider && origin !== this.local;
			if (fromHere && !(this.state === 'connected' && this.synced)) {
				this.unsynced += 1;
				// Remembered beyond this tab only where a stored copy holds the change.
				if (this.unsynced === 1 && this.local) markUnsaved(documentId);
			}
		});
		this.untrack = trackOpenCopy({
			documentId,
			hasUnsavedChanges: () => this.unsynced > 0 || (this.provider.ws?.bufferedAmount ?? 0) > 0,
			dropLocalCopy: async () => {
				const local = this.local;
				this.local = null;
				await local?.clearData();
			}
		});
		this.provider.awareness.on('change', () => this.readPeople());
		this.readPeople();
		addEventListener('offline', this.onOffline);
		addEventListener('online', this.onOnline);
	}

	// The browser knows the network is gone before the socket does: stop trying, keep editing
	// into IndexedDB, and reconnect when it is back.
	private onOffline = () => {
		if (this.state === 'closed') return;
		this.provider.disconnect();
		this.state = 'offline';
	};
	private onOnline = () => {
		if (this.state !== 'offline') return;
		this.state = 'reconnecting';
		this.provider.connect();
	};

	private readPeople() {
		const self = this.doc.clientID;
		const people: Presence[] = [];
		this.provider.awareness.getStates().forEach((state, clientId) => {
			const user = state.user as { name?: string; color?: string; role?: string } | undefined;
			const role = ROLES.find((r) => r === user?.role) ?? null;
			if (user?.name) people.push({ clientId, name: user.name, color: user.color ?? '#888', role, self: clientId === self });
		});
		people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
		this.people = people;
	}

	destroy() {
		if (this.connectAfterCopy !== null) clearTimeout(this.connectAfterCopy);
		this.connectAfterCopy = null;
		this.stopQuietLoad();
		removeEventListener('offline', this.onOffline);
		removeEventListener('online', this.onOnline);
		this.untrack();
		this.provider.destroy();
		void this.local?.destroy();
		this.doc.destroy();
	}
}
