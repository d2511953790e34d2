import { al as head, ai as escape_html, aj as stringify, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import 'yjs';
import 'y-websocket';
import 'y-indexeddb';
import 'lib0/decoding';
import { E as ExportLinks } from '../../../../../../chunks/LiveEditor.js-Cp8ZSI7N.js';
import { T as TimeZoneSync } from '../../../../../../chunks/TimeZoneSync.js-WmoxoJL7.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import { H as HearingCard } from '../../../../../../chunks/HearingCard.js-BBst31wO.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';
import '@oslojs/encoding';
import '../../../../../../chunks/export-check.js-CTHSmoJb.js';
import '../../../../../../chunks/RichTextEditor.js-Ckhd3iVO.js';
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
import 'i18next';
import '../../../../../../chunks/hearings.js-k0Avay5_.js';

// src/routes/(authed)/review/[slug]/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const hearing = derived(() => data.hearing);
		const testimony = derived(() => data.testimony);
		head("iwf9ee", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.document.title)} · ${escape_html(t("review.page_title"))}</title>`);
			});
		});
		TimeZoneSync($$renderer, { zone: data.viewerZone });
		$$renderer.push(`<!----> <div class="page"><p class="crumbs">${escape_html(t("review.crumb", { team: data.byTeam.name }))}</p> <header class="head svelte-iwf9ee"><h1 class="svelte-iwf9ee">${escape_html(data.document.title)}</h1> <span class="badge">${escape_html(data.canSuggest ? t("review.badge") : t("docs.archived_badge"))}</span></header> <p class="notice" role="note">${escape_html(data.canSuggest ? t("review.banner", { team: data.byTeam.name }) : t("review.banner_archived"))}</p> <div class="layout svelte-iwf9ee"><div class="editor">`);
		$$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("editor.loading"))}</p>`);
		$$renderer.push(`<!--]--> `);
		ExportLinks($$renderer, {
			href: `/t/${stringify(data.byTeam.slug)}/docs/${stringify(data.document.id)}/export`,
			title: data.document.title
		});
		$$renderer.push(`<!----></div> `);
		if (testimony()) {
			$$renderer.push(`<!--[0--><aside class="side">`);
			HearingCard($$renderer, {
				hearing: hearing(),
				now: data.now,
				zone: data.viewerZone,
				children: ($$renderer) => {
					if (testimony().speaker_name) $$renderer.push(`<!--[0--><p>${escape_html(t("testimony.speaker"))}: ${escape_html(testimony().speaker_name)}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				}});
			$$renderer.push(`<!----></aside>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-7ECFV3OT.js.map
