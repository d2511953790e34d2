import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * A message of our own on the y-websocket wire, after its types 0-3: the server tells an open
 * connection that it may no longer write (or may again), so the page changes without a reload.
 */
export const MESSAGE_ACCESS = 100;

export interface LiveAccess {
	readOnly: boolean;
	archived: boolean;
}

export function encodeAccess(access: LiveAccess): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_ACCESS);
	encoding.writeVarUint(encoder, (access.readOnly ? 1 : 0) | (access.archived ? 2 : 0));
	return encoding.toUint8Array(encoder);
}

/** Reads the payload after the message type. */
export function decodeAccess(decoder: decoding.Decoder): LiveAccess {
	const flags = decoding.readVarUint(decoder);
	return { readOnly: (flags & 1) !== 0, archived: (flags & 2) !== 0 };
}
