import type { DB } from '../db/index';
import type { Document } from '../db/schema';
import { getDocument, RICH_TEXT_KINDS } from '../documents';
import { readStored } from '../live-documents';
import { Refusal } from '../refusal';
import type { Locale } from '$lib/i18n';
import { countCharacters } from '$lib/testimony-meter';
import { checkExport, type ExportFormat, type FileCheck, type FilingFormat, type FilingRules } from '$lib/export-check';
import { formatInZone, type HearingFormat } from '$lib/hearings';
import { translate } from '$lib/i18n';
import { viewOf } from '../hearings';
import { documentJson, plainText, readContent, type Block, type ExportHeader, type ExportOptions } from './content';
import { writeDocx } from './docx';
import { writeMarkdown } from './markdown';
import { writePdf } from './pdf';

export type { ExportHeader, ExportOptions } from './content';

/** Document kinds whose text is one rich-text body, and so can be exported. */
export const EXPORTABLE_KINDS = RICH_TEXT_KINDS;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	md: 'text/markdown; charset=utf-8'
};

export interface ExportedDocument {
	bytes: Uint8Array<ArrayBuffer>;
	/** The characters of the exported text, as a clerk's form counts them. */
	characters: number;
}

/** Writes blocks in a format: the one place the three writers are chosen. */
export async function writeExport(format: ExportFormat, blocks: Block[], header: ExportHeader, locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
	if (format === 'pdf') return writePdf(blocks, header, locale);
	if (format === 'docx') return writeDocx(blocks, header, locale);
	return new TextEncoder().encode(writeMarkdown(blocks, header, locale));
}

export interface ExportRequest {
	format: ExportFormat;
	locale: Locale;
	/** Printed above the text; by default what exportHeaderFor says for the document. */
	header?: ExportHeader;
	options?: ExportOptions;
}

/**
 * A team document as a file, for anyone who may read it (viewers too); another team's document,
 * or one that is not rich text, is a 404. Read from storage, which holds every accepted update.
 */
export async function exportDocument(db: DB, slug: string, userId: string, documentId: string, request: ExportRequest): Promise<ExportedDocument & { document: Document }> {
	const release = claimExport(userId);
	try {
		const { document } = await getDocument(db, slug, userId, documentId);
		if (!EXPORTABLE_KINDS.includes(document.kind)) throw new Refusal('document_not_found', 404);
		const blocks = readContent(await readStored(db, document.id, documentJson), request.options);
		const header = request.header ?? (await exportHeaderFor(db, document, request.locale));
		const bytes = await writeExport(request.format, blocks, header, request.locale);
		return { document, bytes, characters: countCharacters(plainText(blocks)) };
	} finally {
		release();
	}
}

/** A PDF of a long text costs a core a few hundred milliseconds: one person makes a few at a time (the three checks of the page and a download). */
export const EXPORTS_PER_PERSON = 4;
const running = new Map<string, number>();

/** Counts an export as running for `userId` until the returned function is called; refuses one too many. */
function claimExport(userId: string): () => void {
	const now = running.get(userId) ?? 0;
	if (now >= EXPORTS_PER_PERSON) throw new Refusal('export_busy', 429);
	running.set(userId, now + 1);
	return () => {
		const left = (running.get(userId) ?? 1) - 1;
		if (left > 0) running.set(userId, left);
		else running.delete(userId);
	};
}

/** The testimony row of a document and its hearing, when it is testimony for one. */
async function testimonyOf(db: DB, document: Document) {
	if (document.kind !== 'testimony') return null;
	const testimony = await db.selectFrom('testimony').selectAll().where('document_id', '=', document.id).executeTakeFirst();
	if (!testimony) return null;
	const row = testimony.hearing_id ? await db.selectFrom('hearing').selectAll().where('id', '=', testimony.hearing_id).where('team_id', '=', testimony.team_id).executeTakeFirst() : undefined;
	return { testimony, hearing: row ? viewOf(row) : null };
}

/**
 * What a document's file says above its text: a team document has its title; testimony adds its
 * speaker and its hearing's body, date (in the hearing's time zone) and agenda item.
 */
export async function exportHeaderFor(db: DB, document: Document, locale: Locale): Promise<ExportHeader> {
	const found = await testimonyOf(db, document);
	const header: ExportHeader = { title: document.title };
	if (!found) return header;
	const { testimony, hearing } = found;
	if (testimony.speaker_name) header.speaker = testimony.speaker_name;
	if (hearing) {
		const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
		header.body = hearing.body_name || t(`hearings.body.${hearing.body_kind}`);
		header.hearingDate = formatInZone(hearing.starts_at, hearing.time_zone, locale);
		if (hearing.agenda_item) header.agendaItem = hearing.agenda_item;
	}
	return header;
}

/** The ways a hearing takes written comment, as the export check names them. */
const FILING: Record<HearingFormat, FilingFormat> = { pdf: 'pdf', word: 'docx', printed: 'printed', web_form: 'web_form' };

/**
 * The clerk's rules for a document's filing: testimony for a hearing answers with that hearing's
 * formats, printed copies and character cap; anything else has none.
 */
export async function filingRulesFor(db: DB, document: Document): Promise<FilingRules | null> {
	const hearing = (await testimonyOf(db, document))?.hearing;
	if (!hearing) return null;
	return {
		accepts: hearing.formats.map((format) => FILING[format]),
		printedCopies: hearing.printed_copies,
		characterCap: hearing.character_cap
	};
}

/** An export and what the clerk's rules say about it. */
export async function checkDocumentExport(db: DB, slug: string, userId: string, documentId: string, request: ExportRequest): Promise<{ bytes: number; characters: number; checks: FileCheck[] }> {
	const exported = await exportDocument(db, slug, userId, documentId, request);
	const file = { format: request.format, bytes: exported.bytes.byteLength, characters: exported.characters };
	return { bytes: file.bytes, characters: file.characters, checks: checkExport(file, await filingRulesFor(db, exported.document)) };
}

/**
 * A Content-Disposition for a download named after the document: an ASCII name for old clients
 * and the real one, accents kept, in `filename*` (RFC 6266 / 5987).
 */
export function attachmentHeader(title: string, format: ExportFormat): string {
	const base =
		title
			.normalize('NFC')
			.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
			.replace(/[\\/:*?"<>|]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^\.+/, '')
			.slice(0, 120)
			.trim() || 'document';
	const ascii =
		base
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^\x20-\x7e]/g, '')
			.replace(/[%;\\"]/g, '')
			.replace(/\s+/g, ' ')
			.trim() || 'document';
	const encoded = encodeURIComponent(`${base}.${format}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${encoded}`;
}
