import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** What others see of a connection's person: set by the server from who connected, never by the client. */
export interface ShownUser {
	name: string;
	color: string;
	role: string;
}

export interface PresenceOwner {
	/** The awareness client id this connection announced first; the only one it may set. */
	presenceId: number | null;
	readonly identity: { userId: string };
}

export interface AdmittedPresence {
	/** The entries to apply, with `user` rewritten; null when nothing is left. */
	update: Uint8Array | null;
	/** Client ids whose entries were refused (owned by another connection, or not this one's). */
	refused: number[];
}

/**
 * Keeps, of an awareness update, only the entries for the client id `from` owns, and stamps each
 * state with the name, colour and role the server knows. A connection owns the first id it
 * announces unless another person's connection owns it; the same person reconnecting takes it over.
 * Throws on a malformed update (the caller closes the connection).
 */
export function admitPresence(update: Uint8Array, from: PresenceOwner, others: Iterable<PresenceOwner>, shown: ShownUser): AdmittedPresence {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	if (count > update.length) throw new Error('more entries than bytes');
	const kept: { clientId: number; clock: number; state: string }[] = [];
	const refused: number[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		const state: unknown = JSON.parse(decoding.readVarString(decoder));
		if (from.presenceId === null) claim(clientId, from, others);
		if (clientId !== from.presenceId) {
			refused.push(clientId);
			continue;
		}
		const fields = state !== null && typeof state === 'object' && !Array.isArray(state) ? state : {};
		kept.push({ clientId, clock, state: JSON.stringify(state === null ? null : { ...fields, user: shown }) });
	}
	if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness entries');
	if (!kept.length) return { update: null, refused };
	return { update: writePresenceEntries(kept), refused };
}

function claim(clientId: number, from: PresenceOwner, others: Iterable<PresenceOwner>): void {
	for (const other of others) {
		if (other === from || other.presenceId !== clientId) continue;
		if (other.identity.userId !== from.identity.userId) return;
		// The same person's tab, reconnected before the server noticed the old socket was gone.
		other.presenceId = null;
	}
	from.presenceId = clientId;
}

/** One entry of an encoded awareness update, its state still JSON. */
export interface PresenceEntry {
	clientId: number;
	clock: number;
	state: string;
}

/** The entries of an awareness update (as it travels between processes, already admitted). */
export function readPresenceEntries(update: Uint8Array): PresenceEntry[] {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	if (count > update.length) throw new Error('more entries than bytes');
	const entries: PresenceEntry[] = [];
	for (let i = 0; i < count; i++) {
		entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
	}
	return entries;
}

export function writePresenceEntries(entries: readonly PresenceEntry[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const entry of entries) {
		encoding.writeVarUint(encoder, entry.clientId);
		encoding.writeVarUint(encoder, entry.clock);
		encoding.writeVarString(encoder, entry.state);
	}
	return encoding.toUint8Array(encoder);
}
