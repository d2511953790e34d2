import { al as head, ai as escape_html, am as ensure_array_like, ah as attr } from '../../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as FormMessage } from '../../../../chunks/FormMessage.js-CYooKlqv.js';
import '../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/admin/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("iaj1av", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("admin.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page"><h1>${escape_html(t("admin.title"))}</h1> <p class="muted">${escape_html(t("admin.intro"))}</p> <p class="row"><a class="button secondary" href="/admin/model">${escape_html(t("admin_links.model"))}</a> <a class="button secondary" href="/admin/rollup">${escape_html(t("admin_links.rollup"))}</a></p> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> <table class="responsive"><thead><tr><th scope="col">${escape_html(t("members.name"))}</th><th scope="col">${escape_html(t("fields.email"))}</th><th scope="col">${escape_html(t("admin.role"))}</th><th scope="col"><span class="visually-hidden">${escape_html(t("members.actions"))}</span></th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.users);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let person = each_array[$$index];
			$$renderer.push(`<tr><td><strong>${escape_html(person.display_name)}</strong></td><td class="mono">${escape_html(person.email)}</td><td>`);
			if (person.is_admin) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("admin.campaign_admin"))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></td><td><form method="POST" action="?/admin"><input type="hidden" name="userId"${attr("value", person.id)}/> `);
			if (person.is_admin) $$renderer.push(`<!--[0--><button class="secondary" name="admin" value="revoke">${escape_html(t("admin.revoke", { name: person.display_name }))}</button>`);
			else $$renderer.push(`<!--[-1--><button class="secondary" name="admin" value="grant">${escape_html(t("admin.grant", { name: person.display_name }))}</button>`);
			$$renderer.push(`<!--]--></form></td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-cozQdUAG.js.map
