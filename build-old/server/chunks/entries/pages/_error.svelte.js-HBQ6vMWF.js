import { al as head, ai as escape_html, T as derived } from '../../chunks/server.js-DUATOAhJ.js';
import { p as page, t } from '../../chunks/t.svelte.js-Dq5mMf18.js';
import '../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../chunks/internal2.js-BICIkewf.js';
import '../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../chunks/exports.js-B7zWDtbc.js';
import '../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../chunks/utils.js-Cx36Gts4.js';

// src/routes/+error.svelte
function _error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const heading = derived(() => page.status === 404 ? t("errors.page_not_found") : page.status === 403 ? t("errors.forbidden") : page.status === 401 ? t("errors.signed_out") : t("errors.something_wrong"));
		head("1j96wlh", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(heading())} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page narrow"><div class="card"><h1>${escape_html(heading())}</h1> `);
		if (page.error?.message && page.error.message !== heading()) $$renderer.push(`<!--[0--><p>${escape_html(page.error.message)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <a class="button" href="/">${escape_html(t("errors.go_home"))}</a> `);
		if (page.error?.requestId) $$renderer.push(`<!--[0--><p class="reference muted svelte-1j96wlh"><small>${escape_html(t("error_page.reference", { id: page.error.requestId }))}</small></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></div>`);
	});
}

export { _error as default };
//# sourceMappingURL=_error.svelte.js-HBQ6vMWF.js.map
