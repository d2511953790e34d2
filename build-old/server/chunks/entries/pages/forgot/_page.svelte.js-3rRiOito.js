import { al as head, ai as escape_html } from '../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../chunks/FormMessage.js-CYooKlqv.js';
import '../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../chunks/internal2.js-BICIkewf.js';
import '../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../chunks/exports.js-B7zWDtbc.js';
import '../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/forgot/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("71rv0w", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("forgot.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page narrow"><div class="card"><h1>${escape_html(t("forgot.title"))}</h1> `);
		if (data.mailEnabled) {
			$$renderer.push(`<!--[0--><p class="muted">${escape_html(t("forgot.intro"))}</p> `);
			FormMessage($$renderer, { form });
			$$renderer.push(`<!----> <form method="POST">`);
			Field($$renderer, {
				name: "email",
				type: "email",
				label: t("fields.email"),
				autocomplete: "email",
				required: true,
				maxlength: 254,
				value: form?.values?.email,
				error: form?.errors?.email
			});
			$$renderer.push(`<!----> <button>${escape_html(t("forgot.submit"))}</button></form>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(t("forgot.no_mail"))}</p>`);
		$$renderer.push(`<!--]--></div> <p><a href="/signin">${escape_html(t("forgot.back"))}</a></p></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-3rRiOito.js.map
