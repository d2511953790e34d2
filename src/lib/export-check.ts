/**
 * An exported file against what a hearing's clerk accepts: "The clerk takes PDF up to 10 MB:
 * this file is 84 kB", "Over the 2,000-character cap by 140". Pure and shared: the server
 * checks, the page shows; messages are catalog keys with parameters, never English.
 */
import { translate, type Locale } from '$lib/i18n';
import { NEAR_SHARE } from '$lib/testimony-meter';

export const EXPORT_FORMATS = ['pdf', 'docx', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
	return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** How a clerk takes written testimony. */
export type FilingFormat = 'pdf' | 'docx' | 'printed' | 'web_form';

/** What a hearing's clerk accepts, as the hearing records it; anything left out is not checked. */
export interface FilingRules {
	/** The ways the clerk takes it; absent when not known. */
	accepts?: FilingFormat[];
	/** Largest file the clerk takes, in megabytes of 1,000,000 bytes (the stricter reading of "10 MB"). */
	maxMegabytes?: number | null;
	/** Printed copies wanted, when the clerk takes printed copies. */
	printedCopies?: number | null;
	/** The character cap of the clerk's form. */
	characterCap?: number | null;
}

/** What was exported: its format, its size and the characters of its text. */
export interface ExportedFile {
	format: ExportFormat;
	bytes: number;
	characters: number;
}

export type CheckParam = string | number | { bytes: number } | { formats: FilingFormat[] } | { format: ExportFormat | FilingFormat };

export interface FileCheck {
	level: 'ok' | 'note' | 'warning' | 'error';
	/** A catalog key under `export.check.` */
	key: string;
	params: Record<string, CheckParam>;
}

const BYTES_PER_MB = 1_000_000;

function positive(value: number | null | undefined): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Every check that applies to `file` under `rules`, the most serious first; with no rules, only its size. */
export function checkExport(file: ExportedFile, rules: FilingRules | null = null): FileCheck[] {
	const checks: FileCheck[] = [];
	const size = { bytes: file.bytes };
	const format = { format: file.format };
	const accepts = rules?.accepts;
	const isFile = file.format === 'pdf' || file.format === 'docx';
	if (accepts && isFile && !accepts.includes(file.format as FilingFormat)) {
		checks.push({ level: 'error', key: accepts.length ? 'export.check.format_refused' : 'export.check.format_none', params: { format, accepted: { formats: accepts } } });
	} else if (accepts && !isFile) {
		checks.push({ level: 'note', key: accepts.includes('web_form') ? 'export.check.markdown_web_form' : 'export.check.markdown_not_filed', params: { accepted: { formats: accepts } } });
	} else if (isFile && positive(rules?.maxMegabytes)) {
		const limit = Math.round(rules.maxMegabytes * BYTES_PER_MB);
		const over = file.bytes - limit;
		checks.push(
			over > 0
				? { level: 'error', key: 'export.check.size_over', params: { format, limit: { bytes: limit }, size, over: { bytes: over } } }
				: { level: 'ok', key: 'export.check.size_within', params: { format, limit: { bytes: limit }, size } }
		);
	} else if (accepts && isFile) {
		checks.push({ level: 'ok', key: 'export.check.format_taken', params: { format, size } });
	} else {
		checks.push({ level: 'note', key: 'export.check.size', params: { size } });
	}
	if (rules?.accepts?.includes('printed') && positive(rules.printedCopies) && file.format !== 'md') {
		checks.push({ level: 'note', key: 'export.check.printed_copies', params: { count: Math.floor(rules.printedCopies) } });
	}
	if (positive(rules?.characterCap)) {
		const cap = Math.floor(rules.characterCap);
		const over = file.characters - cap;
		if (over > 0) checks.push({ level: 'error', key: 'export.check.cap_over', params: { cap, over, count: over } });
		else if (file.characters >= cap * (1 - NEAR_SHARE)) checks.push({ level: 'warning', key: 'export.check.cap_near', params: { cap, characters: file.characters, left: cap - file.characters } });
		else checks.push({ level: 'ok', key: 'export.check.cap_within', params: { cap, characters: file.characters } });
	}
	const order = { error: 0, warning: 1, ok: 2, note: 3 };
	return checks.sort((a, b) => order[a.level] - order[b.level]);
}

/** A size as people read it: "84 kB", "1.2 MB" (decimal units, as the clerk's "10 MB"). */
export function formatBytes(locale: Locale, bytes: number): string {
	const [value, unit] = bytes >= BYTES_PER_MB ? [bytes / BYTES_PER_MB, 'megabyte'] : bytes >= 1000 ? [bytes / 1000, 'kilobyte'] : [bytes, 'byte'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 }).format(value);
}

function formatName(locale: Locale, format: ExportFormat | FilingFormat): string {
	return translate(locale, `export.format_name.${format}`);
}

/** The sentence of a check in `locale`. */
export function checkMessage(locale: Locale, check: FileCheck): string {
	const params: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(check.params)) {
		if (typeof value !== 'object') params[name] = value;
		else if ('bytes' in value) params[name] = formatBytes(locale, value.bytes);
		else if ('formats' in value) params[name] = new Intl.ListFormat(locale, { type: 'disjunction' }).format(value.formats.map((f) => formatName(locale, f)));
		else params[name] = formatName(locale, value.format);
	}
	return translate(locale, check.key, params);
}
