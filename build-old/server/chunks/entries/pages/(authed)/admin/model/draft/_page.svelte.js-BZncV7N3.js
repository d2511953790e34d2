import { al as head, ai as escape_html } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import 'yjs';
import 'y-websocket';
import 'y-indexeddb';
import 'lib0/decoding';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
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

// src/routes/(authed)/admin/model/draft/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1cvy02t", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("model.draft_heading", { version: data.latest + 1 }))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page"><p class="crumbs"><a href="/admin/model">${escape_html(t("model.title"))}</a></p> <h1>${escape_html(t("model.draft_heading", { version: data.latest + 1 }))}</h1> <p class="muted">${escape_html(t("model.draft_help"))}</p> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BZncV7N3.js.map
