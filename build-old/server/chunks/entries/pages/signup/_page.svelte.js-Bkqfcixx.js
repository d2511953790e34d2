import { al as head, ai as escape_html, ah as attr, aj as stringify } from '../../../chunks/server.js-DUATOAhJ.js';
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

// src/routes/signup/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		let busy = false;
		head("kmqcod", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("signup.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page narrow"><div class="card"><h1>${escape_html(t("signup.title"))}</h1> <p class="muted">${escape_html(t("signup.intro"))}</p> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> <form method="POST"><input type="hidden" name="next"${attr("value", data.next)}/> `);
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
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "displayName",
			label: t("fields.display_name"),
			autocomplete: "name",
			required: true,
			maxlength: 80,
			value: form?.values?.displayName,
			error: form?.errors?.displayName
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "password",
			type: "password",
			label: t("fields.password"),
			autocomplete: "new-password",
			required: true,
			minlength: 8,
			maxlength: 128,
			hint: t("signup.password_hint"),
			error: form?.errors?.password
		});
		$$renderer.push(`<!----> <button${attr("disabled", busy, true)}>${escape_html(t("signup.submit"))}</button></form></div> <p class="muted">${escape_html(t("signup.have_account"))} <a${attr("href", `/signin?next=${stringify(encodeURIComponent(data.next))}`)}>${escape_html(t("nav.sign_in"))}</a></p></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Bkqfcixx.js.map
