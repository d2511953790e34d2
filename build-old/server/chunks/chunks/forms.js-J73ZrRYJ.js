import { R as Refusal } from './refusal.js-CqIAUhOf.js';
import { c as cleanText } from './text.js-De780Z__.js';
import { B as fail } from './utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/lib/server/forms.ts
var SECRET = /password|token/i;
function typedValues(form) {
	const values = {};
	for (const [key, value] of form) if (typeof value === "string" && !SECRET.test(key)) values[key] = value.slice(0, 500);
	return values;
}
/** Reads a form against a valibot schema; on failure, a 400 with a message per field. */
function parseForm(schema, form) {
	const raw = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key);
		raw[key] = all.length > 1 ? all : all[0];
	}
	const result = v.safeParse(schema, raw);
	if (result.success) return {
		ok: true,
		data: result.output
	};
	const errors = {};
	for (const issue of result.issues) {
		const field = issue.path?.map((p) => String(p.key)).join(".") ?? "_form";
		errors[field] ??= issue.message.startsWith("Invalid") ? "invalid" : issue.message;
	}
	return {
		ok: false,
		failure: fail(400, {
			errors,
			values: typedValues(form)
		})
	};
}
/** Turns a domain refusal into the form's failure; anything else is rethrown. */
function refused(err, form, field) {
	if (!(err instanceof Refusal)) throw err;
	const values = form ? typedValues(form) : void 0;
	if (field) return fail(err.status, {
		errors: { [field]: err.code },
		params: err.params,
		values
	});
	return fail(err.status, {
		message: err.code,
		params: err.params,
		values
	});
}
/** Free text, cleaned (see cleanText): text with nothing visible in it counts as missing. */
var text$1 = (max, options = {}) => v.pipe(v.string("required"), v.transform((s) => cleanText(s, options)), v.minLength(1, "required"), v.maxLength(max, "too_long"));
var optionalText = (max, options = {}) => v.pipe(v.optional(v.string(), ""), v.transform((s) => cleanText(s, options)), v.maxLength(max, "too_long"), v.transform((s) => s || null));
var email = v.pipe(v.string("required"), v.trim(), v.minLength(1, "required"), v.maxLength(254, "too_long"), v.email("email_invalid"));
/** Length limits are the password rules' own; here only presence and an upper bound for the hasher. */
var password = v.pipe(v.string("required"), v.minLength(1, "required"), v.maxLength(1024, "password_too_long"));
var picklist = (options) => v.picklist(options, "invalid");

export { password as a, picklist as b, email as e, optionalText as o, parseForm as p, refused as r, text$1 as t };
//# sourceMappingURL=forms.js-J73ZrRYJ.js.map
