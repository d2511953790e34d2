import { al as head, ah as attr, aj as stringify, ai as escape_html, T as derived } from '../../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as FormMessage } from '../../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { f as formatDay } from '../../../../../../../chunks/scorecard.js-C021Dk_-.js';
import { T as TacticForm } from '../../../../../../../chunks/TacticForm.js-DKHvZbRn.js';
import '../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../../chunks/Field.js-C0qWKjAC.js';
import '../../../../../../../chunks/documents2.js-CgqM4IsD.js';

// src/routes/(authed)/t/[slug]/tactics/[id]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const tactic = derived(() => data.tactic);
		const stored = derived(() => ({
			date: tactic().date,
			kind: tactic().kind,
			targetId: tactic().targetId ?? "",
			summary: tactic().summary,
			outcome: tactic().outcome ?? "",
			links: tactic().links.flatMap((l) => l.type === "url" ? [l.url] : []).join("\n"),
			documents: tactic().links.flatMap((l) => l.type === "doc" ? [l.id] : [])
		}));
		const values = derived(() => form?.values ? {
			...stored(),
			...form.values,
			documents: form.values.documents ? [form.values.documents] : []
		} : stored());
		const heading = derived(() => `${formatDay(tactic().date, currentLocale())} · ${t(`tactics.kinds.${tactic().kind}`)}`);
		head("v0xtd6", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(heading())} · ${escape_html(t("tactics.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<p class="back svelte-v0xtd6"><a${attr("href", `/t/${stringify(data.team.slug)}/tactics`)}>← ${escape_html(t("tactics.back"))}</a></p> <h1>${escape_html(heading())}</h1> `);
		if (data.allowed["playbook.edit"]) {
			$$renderer.push(`<!--[0--><section class="card" aria-labelledby="edit"><h2 id="edit">${escape_html(t("tactics.edit_title"))}</h2> `);
			FormMessage($$renderer, { form });
			$$renderer.push(`<!----> `);
			TacticForm($$renderer, {
				action: "?/save",
				submit: t("tactics.save"),
				values: values(),
				errors: form?.errors,
				targets: data.targets,
				documents: data.documents,
				jurisdiction: data.team.jurisdiction_name
			});
			$$renderer.push(`<!----></section> <section class="card danger-zone svelte-v0xtd6" aria-labelledby="delete"><h2 id="delete">${escape_html(t("tactics.delete_title"))}</h2> <p>${escape_html(t("tactics.delete_body"))}</p> <form method="POST" action="?/delete"><button class="danger">${escape_html(t("tactics.delete"))}</button></form></section>`);
		} else {
			$$renderer.push(`<!--[-1--><p class="text svelte-v0xtd6">${escape_html(tactic().summary)}</p> `);
			if (tactic().outcome) $$renderer.push(`<!--[0--><p class="text svelte-v0xtd6"><strong>${escape_html(t("tactics.outcome_label"))}</strong> ${escape_html(tactic().outcome)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BTIJzqiw.js.map
