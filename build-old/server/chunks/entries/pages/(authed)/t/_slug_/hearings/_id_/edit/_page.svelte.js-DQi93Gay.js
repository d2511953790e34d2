import { al as head, ah as attr, aj as stringify, ai as escape_html, T as derived } from '../../../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { h as hearingTitle } from '../../../../../../../../chunks/hearings.js-k0Avay5_.js';
import { H as HearingForm } from '../../../../../../../../chunks/HearingForm.js-CYvh9dWq.js';
import '../../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../../../chunks/Field.js-C0qWKjAC.js';

// src/routes/(authed)/t/[slug]/hearings/[id]/edit/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const title = derived(() => hearingTitle(data.hearing, currentLocale(), t));
		head("144quz7", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("hearings.edit_title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<p class="crumbs"><a${attr("href", `/t/${stringify(data.team.slug)}/hearings/${stringify(data.hearing.id)}`)}>${escape_html(title())}</a></p> <h1>${escape_html(t("hearings.edit_title"))}</h1> `);
		if (form?.message) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t(`hearings.errors.${form.message}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form?.errors) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t("hearings.errors.check_fields"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		HearingForm($$renderer, {
			action: "?/save",
			submit: t("hearings.save"),
			values: form?.values ?? data.values,
			errors: form?.errors
		});
		$$renderer.push(`<!---->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DQi93Gay.js.map
