import { al as head, ai as escape_html, ah as attr, aj as stringify, am as ensure_array_like, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as FormMessage } from '../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import 'yjs';
import 'y-websocket';
import 'y-indexeddb';
import 'lib0/decoding';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import 'diff';
import '../../../../../../chunks/RichTextEditor.js-Ckhd3iVO.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/rich-text-doc.js-B7aUjoe-.js';
import '../../../../../../chunks/suggestion-base.js-CQA5RHuF.js';
import '@tiptap/core';
import '@tiptap/starter-kit';
import '@tiptap/extension-collaboration';
import '@tiptap/extension-collaboration-caret';
import '@handlewithcare/prosemirror-suggest-changes';
import '@tiptap/pm/state';
import '@tiptap/pm/view';
import '@tiptap/extension-document';
import '@tiptap/extension-blockquote';
import '@tiptap/extension-list';
import '@tiptap/pm/transform';

// src/routes/(authed)/t/[slug]/policy/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const es = derived(() => currentLocale() === "es");
		head("cj7ggz", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("policy.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<div class="row head svelte-cj7ggz"><h1 class="svelte-cj7ggz">${escape_html(t("policy.title"))}</h1> `);
		if (data.adaptation || !data.allowed["playbook.edit"]) {
			$$renderer.push(`<!--[0--><div class="row">`);
			if (!data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("docs.read_only"))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.adaptation) $$renderer.push(`<!--[0--><a class="button secondary"${attr("href", `/t/${stringify(data.team.slug)}/policy/final`)}>${escape_html(t("final_text.link"))}</a> <a class="button secondary"${attr("href", `/t/${stringify(data.team.slug)}/policy/redline`)}>${escape_html(t("policy.redline"))}</a>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <p class="notice info disclaimer svelte-cj7ggz">${escape_html(t("policy.disclaimer"))}</p> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> `);
		if (!data.adaptation) {
			$$renderer.push(`<!--[0--><section class="card"><h2>${escape_html(t("policy.model_version", { version: data.model.version }))}</h2> <p>${escape_html(t("policy.adapt_intro", { jurisdiction: data.team.jurisdiction_name }))}</p> `);
			if (data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><form method="POST" action="?/adapt"><button>${escape_html(t("policy.adapt", { jurisdiction: data.team.jurisdiction_name }))}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section> <ol class="preview svelte-cj7ggz"><!--[-->`);
			const each_array = ensure_array_like(data.model.rules);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let rule = each_array[$$index];
				$$renderer.push(`<li class="card svelte-cj7ggz"><h3>${escape_html(t("policy.rule_number", { number: rule.number }))}: ${escape_html(es() && rule.titleEs ? rule.titleEs : rule.title)}</h3> <p class="muted">${escape_html(es() && rule.summaryEs ? rule.summaryEs : rule.summary)}</p></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else {
			$$renderer.push("<!--[-1-->");
			if (data.update) {
				$$renderer.push(`<!--[0--><section class="notice info update svelte-cj7ggz" aria-labelledby="update-heading"><h2 id="update-heading" class="svelte-cj7ggz">${escape_html(t("policy.update_available", {
					version: data.update.toVersion,
					count: data.update.summary.changedRules
				}))}</h2> `);
				if (data.update.notes) $$renderer.push(`<!--[0--><p>${escape_html(data.update.notes)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <a class="button"${attr("href", `/t/${stringify(data.team.slug)}/policy/update`)}>${escape_html(t("policy.review_update"))}</a></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.namesChanged && data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><form method="POST" action="?/refill" class="notice info row"><span>${escape_html(t("policy.names_changed"))}</span> <button class="secondary">${escape_html(t("policy.refill"))}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p class="muted">${escape_html(t("policy.based_on", { version: data.adaptation.baseVersion }))}</p> `);
			$$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("editor.loading"))}</p>`);
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CrGZFy-D.js.map
