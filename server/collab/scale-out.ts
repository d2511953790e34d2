import { randomUUID } from 'node:crypto';
import type { Logger } from '../../src/lib/server/log';
import type { DocumentStore } from '../../src/lib/server/document-store';
import { LogFollower, SETTLE_MS, type AnnouncedRow, type LoadedLog } from './log-follower';
import { Announcements } from './peers';
import { DEFAULT_PRESENCE_TIMINGS, PresenceRelay, type PresenceTimings } from './presence-relay';
import type { PresenceOwner } from './presence';
import { RedisLink } from './redis-link';
import { everySlice, Sliced } from './slices';
import type { Room, RoomPeers } from './room';
import type { StoredRow } from './writer';

export interface ScaleOutSetup {
	/** Processes find each other through this Redis; without it they only read the log (`pollMs`). */
	redisUrl?: string;
	/** How often each open room reads the log while Redis is away (or always, without Redis). */
	pollMs?: number;
	/** With Redis up: how often each open room reads the log anyway, for what no announcement covered. */
	sweepMs?: number;
	settleMs?: number;
	presence?: Partial<PresenceTimings>;
}

export const DEFAULT_POLL_MS = 1_000;

/**
 * Scale-out from the environment: on with REDIS_URL; or, for several processes on one SQLite
 * file without Redis, COLLAB_POLL_MS (each open room reads the log that often). Off otherwise.
 */
export function scaleOutFromEnv(redisUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): ScaleOutSetup | null {
	const pollMs = Number(env.COLLAB_POLL_MS);
	const polling = Number.isFinite(pollMs) && pollMs > 0;
	if (!redisUrl && !polling) return null;
	return { redisUrl, pollMs: polling ? pollMs : undefined };
}
export const DEFAULT_SWEEP_MS = 10_000;

/**
 * Several processes serving the same live documents. Each stored write is announced on Redis;
 * each open room follows the log from what it loaded, applying announced rows and reading the
 * store for the rest. The store is the truth: Redis only makes it quick.
 */
export class ScaleOut implements RoomPeers {
	readonly processId = randomUUID();
	private readonly followers = new Map<string, { room: Room; follower: LogFollower }>();
	/** The same followers by slice, for the sweeps and polls (see `everyRoom`). */
	private readonly sweeps = new Sliced<LogFollower>();
	private readonly link: RedisLink | null;
	private readonly announcements: Announcements | null;
	private readonly presenceRelay: PresenceRelay | null;
	private readonly pollTimer: NodeJS.Timeout;
	private readonly sweepTimer: NodeJS.Timeout | null;

	constructor(
		private readonly store: DocumentStore,
		private readonly log: Logger,
		private readonly setup: ScaleOutSetup
	) {
		const { redisUrl } = setup;
		this.link = redisUrl ? new RedisLink(redisUrl, log) : null;
		if (this.link) {
			const link = this.link;
			this.announcements = new Announcements(
				link,
				this.processId,
				(documentId, rows, gap) => this.announced(documentId, rows, gap),
				(documentId, error) => log.warn({ documentId, err: error }, 'collab: unreadable announcement from Redis; reading the log instead')
			);
			this.presenceRelay = new PresenceRelay(link, this.processId, log, { ...DEFAULT_PRESENCE_TIMINGS, ...setup.presence });
			link.onUp = () => this.reconnected();
			link.onDown = () => this.presenceRelay?.disconnected();
			this.sweepTimer = this.everyRoom(setup.sweepMs ?? DEFAULT_SWEEP_MS, () => true);
		} else {
			this.announcements = null;
			this.presenceRelay = null;
			this.sweepTimer = null;
		}
		this.pollTimer = this.everyRoom(setup.pollMs ?? DEFAULT_POLL_MS, () => !this.link?.up);
	}

	/** Has every open room read the log once per `ms` while `when()`, a slice of the rooms at a time. */
	private everyRoom(ms: number, when: () => boolean): NodeJS.Timeout {
		return everySlice(ms, (slice) => {
			if (!when()) return;
			for (const follower of this.sweeps.in(slice)) void follower.catchUp();
		});
	}

	/** True while Redis carries announcements (and presence) between the processes. */
	get connected(): boolean {
		return this.link?.up ?? false;
	}

	/** The writer committed these rows: the room has them; the others hear of them. */
	stored(documentId: string, rows: StoredRow[]): void {
		this.followers.get(documentId)?.follower.own(rows.map((r) => r.id));
		this.announcements?.announce(documentId, rows);
	}

	opened(room: Room, loaded: LoadedLog): void {
		const follower = new LogFollower(room, this.store, this.log, loaded, this.setup.settleMs ?? SETTLE_MS);
		this.followers.set(room.id, { room, follower });
		this.sweeps.add(follower);
		this.presenceRelay?.opened(room);
		// Rows stored between the load and the subscription are read once it holds.
		if (!this.announcements) return;
		void this.announcements.follow(room.id).then(async (subscribed) => {
			if (subscribed) await follower.catchUp();
		});
	}

	closed(room: Room): void {
		const entry = this.followers.get(room.id);
		if (entry?.room !== room) return;
		this.followers.delete(room.id);
		this.sweeps.delete(entry.follower);
		this.announcements?.unfollow(room.id);
		this.presenceRelay?.closed(room);
	}

	presence(room: Room, update: Uint8Array, userId: string): void {
		this.presenceRelay?.changed(room, update, userId);
	}

	owners(room: Room): PresenceOwner[] {
		return this.presenceRelay?.owners(room) ?? [];
	}

	/** Waits for every room to have read the log once more (tests). */
	async catchUpAll(): Promise<void> {
		await Promise.all([...this.followers.values()].map((f) => f.follower.catchUp()));
	}

	private announced(documentId: string, rows: AnnouncedRow[], gap: boolean): void {
		this.followers.get(documentId)?.follower.take(rows, gap);
	}

	/** Subscribed again after Redis was away: read what was missed meanwhile, and exchange presence. */
	private reconnected(): void {
		void this.catchUpAll();
		this.presenceRelay?.reconnected();
	}

	async close(): Promise<void> {
		clearInterval(this.pollTimer);
		if (this.sweepTimer) clearInterval(this.sweepTimer);
		this.presenceRelay?.close();
		await this.link?.close();
	}
}
