import { al as head, ah as attr, aj as stringify, ai as escape_html, am as ensure_array_like, T as derived } from '../../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../../../../chunks/Field.js-C0qWKjAC.js';
import 'yjs';
import 'y-websocket';
import 'y-indexeddb';
import 'lib0/decoding';
import { h as hearingTitle, l as limitMinutes } from '../../../../../../../chunks/hearings.js-k0Avay5_.js';
import '../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import { T as TimeZoneSync } from '../../../../../../../chunks/TimeZoneSync.js-WmoxoJL7.js';
import { E as ExportLinks } from '../../../../../../../chunks/LiveEditor.js-Cp8ZSI7N.js';
import { R as ReviewersCard } from '../../../../../../../chunks/ReviewersCard.js-DpGCfvSF.js';
import { H as HearingCard } from '../../../../../../../chunks/HearingCard.js-BBst31wO.js';
import '../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../chunks/utils.js-Cx36Gts4.js';
import 'i18next';
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

// src/routes/(authed)/t/[slug]/testimony/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = derived(currentLocale);
		const hearing = derived(() => data.hearing);
		const testimony = derived(() => data.testimony);
		const values = derived(() => form?.values ?? {
			speakerName: testimony().speaker_name ?? "",
			hearingId: testimony().hearing_id ?? "",
			wordsPerMinute: String(testimony().words_per_minute),
			interpreter: testimony().interpreter ? "on" : "",
			speakingMinutes: limitMinutes(testimony().speaking_seconds)
		});
		const errors = derived(() => form?.errors ?? {});
		const E = "testimony.errors";
		head("1xmb3mh", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.document.title)} · ${escape_html(data.team.name)}</title>`);
			});
		});
		TimeZoneSync($$renderer, { zone: data.viewerZone });
		$$renderer.push(`<!----> <p class="crumbs"><a${attr("href", `/t/${stringify(data.team.slug)}/hearings`)}>${escape_html(t("testimony.back"))}</a> `);
		if (hearing()) $$renderer.push(`<!--[0--> · <a${attr("href", `/t/${stringify(data.team.slug)}/hearings/${stringify(hearing().id)}`)}>${escape_html(hearingTitle(hearing(), locale(), t))}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></p> <header class="head svelte-1xmb3mh">`);
		$$renderer.push(`<!--[-1--><h1 class="svelte-1xmb3mh">${escape_html(data.document.title)}</h1>`);
		$$renderer.push(`<!--]--> <div class="row">`);
		if (data.canSuggest) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("review.badge"))}</span>`);
		else if (!data.canEdit) $$renderer.push(`<!--[1--><span class="badge">${escape_html(data.document.archived_at ? t("testimony.archived") : t("testimony.read_only"))}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <a class="button secondary"${attr("href", `/t/${stringify(data.team.slug)}/docs/${stringify(data.document.id)}/history`)}>${escape_html(t("versions.open"))}</a> `);
		if (data.allowed["playbook.edit"]) {
			$$renderer.push("<!--[0-->");
			if (!data.document.archived_at) $$renderer.push(`<!--[0--><button class="secondary">${escape_html(t("testimony.rename"))}</button>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/archive"><input type="hidden" name="archived"${attr("value", data.document.archived_at ? "no" : "yes")}/> <button class="secondary">${escape_html(data.document.archived_at ? t("testimony.restore") : t("testimony.archive"))}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></header> `);
		if (form?.success && [
			"renamed",
			"archived",
			"restored"
		].includes(form.success)) $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t(`testimony.success.${form.success}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form?.errors?.title) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t(`errors.${form.errors.title}`, { max: 200 }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="layout svelte-1xmb3mh"><div class="editor">`);
		$$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("editor.loading"))}</p>`);
		$$renderer.push(`<!--]--> `);
		ExportLinks($$renderer, {
			href: `/t/${stringify(data.team.slug)}/docs/${stringify(data.document.id)}/export`,
			title: data.document.title
		});
		$$renderer.push(`<!----></div> <aside class="side svelte-1xmb3mh">`);
		HearingCard($$renderer, {
			hearing: hearing(),
			now: data.now,
			zone: data.viewerZone,
			href: hearing() ? `/t/${data.team.slug}/hearings/${hearing().id}` : null
		});
		$$renderer.push(`<!----> <section class="card svelte-1xmb3mh" aria-labelledby="speaker-title"><h2 id="speaker-title">${escape_html(t("testimony.speaker_title"))}</h2> `);
		if (form?.message) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t(`${E}.${form.message}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form?.success === "saved") $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("testimony.success.saved"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.canEdit) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/speaker">`);
			Field($$renderer, {
				name: "speakerName",
				label: t("testimony.speaker"),
				required: true,
				maxlength: 120,
				value: values().speakerName,
				error: errors().speakerName,
				errorPrefix: E
			});
			$$renderer.push(`<!----> <div class="field"><label for="f-hearingId">${escape_html(t("testimony.hearing"))}</label> `);
			$$renderer.select({
				id: "f-hearingId",
				name: "hearingId",
				value: values().hearingId ?? "",
				"aria-invalid": errors().hearingId ? "true" : void 0
			}, ($$renderer) => {
				$$renderer.option({ value: "" }, ($$renderer) => {
					$$renderer.push(`${escape_html(t("testimony.no_hearing"))}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array = ensure_array_like(data.hearings);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let h = each_array[$$index];
					$$renderer.option({ value: h.id }, ($$renderer) => {
						$$renderer.push(`${escape_html(hearingTitle(h, locale(), t))}`);
					});
				}
				$$renderer.push(`<!--]-->`);
			});
			$$renderer.push(` `);
			if (errors().hearingId) $$renderer.push(`<!--[0--><p class="field-error">${escape_html(t(`${E}.${errors().hearingId}`))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> `);
			Field($$renderer, {
				name: "wordsPerMinute",
				type: "number",
				inputmode: "numeric",
				min: "80",
				max: "250",
				step: "1",
				label: t("testimony.wpm"),
				value: values().wordsPerMinute,
				error: errors().wordsPerMinute,
				errorPrefix: E,
				hint: t("testimony.wpm_hint")
			});
			$$renderer.push(`<!----> <label class="choice svelte-1xmb3mh"><input type="checkbox" name="interpreter"${attr("checked", values().interpreter === "on", true)} class="svelte-1xmb3mh"/> ${escape_html(t("testimony.interpreter"))}</label> `);
			Field($$renderer, {
				name: "speakingMinutes",
				type: "number",
				inputmode: "decimal",
				min: "0.1",
				max: "60",
				step: "0.1",
				label: t("testimony.speaking_minutes"),
				value: values().speakingMinutes,
				error: errors().speakingMinutes,
				errorPrefix: E,
				hint: t("testimony.speaking_minutes_hint")
			});
			$$renderer.push(`<!----> <button>${escape_html(t("testimony.save"))}</button></form>`);
		} else {
			$$renderer.push(`<!--[-1--><dl class="svelte-1xmb3mh"><div class="svelte-1xmb3mh"><dt class="svelte-1xmb3mh">${escape_html(t("testimony.speaker"))}</dt><dd class="svelte-1xmb3mh">${escape_html(testimony().speaker_name ?? "")}</dd></div> <div class="svelte-1xmb3mh"><dt class="svelte-1xmb3mh">${escape_html(t("testimony.wpm"))}</dt><dd class="svelte-1xmb3mh">${escape_html(testimony().words_per_minute)}</dd></div> `);
			if (testimony().interpreter) $$renderer.push(`<!--[0--><div class="svelte-1xmb3mh"><dt class="svelte-1xmb3mh">${escape_html(t("testimony.interpreter"))}</dt><dd class="svelte-1xmb3mh">✓</dd></div>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (testimony().speaking_seconds !== null) $$renderer.push(`<!--[0--><div class="svelte-1xmb3mh"><dt class="svelte-1xmb3mh">${escape_html(t("testimony.speaking_minutes"))}</dt><dd class="svelte-1xmb3mh">${escape_html(limitMinutes(testimony().speaking_seconds))}</dd></div>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dl>`);
		}
		$$renderer.push(`<!--]--></section> `);
		ReviewersCard($$renderer, {
			reviewers: data.reviewers,
			canManage: data.allowed["invite.manage"],
			link: `/review/${stringify(data.team.slug)}/${stringify(data.document.id)}`,
			form
		});
		$$renderer.push(`<!----></aside></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-OtMaZ-N8.js.map
