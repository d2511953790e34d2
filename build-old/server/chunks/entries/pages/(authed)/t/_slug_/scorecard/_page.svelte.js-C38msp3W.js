import { al as head, ai as escape_html, am as ensure_array_like, ap as attr_style, aj as stringify, ah as attr, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { S as StatusBadge } from '../../../../../../chunks/StatusBadge.js-Cjvtv_1U.js';
import { r as ruleTitle, f as formatDay, S as STATUSES, T as TARGET_KINDS } from '../../../../../../chunks/scorecard.js-C021Dk_-.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/scorecard/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const slug = derived(() => data.team.slug);
		const canEdit = derived(() => data.allowed["playbook.edit"]);
		const locale = derived(currentLocale);
		const entries = derived(() => new Map(data.entries.map((e) => [`${e.target_id}/${e.rule_key}`, e])));
		/** A field error belongs to the rename form of the target it came from, or else to the add form. */
		const renameError = (targetId) => form?.values?.targetId === targetId ? form?.errors?.name : void 0;
		head("1wipq2n", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("scorecard.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(t("scorecard.title"))}</h1> <p class="muted">${escape_html(t("scorecard.intro"))}</p> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> `);
		if (data.targets.length === 0) {
			$$renderer.push(`<!--[0--><section class="card" aria-labelledby="no-targets"><h2 id="no-targets">${escape_html(t("scorecard.no_targets"))}</h2> <p>${escape_html(t("scorecard.no_targets_body"))}</p> `);
			if (canEdit() && data.suggestions.length) {
				$$renderer.push(`<!--[0--><p>${escape_html(t("scorecard.suggested_intro"))}</p> <ul class="suggested svelte-1wipq2n"><!--[-->`);
				const each_array = ensure_array_like(data.suggestions);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let suggestion = each_array[$$index];
					$$renderer.push(`<li class="svelte-1wipq2n">${escape_html(suggestion.name)} <span class="badge">${escape_html(t(`scorecard.kind.${suggestion.kind}`))}</span></li>`);
				}
				$$renderer.push(`<!--]--></ul> <form method="POST" action="?/suggested"><button>${escape_html(t("scorecard.add_suggested"))}</button></form>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		} else {
			$$renderer.push(`<!--[-1--><section aria-labelledby="progress"><h2 id="progress" class="visually-hidden">${escape_html(t("scorecard.progress_title"))}</h2> <ul class="progress svelte-1wipq2n"><!--[-->`);
			const each_array_1 = ensure_array_like(data.progress);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let target = each_array_1[$$index_1];
				$$renderer.push(`<li class="card svelte-1wipq2n"><span class="name svelte-1wipq2n">${escape_html(target.name)}</span> <span class="count svelte-1wipq2n">${escape_html(t("scorecard.progress", {
					yes: target.yes,
					total: target.total
				}))}</span> <span class="bar svelte-1wipq2n" aria-hidden="true"><span class="svelte-1wipq2n"${attr_style("", { width: `${stringify(100 * target.yes / Math.max(target.total, 1))}%` })}></span></span></li>`);
			}
			$$renderer.push(`<!--]--></ul></section> <p class="legend muted svelte-1wipq2n">${escape_html(t("scorecard.legend"))} <!--[-->`);
			const each_array_2 = ensure_array_like(STATUSES);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let status = each_array_2[$$index_2];
				StatusBadge($$renderer, { status });
				$$renderer.push(`<!----> `);
			}
			$$renderer.push(`<!--]--></p> <table class="scorecard svelte-1wipq2n"><caption class="visually-hidden">${escape_html(t("scorecard.caption"))}</caption><thead class="svelte-1wipq2n"><tr class="svelte-1wipq2n"><th scope="col" class="svelte-1wipq2n">${escape_html(t("scorecard.rule"))}</th><!--[-->`);
			const each_array_3 = ensure_array_like(data.targets);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let target = each_array_3[$$index_3];
				$$renderer.push(`<th scope="col" class="svelte-1wipq2n">${escape_html(target.name)}</th>`);
			}
			$$renderer.push(`<!--]--></tr></thead><tbody class="svelte-1wipq2n"><!--[-->`);
			const each_array_4 = ensure_array_like(data.rules);
			for (let $$index_5 = 0, $$length = each_array_4.length; $$index_5 < $$length; $$index_5++) {
				let rule = each_array_4[$$index_5];
				$$renderer.push(`<tr class="svelte-1wipq2n"><th scope="row" class="svelte-1wipq2n">${escape_html(rule.number)}. ${escape_html(ruleTitle(rule, locale()))}</th><!--[-->`);
				const each_array_5 = ensure_array_like(data.targets);
				for (let $$index_4 = 0, $$length = each_array_5.length; $$index_4 < $$length; $$index_4++) {
					let target = each_array_5[$$index_4];
					const entry = entries().get(`${target.id}/${rule.key}`);
					$$renderer.push(`<td class="svelte-1wipq2n"><span class="cell-label svelte-1wipq2n" aria-hidden="true">${escape_html(target.name)}</span> <span class="cell svelte-1wipq2n"><a${attr("href", `/t/${stringify(slug())}/scorecard/${stringify(target.id)}/${stringify(rule.key)}`)} class="cell-link svelte-1wipq2n">`);
					StatusBadge($$renderer, { status: entry?.status ?? "unknown" });
					$$renderer.push(`<!----> <span class="visually-hidden">${escape_html(t("scorecard.cell_link", {
						rule: ruleTitle(rule, locale()),
						target: target.name
					}))}</span></a> `);
					if (entry?.as_of || entry?.note || entry?.source_url) {
						$$renderer.push(`<!--[0--><span class="meta svelte-1wipq2n">`);
						if (entry?.as_of) $$renderer.push(`<!--[0-->${escape_html(formatDay(entry.as_of, locale()))}`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--> `);
						if (entry?.note || entry?.source_url) $$renderer.push(`<!--[0--><span${attr("title", t("scorecard.has_notes"))}><span aria-hidden="true">✎</span><span class="visually-hidden">${escape_html(t("scorecard.has_notes"))}</span></span>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></span>`);
					} else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></span></td>`);
				}
				$$renderer.push(`<!--]--></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table> <p class="hint">${escape_html(canEdit() ? t("scorecard.cell_hint_edit") : t("scorecard.cell_hint_view"))}</p>`);
		}
		$$renderer.push(`<!--]--> `);
		if (canEdit()) {
			$$renderer.push(`<!--[0--><section class="card targets" aria-labelledby="targets"><h2 id="targets">${escape_html(t("scorecard.targets"))}</h2> <p class="muted">${escape_html(t("scorecard.targets_intro"))}</p> `);
			if (data.targets.length) {
				$$renderer.push(`<!--[0--><ul class="target-list svelte-1wipq2n"><!--[-->`);
				const each_array_6 = ensure_array_like(data.targets);
				for (let $$index_6 = 0, $$length = each_array_6.length; $$index_6 < $$length; $$index_6++) {
					let target = each_array_6[$$index_6];
					$$renderer.push(`<li class="svelte-1wipq2n"><form method="POST" action="?/renameTarget" class="rename svelte-1wipq2n"><input type="hidden" name="targetId"${attr("value", target.id)}/> `);
					Field($$renderer, {
						id: `name-${stringify(target.id)}`,
						name: "name",
						label: t("scorecard.target_name_of", { kind: t(`scorecard.kind.${target.kind}`) }),
						value: form?.values?.targetId === target.id ? form.values.name : target.name,
						maxlength: 120,
						required: true,
						error: renameError(target.id)
					});
					$$renderer.push(`<!----> <button class="secondary svelte-1wipq2n">${escape_html(t("scorecard.rename"))}</button></form> <details class="remove svelte-1wipq2n"><summary class="svelte-1wipq2n">${escape_html(t("scorecard.remove"))}</summary> <p class="svelte-1wipq2n">${escape_html(t("scorecard.remove_warning", { name: target.name }))}</p> <form method="POST" action="?/removeTarget"><input type="hidden" name="targetId"${attr("value", target.id)}/> <button class="danger">${escape_html(t("scorecard.remove_named", { name: target.name }))}</button></form></details></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <h3>${escape_html(t("scorecard.add_target"))}</h3> <form method="POST" action="?/addTarget" class="add-target svelte-1wipq2n">`);
			Field($$renderer, {
				id: "new-target-name",
				name: "name",
				label: t("scorecard.target_name"),
				hint: t("scorecard.target_name_hint"),
				maxlength: 120,
				required: true,
				value: form?.values?.targetId ? "" : form?.values?.name,
				error: form?.values?.targetId ? void 0 : form?.errors?.name
			});
			$$renderer.push(`<!----> <div class="field"><label for="new-target-kind">${escape_html(t("scorecard.target_kind"))}</label> `);
			$$renderer.select({
				id: "new-target-kind",
				name: "kind",
				value: form?.values?.kind ?? "sheriff"
			}, ($$renderer) => {
				$$renderer.push(`<!--[-->`);
				const each_array_7 = ensure_array_like(TARGET_KINDS);
				for (let $$index_7 = 0, $$length = each_array_7.length; $$index_7 < $$length; $$index_7++) {
					let kind = each_array_7[$$index_7];
					$$renderer.option({ value: kind }, ($$renderer) => {
						$$renderer.push(`${escape_html(t(`scorecard.kind.${kind}`))}`);
					});
				}
				$$renderer.push(`<!--]-->`);
			});
			$$renderer.push(`</div> <button class="svelte-1wipq2n">${escape_html(t("scorecard.add"))}</button></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-C38msp3W.js.map
