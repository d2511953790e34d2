import { al as head, ai as escape_html, am as ensure_array_like, ah as attr, T as derived } from '../../../../../chunks/server.js-DUATOAhJ.js';
import { S as StatusBadge } from '../../../../../chunks/StatusBadge.js-Cjvtv_1U.js';
import { t, c as currentLocale } from '../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { r as ruleTitle, f as formatDay, S as STATUSES } from '../../../../../chunks/scorecard.js-C021Dk_-.js';
import { S as STATES } from '../../../../../chunks/states.js-0GJhGoOw.js';
import '../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/admin/rollup/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = derived(currentLocale);
		const stateName = (code) => STATES[code] ?? code;
		const csvHref = derived(() => `/admin/rollup.csv${data.state ? `?state=${data.state}` : ""}`);
		head("k2h0z2", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("rollup.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page"><p class="back svelte-k2h0z2"><a href="/admin">← ${escape_html(t("admin.title"))}</a></p> <h1>${escape_html(t("rollup.title"))}</h1> <p class="muted">${escape_html(t("rollup.intro"))}</p> <div class="row controls svelte-k2h0z2"><form method="GET" class="row filter svelte-k2h0z2"><label for="state" class="svelte-k2h0z2">${escape_html(t("rollup.state"))}</label> `);
		$$renderer.select({
			id: "state",
			name: "state",
			value: data.state ?? "",
			class: ""
		}, ($$renderer) => {
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(t("rollup.all_states"))}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(data.states);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let code = each_array[$$index];
				$$renderer.option({ value: code }, ($$renderer) => {
					$$renderer.push(`${escape_html(stateName(code))}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		}, "svelte-k2h0z2");
		$$renderer.push(` <label class="check svelte-k2h0z2"><input type="checkbox" name="targets" value="1"${attr("checked", data.showTargets, true)} class="svelte-k2h0z2"/> ${escape_html(t("rollup.show_targets"))}</label> <button class="secondary">${escape_html(t("rollup.apply"))}</button></form> <a class="button"${attr("href", csvHref())} download="">${escape_html(t("rollup.download"))}</a></div> <details class="rules svelte-k2h0z2"><summary class="svelte-k2h0z2">${escape_html(t("rollup.rules_key"))}</summary> <ol class="svelte-k2h0z2"><!--[-->`);
		const each_array_1 = ensure_array_like(data.rules);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let rule = each_array_1[$$index_1];
			$$renderer.push(`<li${attr("value", rule.number)}>${escape_html(ruleTitle(rule, locale()))}</li>`);
		}
		$$renderer.push(`<!--]--></ol></details> <p class="legend muted svelte-k2h0z2">${escape_html(t("scorecard.legend"))} <!--[-->`);
		const each_array_2 = ensure_array_like(STATUSES);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let status = each_array_2[$$index_2];
			StatusBadge($$renderer, { status });
			$$renderer.push(`<!----> `);
		}
		$$renderer.push(`<!--]--> <span class="not-counted-key svelte-k2h0z2"><span aria-hidden="true">—</span> ${escape_html(t("rollup.not_in_policy"))}</span></p> `);
		if (data.teams.length === 0) $$renderer.push(`<!--[0--><p class="notice info">${escape_html(data.state ? t("rollup.none_in_state", { state: stateName(data.state) }) : t("rollup.none"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><p class="hint">${escape_html(t("rollup.count", { count: data.teams.length }))} · ${escape_html(t("rollup.adopted_hint"))}</p> <div class="scroll svelte-k2h0z2"><table class="rollup svelte-k2h0z2"><caption class="visually-hidden">${escape_html(t("rollup.caption"))}</caption><thead class="svelte-k2h0z2"><tr class="svelte-k2h0z2"><th scope="col" class="svelte-k2h0z2">${escape_html(t("rollup.team"))}</th><!--[-->`);
			const each_array_3 = ensure_array_like(data.rules);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let rule = each_array_3[$$index_3];
				$$renderer.push(`<th scope="col" class="rule-col svelte-k2h0z2"><span aria-hidden="true">${escape_html(rule.number)}</span><span class="visually-hidden">${escape_html(rule.number)}. ${escape_html(ruleTitle(rule, locale()))}</span></th>`);
			}
			$$renderer.push(`<!--]--><th scope="col" class="svelte-k2h0z2">${escape_html(t("rollup.adopted"))}</th></tr></thead><tbody class="svelte-k2h0z2"><!--[-->`);
			const each_array_4 = ensure_array_like(data.teams);
			for (let $$index_7 = 0, $$length = each_array_4.length; $$index_7 < $$length; $$index_7++) {
				let team = each_array_4[$$index_7];
				$$renderer.push(`<tr class="svelte-k2h0z2"><th scope="row" class="svelte-k2h0z2"><span class="team-name svelte-k2h0z2">${escape_html(team.name)}</span> <span class="muted where svelte-k2h0z2">${escape_html(team.jurisdictionName)}, ${escape_html(stateName(team.state))}</span> <span class="hint targets-count svelte-k2h0z2">${escape_html(team.targets.length ? t("rollup.per_target", { count: team.targets.length }) : t("rollup.no_targets"))}</span></th><!--[-->`);
				const each_array_5 = ensure_array_like(data.rules);
				for (let $$index_4 = 0, $$length = each_array_5.length; $$index_4 < $$length; $$index_4++) {
					let rule = each_array_5[$$index_4];
					$$renderer.push(`<td class="svelte-k2h0z2"><span class="cell-label svelte-k2h0z2" aria-hidden="true">${escape_html(rule.number)}. ${escape_html(ruleTitle(rule, locale()))}</span> `);
					if (rule.key in team.best) {
						$$renderer.push("<!--[0-->");
						StatusBadge($$renderer, {
							status: team.best[rule.key],
							compact: true
						});
					} else $$renderer.push(`<!--[-1--><span class="not-counted svelte-k2h0z2"><span aria-hidden="true">—</span><span class="visually-hidden">${escape_html(t("rollup.not_in_policy"))}</span></span>`);
					$$renderer.push(`<!--]--></td>`);
				}
				$$renderer.push(`<!--]--><td class="adopted svelte-k2h0z2"><span class="cell-label svelte-k2h0z2" aria-hidden="true">${escape_html(t("rollup.adopted"))}</span> <strong>${escape_html(t("rollup.adopted_of", {
					yes: team.adopted,
					total: team.total
				}))}</strong></td></tr> `);
				if (data.showTargets) {
					$$renderer.push(`<!--[0--><!--[-->`);
					const each_array_6 = ensure_array_like(team.targets);
					for (let $$index_6 = 0, $$length = each_array_6.length; $$index_6 < $$length; $$index_6++) {
						let target = each_array_6[$$index_6];
						$$renderer.push(`<tr class="target-row svelte-k2h0z2"><th scope="row" class="svelte-k2h0z2"><span class="visually-hidden">${escape_html(team.name)}:</span>${escape_html(target.name)} <span class="badge">${escape_html(t(`scorecard.kind.${target.kind}`))}</span></th><!--[-->`);
						const each_array_7 = ensure_array_like(data.rules);
						for (let $$index_5 = 0, $$length = each_array_7.length; $$index_5 < $$length; $$index_5++) {
							let rule = each_array_7[$$index_5];
							const entry = target.statuses[rule.key];
							$$renderer.push(`<td class="svelte-k2h0z2"><span class="cell-label svelte-k2h0z2" aria-hidden="true">${escape_html(rule.number)}. ${escape_html(ruleTitle(rule, locale()))}</span> `);
							if (rule.key in team.best) {
								$$renderer.push(`<!--[0--><span class="target-cell svelte-k2h0z2">`);
								StatusBadge($$renderer, {
									status: entry?.status ?? "unknown",
									compact: true
								});
								$$renderer.push(`<!----> `);
								if (entry?.asOf) $$renderer.push(`<!--[0--><span class="as-of svelte-k2h0z2">${escape_html(formatDay(entry.asOf, locale()))}</span>`);
								else $$renderer.push("<!--[-1-->");
								$$renderer.push(`<!--]--></span>`);
							} else $$renderer.push(`<!--[-1--><span class="not-counted svelte-k2h0z2"><span aria-hidden="true">—</span><span class="visually-hidden">${escape_html(t("rollup.not_in_policy"))}</span></span>`);
							$$renderer.push(`<!--]--></td>`);
						}
						$$renderer.push(`<!--]--><td class="adopted svelte-k2h0z2"><span class="cell-label svelte-k2h0z2" aria-hidden="true">${escape_html(t("rollup.adopted"))}</span> ${escape_html(t("rollup.adopted_of", {
							yes: team.rules.filter((r) => target.statuses[r.key]?.status === "yes").length,
							total: team.total
						}))}</td></tr>`);
					}
					$$renderer.push(`<!--]-->`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		}
		$$renderer.push(`<!--]--></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CEAL-GmP.js.map
