import { am as ensure_array_like, ai as escape_html } from './server.js-DUATOAhJ.js';

// src/lib/components/RedlineText.svelte
function RedlineText($$renderer, $$props) {
	/** Word-level changes shown inline: added words underlined, removed words struck (app.css styles ins and del). */
	let { segments } = $$props;
	$$renderer.push(`<!--[-->`);
	const each_array = ensure_array_like(segments);
	for (let i = 0, $$length = each_array.length; i < $$length; i++) {
		let segment = each_array[i];
		if (segment.kind === "insert") $$renderer.push(`<!--[0--><ins>${escape_html(segment.text)}</ins>`);
		else if (segment.kind === "delete") $$renderer.push(`<!--[1--><del>${escape_html(segment.text)}</del>`);
		else $$renderer.push(`<!--[-1--><span>${escape_html(segment.text)}</span>`);
		$$renderer.push(`<!--]-->`);
	}
	$$renderer.push(`<!--]-->`);
}

export { RedlineText as R };
//# sourceMappingURL=RedlineText.js-DEAK9xPe.js.map
