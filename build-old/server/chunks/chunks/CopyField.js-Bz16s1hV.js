import { ah as attr, ai as escape_html } from './server.js-DUATOAhJ.js';
import './t.svelte.js-Dq5mMf18.js';

// src/lib/components/CopyField.svelte
function CopyField($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A read-only link with a copy button (the button appears once scripts run). */
		let { id, label, value } = $$props;
		$$renderer.push(`<div class="copy"><label${attr("for", id)}>${escape_html(label)}</label> <div class="row svelte-1j960j"><input${attr("id", id)} type="text" readonly=""${attr("value", value)} class="svelte-1j960j"/> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></div>`);
	});
}

export { CopyField as C };
//# sourceMappingURL=CopyField.js-Bz16s1hV.js.map
