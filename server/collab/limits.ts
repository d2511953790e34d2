/** Every knob of the live-document engine; tests and benchmarks shorten or widen them. */
export interface CollabOptions {
	/** Largest WebSocket message accepted; bigger ones close the connection with 1009. */
	maxMessageBytes: number;
	/** A document whose stored size passes this takes no further growth (close 4413). */
	maxDocumentBytes: number;
	maxConnectionsPerUser: number;
	maxConnectionsPerIp: number;
	/** How often each connection's session and role are checked again. */
	recheckIntervalMs: number;
	/** How often sockets are pinged; one without a pong since the last ping is dropped. */
	pingIntervalMs: number;
	/** A room with no connections for this long is unloaded. */
	roomIdleMs: number;
	/** Compact a document's log when it holds this many updates... */
	compactAfterUpdates: number;
	/** ...or this many bytes... */
	compactAfterBytes: number;
	/** ...and its edits have paused this long (see compaction-timing.ts). */
	compactQuietMs: number;
	/** A connection whose unsent data passes this is too slow to keep; it is closed (1013). */
	maxBufferedBytes: number;
}

export const DEFAULT_OPTIONS: CollabOptions = {
	maxMessageBytes: 2 * 1024 * 1024,
	maxDocumentBytes: 16 * 1024 * 1024,
	maxConnectionsPerUser: 24,
	maxConnectionsPerIp: 64,
	recheckIntervalMs: 2_000,
	pingIntervalMs: 30_000,
	roomIdleMs: 30_000,
	compactAfterUpdates: 1_000,
	compactAfterBytes: 1024 * 1024,
	compactQuietMs: 1_000,
	maxBufferedBytes: 16 * 1024 * 1024
};

/** Reads COLLAB_* overrides from the environment (unset ones keep their defaults). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<CollabOptions> {
	const names: Record<keyof CollabOptions, string> = {
		maxMessageBytes: 'COLLAB_MAX_MESSAGE_BYTES',
		maxDocumentBytes: 'COLLAB_MAX_DOCUMENT_BYTES',
		maxConnectionsPerUser: 'COLLAB_MAX_CONNECTIONS_PER_USER',
		maxConnectionsPerIp: 'COLLAB_MAX_CONNECTIONS_PER_IP',
		recheckIntervalMs: 'COLLAB_RECHECK_MS',
		pingIntervalMs: 'COLLAB_PING_MS',
		roomIdleMs: 'COLLAB_ROOM_IDLE_MS',
		compactAfterUpdates: 'COLLAB_COMPACT_UPDATES',
		compactAfterBytes: 'COLLAB_COMPACT_BYTES',
		compactQuietMs: 'COLLAB_COMPACT_QUIET_MS',
		maxBufferedBytes: 'COLLAB_MAX_BUFFERED_BYTES'
	};
	const options: Partial<CollabOptions> = {};
	for (const [key, name] of Object.entries(names) as [keyof CollabOptions, string][]) {
		const value = Number(env[name]);
		if (env[name] && Number.isFinite(value) && value > 0) options[key] = value;
	}
	return options;
}

/** Open connections per key (a user id, an IP address). */
export class ConnectionCounter {
	private readonly counts = new Map<string, number>();

	constructor(private readonly max: number) {}

	/** Takes a slot; false when the key is at its limit. */
	take(key: string): boolean {
		const n = this.counts.get(key) ?? 0;
		if (n >= this.max) return false;
		this.counts.set(key, n + 1);
		return true;
	}

	release(key: string): void {
		const n = (this.counts.get(key) ?? 0) - 1;
		if (n > 0) this.counts.set(key, n);
		else this.counts.delete(key);
	}
}

/** Where the live-document engine counts open connections per key: in memory, or in Redis. */
export interface ConnectionSlots {
	/** Takes a slot; false when the key is at its limit. */
	take(key: string): Promise<boolean>;
	/** Gives a slot taken by `take` back. */
	release(key: string): void;
	close(): void;
}

/** This process's own counts: what a single process has always used. */
export function memorySlots(max: number): ConnectionSlots {
	const counter = new ConnectionCounter(max);
	return {
		take: async (key) => counter.take(key),
		release: (key) => counter.release(key),
		close: () => {}
	};
}
