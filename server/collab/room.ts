import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import type { Logger } from '../../src/lib/server/log';
import type { CollabOptions } from './limits';
import { buildDocument, type DocumentStore } from '../../src/lib/server/document-store';
import type { LoadedLog } from './log-follower';
import type { UpdateWriter } from './writer';
import { compactionTiming } from './compaction-timing';
import type { LiveKind } from '../../src/lib/collab/document-kinds';
import { encodeAccess } from '../../src/lib/collab/access-message';
import type { Verdict } from './before-apply';
import type { CollabHooks } from './hooks';
import { admitPresence, type PresenceOwner, type ShownUser } from './presence';
import {
	CLOSE,
	ProtocolError,
	SYNC_STEP1,
	SYNC_STEP2,
	SYNC_UPDATE,
	awarenessMessage,
	checkStateVector,
	inspectUpdate,
	parseMessage,
	syncMessage
} from './protocol';

/** Who is behind a connection, as checked on upgrade and re-checked while it stays open. */
export interface Identity {
	userId: string;
	sessionId: string;
	teamId: string;
	documentId: string;
	ip: string;
	/** The document's kind, from its row at admission: which schema its updates must keep. */
	kind: LiveKind;
	/** What others see in the presence list and on carets, from the database, not the client. */
	shown: ShownUser;
}

/** One WebSocket in one room. */
export class Connection {
	alive = true;
	closed = false;
	/** Messages that arrived before the room finished loading. */
	queue: Uint8Array[] = [];
	/** The awareness client id this connection owns; removed for everyone when it leaves. */
	presenceId: number | null = null;

	constructor(
		readonly ws: WebSocket,
		readonly identity: Identity,
		/** Viewers (and everyone on an archived document) read and show presence, never write. */
		public readOnly: boolean,
		public archived: boolean,
		private readonly maxBufferedBytes: number,
		/** A reviewer's: comments and suggestions only (see reviewer-policy.ts). */
		public suggestOnly = false
	) {}

	/** Changes what this connection may do while it stays open and tells its client; true when it may write again. */
	setAccess(readOnly: boolean, archived: boolean): boolean {
		if (readOnly === this.readOnly && archived === this.archived) return false;
		const regained = this.readOnly && !readOnly;
		this.readOnly = readOnly;
		this.archived = archived;
		this.send(encodeAccess({ readOnly, archived }));
		return regained;
	}

	send(data: Uint8Array): void {
		if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
		if (this.ws.bufferedAmount > this.maxBufferedBytes) {
			this.close(CLOSE.tryAgain, 'too_slow');
			return;
		}
		this.ws.send(data);
	}

	close(code: number, reason: string): void {
		if (this.closed) return;
		this.closed = true;
		this.ws.close(code, reason);
	}
}

export interface RoomDeps {
	store: DocumentStore;
	writer: UpdateWriter;
	options: CollabOptions;
	log: Logger;
	/** The room has been empty for `roomIdleMs`, or has failed: the endpoint forgets it. */
	onClose(room: Room): void;
	/** Background work (compaction) the endpoint waits for when shutting down. */
	track(work: Promise<unknown>): void;
	/** The document's kind: which hooks act on it and which Y.Doc options it gets. */
	kind: LiveKind;
	/** Called in order; see hooks.ts. */
	hooks: readonly CollabHooks[];
	/** Other processes serving the same documents (scale-out.ts); absent for a single process. */
	peers?: RoomPeers;
}

/** What a room tells the processes beside it, and asks of them. */
export interface RoomPeers {
	/** The room has loaded these rows of the log: follow what other processes store from there. */
	opened(room: Room, loaded: LoadedLog): void;
	/** A connection here changed its presence; `update` holds only its entries, as admitted. */
	presence(room: Room, update: Uint8Array, userId: string): void;
	/** Presence client ids owned by people on other processes, which no one here may take over. */
	owners(room: Room): Iterable<PresenceOwner>;
	closed(room: Room): void;
}

/** An update the doc produced, to relay to everyone but `except` once it is stored. */
interface Relayed {
	update: Uint8Array;
	except: Connection | null;
	/** Whose change it is, for hooks that run once it is stored. */
	by: string | null;
}

/** What waits for the store: an update to relay, or a reply that shows document state. */
type Waiting = (Relayed & { seq: number }) | { seq: number; run: () => void };

