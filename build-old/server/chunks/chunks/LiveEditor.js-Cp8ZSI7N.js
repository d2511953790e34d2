import './internal2.js-BICIkewf.js';
import { ai as escape_html, am as ensure_array_like, ah as attr, aj as stringify, T as derived } from './server.js-DUATOAhJ.js';
import 'yjs';
import '@oslojs/encoding';
import { E as EXPORT_FORMATS } from './export-check.js-CTHSmoJb.js';
import { t } from './t.svelte.js-Dq5mMf18.js';
import 'y-websocket';
import 'y-indexeddb';
import 'lib0/decoding';
import './RichTextEditor.js-Ckhd3iVO.js';

// src/lib/components/ExportLinks.svelte
function ExportLinks($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The export route of the document, without the format: `/t/<team>/docs/<id>/export`. */
		/** The document's title, for the links' accessible names. */
		/** Files with open suggestions in them, marked as such (suggestion mode): how the option starts. */
		let { href, title, includeSuggestions = false } = $$props;
		let include = includeSuggestions;
		const query = derived(() => include ? "?suggestions=include" : "");
		let checking = false;
		$$renderer.push(`<section class="exports svelte-1eo3xpb" aria-labelledby="exports-title"><h2 id="exports-title" class="svelte-1eo3xpb">${escape_html(t("export.title"))}</h2> <ul class="links svelte-1eo3xpb"><!--[-->`);
		const each_array = ensure_array_like(EXPORT_FORMATS);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let format = each_array[$$index];
			$$renderer.push(`<li><a class="button secondary"${attr("href", `${stringify(href)}/${stringify(format)}${query()}`)} download=""${attr("aria-label", t("export.download_label", {
				title,
				format: t(`export.${format}`)
			}))}>${escape_html(t(`export.${format}`))}</a></li>`);
		}
		$$renderer.push(`<!--]--> <li><button type="button" class="link"${attr("disabled", checking, true)}>${escape_html(t("export.check_button"))}</button></li></ul> <label class="include svelte-1eo3xpb"><input type="checkbox"${attr("checked", include, true)} class="svelte-1eo3xpb"/> ${escape_html(t("suggestions.export_include"))}</label> <div aria-live="polite">`);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></section>`);
	});
}

export { ExportLinks as E };
//# sourceMappingURL=LiveEditor.js-Cp8ZSI7N.js.map
