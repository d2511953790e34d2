import { al as head, ah as attr, aj as stringify, ai as escape_html, am as ensure_array_like, T as derived } from '../../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { r as ruleTitle } from '../../../../../../../chunks/scorecard.js-C021Dk_-.js';
import '../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/policy/final/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const locale = derived(currentLocale);
		head("cnld06", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("final_text.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<p class="crumbs no-print"><a${attr("href", `/t/${stringify(data.team.slug)}/policy`)}>${escape_html(t("policy.title"))}</a> · <a${attr("href", `/t/${stringify(data.team.slug)}/policy/redline`)}>${escape_html(t("policy.redline"))}</a></p> <div class="row head svelte-cnld06"><h1 class="svelte-cnld06">${escape_html(t("final_text.heading", { jurisdiction: data.team.jurisdiction_name }))}</h1> <button class="secondary no-print">${escape_html(t("final_text.print"))}</button></div> <p class="muted no-print">${escape_html(t("final_text.intro", { version: data.baseVersion }))}</p> `);
		if (data.dropped) $$renderer.push(`<!--[0--><p class="muted no-print">${escape_html(t("final_text.dropped_note", { count: data.dropped }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.rules.length === 0) $$renderer.push(`<!--[0--><p class="notice info">${escape_html(t("final_text.empty"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ol class="rules svelte-cnld06"><!--[-->`);
			const each_array = ensure_array_like(data.rules);
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let rule = each_array[$$index_1];
				$$renderer.push(`<li class="rule svelte-cnld06"${attr("aria-labelledby", `final-${stringify(rule.key)}`)}><h2${attr("id", `final-${stringify(rule.key)}`)} class="svelte-cnld06"><span class="number svelte-cnld06">${escape_html(rule.number)}.</span> ${escape_html(ruleTitle(rule, locale()))}</h2> <!--[-->`);
				const each_array_1 = ensure_array_like(rule.text.split("\n"));
				for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
					let paragraph = each_array_1[i];
					if (paragraph.trim()) $$renderer.push(`<!--[0--><p class="svelte-cnld06">${escape_html(paragraph)}</p>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]-->`);
				}
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		}
		$$renderer.push(`<!--]--> <p class="muted small svelte-cnld06">${escape_html(t("final_text.disclaimer"))}</p>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-l2dSbpol.js.map