const APPLY: Verdict = { action: 'apply' };

/** Updates stored in one write are relayed as one message, merged in runs of at most this many. */
const MAX_MERGED = 64;
/** A stored snapshot is built into the room's doc this long after loading, or later while it is still being sent. */
const BUILD_DELAY_MS = 50;
const BUILD_WAIT_MAX_MS = 2_000;

/**
 * One live document: its Y.Doc, presence and connections. Every update is checked by applying it
 * here, appended to the store, and only then relayed; replies that show document state wait for
 * the same point, so nothing anyone sees can be lost by a crash.
 */
export class Room {
	readonly doc: Y.Doc;
	awareness: awarenessProtocol.Awareness;
	readonly connections = new Set<Connection>();
	state: 'loading' | 'ready' | 'closed' = 'loading';
	get kind(): LiveKind {
		return this.deps.kind;
	}

	/** Updates applied to `doc`, and how many of those the store holds. */
	private appliedSeq = 0;
	private loggedSeq = 0;
	private waiting: Waiting[] = [];
	private captured: Uint8Array[] | null = null;
	private readonly capture = (update: Uint8Array) => this.captured?.push(update);
	/** Connections not yet asked for what they hold: asked once the doc is built (see `greet`). */
	private readonly unasked = new Set<Connection>();
	/** A copy of `doc` that an update is tried on first, for structured kinds and reviewers (see `beforeApply`). */
	private shadow: Y.Doc | null = null;
	/** Transactions on `doc` so far, and how many of them the copy holds: a copy behind is made again. */
	private docChanges = 0;
	private shadowAt = -1;
	/** The transaction that applied the update being handled, for `afterApply`. */
	private applied: Y.Transaction | null = null;
	private tailCount = 0;
	private tailBytes = 0;
	private pendingBytes = 0;
	private snapshotBytes = 0;
	private lastLoggedId = 0;
	private compacting = false;
	private idleTimer: NodeJS.Timeout | null = null;
	/** Waits for a pause in the edits before the log is folded (see `maybeCompact`). */
	private quietTimer: NodeJS.Timeout | null = null;
	/** The stored snapshot while it is not yet applied into `doc` (see `load`). */
	private unbuilt: Uint8Array | null = null;
	private buildTimer: NodeJS.Timeout | null = null;
	/** The whole document as an update, as of `wholeAt` transactions on it (see `stateAsUpdate`). */
	private whole: Uint8Array | null = null;
	private wholeAt = -1;
	private readonly log: Logger;

	constructor(
		readonly id: string,
		private readonly deps: RoomDeps
	) {
		this.log = deps.log.child({ documentId: id });
		// A guid of our own: Yjs would otherwise draw a random UUID, one costly random number per
		// character, which showed up when a thousand documents open at once.
		const options = Object.assign({}, ...deps.hooks.map((h) => h.docOptions?.(deps.kind) ?? {}));
		this.doc = new Y.Doc({ ...options, guid: id });
		this.awareness = this.createAwareness();
		this.doc.on('update', this.capture);
		this.doc.on('afterTransaction', (tr: Y.Transaction) => {
			this.docChanges++;
			// The first one applied the update; Yjs may follow it with one of its own that tidies
			// text formatting, which holds none of what was sent.
			if (this.captured && !this.applied) this.applied = tr;
		});
	}

