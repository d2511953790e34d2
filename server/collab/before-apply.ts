import * as Y from 'yjs';
import { KIND_SCHEMAS, type LiveKind } from '../../src/lib/collab/document-kinds';
import type { ShapeProblem } from '../../src/lib/collab/doc-shape';
import { CLOSE } from './protocol';
import type { Applied, CollabHooks } from './hooks';
import type { Identity } from './room';

/** What to do with an update a connection sent, before the room applies it. */
export type Verdict =
	| { action: 'apply' }
	| { action: 'drop'; reason: string }
	| { action: 'close'; code: number; reason: string; problems?: ShapeProblem[] };

export interface Incoming {
	kind: LiveKind;
	readOnly: boolean;
	/** A reviewer's connection: it may comment and suggest, and change nothing else. */
	suggestOnly?: boolean;
	/** Who sent it, as admitted. */
	identity: Identity;
	/** The room's document, built on demand (rich text never needs it). */
	doc: () => Y.Doc;
	/**
	 * A copy of the document to try the update on. The caller keeps it in step (it holds the update
	 * once the room applies it too) and drops it when the room does not apply it.
	 */
	scratch: () => Y.Doc;
	update: Uint8Array;
}

const APPLY: Verdict = { action: 'apply' };

/**
 * The per-connection policy on an incoming update. Read-only connections are dropped (their
 * editor may still send what it typed offline); for structured kinds the update is tried on a
 * scratch copy first, since Yjs cannot take an applied update back, and refused when it leaves the
 * document with more shape problems than it had.
 */
export function beforeApply(incoming: Incoming): Verdict {
	if (incoming.readOnly) return { action: 'drop', reason: 'read_only' };
	const schema = KIND_SCHEMAS[incoming.kind];
	if (!schema.structured) return APPLY;
	const scratch = incoming.scratch();
	let tr: Y.Transaction | null = null;
	const listen = (t: Y.Transaction) => (tr = t);
	if (schema.validateChanges) scratch.on('afterTransaction', listen);
	try {
		Y.applyUpdate(scratch, incoming.update);
	} catch {
		return { action: 'close', code: CLOSE.invalid, reason: 'invalid_update' };
	} finally {
		if (schema.validateChanges) scratch.off('afterTransaction', listen);
	}
	// A big board checks only what the update touched; anything found is then checked in full.
	if (schema.validateChanges && tr && !schema.validateChanges(scratch, tr).length) return APPLY;
	const after = schema.validate(scratch);
	if (!after.length) return APPLY;
	// A document stored before updates were checked may be off already; edits to it still go in.
	if (after.length <= schema.validate(incoming.doc()).length) return APPLY;
	return { action: 'close', code: CLOSE.updateRefused, reason: 'update_refused', problems: after.slice(0, 5) };
}

/**
 * The check on rich text, after the room applied an update: a scratch copy per keystroke would
 * cost the hot path, so what the update added is read off its transaction instead. A refused
 * update is in the room's doc already: the caller drops the room, which reloads from the store.
 */
export function afterApply(applied: Applied): Verdict {
	const check = KIND_SCHEMAS[applied.kind].checkApplied;
	// The server's own changes are made by code, not sent: only a connection's are checked.
	if (!check || !applied.from) return APPLY;
	const problems = check(applied.tr);
	return problems.length ? { action: 'close', code: CLOSE.updateRefused, reason: 'update_refused', problems: problems.slice(0, 5) } : APPLY;
}

/** The engine's first hook: read-only connections are dropped and every kind keeps its schema. */
export const shapeHooks: CollabHooks = { name: 'shape', beforeApply, afterApply };
