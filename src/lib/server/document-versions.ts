import * as v from 'valibot';
import * as Y from 'yjs';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { replaceRichText, richTextBlocks, richTextBody } from '$lib/collab/rich-text-doc';
import { redlineText, type RedlineSegment } from '$lib/policy/redline';
import type { DB } from './db/index';
import { text } from './forms';
import { getDocument, RICH_TEXT_KINDS, type DocumentAccess } from './documents';
import { liveDocuments, readDocument, readStored } from './live-documents';
import { Refusal } from './refusal';

/**
 * Versions of a rich-text document: automatic checkpoints while people edit (see
 * server/collab/version-checkpoints.ts) and versions someone named. Anyone on the team reads and
 * compares them; members save and restore. Restoring is a new change through the live room, so
 * the history stays and every connected copy converges.
 */

export const VERSION_NAME_MAX = 80;
export const VersionName = v.object({ name: text(VERSION_NAME_MAX) });
export const VersionRef = v.object({ version: v.pipe(v.string('required'), v.regex(/^\d{1,15}$/, 'invalid'), v.transform(Number)) });

export interface VersionSummary {
	id: number;
	name: string | null;
	words: number;
	createdAt: number;
	createdBy: string | null;
	createdByName: string | null;
}

/** What a document holds, for a version row. */
function versionOf(doc: Y.Doc): { state: Uint8Array; content: string; words: number } {
	const body = richTextBody(doc);
	const words = richTextBlocks(body)
		.join(' ')
		.split(/\s+/u)
		.filter(Boolean).length;
	return { state: Y.encodeStateAsUpdate(doc), content: JSON.stringify(yXmlFragmentToProsemirrorJSON(body)), words };
}

/** Writes a version of `doc` (the server's own checkpoint when `by` is null and no name is given). */
export async function recordVersion(db: DB, documentId: string, doc: Y.Doc, options: { name?: string | null; by?: string | null; throughId?: number; now?: number } = {}): Promise<number> {
	const row = await db
		.insertInto('document_version')
		.values({ document_id: documentId, name: options.name ?? null, ...versionOf(doc), through_id: options.throughId ?? 0, created_by: options.by ?? null, created_at: options.now ?? Date.now() })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

async function versioned(db: DB, slug: string, userId: string, documentId: string): Promise<DocumentAccess> {
	const access = await getDocument(db, slug, userId, documentId);
	if (!RICH_TEXT_KINDS.includes(access.document.kind)) throw new Refusal('document_not_found', 404);
	return access;
}

async function editableVersioned(db: DB, slug: string, userId: string, documentId: string): Promise<DocumentAccess> {
	const access = await versioned(db, slug, userId, documentId);
	if (!access.canEdit) throw new Refusal('forbidden', 403);
	return access;
}

/** The versions of a document, newest first. */
export async function listVersions(db: DB, slug: string, userId: string, documentId: string): Promise<{ access: DocumentAccess; versions: VersionSummary[] }> {
	const access = await versioned(db, slug, userId, documentId);
	const rows = await db
		.selectFrom('document_version as v')
		.leftJoin('user as u', 'u.id', 'v.created_by')
		.select(['v.id', 'v.name', 'v.words', 'v.created_at as createdAt', 'v.created_by as createdBy', 'u.display_name as createdByName'])
		.where('v.document_id', '=', documentId)
		.orderBy('v.id', 'desc')
		.execute();
	return { access, versions: rows };
}

/** Names the document as it is now ("sent to the clerk"). */
export async function saveVersion(db: DB, slug: string, userId: string, documentId: string, name: string): Promise<number> {
	await editableVersioned(db, slug, userId, documentId);
	return recordVersion(db, documentId, await readDocument(db, documentId), { name, by: userId });
}

async function versionRow(db: DB, documentId: string, versionId: number) {
	const row = await db.selectFrom('document_version').selectAll().where('document_id', '=', documentId).where('id', '=', versionId).executeTakeFirst();
	if (!row) throw new Refusal('document_version_not_found', 404);
	return row;
}

function docOf(state: Uint8Array): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, state);
	return doc;
}

export interface VersionComparison {
	version: VersionSummary;
	/** Word by word, from the version to the text now: 'delete' is only in the version, 'insert' only now. */
	segments: RedlineSegment[];
	changed: boolean;
}

/** A version against the current text, word by word, a line per block. */
export async function compareVersion(db: DB, slug: string, userId: string, documentId: string, versionId: number): Promise<VersionComparison> {
	await versioned(db, slug, userId, documentId);
	const row = await versionRow(db, documentId, versionId);
	const then = docOf(row.state);
	const before = richTextBlocks(richTextBody(then)).join('\n');
	then.destroy();
	const after = await readStored(db, documentId, (now) => richTextBlocks(richTextBody(now)).join('\n'));
	const author = row.created_by ? await db.selectFrom('user').select('display_name').where('id', '=', row.created_by).executeTakeFirst() : undefined;
	const segments = redlineText(before, after);
	return {
		version: { id: row.id, name: row.name, words: row.words, createdAt: row.created_at, createdBy: row.created_by, createdByName: author?.display_name ?? null },
		segments,
		changed: segments.some((s) => s.kind !== 'same')
	};
}

/**
 * Makes the document read as the version did, as the person's own change through the live room.
 * The text as it was just before is kept as a checkpoint first, so a restore can be undone.
 */
export async function restoreVersion(db: DB, slug: string, userId: string, documentId: string, versionId: number): Promise<void> {
	await editableVersioned(db, slug, userId, documentId);
	const row = await versionRow(db, documentId, versionId);
	await recordVersion(db, documentId, await readDocument(db, documentId), { by: userId });
	const then = docOf(row.state);
	try {
		await liveDocuments(db).change(documentId, (doc) => replaceRichText(richTextBody(doc), richTextBody(then)), { by: userId });
	} finally {
		then.destroy();
	}
}
