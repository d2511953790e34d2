import { al as head, ai as escape_html, ah as attr, aj as stringify, am as ensure_array_like, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../../../chunks/Field.js-C0qWKjAC.js';
import { d as documentHref, p as policyStatus } from '../../../../../../chunks/documents2.js-CgqM4IsD.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/docs/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const policy = derived(() => policyStatus(data.policy, t));
		const when = (ms) => new Date(ms).toLocaleString(currentLocale(), {
			dateStyle: "medium",
			timeStyle: "short"
		});
		head("nvsly8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("docs.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<div class="row head svelte-nvsly8"><h1>${escape_html(data.archived ? t("docs.archived_title") : t("docs.title"))}</h1> <a${attr("href", data.archived ? "?" : "?archived")}>${escape_html(data.archived ? t("docs.show_current") : t("docs.show_archived"))}</a></div> `);
		if (data.allowed["playbook.edit"] && !data.archived) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/create" class="card new-doc svelte-nvsly8">`);
			Field($$renderer, {
				name: "title",
				label: t("docs.new_title"),
				required: true,
				maxlength: 200,
				value: form?.values?.title,
				error: form?.errors?.title,
				placeholder: t("docs.new_placeholder")
			});
			$$renderer.push(`<!----> <button>${escape_html(t("docs.create"))}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.archived && data.documents.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("docs.none_archived"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="doc-list svelte-nvsly8">`);
			if (!data.archived) {
				$$renderer.push(`<!--[0--><li class="svelte-nvsly8"><a${attr("href", `/t/${stringify(data.team.slug)}/policy`)} class="svelte-nvsly8">${escape_html(t("policy.document_title", { jurisdiction: data.team.jurisdiction_name }))}</a> <span class="muted">${escape_html(policy())}</span></li> `);
				if (!data.talkingPointsMade) $$renderer.push(`<!--[0--><li class="svelte-nvsly8"><a${attr("href", `/t/${stringify(data.team.slug)}/talking-points`)} class="svelte-nvsly8">${escape_html(t("sections.talking_points"))}</a> <span class="muted">${escape_html(t("docs.talking_points_from_model"))}</span></li>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!--[-->`);
			const each_array = ensure_array_like(data.documents);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let doc = each_array[$$index];
				$$renderer.push(`<li class="svelte-nvsly8"><a${attr("href", documentHref(data.team.slug, doc))} class="svelte-nvsly8">${escape_html(doc.title)}</a> <span class="muted">${escape_html(t("docs.updated", { when: when(doc.updated_at) }))}</span></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DmVYQRUf.js.map
