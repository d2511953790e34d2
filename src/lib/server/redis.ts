import { Redis } from 'ioredis';
import type { Logger } from './log';

/**
 * The client that shares limits between processes. It never queues or waits: while Redis is
 * away every command fails at once, so callers fall back to this process's memory counts.
 * The outage is logged once when it starts and once when Redis is back.
 */
export function connectRedis(url: string, log: Logger): Redis {
	const redis = new Redis(url, {
		enableOfflineQueue: false,
		maxRetriesPerRequest: 1,
		commandTimeout: 1_000,
		connectTimeout: 2_000,
		// Keep trying, never faster than once a second nor slower than every five.
		retryStrategy: (times) => Math.min(5_000, 1_000 * times)
	});
	let away = false;
	const lost = (error?: Error) => {
		if (away) return;
		away = true;
		log.warn({ err: error }, 'redis: unreachable; limits are counted in this process alone until it is back');
	};
	// 'error' when it cannot connect at all; 'reconnecting' when a connection it had drops.
	redis.on('error', (error: Error) => lost(error));
	redis.on('reconnecting', () => lost());
	redis.on('ready', () => {
		if (!away) return;
		away = false;
		log.info('redis: reachable again; limits are shared with every process');
	});
	return redis;
}

/** Closes the client without waiting on a Redis that is not there. */
export async function closeRedis(redis: Redis): Promise<void> {
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
