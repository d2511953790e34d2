import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

// The y-websocket wire protocol (as y-protocols defines it): [type][payload].
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** Close codes. 44xx tells the stock client not to reconnect (permanent); others are transient. */
export const CLOSE = {
	goingAway: 1001,
	unsupported: 1003,
	invalid: 1007,
	tooBig: 1009,
	internal: 1011,
	/** The server is shutting down or restarting; clients reconnect (to it or to another process). */
	restarting: 1012,
	tryAgain: 1013,
	unauthenticated: 4401,
	forbidden: 4403,
	documentTooLarge: 4413,
	/** An update that would give a structured document a shape its schema does not allow. */
	updateRefused: 4422
} as const;

/** A message that could be read in full; anything else is a `ProtocolError`. */
export type ClientMessage =
	| { kind: 'sync-step1'; stateVector: Uint8Array }
	| { kind: 'sync-step2' | 'update'; update: Uint8Array }
	| { kind: 'awareness'; update: Uint8Array }
	| { kind: 'query-awareness' };

export class ProtocolError extends Error {
	constructor(
		readonly code: typeof CLOSE.unsupported | typeof CLOSE.invalid,
		message: string
	) {
		super(message);
	}
}

/** Reads one client message strictly: known types only, exact lengths, no trailing bytes. */
export function parseMessage(data: Uint8Array): ClientMessage {
	const decoder = decoding.createDecoder(data);
	let message: ClientMessage;
	try {
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_SYNC) {
			const step = decoding.readVarUint(decoder);
			const payload = decoding.readVarUint8Array(decoder);
			if (step === SYNC_STEP1) message = { kind: 'sync-step1', stateVector: payload };
			else if (step === SYNC_STEP2) message = { kind: 'sync-step2', update: payload };
			else if (step === SYNC_UPDATE) message = { kind: 'update', update: payload };
			else throw new ProtocolError(CLOSE.unsupported, `unknown sync message ${step}`);
		} else if (type === MESSAGE_AWARENESS) {
			message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
		} else if (type === MESSAGE_QUERY_AWARENESS) {
			message = { kind: 'query-awareness' };
		} else {
			throw new ProtocolError(CLOSE.unsupported, `unknown message type ${type}`);
		}
	} catch (error) {
		if (error instanceof ProtocolError) throw error;
		throw new ProtocolError(CLOSE.invalid, `truncated message: ${(error as Error).message}`);
	}
	if (decoding.hasContent(decoder)) throw new ProtocolError(CLOSE.invalid, 'trailing bytes after message');
	return message;
}

/** Whether an update decodes in full; returns whether it carries anything (structs or deletions). */
export function inspectUpdate(update: Uint8Array): { empty: boolean } {
	try {
		const { structs, ds } = Y.decodeUpdate(update);
		return { empty: structs.length === 0 && ds.clients.size === 0 };
	} catch (error) {
		throw new ProtocolError(CLOSE.invalid, `malformed update: ${(error as Error).message}`);
	}
}

export function checkStateVector(stateVector: Uint8Array): void {
	try {
		const decoder = decoding.createDecoder(stateVector);
		const n = decoding.readVarUint(decoder);
		if (n > stateVector.length) throw new Error('more clients than bytes');
		for (let i = 0; i < n; i++) {
			decoding.readVarUint(decoder);
			decoding.readVarUint(decoder);
		}
		if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
	} catch (error) {
		throw new ProtocolError(CLOSE.invalid, `malformed state vector: ${(error as Error).message}`);
	}
}

export function syncMessage(step: number, payload: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	encoding.writeVarUint(encoder, step);
	encoding.writeVarUint8Array(encoder, payload);
	return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
	encoding.writeVarUint8Array(encoder, update);
	return encoding.toUint8Array(encoder);
}
