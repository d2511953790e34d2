import { al as head, ai as escape_html, am as ensure_array_like, ah as attr, aj as stringify, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { F as FormMessage } from '../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { d as documentHref, a as documentTitle } from '../../../../../../chunks/documents2.js-CgqM4IsD.js';
import { t, c as currentLocale } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { t as today, f as formatDay } from '../../../../../../chunks/scorecard.js-C021Dk_-.js';
import { T as TacticForm } from '../../../../../../chunks/TacticForm.js-DKHvZbRn.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../chunks/Field.js-C0qWKjAC.js';

// src/routes/(authed)/t/[slug]/tactics/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const slug = derived(() => data.team.slug);
		const locale = derived(currentLocale);
		const blank = {
			date: today(),
			kind: "meeting",
			targetId: "",
			summary: "",
			outcome: "",
			links: "",
			documents: []
		};
		const values = derived(() => form?.values ? {
			...blank,
			...form.values,
			documents: form.values.documents ? [form.values.documents] : []
		} : {
			...blank,
			date: today()
		});
		head("1i595he", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("tactics.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(t("tactics.title"))}</h1> <p class="muted">${escape_html(t("tactics.intro"))}</p> `);
		if (data.allowed["playbook.edit"]) {
			$$renderer.push(`<!--[0--><section class="card" aria-labelledby="log-new"><h2 id="log-new">${escape_html(t("tactics.new"))}</h2> `);
			FormMessage($$renderer, { form });
			$$renderer.push(`<!----> `);
			TacticForm($$renderer, {
				action: "?/add",
				submit: t("tactics.add"),
				values: values(),
				errors: form?.errors,
				targets: data.targets,
				documents: data.documents,
				jurisdiction: data.team.jurisdiction_name,
				clearOnSuccess: true
			});
			$$renderer.push(`<!----></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="log"><h2 id="log">${escape_html(t("tactics.log"))}</h2> `);
		if (data.tactics.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("tactics.none"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ol class="log svelte-1i595he"><!--[-->`);
			const each_array = ensure_array_like(data.tactics);
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let tactic = each_array[$$index_1];
				$$renderer.push(`<li class="card svelte-1i595he"><article${attr("aria-labelledby", `tactic-${stringify(tactic.id)}`)}><header class="row svelte-1i595he"><h3${attr("id", `tactic-${stringify(tactic.id)}`)} class="svelte-1i595he"><time${attr("datetime", tactic.date)}>${escape_html(formatDay(tactic.date, locale()))}</time> · ${escape_html(t(`tactics.kinds.${tactic.kind}`))}</h3> `);
				if (tactic.targetName) $$renderer.push(`<!--[0--><span class="badge">${escape_html(tactic.targetName)}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></header> <p class="text svelte-1i595he">${escape_html(tactic.summary)}</p> `);
				if (tactic.outcome) $$renderer.push(`<!--[0--><p class="text svelte-1i595he"><strong>${escape_html(t("tactics.outcome_label"))}</strong> ${escape_html(tactic.outcome)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (tactic.links.length) {
					$$renderer.push(`<!--[0--><ul class="links svelte-1i595he"><!--[-->`);
					const each_array_1 = ensure_array_like(tactic.links);
					for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
						let link = each_array_1[i];
						$$renderer.push(`<li>`);
						if (link.type === "doc") $$renderer.push(`<!--[0--><a${attr("href", documentHref(slug(), link))} class="svelte-1i595he">${escape_html(documentTitle(link, data.team.jurisdiction_name, t))}</a>`);
						else $$renderer.push(`<!--[-1--><a${attr("href", link.url)} rel="noopener noreferrer nofollow" target="_blank" class="mono svelte-1i595he">${escape_html(link.url)}</a>`);
						$$renderer.push(`<!--]--></li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <footer class="row foot svelte-1i595he"><span class="hint svelte-1i595he">${escape_html(t("tactics.logged_by", { name: tactic.createdBy ?? t("scorecard.someone") }))}</span> `);
				if (data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><a${attr("href", `/t/${stringify(slug())}/tactics/${stringify(tactic.id)}`)}>${escape_html(t("tactics.edit"))}<span class="visually-hidden">· ${escape_html(formatDay(tactic.date, locale()))} · ${escape_html(t(`tactics.kinds.${tactic.kind}`))}</span></a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></footer></article></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-7eJE-3pd.js.map
