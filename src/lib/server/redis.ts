import { Redis } from 'ioredis';
import type { Logger } from './log';

/**
 * What a user of Redis loses while it is away, said once when it goes and once when it is back.
 * Several connections can share one: an outage is one warning, however many of them notice.
 */
export class RedisOutage {
	private readonly connections: Redis[] = [];
	private away = false;

	constructor(
		private readonly log: Logger,
		/** What falls back meanwhile, e.g. "limits are counted in this process alone until it is back". */
		private readonly fallback: string,
		/** What works again, e.g. "limits are shared with every process". */
		private readonly restored: string
	) {}

	watch(redis: Redis): void {
		this.connections.push(redis);
		// 'error' when it cannot connect at all; 'reconnecting' when a connection it had drops.
		redis.on('error', (error: Error) => this.lost(redis, error));
		redis.on('reconnecting', () => this.lost(redis));
		redis.on('ready', () => this.back());
	}

	/** Redis failed someone in a way the connection's own events do not show (a refused subscribe). */
	lost(redis: Redis, error?: Error): void {
		if (this.away || closing.has(redis)) return;
		this.away = true;
		this.log.warn({ err: error }, `redis: unreachable; ${this.fallback}`);
	}

	private back(): void {
		if (!this.away || !this.connections.every((c) => c.status === 'ready')) return;
		this.away = false;
		this.log.info(`redis: reachable again; ${this.restored}`);
	}
}

export interface RedisNeeds {
	/** Connect only on `connect()`, for a caller that wants to see it fail. */
	lazyConnect?: boolean;
	/** Off for a subscriber that subscribes again itself, once it knows what it missed. */
	autoResubscribe?: boolean;
	/** How long a command may wait for an answer before failing. */
	commandTimeout?: number;
	/**
	 * Commands given in the same tick go out in one write: a process announcing the updates of many
	 * documents after one commit makes one system call, not one per document.
	 */
	enableAutoPipelining?: boolean;
}

/**
 * A connection to Redis for Playbook. It never queues or waits: while Redis is away every
 * command fails at once, so that callers fall back at once (to memory counts, to the log), and
 * it keeps trying to come back by itself.
 */
export function openRedis(url: string, outage: RedisOutage, needs: RedisNeeds = {}): Redis {
	const redis = new Redis(url, {
		enableOfflineQueue: false,
		maxRetriesPerRequest: 0,
		connectTimeout: 2_000,
		// Quick at first, then once a second, without end.
		retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
		...needs
	});
	outage.watch(redis);
	return redis;
}

/** The client that shares limits (throttles, connection slots) between processes. */
export function connectRedis(url: string, log: Logger): Redis {
	const outage = new RedisOutage(log, 'limits are counted in this process alone until it is back', 'limits are shared with every process');
	return openRedis(url, outage, { commandTimeout: 1_000, enableAutoPipelining: true });
}

/** Connections being closed on purpose: their errors are no outage. */
const closing = new WeakSet<Redis>();

/** Closes a connection without waiting on a Redis that is not there. */
export async function closeRedis(redis: Redis): Promise<void> {
	closing.add(redis);
	if (redis.status === 'ready') {
		try {
			await redis.quit();
			return;
		} catch {
			// Fall through to a hard disconnect.
		}
	}
	redis.disconnect();
}
