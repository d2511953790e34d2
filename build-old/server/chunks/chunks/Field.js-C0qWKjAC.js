import { ah as attr, ai as escape_html, an as attributes, aj as stringify } from './server.js-DUATOAhJ.js';
import { t } from './t.svelte.js-Dq5mMf18.js';

// src/lib/components/Field.svelte
function Field($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The message key of this field's error, from the server. */
		/** The catalog namespace of `error` (a feature's own, like `hearings.errors`). */
		let { name, label, value = "", hint, error, errorParams, errorPrefix = "errors", id = `f-${name}`, type = "text", $$slots, $$events, ...rest } = $$props;
		$$renderer.push(`<div class="field"><label${attr("for", id)}>${escape_html(label)}</label> <input${attributes({
			id,
			name,
			type,
			value: value ?? "",
			"aria-invalid": error ? "true" : void 0,
			"aria-describedby": [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || void 0,
			...rest
		}, void 0, void 0, void 0, 4)}/> `);
		if (hint) $$renderer.push(`<!--[0--><p class="hint"${attr("id", `${stringify(id)}-hint`)}>${escape_html(hint)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (error) $$renderer.push(`<!--[0--><p class="field-error"${attr("id", `${stringify(id)}-error`)}>${escape_html(t(`${errorPrefix}.${error}`, errorParams))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}

export { Field as F };
//# sourceMappingURL=Field.js-C0qWKjAC.js.map
