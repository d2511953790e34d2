import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';

export type Taken = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * How much slower a used burst comes back than the steady allowance flows. The higher, the less
 * an endless attack gets on top of the steady allowance (1 / BURST_PAYBACK of it); the lower, the
 * sooner a room of volunteers on one venue's Wi-Fi that used the burst has it again.
 */
export const BURST_PAYBACK = 3;

/**
 * `capacity` attempts at once, then one more every `refillMs`: a steady allowance of one per
 * `refillMs`, with a burst of `capacity - 1` on top that comes back three times slower, all at
 * once `3 * (capacity - 1) * refillMs` after it was first dipped into (12 minutes for 5 attempts a
 * minute). So however long an attack goes on, it gets at most 1.34 attempts per `refillMs`; the
 * price is that someone who used the burst has only the steady allowance for that long.
 * Counted in this process's memory, or in Redis so that every process draws on the same
 * allowance; when Redis cannot be reached, this process's memory counts alone.
 */
export class Throttle {
	private readonly limiter: BurstyRateLimiter;
	private readonly parts: RateLimiterAbstract[];

	constructor(
		readonly name: string,
		readonly capacity: number,
		readonly refillMs: number,
		redis?: Redis
	) {
		// rate-limiter-flexible's Redis store sets expiries in whole seconds.
		if (redis && refillMs % 1000) throw new Error(`throttle ${name}: refillMs must be whole seconds to count in Redis`);
		const limiter = (keyPrefix: string, points: number, ms: number): RateLimiterAbstract => {
			const duration = ms / 1000;
			const memory = new RateLimiterMemory({ keyPrefix, points, duration });
			if (!redis) return memory;
			return new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: memory });
		};
		const steady = limiter(`playbook:throttle:${name}:steady`, 1, refillMs);
		// With a capacity of 1 there is no burst: a limiter of 0 points refuses every time.
		const burst = limiter(`playbook:throttle:${name}:burst`, capacity - 1, BURST_PAYBACK * Math.max(1, capacity - 1) * refillMs);
		this.parts = [steady, burst];
		this.limiter = new BurstyRateLimiter(steady, burst);
	}

	/** Takes one attempt for `key`; when none is left, says how long until one is. */
	async consume(key: string): Promise<Taken> {
		try {
			await this.limiter.consume(key);
			return { ok: true };
		} catch (refusal) {
			if (refusal instanceof Error) throw refusal;
			const { msBeforeNext } = refusal as { msBeforeNext: number };
			return { ok: false, retryAfterMs: Math.max(1, Math.min(msBeforeNext, this.refillMs)) };
		}
	}

	/** Gives `key` its full allowance back (after a successful sign-in). */
	async reset(key: string): Promise<void> {
		await Promise.all(this.parts.map((part) => part.delete(key)));
	}
}

export interface Throttles {
	signInByIp: Throttle;
	signInByAccount: Throttle;
	/** Per account and browser that signed in to it before: strangers' wrong guesses do not drain it. */
	signInByDevice: Throttle;
	signUpByIp: Throttle;
	resetByIp: Throttle;
}

/** Each call makes new, empty throttles; given a Redis client, they share their counts through it. */
export function createThrottles(redis?: Redis): Throttles {
	return {
		// Per IP, roomy enough for a room of volunteers on one venue's Wi-Fi signing up together.
		signInByIp: new Throttle('sign-in-ip', 30, 10_000, redis),
		signInByAccount: new Throttle('sign-in-account', 5, 60_000, redis),
		signInByDevice: new Throttle('sign-in-device', 5, 60_000, redis),
		signUpByIp: new Throttle('sign-up-ip', 30, 60_000, redis),
		resetByIp: new Throttle('reset-ip', 5, 5 * 60_000, redis)
	};
}
