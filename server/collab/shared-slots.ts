import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import type { ConnectionSlots } from './limits';

/**
 * Open connections per key, counted across every process in Redis.
 *
 * A count is kept per epoch (`epochMs` long) and lives two epochs. Halfway through each epoch
 * every live process adds the connections it holds to the next epoch's count, so a process that
 * dies stops being counted within two epochs: its slots are not taken for ever. While Redis
 * cannot be reached, this process's own counts are the limit.
 */
export class SharedSlots implements ConnectionSlots {
	private readonly limiter: RateLimiterRedis;
	/** What this process holds; the truth each new epoch is counted from, and the fallback. */
	private readonly held = new Map<string, number>();
	/** The epochs this process has added what it holds to. */
	private readonly registered = new Set<number>();
	private readonly timer: NodeJS.Timeout;

	constructor(
		redis: Redis,
		name: string,
		private readonly max: number,
		private readonly epochMs = 10_000
	) {
		this.limiter = new RateLimiterRedis({
			storeClient: redis,
			keyPrefix: `playbook:connections:${name}`,
			points: max,
			duration: Math.ceil((2 * epochMs) / 1000) + 1,
			rejectIfRedisNotReady: true
		});
		this.registered.add(this.epoch());
		this.timer = setInterval(() => this.tick(), Math.max(50, epochMs / 4));
		this.timer.unref();
	}

	async take(key: string): Promise<boolean> {
		this.tick();
		const now = this.epoch();
		try {
			await this.limiter.consume(this.keyOf(key, now));
		} catch (error) {
			if (error instanceof RateLimiterRes) {
				// consume counted the refused attempt too: give it back.
				void this.limiter.reward(this.keyOf(key, now)).catch(() => {});
				return false;
			}
			// Redis is away: this process's own counts decide.
			if ((this.held.get(key) ?? 0) >= this.max) return false;
			this.held.set(key, (this.held.get(key) ?? 0) + 1);
			return true;
		}
		this.held.set(key, (this.held.get(key) ?? 0) + 1);
		// Counted in the next epoch already if this process has added its slots there.
		if (this.registered.has(now + 1)) void this.limiter.penalty(this.keyOf(key, now + 1)).catch(() => {});
		return true;
	}

	release(key: string): void {
		const n = this.held.get(key) ?? 0;
		if (n <= 0) return;
		if (n === 1) this.held.delete(key);
		else this.held.set(key, n - 1);
		const now = this.epoch();
		for (const epoch of [now, now + 1]) {
			if (this.registered.has(epoch)) void this.limiter.reward(this.keyOf(key, epoch)).catch(() => {});
		}
	}

	close(): void {
		clearInterval(this.timer);
	}

	private epoch(at = Date.now()): number {
		return Math.floor(at / this.epochMs);
	}

	private keyOf(key: string, epoch: number): string {
		return `${key}@${epoch}`;
	}

	/** Adds what this process holds to the current epoch if missed, and to the next from halfway. */
	private tick(): void {
		const at = Date.now();
		const now = this.epoch(at);
		if (!this.registered.has(now)) this.register(now);
		if (at - now * this.epochMs >= this.epochMs / 2 && !this.registered.has(now + 1)) this.register(now + 1);
		for (const epoch of this.registered) if (epoch < now) this.registered.delete(epoch);
	}

	private register(epoch: number): void {
		this.registered.add(epoch);
		for (const [key, n] of this.held) void this.limiter.penalty(this.keyOf(key, epoch), n).catch(() => {});
	}
}
