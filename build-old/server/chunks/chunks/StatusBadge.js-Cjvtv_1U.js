import { ai as escape_html, ak as attr_class, aj as stringify } from './server.js-DUATOAhJ.js';
import { t } from './t.svelte.js-Dq5mMf18.js';

// src/lib/components/StatusBadge.svelte
function StatusBadge($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Where a target stands on a rule, as a badge; a mark beside the word, so colour is never the only sign. */
		let { status, compact = false } = $$props;
		const MARKS = {
			yes: "✓",
			no: "✗",
			mixed: "◐",
			unknown: "?"
		};
		if (compact && status === "unknown") $$renderer.push(`<!--[0--><span class="badge status status-unknown svelte-12nqn7t"><span aria-hidden="true">?</span><span class="visually-hidden">${escape_html(t("scorecard.status.unknown"))}</span></span>`);
		else $$renderer.push(`<!--[-1--><span${attr_class(`badge status status-${stringify(status)}`, "svelte-12nqn7t")}><span aria-hidden="true">${escape_html(MARKS[status])}</span> ${escape_html(t(`scorecard.status.${status}`))}</span>`);
		$$renderer.push(`<!--]-->`);
	});
}

export { StatusBadge as S };
//# sourceMappingURL=StatusBadge.js-Cjvtv_1U.js.map
