import { al as head, ah as attr, aj as stringify, ai as escape_html, am as ensure_array_like, ak as attr_class, T as derived } from '../../../../../../../chunks/server.js-DUATOAhJ.js';
import { R as RedlineText } from '../../../../../../../chunks/RedlineText.js-DEAK9xPe.js';
import { t } from '../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import '../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/policy/redline/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const counts = derived(() => data.redline.counts);
		const kinds = [
			"unchanged",
			"modified",
			"dropped",
			"added"
		];
		head("hy97ip", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("redline.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<p class="crumbs no-print"><a${attr("href", `/t/${stringify(data.team.slug)}/policy`)}>${escape_html(t("policy.title"))}</a></p> <div class="row head svelte-hy97ip"><h1 class="svelte-hy97ip">${escape_html(t("redline.heading", {
			jurisdiction: data.team.jurisdiction_name,
			version: data.baseVersion
		}))}</h1> <div class="row no-print"><a class="button secondary"${attr("href", `/t/${stringify(data.team.slug)}/policy/final`)}>${escape_html(t("redline.final_link"))}</a> <button class="secondary">${escape_html(t("redline.print"))}</button></div></div> <p class="muted">${escape_html(t("redline.intro", { version: data.baseVersion }))}</p> <ul class="counts svelte-hy97ip"${attr("aria-label", t("redline.counts"))}><!--[-->`);
		const each_array = ensure_array_like(kinds);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let kind = each_array[$$index];
			$$renderer.push(`<li${attr_class(`count ${stringify(kind)}`, "svelte-hy97ip")}><strong>${escape_html(counts()[kind])}</strong> ${escape_html(t(`redline.${kind}`))}</li>`);
		}
		$$renderer.push(`<!--]--></ul> <p class="legend"><ins>${escape_html(t("redline.legend_insert"))}</ins> <del>${escape_html(t("redline.legend_delete"))}</del></p> <ol class="rules svelte-hy97ip"><!--[-->`);
		const each_array_1 = ensure_array_like(data.redline.rules);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let rule = each_array_1[$$index_1];
			$$renderer.push(`<li${attr_class(`rule ${stringify(rule.drift)}`, "svelte-hy97ip")}><h2 class="svelte-hy97ip">`);
			if (rule.number) $$renderer.push(`<!--[0--><span class="muted">${escape_html(t("policy.rule_number", { number: rule.number }))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> ${escape_html(rule.title)} <span class="badge">${escape_html(t(`redline.${rule.drift}_one`))}</span></h2> `);
			if (rule.dropReason) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("redline.drop_reason", { reason: rule.dropReason }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p class="text svelte-hy97ip">`);
			RedlineText($$renderer, { segments: rule.segments });
			$$renderer.push(`<!----></p></li>`);
		}
		$$renderer.push(`<!--]--></ol>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DLhCHhNv.js.map
