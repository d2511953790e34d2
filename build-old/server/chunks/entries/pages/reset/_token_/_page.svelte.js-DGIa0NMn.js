import { al as head, ai as escape_html, ah as attr } from '../../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../../chunks/FormMessage.js-CYooKlqv.js';
import '../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/reset/[token]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("i1rd3q", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("reset.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page narrow"><div class="card"><h1>${escape_html(t("reset.title"))}</h1> `);
		if (data.valid) {
			$$renderer.push(`<!--[0--><p class="muted">${escape_html(t("reset.intro", { email: data.email }))}</p> `);
			FormMessage($$renderer, { form });
			$$renderer.push(`<!----> <form method="POST"><input type="hidden" name="username" autocomplete="username"${attr("value", data.email)}/> `);
			Field($$renderer, {
				name: "password",
				type: "password",
				label: t("fields.new_password"),
				autocomplete: "new-password",
				required: true,
				minlength: 8,
				maxlength: 128,
				hint: t("signup.password_hint"),
				error: form?.errors?.password
			});
			$$renderer.push(`<!----> <button>${escape_html(t("reset.submit"))}</button></form>`);
		} else $$renderer.push(`<!--[-1--><p class="notice error" role="alert">${escape_html(t(`errors.${data.problem}`))}</p> <a href="/forgot">${escape_html(t("reset.again"))}</a>`);
		$$renderer.push(`<!--]--></div></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DGIa0NMn.js.map
