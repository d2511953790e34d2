import { al as head, ah as attr, ai as escape_html, am as ensure_array_like, aj as stringify, T as derived } from '../../../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../../../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { S as StatusBadge } from '../../../../../../../../chunks/StatusBadge.js-Cjvtv_1U.js';
import '../../../../../../../../chunks/internal2.js-BICIkewf.js';
import { f as formatDay, r as ruleTitle, S as STATUSES, t as today } from '../../../../../../../../chunks/scorecard.js-C021Dk_-.js';
import '../../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';

// src/routes/(authed)/t/[slug]/scorecard/[target]/[rule]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = derived(currentLocale);
		const base = derived(() => `/t/${data.team.slug}/scorecard`);
		const title = derived(() => `${data.rule.number}. ${ruleTitle(data.rule, locale())}`);
		const summary = derived(() => locale() === "es" && data.rule.summaryEs || data.rule.summary);
		/** What the form shows: what was just typed if the server refused it, else the entry as stored. */
		const values = derived(() => form?.values ?? {
			status: data.entry?.status ?? "unknown",
			note: data.entry?.note ?? "",
			sourceUrl: data.entry?.source_url ?? "",
			asOf: data.entry?.as_of ?? today()
		});
		const stamp = (ms) => new Date(ms).toLocaleString(locale(), {
			dateStyle: "medium",
			timeStyle: "short"
		});
		head("1u10m6e", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(title())} · ${escape_html(data.target.name)} · ${escape_html(t("scorecard.title"))}</title>`);
			});
		});
		$$renderer.push(`<p class="back svelte-1u10m6e"><a${attr("href", base())}>← ${escape_html(t("scorecard.back"))}</a></p> <h1>${escape_html(title())}</h1> <p class="target svelte-1u10m6e"><strong>${escape_html(data.target.name)}</strong> <span class="badge">${escape_html(t(`scorecard.kind.${data.target.kind}`))}</span></p> `);
		if (summary()) $$renderer.push(`<!--[0--><p class="muted">${escape_html(summary())}</p>`);
		else if (data.rule.custom) $$renderer.push(`<!--[1--><p class="muted">${escape_html(t("final_text.own_rule"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section class="card" aria-labelledby="now"><h2 id="now">${escape_html(t("scorecard.current"))}</h2> `);
		if (data.entry) {
			$$renderer.push(`<!--[0--><p class="row">`);
			StatusBadge($$renderer, { status: data.entry.status });
			$$renderer.push(`<!---->`);
			if (data.entry.as_of) $$renderer.push(`<!--[0--><span class="muted">${escape_html(t("scorecard.as_of_date", { date: formatDay(data.entry.as_of, locale()) }))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p> `);
			if (data.entry.note) $$renderer.push(`<!--[0--><p class="note svelte-1u10m6e">${escape_html(data.entry.note)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.entry.source_url) $$renderer.push(`<!--[0--><p class="source"><a${attr("href", data.entry.source_url)} rel="noopener noreferrer nofollow" target="_blank">${escape_html(t("scorecard.source_link"))}</a> <span class="mono muted">${escape_html(data.entry.source_url)}</span></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p class="hint">${escape_html(t("scorecard.updated_by", {
				name: data.entry.updated_by_name ?? t("scorecard.someone"),
				when: stamp(data.entry.updated_at)
			}))}</p>`);
		} else {
			$$renderer.push(`<!--[-1--><p class="row">`);
			StatusBadge($$renderer, { status: "unknown" });
			$$renderer.push(`<!----><span class="muted">${escape_html(t("scorecard.not_recorded"))}</span></p>`);
		}
		$$renderer.push(`<!--]--></section> `);
		if (data.allowed["playbook.edit"]) {
			$$renderer.push(`<!--[0--><section class="card" aria-labelledby="edit"><h2 id="edit">${escape_html(t("scorecard.edit_title"))}</h2> `);
			FormMessage($$renderer, { form });
			$$renderer.push(`<!----> <form method="POST" action="?/set"><fieldset class="statuses svelte-1u10m6e"><legend>${escape_html(t("scorecard.status_label"))}</legend> <!--[-->`);
			const each_array = ensure_array_like(STATUSES);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let status = each_array[$$index];
				$$renderer.push(`<label class="choice svelte-1u10m6e"><input type="radio" name="status"${attr("value", status)}${attr("checked", values().status === status, true)} class="svelte-1u10m6e"/> ${escape_html(t(`scorecard.status.${status}`))}</label>`);
			}
			$$renderer.push(`<!--]--> `);
			if (form?.errors?.status) $$renderer.push(`<!--[0--><p class="field-error">${escape_html(t(`errors.${form.errors.status}`))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></fieldset> <div class="field"><label for="f-note">${escape_html(t("scorecard.note"))}</label> <textarea id="f-note" name="note" rows="4" maxlength="2000"${attr("aria-describedby", `f-note-hint${form?.errors?.note ? " f-note-error" : ""}`)}${attr("aria-invalid", form?.errors?.note ? "true" : void 0)}>`);
			const $$body = escape_html(values().note ?? "");
			if ($$body) $$renderer.push(`${$$body}`);
			$$renderer.push(`</textarea> <p class="hint" id="f-note-hint">${escape_html(t("scorecard.note_hint"))}</p> `);
			if (form?.errors?.note) $$renderer.push(`<!--[0--><p class="field-error" id="f-note-error">${escape_html(t(`errors.${form.errors.note}`))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> <div class="two svelte-1u10m6e">`);
			Field($$renderer, {
				name: "sourceUrl",
				type: "url",
				label: t("scorecard.source"),
				hint: t("scorecard.source_hint"),
				value: values().sourceUrl,
				maxlength: 2e3,
				error: form?.errors?.sourceUrl
			});
			$$renderer.push(`<!----> `);
			Field($$renderer, {
				name: "asOf",
				type: "date",
				label: t("scorecard.as_of"),
				hint: t("scorecard.as_of_hint"),
				value: values().asOf,
				error: form?.errors?.asOf
			});
			$$renderer.push(`<!----></div> <button>${escape_html(t("scorecard.save"))}</button></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="history"><h2 id="history">${escape_html(t("scorecard.history"))}</h2> `);
		if (data.changes.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("scorecard.history_none"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ol class="history svelte-1u10m6e"><!--[-->`);
			const each_array_1 = ensure_array_like(data.changes);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let change = each_array_1[$$index_1];
				$$renderer.push(`<li class="svelte-1u10m6e"><p class="row svelte-1u10m6e">`);
				StatusBadge($$renderer, { status: change.status });
				$$renderer.push(`<!----> `);
				if (change.as_of) $$renderer.push(`<!--[0--><span>${escape_html(t("scorecard.as_of_date", { date: formatDay(change.as_of, locale()) }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> `);
				if (change.note) $$renderer.push(`<!--[0--><p class="note svelte-1u10m6e">${escape_html(change.note)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (change.source_url) $$renderer.push(`<!--[0--><p class="mono muted svelte-1u10m6e">${escape_html(change.source_url)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <p class="hint svelte-1u10m6e">${escape_html(t("scorecard.changed_by", {
					name: change.changed_by ?? t("scorecard.someone"),
					when: stamp(change.changed_at)
				}))}</p></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		}
		$$renderer.push(`<!--]--></section> <nav class="row pager svelte-1u10m6e"${attr("aria-label", t("scorecard.other_rules"))}>`);
		if (data.previous) $$renderer.push(`<!--[0--><a${attr("href", `${base()}/${stringify(data.target.id)}/${stringify(data.previous.key)}`)}>← ${escape_html(data.previous.number)}. ${escape_html(ruleTitle(data.previous, locale()))}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.next) $$renderer.push(`<!--[0--><a class="next svelte-1u10m6e"${attr("href", `${base()}/${stringify(data.target.id)}/${stringify(data.next.key)}`)}>${escape_html(data.next.number)}. ${escape_html(ruleTitle(data.next, locale()))} →</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></nav>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-D_V7fv9-.js.map
