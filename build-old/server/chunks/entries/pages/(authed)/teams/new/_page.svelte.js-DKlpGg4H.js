import { al as head, ai as escape_html } from '../../../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { T as TeamFields } from '../../../../../chunks/TeamFields.js-BSijDgg7.js';
import '../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../chunks/Field.js-C0qWKjAC.js';
import '../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../chunks/states.js-0GJhGoOw.js';

// src/routes/(authed)/teams/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form } = $$props;
		head("oo8qzv", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("team.new_title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page"><div class="card form-card svelte-oo8qzv"><h1>${escape_html(t("team.new_title"))}</h1> <p class="muted">${escape_html(t("team.new_intro"))}</p> `);
		if (form?.errors) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t("errors.check_fields"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <form method="POST">`);
		TeamFields($$renderer, {
			values: form?.values,
			errors: form?.errors
		});
		$$renderer.push(`<!----> <button>${escape_html(t("team.create"))}</button></form></div></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DKlpGg4H.js.map
