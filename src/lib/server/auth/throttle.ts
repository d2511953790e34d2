/** How many keys a bucket set holds before it sweeps out the refilled ones. */
const MAX_KEYS = 10_000;

/** A token bucket: `capacity` attempts at once, refilled at one per `refillMs`. */
export class TokenBucket {
	private buckets = new Map<string, { tokens: number; at: number }>();

	constructor(
		readonly capacity: number,
		readonly refillMs: number
	) {}

	/** Takes one token for `key`; when none is left, says how long until one is. */
	consume(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterMs: number } {
		const bucket = this.refilled(key, now);
		// Float sums of partial refills can land a hair under 1 at exactly the promised retry time.
		if (bucket.tokens >= 1 - 1e-9) {
			bucket.tokens -= 1;
			if (this.buckets.size >= MAX_KEYS && !this.buckets.has(key)) this.prune(now);
			this.buckets.set(key, bucket);
			return { ok: true };
		}
		return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) * this.refillMs) };
	}

	/** Forgets every bucket that has refilled by now, so addresses seen once do not pile up. */
	private prune(now: number): void {
		for (const [key, bucket] of this.buckets) {
			if (bucket.tokens + (now - bucket.at) / this.refillMs >= this.capacity) this.buckets.delete(key);
		}
	}

	/** Gives the bucket back its full capacity (after a successful sign-in). */
	reset(key: string): void {
		this.buckets.delete(key);
	}

	private refilled(key: string, now: number) {
		const bucket = this.buckets.get(key);
		if (!bucket) return { tokens: this.capacity, at: now };
		const tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) / this.refillMs);
		// Forget full buckets so the map stays small.
		if (tokens >= this.capacity) this.buckets.delete(key);
		return { tokens, at: now };
	}
}

export interface Throttles {
	signInByIp: TokenBucket;
	signInByAccount: TokenBucket;
	/** Per account and browser that signed in to it before: strangers' wrong guesses do not drain it. */
	signInByDevice: TokenBucket;
	signUpByIp: TokenBucket;
	resetByIp: TokenBucket;
}

export function createThrottles(): Throttles {
	return {
		// Per IP, roomy enough for a room of volunteers on one venue's Wi-Fi signing up together.
		signInByIp: new TokenBucket(30, 10_000),
		signInByAccount: new TokenBucket(5, 60_000),
		signInByDevice: new TokenBucket(5, 60_000),
		signUpByIp: new TokenBucket(30, 60_000),
		resetByIp: new TokenBucket(5, 5 * 60_000)
	};
}
