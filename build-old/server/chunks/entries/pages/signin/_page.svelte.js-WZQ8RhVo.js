import { al as head, ai as escape_html, ah as attr, aj as stringify } from '../../../chunks/server.js-DUATOAhJ.js';
import '../../../chunks/internal2.js-BICIkewf.js';
import { t } from '../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../chunks/FormMessage.js-CYooKlqv.js';
import '../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../chunks/exports.js-B7zWDtbc.js';
import '../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/signin/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		let busy = false;
		head("iq265b", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("signin.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page narrow"><div class="card"><h1>${escape_html(t("signin.title"))}</h1> `);
		if (data.signedOut) $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("offline.signed_out"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.reset) $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("success.password_reset"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
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
			name: "password",
			type: "password",
			label: t("fields.password"),
			autocomplete: "current-password",
			required: true,
			error: form?.errors?.password
		});
		$$renderer.push(`<!----> <div class="field"><label class="check svelte-iq265b"><input type="checkbox" name="shared" value="1"${attr("checked", form?.values?.shared === "1", true)} aria-describedby="shared-hint" class="svelte-iq265b"/> ${escape_html(t("offline.shared_device"))}</label> <p class="hint svelte-iq265b" id="shared-hint">${escape_html(t("offline.shared_device_hint"))}</p></div> <div class="row"><button${attr("disabled", busy, true)}>${escape_html(t("signin.submit"))}</button> <a href="/forgot">${escape_html(t("signin.forgot"))}</a></div></form></div> <p class="muted">${escape_html(t("signin.no_account"))} <a${attr("href", `/signup?next=${stringify(encodeURIComponent(data.next))}`)}>${escape_html(t("nav.sign_up"))}</a></p></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-WZQ8RhVo.js.map