	private createAwareness(): awarenessProtocol.Awareness {
		const awareness = new awarenessProtocol.Awareness(this.doc);
		awareness.setLocalState(null);
		awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
			const from = origin instanceof Connection ? origin : null;
			const changed = added.concat(updated, removed);
			const update = awarenessProtocol.encodeAwarenessUpdate(awareness, changed);
			this.broadcast(awarenessMessage(update), from);
			// Only what people here did crosses to other processes; what came from there stays.
			if (from) this.deps.peers?.presence(this, update, from.identity.userId);
		});
		return awareness;
	}

	/** Settles when `load` has finished (or failed). */
	loaded: Promise<void> = Promise.resolve();

	/** Loads the stored state; a client is never answered before this finishes. */
	load(): Promise<void> {
		this.loaded = this.loadStored();
		return this.loaded;
	}

	private async loadStored(): Promise<void> {
		const started = performance.now();
		let loaded: LoadedLog;
		try {
			const stored = await this.deps.store.load(this.id);
			if (this.state === 'closed') return;
			if (stored.snapshot && !stored.updates.length) {
				// Sync requests are answered from the stored bytes; the Y.Doc is built when first needed
				// (an edit) or shortly after, so opening a large document does not wait for it.
				this.unbuilt = stored.snapshot;
				this.buildSoon();
			} else {
				buildDocument(stored, this.doc);
			}
			this.snapshotBytes = stored.snapshot?.length ?? 0;
			this.tailCount = stored.updates.length;
			this.tailBytes = stored.updates.reduce((n, u) => n + u.length, 0);
			this.lastLoggedId = stored.lastId;
			loaded = stored;
		} catch (error) {
			this.log.error({ err: error }, 'collab: document failed to load');
			this.fail(CLOSE.internal, 'load_failed');
			return;
		}
		this.state = 'ready';
		this.deps.peers?.opened(this, loaded);
		this.log.debug({ ms: Math.round(performance.now() - started), updates: this.tailCount }, 'collab: room loaded');
		this.runHooks('afterLoad', (h) =>
			h.afterLoad?.({
				documentId: this.id,
				kind: this.deps.kind,
				doc: () => {
					this.materialize();
					return this.doc;
				},
				lastId: this.lastLoggedId
			})
		);
		for (const conn of this.connections) {
			this.greet(conn);
			const queued = conn.queue;
			conn.queue = [];
			for (const data of queued) this.receive(conn, data);
		}
		this.maybeCompact();
	}

	/**
	 * Builds the doc once the stored bytes sent to the clients here have left: building a large
	 * one holds the event loop for a while, and a send still in progress would wait behind it.
	 */
	private buildSoon(waited = 0): void {
		this.buildTimer = setTimeout(() => {
			const sending = [...this.connections].some((c) => c.ws.bufferedAmount > 0);
			if (sending && waited < BUILD_WAIT_MAX_MS) this.buildSoon(waited + BUILD_DELAY_MS);
			else this.materialize();
		}, BUILD_DELAY_MS);
		this.buildTimer.unref?.();
	}

	/** Applies the stored snapshot into the room's doc, if that has not happened yet. */
	private materialize(): void {
		if (this.buildTimer) clearTimeout(this.buildTimer);
		this.buildTimer = null;
		if (!this.unbuilt || this.state === 'closed') return;
		const snapshot = this.unbuilt;
		this.unbuilt = null;
		// Nothing is captured from the stored state: without a listener Yjs does not encode it again.
		this.doc.off('update', this.capture);
		try {
			Y.applyUpdate(this.doc, snapshot);
		} finally {
			this.doc.on('update', this.capture);
		}
		const unasked = [...this.unasked];
		this.unasked.clear();
		for (const conn of unasked) if (!conn.closed && this.connections.has(conn)) this.ask(conn);
	}

	private stateAsUpdate(stateVector: Uint8Array): Uint8Array {
		const empty = stateVector.length === 1 && stateVector[0] === 0;
		if (this.unbuilt) return empty ? this.unbuilt : Y.diffUpdate(this.unbuilt, stateVector);
		if (!empty) return Y.encodeStateAsUpdate(this.doc, stateVector);
		// Someone new gets the whole document. People joining one after another (a meeting starting,
		// a board reopened) get the same bytes until something changes: encoding a 500-card board
		// took about 30 ms of the server each time.
		if (this.wholeAt !== this.docChanges) {
			this.whole = Y.encodeStateAsUpdate(this.doc);
			this.wholeAt = this.docChanges;
		}
		return this.whole!;
	}

	join(conn: Connection): void {
		if (this.idleTimer) {
			clearTimeout(this.idleTimer);
			this.idleTimer = null;
		}
		this.connections.add(conn);
		if (this.state === 'ready') this.greet(conn);
	}

	private greet(conn: Connection): void {
		this.ask(conn);
		const states = this.awareness.getStates();
		if (states.size) conn.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
		// The page decided from the same rules when it loaded; say so in case that changed meanwhile.
		if (conn.readOnly) conn.send(encodeAccess({ readOnly: true, archived: conn.archived }));
	}

	/**
	 * Asks a client for what the room lacks, as on connect. After read-only time its edits since
	 * then were dropped, and later ones would wait forever on them (Yjs applies a client's edits in order).
	 */
	resync(conn: Connection): void {
		if (this.state !== 'ready') return;
		this.ask(conn);
	}

	/**
	 * Sends the room's state vector, so the client sends what the room lacks. While the doc is
	 * not built yet (a stored snapshot, answered from its bytes), reading the vector out of the
	 * snapshot would cost about as much as building it (75 ms for 1 MB), ahead of the reply the
	 * client is waiting for: the client is asked once the doc is built, moments later.
	 */
	private ask(conn: Connection): void {
		if (this.unbuilt) this.unasked.add(conn);
		else conn.send(syncMessage(SYNC_STEP1, Y.encodeStateVector(this.doc)));
	}

	leave(conn: Connection): void {
		this.unasked.delete(conn);
		if (!this.connections.delete(conn)) return;
		if (conn.presenceId !== null && this.state !== 'closed') {
			awarenessProtocol.removeAwarenessStates(this.awareness, [conn.presenceId], conn);
		}
		if (!this.connections.size && this.state !== 'closed') this.scheduleUnload();
	}

	receive(conn: Connection, data: Uint8Array): void {
		if (conn.closed || this.state === 'closed') return;
		if (this.state === 'loading') {
			conn.queue.push(data);
			return;
		}
		try {
			const message = parseMessage(data);
			switch (message.kind) {
				case 'sync-step1': {
					checkStateVector(message.stateVector);
					const reply = syncMessage(SYNC_STEP2, this.stateAsUpdate(message.stateVector));
					this.afterLogged(() => conn.send(reply));
					break;
				}
				case 'sync-step2':
				case 'update':
					this.applyFrom(conn, message.update, message.kind);
					break;
				case 'awareness':
					this.presenceFrom(conn, message.update);
					break;
				case 'query-awareness':
					conn.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
					break;
			}
		} catch (error) {
			if (!(error instanceof ProtocolError)) throw error;
			this.log.warn({ userId: conn.identity.userId, ip: conn.identity.ip, code: error.code, reason: error.message }, 'collab: bad message, connection closed');
			conn.close(error.code, error.code === CLOSE.unsupported ? 'unsupported_message' : 'invalid_message');
		}
	}

	/**
	 * A change the server makes itself (seeding, an accepted model update): applied in one
	 * transaction, logged, then relayed to everyone here. Settles once it is stored.
	 */
	async change(edit: (doc: Y.Doc) => void, by: string | null = null): Promise<void> {
		await this.loaded;
		if (this.state !== 'ready') throw new Error(`room ${this.id} is not open`);
		this.materialize();
		this.dropScratch();
		this.captured = [];
		this.applied = null;
		try {
			this.doc.transact(() => edit(this.doc), 'server');
		} catch (error) {
			// Part of the edit may be in the doc but none of it is logged: reload from the store.
			this.captured = null;
			this.fail(CLOSE.internal, 'room_reset');
			throw error;
		}
		const produced = this.captured;
		this.captured = null;
		const tr = this.applied;
		this.applied = null;
		if (tr) for (const hook of this.deps.hooks) hook.afterApply?.({ documentId: this.id, kind: this.deps.kind, doc: this.doc, tr, from: null, by });
		this.logThenRelay(produced, null, by);
		await new Promise<void>((resolve) => this.afterLogged(resolve));
		if (!this.connections.size) this.scheduleUnload();
	}

	/**
	 * `read` on the room's doc, when that is exactly what the store holds: loaded, nothing applied
	 * that is not logged yet, and no other process writing to the document (whose stored updates
	 * reach this room a moment later). Otherwise null, and the caller reads the store.
	 */
	readStored<T>(read: (doc: Y.Doc) => T): { value: T } | null {
		if (this.state !== 'ready' || this.deps.peers || this.loggedSeq < this.appliedSeq || this.waiting.length) return null;
		this.materialize();
		return { value: read(this.doc) };
	}

	/** Applies what a connection says of its own presence, with the name and role the server knows. */
	private presenceFrom(conn: Connection, update: Uint8Array): void {
		let admitted;
		try {
			admitted = admitPresence(update, conn, this.presenceOwners(), conn.identity.shown);
			if (admitted.update) awarenessProtocol.applyAwarenessUpdate(this.awareness, admitted.update, conn);
		} catch (error) {
			throw new ProtocolError(CLOSE.invalid, `malformed awareness update: ${(error as Error).message}`);
		}
		if (admitted.refused.length) this.log.warn({ userId: conn.identity.userId, ip: conn.identity.ip, refused: admitted.refused }, 'collab: presence for a client id this connection does not own refused');
	}

	private *presenceOwners(): Iterable<PresenceOwner> {
		yield* this.connections;
		if (this.deps.peers) yield* this.deps.peers.owners(this);
	}

	/**
	 * Updates another process has stored: applied here in one transaction and relayed to this
	 * room's clients at once, as one message, since the store holds them. If they complete a
	 * client's edit that was waiting on them, what that releases is not stored yet, so it takes the
	 * usual way: logged, then relayed.
	 */
	applyStored(updates: readonly Uint8Array[]): void {
		if (!updates.length) return;
		if (this.state !== 'ready') return;
		this.materialize();
		this.dropScratch();
		const hadPending = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
		this.captured = [];
		this.applied = null;
		try {
			this.doc.transact(() => {
				for (const update of updates) Y.applyUpdate(this.doc, update, 'store');
			}, 'store');
		} catch (error) {
			this.captured = null;
			this.log.error({ err: error }, 'collab: stored update failed to apply; room reset');
			this.fail(CLOSE.internal, 'room_reset');
			return;
		}
		const produced = this.captured;
		this.captured = null;
		this.applied = null;
		if (!produced.length) return;
		const bytes = produced.reduce((n, u) => n + u.length, 0);
		this.tailBytes += bytes;
		if (hadPending) this.logThenRelay(produced, null, null);
		else this.relay(produced.map((u) => ({ update: u, except: null, by: null })));
	}

	private applyFrom(conn: Connection, update: Uint8Array, kind: 'sync-step2' | 'update'): void {
		let tried = false;
		const incoming = {
			kind: conn.identity.kind,
			readOnly: conn.readOnly,
			suggestOnly: conn.suggestOnly,
			identity: conn.identity,
			doc: () => {
				this.materialize();
				return this.doc;
			},
			scratch: () => {
				tried = true;
				return this.scratchCopy();
			},
			update
		};
		let verdict: Verdict = APPLY;
		for (const hook of this.deps.hooks) {
			verdict = hook.beforeApply?.(incoming) ?? APPLY;
			if (verdict.action !== 'apply') break;
		}
		// The copy holds a refused update now; it stays only while it matches the doc.
		if (verdict.action === 'close') this.dropScratch();
		if (verdict.action === 'drop') {
			if (kind === 'update') this.log.debug({ userId: conn.identity.userId, reason: verdict.reason }, 'collab: update dropped');
			return;
		}
		if (verdict.action === 'close') {
			this.log.warn({ userId: conn.identity.userId, ip: conn.identity.ip, reason: verdict.reason, problems: verdict.problems }, 'collab: update refused, connection closed');
			conn.close(verdict.code, verdict.reason);
			return;
		}
		if (inspectUpdate(update).empty) return;
		const size = this.snapshotBytes + this.tailBytes + this.pendingBytes;
		if (size + update.length > this.deps.options.maxDocumentBytes) {
			this.dropScratch();
			this.log.warn({ userId: conn.identity.userId, size, update: update.length }, 'collab: document at its size limit, growth refused');
			conn.close(CLOSE.documentTooLarge, 'document_too_large');
			return;
		}
		this.materialize();
		// An update that only fills a gap (its dependencies were pending) also concerns its sender.
		const hadPending = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
		this.captured = [];
		this.applied = null;
		try {
			Y.applyUpdate(this.doc, update, conn);
		} catch (error) {
			// It decoded but did not apply: the doc may hold part of it. Nothing of it was logged or
			// relayed; drop the room so everyone reloads the stored state.
			this.captured = null;
			this.log.error({ err: error, userId: conn.identity.userId }, 'collab: update failed to apply; room reset');
			conn.close(CLOSE.invalid, 'invalid_update');
			this.fail(CLOSE.internal, 'room_reset');
			return;
		}
		// The copy took this update first: it is in step with the doc again.
		if (tried && this.shadow) this.shadowAt = this.docChanges;
		const produced = this.captured;
		this.captured = null;
		const tr = this.applied;
		this.applied = null;
		let checked: Verdict = APPLY;
		if (tr) {
			for (const hook of this.deps.hooks) {
				checked = hook.afterApply?.({ documentId: this.id, kind: this.deps.kind, doc: this.doc, tr, from: conn.identity, by: conn.identity.userId }) ?? APPLY;
				if (checked.action === 'close') break;
			}
		}
		if (checked.action === 'close') {
			// Yjs cannot take it back out: nothing of it is stored or relayed, and the room reloads from the store.
			this.log.warn({ userId: conn.identity.userId, ip: conn.identity.ip, reason: checked.reason, problems: checked.problems }, 'collab: update refused after applying; room reset');
			conn.close(checked.code, checked.reason);
			this.fail(CLOSE.internal, 'room_reset');
			return;
		}
		this.logThenRelay(produced, hadPending ? null : conn, conn.identity.userId);
	}

	/** Kept from one update to the next, so trying one costs what applying it does, not a copy of the document. */
	private scratchCopy(): Y.Doc {
		this.materialize();
		// Changes that did not come through the copy (the server's own, or rich text, which is
		// checked without one) leave it behind: it is made again from the doc.
		if (this.shadow && this.shadowAt !== this.docChanges) this.dropScratch();
		if (!this.shadow) {
			this.shadow = new Y.Doc({ guid: `${this.id}:scratch` });
			Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.doc));
			this.shadowAt = this.docChanges;
		}
		return this.shadow;
	}

	private dropScratch(): void {
		this.shadow?.destroy();
		this.shadow = null;
	}

	/** Hands what the doc actually changed to the writer; each is relayed once it is stored. */
	private logThenRelay(produced: Uint8Array[], except: Connection | null, by: string | null): void {
		for (const effective of produced) {
			const seq = ++this.appliedSeq;
			this.pendingBytes += effective.length;
			this.deps.writer.add(this, effective, seq);
			this.waiting.push({ seq, update: effective, except, by });
		}
	}

	/** Hook work off the relay path, one after another per room, waited for at shutdown. */
	private hookChain: Promise<void> = Promise.resolve();
	private runHooks(name: string, call: (hook: CollabHooks) => Promise<void> | void | undefined): void {
		if (!this.deps.hooks.length) return;
		const work = this.hookChain.then(async () => {
			for (const hook of this.deps.hooks) {
				try {
					await call(hook);
				} catch (error) {
					this.log.error({ err: error, hook: hook.name, stage: name }, 'collab: hook failed');
				}
			}
		});
		this.hookChain = work;
		this.deps.track(work);
	}

	/** Runs `run` once everything applied so far is in the store. */
	private afterLogged(run: () => void): void {
		if (this.loggedSeq >= this.appliedSeq && !this.waiting.length) run();
		else this.waiting.push({ seq: this.appliedSeq, run });
	}

	/** The writer stored this room's updates up to `seq` (the newest has id `lastId`). */
	logged(seq: number, lastId: number, count: number, bytes: number): void {
		if (this.state === 'closed') return;
		this.loggedSeq = seq;
		this.lastLoggedId = lastId;
		this.tailCount += count;
		this.tailBytes += bytes;
		this.pendingBytes -= bytes;
		let i = 0;
		while (i < this.waiting.length && this.waiting[i].seq <= seq) i++;
		const due = this.waiting.slice(0, i);
		this.waiting = i === this.waiting.length ? [] : this.waiting.slice(i);
		let updates: Relayed[] = [];
		const by = due.flatMap((item) => ('update' in item ? [item.by] : []));
		if (by.length) {
			const stored = { documentId: this.id, kind: this.deps.kind, doc: this.doc, lastId, by, at: Date.now() };
			this.runHooks('afterStored', (h) => h.afterStored?.(stored));
		}
		for (const item of due) {
			if ('update' in item) {
				updates.push(item);
				continue;
			}
			this.relay(updates);
			updates = [];
			item.run();
		}
		this.relay(updates);
		this.maybeCompact();
	}

	/**
	 * Relays stored updates in order. Edits that arrived together go out as one merged message, so
	 * under load every client gets fewer, fuller frames; a sender then gets its own edit back inside
	 * it, which Yjs ignores (the reference server echoes every edit).
	 */
	private relay(updates: Relayed[]): void {
		for (let i = 0; i < updates.length; i += MAX_MERGED) {
			const run = updates.slice(i, i + MAX_MERGED);
			const except = run.every((u) => u.except === run[0].except) ? run[0].except : null;
			const update = run.length === 1 ? run[0].update : Y.mergeUpdates(run.map((u) => u.update));
			this.broadcast(syncMessage(SYNC_UPDATE, update), except);
		}
	}

	private broadcast(data: Uint8Array, except: Connection | null): void {
		for (const conn of this.connections) if (conn !== except) conn.send(data);
	}

	/**
	 * Asks the store to fold the log into the snapshot, at the moment `compactionTiming` picks: a
	 * log past its threshold waits for edits to pause, so the fold does not hold up relays in the
	 * middle of a burst of typing. The store builds the new state from what it holds, never from
	 * this room's doc: another process may have logged rows this room never saw.
	 */
	private maybeCompact(when: 'logged' | 'quiet' | 'unload' = 'logged'): void {
		if (this.compacting || (this.state !== 'ready' && when !== 'unload')) return;
		const timing = compactionTiming({ count: this.tailCount, bytes: this.tailBytes }, this.deps.options, when === 'unload');
		if (timing === 'wait') return;
		if (timing === 'when-quiet' && when !== 'quiet') {
			// Each stored batch starts the wait again: the one timer is re-armed, not made anew.
			if (this.quietTimer) this.quietTimer.refresh();
			else {
				this.quietTimer = setTimeout(() => {
					this.quietTimer = null;
					this.maybeCompact('quiet');
				}, this.deps.options.compactQuietMs);
				this.quietTimer.unref?.();
			}
			return;
		}
		if (this.quietTimer) clearTimeout(this.quietTimer);
		this.quietTimer = null;
		this.compacting = true;
		const through = this.lastLoggedId;
		const count = this.tailCount;
		const bytes = this.tailBytes;
		const work = this.deps.store
			.compact(this.id, through)
			.then((done) => {
				// Not done means another process holds the lease (and is folding these rows) or folded
				// them already: either way they stop counting here, and the next threshold asks again.
				this.tailCount -= count;
				this.tailBytes -= bytes;
				if (done) this.snapshotBytes = done.snapshotBytes;
				this.log.debug({ through, compacted: done }, done ? 'collab: log compacted' : 'collab: log compaction left to another');
			})
			.catch((error) => this.log.error({ err: error }, 'collab: compaction failed'))
			.finally(() => {
				this.compacting = false;
			});
		this.deps.track(work);
	}

	private scheduleUnload(): void {
		if (this.idleTimer) clearTimeout(this.idleTimer);
		this.idleTimer = setTimeout(() => this.unloadIfIdle(), this.deps.options.roomIdleMs);
		this.idleTimer.unref?.();
	}

	private unloadIfIdle(): void {
		this.idleTimer = null;
		if (this.connections.size || this.state === 'closed') return;
		// Unload only once the store holds everything, so the next load sees it all.
		if (this.loggedSeq < this.appliedSeq || this.state === 'loading') {
			this.scheduleUnload();
			return;
		}
		this.maybeCompact('unload');
		this.close();
	}

	/** Drops the room: connections are told to come back (they reload from the store). */
	fail(code: number, reason: string): void {
		for (const conn of this.connections) conn.close(code, reason);
		this.close();
	}

	private close(): void {
		if (this.state === 'closed') return;
		this.state = 'closed';
		if (this.idleTimer) clearTimeout(this.idleTimer);
		if (this.buildTimer) clearTimeout(this.buildTimer);
		if (this.quietTimer) clearTimeout(this.quietTimer);
		this.unbuilt = null;
		this.waiting = [];
		this.dropScratch();
		this.deps.peers?.closed(this);
		this.awareness.destroy();
		this.deps.onClose(this);
		// Hooks may still read the doc for work already queued; it is destroyed once they are done.
		const unloaded = { documentId: this.id, kind: this.deps.kind };
		this.runHooks('afterUnload', (h) => h.afterUnload?.(unloaded));
		void this.hookChain.then(() => this.doc.destroy());
	}
}
