import type { Redis } from 'ioredis';
import type { Logger } from '../../src/lib/server/log';
import { RedisOutage, closeRedis, openRedis } from '../../src/lib/server/redis';

export type ChannelHandler = (channel: string, message: Buffer) => void;

/**
 * Two connections to Redis, one to publish and one to subscribe, that come back by themselves.
 * `up` is true while the subscriber is connected and holds every channel asked for; `onUp`
 * runs after each (re)subscription, `onDown` when it is lost.
 */
export class RedisLink {
	private readonly pub: Redis;
	private readonly sub: Redis;
	private readonly channels = new Set<string>();
	private readonly handlers: { prefix: string; handle: ChannelHandler }[] = [];
	private readonly outage: RedisOutage;
	private closing = false;
	up = false;
	onUp: () => void = () => {};
	onDown: () => void = () => {};
	/** The publishing connection is back: what could not be said meanwhile can be made up for. */
	onPublisherBack: () => void = () => {};

	constructor(url: string, log: Logger) {
		this.outage = new RedisOutage(log, 'each open document reads the update log every second until it is back', 'live documents follow each other through it');
		// Publishes fail at once while Redis is away (peers read the log instead), and the
		// subscriptions are made again by us once it is back, with what was missed read from the log.
		this.pub = openRedis(url, this.outage, { lazyConnect: true, enableAutoPipelining: true });
		this.sub = openRedis(url, this.outage, { lazyConnect: true, autoResubscribe: false });
		this.sub.on('ready', () => void this.subscribeAll());
		this.pub.on('ready', () => this.onPublisherBack());
		this.sub.on('close', () => this.lost());
		this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
			const name = channel.toString();
			for (const h of this.handlers) if (name.startsWith(h.prefix)) h.handle(name, message);
		});
		void this.pub.connect().catch(() => {});
		void this.sub.connect().catch(() => {});
	}

	/** Messages on channels starting with `prefix` go to `handle`. */
	on(prefix: string, handle: ChannelHandler): void {
		this.handlers.push({ prefix, handle });
	}

	/** Resolves true once subscribed; false while Redis is away (the subscription is made when it is back). */
	async subscribe(channel: string): Promise<boolean> {
		this.channels.add(channel);
		if (!this.up) return false;
		try {
			await this.sub.subscribe(channel);
			return true;
		} catch {
			return false;
		}
	}

	unsubscribe(channel: string): void {
		this.channels.delete(channel);
		if (this.up) void this.sub.unsubscribe(channel).catch(() => {});
	}

	/** Fire and forget; `failed` hears of a message that did not go (peers must then read the log). */
	publish(channel: string, message: Buffer | string, failed?: () => void): void {
		if (this.pub.status !== 'ready') return failed?.();
		void this.pub.publish(channel, message).catch(() => failed?.());
	}

	private async subscribeAll(): Promise<void> {
		try {
			if (this.channels.size) await this.sub.subscribe(...this.channels);
		} catch (error) {
			this.outage.lost(this.sub, error as Error);
			return;
		}
		if (this.sub.status !== 'ready') return;
		this.up = true;
		this.onUp();
	}

	private lost(): void {
		if (this.closing) return;
		const wasUp = this.up;
		this.up = false;
		if (wasUp) {
			this.outage.lost(this.sub, new Error('connection to Redis closed'));
			this.onDown();
		}
	}

	async close(): Promise<void> {
		this.closing = true;
		this.up = false;
		await Promise.all([closeRedis(this.pub), closeRedis(this.sub)]);
	}
}
