import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { StoredRow } from './writer';
import type { AnnouncedRow } from './log-follower';
import type { RedisLink } from './redis-link';

/** Updates larger than this are announced by log id alone; peers read them from the store. */
export const MAX_CARRIED_BYTES = 16 * 1024;

const PREFIX = 'playbook:log:';
export const logChannel = (documentId: string) => `${PREFIX}${documentId}`;

/** One announcement: a process stored these rows of a document, in this order. */
export interface Announcement {
	/** The process that stored them. */
	from: string;
	/** Counts this process's announcements of this document, from 1: a skipped number is a lost one. */
	seq: number;
	documentId: string;
	rows: AnnouncedRow[];
}

export function encodeAnnouncement(a: Announcement): Buffer {
	const encoder = encoding.createEncoder();
	encoding.writeVarString(encoder, a.from);
	encoding.writeVarUint(encoder, a.seq);
	encoding.writeVarUint(encoder, a.rows.length);
	for (const row of a.rows) {
		encoding.writeVarUint(encoder, row.id);
		encoding.writeVarUint(encoder, row.data ? 1 : 0);
		if (row.data) encoding.writeVarUint8Array(encoder, row.data);
	}
	return Buffer.from(encoding.toUint8Array(encoder));
}

/** Which process an announcement is from, read without reading its rows; null when unreadable. */
function announcedBy(message: Uint8Array): string | null {
	try {
		return decoding.readVarString(decoding.createDecoder(message));
	} catch {
		return null;
	}
}

export function decodeAnnouncement(documentId: string, message: Uint8Array): Announcement {
	const decoder = decoding.createDecoder(message);
	const from = decoding.readVarString(decoder);
	const seq = decoding.readVarUint(decoder);
	const count = decoding.readVarUint(decoder);
	const rows: AnnouncedRow[] = [];
	for (let i = 0; i < count; i++) {
		const id = decoding.readVarUint(decoder);
		const carried = decoding.readVarUint(decoder) === 1;
		// A copy: the message buffer is Redis's to reuse.
		rows.push({ id, data: carried ? decoding.readVarUint8Array(decoder).slice() : null });
	}
	return { from, seq, documentId, rows };
}

/**
 * Announcements on Redis, one channel per document: after a write commits, the process that made
 * it says which log ids it stored (and the bytes of small ones). Receivers learn of losses from
 * the per-document numbering and read the log for them.
 */
export class Announcements {
	private readonly sent = new Map<string, number>();
	/** Documents with an announcement that did not go out: on the publisher's return, peers are told to read the log. */
	private readonly unsent = new Set<string>();
	/** Per document, per announcing process: the last number seen. */
	private readonly heard = new Map<string, Map<string, number>>();

	constructor(
		private readonly link: RedisLink,
		readonly processId: string,
		private readonly receive: (documentId: string, rows: AnnouncedRow[], gap: boolean) => void,
		private readonly refused: (documentId: string, error: unknown) => void
	) {
		link.on(PREFIX, (channel, message) => this.arrived(channel.slice(PREFIX.length), message));
		link.onPublisherBack = () => this.madeUp();
	}

	announce(documentId: string, rows: readonly StoredRow[]): void {
		const seq = (this.sent.get(documentId) ?? 0) + 1;
		this.sent.set(documentId, seq);
		let budget = MAX_CARRIED_BYTES * 4;
		const announced = rows.map((r) => {
			const carried = r.update.length <= MAX_CARRIED_BYTES && r.update.length <= budget;
			if (carried) budget -= r.update.length;
			return { id: r.id, data: carried ? r.update : null };
		});
		this.publish(documentId, seq, announced);
	}

	private publish(documentId: string, seq: number, rows: AnnouncedRow[]): void {
		this.link.publish(logChannel(documentId), encodeAnnouncement({ from: this.processId, seq, documentId, rows }), () => this.unsent.add(documentId));
	}

	/** An announcement of no rows: "read the log", for each document whose announcements were lost here. */
	private madeUp(): void {
		const documents = [...this.unsent];
		this.unsent.clear();
		for (const documentId of documents) {
			const seq = (this.sent.get(documentId) ?? 0) + 1;
			this.sent.set(documentId, seq);
			this.publish(documentId, seq, []);
		}
	}

	/** Starts hearing a document's announcements; resolves true once Redis has the subscription. */
	follow(documentId: string): Promise<boolean> {
		this.heard.set(documentId, new Map());
		return this.link.subscribe(logChannel(documentId));
	}

	unfollow(documentId: string): void {
		this.heard.delete(documentId);
		this.link.unsubscribe(logChannel(documentId));
	}

	private arrived(documentId: string, message: Buffer): void {
		const heard = this.heard.get(documentId);
		if (!heard || announcedBy(message) === this.processId) return; // our own writes: the room has them
		let announcement: Announcement;
		try {
			announcement = decodeAnnouncement(documentId, message);
		} catch (error) {
			this.refused(documentId, error);
			return;
		}
		const last = heard.get(announcement.from);
		heard.set(announcement.from, announcement.seq);
		// The first heard from a process is no gap: what it stored before, the room loaded or reads.
		// No rows at all: it could not announce some, so read the log.
		const gap = (last !== undefined && announcement.seq !== last + 1) || !announcement.rows.length;
		this.receive(documentId, announcement.rows, gap);
	}
}
