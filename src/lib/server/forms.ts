import * as v from 'valibot';
import { fail, type ActionFailure } from '@sveltejs/kit';
import { Refusal } from './refusal';
import { cleanText } from '$lib/text';

/** Field name -> message key (under errors.*). */
export type FieldErrors = Record<string, string>;

export interface FormFailure {
	errors?: FieldErrors;
	/** A message key for the whole form. */
	message?: string;
	params?: Record<string, string | number>;
	/** What was typed, passwords left out, so the form can show it again. */
	values?: Record<string, string>;
}

const SECRET = /password|token/i;

function typedValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string' && !SECRET.test(key)) values[key] = value.slice(0, 500);
	return values;
}

/** Reads a form against a valibot schema; on failure, a 400 with a message per field. */
export function parseForm<S extends v.GenericSchema>(
	schema: S,
	form: FormData
): { ok: true; data: v.InferOutput<S> } | { ok: false; failure: ActionFailure<FormFailure> } {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key);
		raw[key] = all.length > 1 ? all : all[0];
	}
	const result = v.safeParse(schema, raw);
	if (result.success) return { ok: true, data: result.output };
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const field = issue.path?.map((p) => String(p.key)).join('.') ?? '_form';
		errors[field] ??= issue.message.startsWith('Invalid') ? 'invalid' : issue.message;
	}
	return { ok: false, failure: fail(400, { errors, values: typedValues(form) }) };
}

/** Turns a domain refusal into the form's failure; anything else is rethrown. */
export function refused(err: unknown, form?: FormData, field?: string): ActionFailure<FormFailure> {
	if (!(err instanceof Refusal)) throw err;
	const values = form ? typedValues(form) : undefined;
	if (field) return fail(err.status, { errors: { [field]: err.code }, params: err.params, values });
	return fail(err.status, { message: err.code, params: err.params, values });
}

// Shared field rules. Messages are catalog keys under errors.*.
/** Options of the free-text rules: `multiline` keeps line breaks (notes, summaries), else whitespace collapses. */
export type TextOptions = { multiline?: boolean };
/** Free text, cleaned (see cleanText): text with nothing visible in it counts as missing. */
export const text = (max: number, options: TextOptions = {}) =>
	v.pipe(v.string('required'), v.transform((s) => cleanText(s, options)), v.minLength(1, 'required'), v.maxLength(max, 'too_long'));
export const optionalText = (max: number, options: TextOptions = {}) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => cleanText(s, options)),
		v.maxLength(max, 'too_long'),
		v.transform((s) => s || null)
	);
export const email = v.pipe(v.string('required'), v.trim(), v.minLength(1, 'required'), v.maxLength(254, 'too_long'), v.email('email_invalid'));
/** Length limits are the password rules' own; here only presence and an upper bound for the hasher. */
export const password = v.pipe(v.string('required'), v.minLength(1, 'required'), v.maxLength(1024, 'password_too_long'));
export const picklist = <T extends readonly string[]>(options: T) => v.picklist(options, 'invalid');
