import * as awarenessProtocol from 'y-protocols/awareness';
import type { Logger } from '../../src/lib/server/log';
import { readPresenceEntries, writePresenceEntries, type PresenceOwner } from './presence';
import type { RedisLink } from './redis-link';
import type { Room } from './room';

const PREFIX = 'playbook:presence:';
const PROCESSES = 'playbook:processes';

/** Origin of awareness changes that came from another process: shown here, never sent back. */
export const FROM_PEER = Symbol('from another process');

type Message =
	/** Entries a process's connections set (names and roles stamped there); `owners` maps client id to user id. */
	| { kind: 'presence'; from: string; update: string; owners: Record<string, string> }
	/** A process opened the document: everyone says who is on it with them. */
	| { kind: 'query'; from: string };

interface PeerEntry {
	process: string;
	userId: string;
}

export interface PresenceTimings {
	/** How often each process says it is alive. */
	heartbeatMs: number;
	/** A process unheard of for this long is taken for dead: its people's carets go. */
	deadAfterMs: number;
}

export const DEFAULT_PRESENCE_TIMINGS: PresenceTimings = { heartbeatMs: 2_000, deadAfterMs: 7_000 };

/**
 * Presence across processes. What a connection here says of itself, already bound to its real
 * identity by `admitPresence`, is published for the document; what other processes publish is
 * applied to the room's awareness and shown to the people here. Entries of a process that stops
 * beating are removed, as are all of them when Redis goes away (nobody can see there any more).
 */
export class PresenceRelay {
	private readonly rooms = new Map<string, { room: Room; peers: Map<number, PeerEntry> }>();
	private readonly lastHeard = new Map<string, number>();
	private readonly timer: NodeJS.Timeout;

	constructor(
		private readonly link: RedisLink,
		private readonly processId: string,
		private readonly log: Logger,
		private readonly timings: PresenceTimings
	) {
		link.on(PREFIX, (channel, message) => this.arrived(channel.slice(PREFIX.length), message));
		link.on(PROCESSES, (_channel, message) => this.heard(message.toString()));
		void link.subscribe(PROCESSES);
		this.timer = setInterval(() => this.beat(), timings.heartbeatMs);
		this.timer.unref();
	}

	opened(room: Room): void {
		this.rooms.set(room.id, { room, peers: new Map() });
		void this.link.subscribe(PREFIX + room.id).then((subscribed) => {
			if (subscribed) this.ask(room.id);
		});
	}

	closed(room: Room): void {
		if (this.rooms.get(room.id)?.room !== room) return;
		this.rooms.delete(room.id);
		this.link.unsubscribe(PREFIX + room.id);
	}

	/** A connection here changed its presence: tell the others. */
	changed(room: Room, update: Uint8Array, userId: string): void {
		const entry = this.rooms.get(room.id);
		if (!entry) return;
		let entries;
		try {
			entries = readPresenceEntries(update);
		} catch {
			return;
		}
		const owners: Record<string, string> = {};
		for (const e of entries) {
			owners[e.clientId] = userId;
			// Someone here holds that id now (a reconnect from another process).
			entry.peers.delete(e.clientId);
		}
		this.send(room.id, { kind: 'presence', from: this.processId, update: Buffer.from(update).toString('base64'), owners });
	}

	owners(room: Room): PresenceOwner[] {
		const entry = this.rooms.get(room.id);
		if (!entry) return [];
		return [...entry.peers].map(([clientId, peer]) => ({ presenceId: clientId, identity: { userId: peer.userId } }));
	}

	/** Redis is back: ask everyone for their presence and tell them ours. */
	reconnected(): void {
		for (const id of this.rooms.keys()) {
			this.ask(id);
			this.tell(id);
		}
	}

	/** Redis is away: presence from other processes can no longer be kept current. */
	disconnected(): void {
		for (const process of [...this.lastHeard.keys()]) this.drop(process);
	}

	close(): void {
		clearInterval(this.timer);
	}

	private ask(documentId: string): void {
		this.send(documentId, { kind: 'query', from: this.processId });
	}

	/** Everything the connections here have set on the document. */
	private tell(documentId: string): void {
		const entry = this.rooms.get(documentId);
		if (!entry || entry.room.state === 'closed') return;
		const owners: Record<string, string> = {};
		const ids: number[] = [];
		const states = entry.room.awareness.getStates();
		for (const conn of entry.room.connections) {
			if (conn.presenceId === null || !states.has(conn.presenceId)) continue;
			owners[conn.presenceId] = conn.identity.userId;
			ids.push(conn.presenceId);
		}
		if (!ids.length) return;
		const update = awarenessProtocol.encodeAwarenessUpdate(entry.room.awareness, ids);
		this.send(documentId, { kind: 'presence', from: this.processId, update: Buffer.from(update).toString('base64'), owners });
	}

	private send(documentId: string, message: Message): void {
		this.link.publish(PREFIX + documentId, JSON.stringify(message));
	}

	private beat(): void {
		this.link.publish(PROCESSES, this.processId);
		const now = Date.now();
		for (const [process, at] of this.lastHeard) if (now - at > this.timings.deadAfterMs) this.drop(process);
	}

	private heard(process: string): void {
		if (process !== this.processId) this.lastHeard.set(process, Date.now());
	}

	/** Takes a process's people off every document here. */
	private drop(process: string): void {
		this.lastHeard.delete(process);
		for (const { room, peers } of this.rooms.values()) {
			const ids = [...peers].filter(([, p]) => p.process === process).map(([id]) => id);
			for (const id of ids) peers.delete(id);
			if (!ids.length || room.state === 'closed') continue;
			awarenessProtocol.removeAwarenessStates(room.awareness, ids, FROM_PEER);
			// Forgotten, not just emptied: the same tab coming back elsewhere sends the clock it had.
			for (const id of ids) room.awareness.meta.delete(id);
		}
	}

	private arrived(documentId: string, raw: Buffer): void {
		const entry = this.rooms.get(documentId);
		if (!entry || entry.room.state === 'closed') return;
		let message: Message;
		try {
			message = JSON.parse(raw.toString()) as Message;
		} catch {
			this.log.warn({ documentId }, 'collab: unreadable presence message from Redis ignored');
			return;
		}
		if (message.from === this.processId) return;
		this.heard(message.from);
		if (message.kind === 'query') return this.tell(documentId);
		try {
			this.apply(entry, message);
		} catch (error) {
			this.log.warn({ documentId, err: error }, 'collab: malformed presence message from Redis ignored');
		}
	}

	private apply(entry: { room: Room; peers: Map<number, PeerEntry> }, message: Extract<Message, { kind: 'presence' }>): void {
		const local = new Set<number>();
		for (const conn of entry.room.connections) if (conn.presenceId !== null) local.add(conn.presenceId);
		// A connection here owns its id: what another process says of it (a stale leave) is not applied.
		const kept = readPresenceEntries(Buffer.from(message.update, 'base64')).filter((e) => !local.has(e.clientId) && typeof message.owners[e.clientId] === 'string');
		if (!kept.length) return;
		for (const e of kept) {
			if (e.state === 'null') entry.peers.delete(e.clientId);
			else entry.peers.set(e.clientId, { process: message.from, userId: message.owners[e.clientId] });
		}
		awarenessProtocol.applyAwarenessUpdate(entry.room.awareness, writePresenceEntries(kept), FROM_PEER);
	}
}
