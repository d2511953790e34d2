import { al as head, ah as attr, aj as stringify, ai as escape_html } from '../../../../../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as FormMessage } from '../../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { E as ExportLinks } from '../../../../../../../chunks/LiveEditor.js-Cp8ZSI7N.js';
import { R as ReviewersCard } from '../../../../../../../chunks/ReviewersCard.js-DpGCfvSF.js';
import 'yjs';
import 'y-websocket';
import 'y-indexeddb';
import 'lib0/decoding';
import '../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '@oslojs/encoding';
import '../../../../../../../chunks/export-check.js-CTHSmoJb.js';
import '../../../../../../../chunks/RichTextEditor.js-Ckhd3iVO.js';
import '../../../../../../../chunks/rich-text-doc.js-B7aUjoe-.js';
import '../../../../../../../chunks/suggestion-base.js-CQA5RHuF.js';
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
import '../../../../../../../chunks/CopyField.js-Bz16s1hV.js';
import '../../../../../../../chunks/Field.js-C0qWKjAC.js';

// src/routes/(authed)/t/[slug]/docs/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("p7j5g8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.document.title)} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<p class="crumbs"><a${attr("href", `/t/${stringify(data.team.slug)}/docs`)}>${escape_html(t("docs.title"))}</a></p> <header class="doc-head svelte-p7j5g8">`);
		$$renderer.push(`<!--[-1--><h1 class="svelte-p7j5g8">${escape_html(data.document.title)}</h1>`);
		$$renderer.push(`<!--]--> <div class="row tools svelte-p7j5g8">`);
		if (data.canSuggest) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("review.badge"))}</span>`);
		else if (!data.canEdit) $$renderer.push(`<!--[1--><span class="badge">${escape_html(data.document.archived_at ? t("docs.archived_badge") : t("docs.read_only"))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <a class="button secondary"${attr("href", `/t/${stringify(data.team.slug)}/docs/${stringify(data.document.id)}/history`)}>${escape_html(t("versions.open"))}</a> `);
		if (data.allowed["playbook.edit"]) {
			$$renderer.push("<!--[0-->");
			if (!data.document.archived_at) $$renderer.push(`<!--[0--><button class="secondary">${escape_html(t("docs.rename"))}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/archive" class="svelte-p7j5g8"><input type="hidden" name="archived"${attr("value", data.document.archived_at ? "no" : "yes")}/> <button class="secondary">${escape_html(data.document.archived_at ? t("docs.restore") : t("docs.archive"))}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></header> `);
		FormMessage($$renderer, { form: form?.success?.startsWith("review_") || form?.errors?.reviewerEmail ? null : form });
		$$renderer.push(`<!----> `);
		$$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("editor.loading"))}</p>`);
		$$renderer.push(`<!--]--> `);
		ExportLinks($$renderer, {
			href: `/t/${stringify(data.team.slug)}/docs/${stringify(data.document.id)}/export`,
			title: data.document.title
		});
		$$renderer.push(`<!----> <div class="review-card svelte-p7j5g8">`);
		ReviewersCard($$renderer, {
			reviewers: data.reviewers,
			canManage: data.allowed["invite.manage"],
			link: `/review/${stringify(data.team.slug)}/${stringify(data.document.id)}`,
			form
		});
		$$renderer.push(`<!----></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DGaffdaf.js.map
