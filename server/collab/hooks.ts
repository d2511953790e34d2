import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import type { LiveKind } from '../../src/lib/collab/document-kinds';
import type { Admission } from './access';
import type { Incoming, Verdict } from './before-apply';
import type { Identity } from './room';

/**
 * What the engine lets other code do around a live document, cut to what Playbook needs (after
 * Hocuspocus's extensions). Admission before the upgrade and log-before-relay stay the engine's:
 * hooks can refuse a connection, refuse an update, and act once updates are stored, never relay
 * anything the store does not hold. Every hook sees every kind and ignores the ones it is not for.
 */
export interface CollabHooks {
	/** A name for logs. */
	name: string;
	/** After the engine's own access check admitted a connection: may refuse it (status 403/404/429...). */
	admit?(request: { req: IncomingMessage; documentId: string; admission: Admission & { ok: true } }): Promise<Refused | null> | Refused | null;
	/** Per connection, on each incoming update before the room applies it: apply, drop, or close. */
	beforeApply?(incoming: Incoming): Verdict;
	/** Right after the room applied an update (not yet stored); may still close the sender (the room then reloads). */
	afterApply?(applied: Applied): Verdict | void;
	/** Once the store holds a room's updates; runs in order per room, off the relay path. */
	afterStored?(stored: Stored): Promise<void> | void;
	/** When a room has loaded its stored state (to catch up a projection that is behind, say). */
	afterLoad?(loaded: Loaded): Promise<void> | void;
	/** When a room is dropped from memory, or the endpoint closes: flush what is held back. */
	afterUnload?(unloaded: { documentId: string; kind: LiveKind }): Promise<void> | void;
	/** Options for a room's Y.Doc of this kind (gc, for example); the engine sets the guid. */
	docOptions?(kind: LiveKind): { gc?: boolean; gcFilter?: (item: Y.Item) => boolean } | undefined;
}

export interface Refused {
	status: number;
	reason: string;
}

/** One update a room applied: its transaction, and who sent it (null for the server's own changes). */
export interface Applied {
	documentId: string;
	kind: LiveKind;
	doc: Y.Doc;
	tr: Y.Transaction;
	/** The connection that sent it; null for a change the server made. */
	from: Identity | null;
	/** Whose change it is: the sender's user, or the person a server change was made for (null: the server's own). */
	by: string | null;
}

/** Updates of one room that the store now holds, in the order they were applied. */
export interface Stored {
	documentId: string;
	kind: LiveKind;
	/** The room's document; it may already hold later updates that are not stored yet. */
	doc: Y.Doc;
	/** The update-log id of the newest stored update. */
	lastId: number;
	/** Whose change each stored update was, in order: a user id, or null for the server's own. */
	by: (string | null)[];
	/** When they were stored, Unix ms. */
	at: number;
}

export interface Loaded {
	documentId: string;
	kind: LiveKind;
	/** The room's document (built on demand). */
	doc: () => Y.Doc;
	/** The update-log id of the newest stored update the room loaded (0 for none). */
	lastId: number;
}
