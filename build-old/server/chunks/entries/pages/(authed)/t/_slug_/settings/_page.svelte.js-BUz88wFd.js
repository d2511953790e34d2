import { al as head, ai as escape_html, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { T as TeamFields } from '../../../../../../chunks/TeamFields.js-BSijDgg7.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../../chunks/states.js-0GJhGoOw.js';

// src/routes/(authed)/t/[slug]/settings/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const team = derived(() => data.team);
		const stored = derived(() => ({
			name: team().name,
			jurisdictionKind: team().jurisdiction_kind,
			jurisdictionName: team().jurisdiction_name,
			state: team().state,
			councilName: team().council_name,
			sheriffOffice: team().sheriff_office,
			policeDepartment: team().police_department,
			jail: team().jail
		}));
		head("3x5x6", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("settings.title"))} · ${escape_html(team().name)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(t("settings.title"))}</h1> <section class="card form-card svelte-3x5x6" aria-labelledby="team-details"><h2 id="team-details">${escape_html(t("settings.details"))}</h2> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> <form method="POST" action="?/save">`);
		TeamFields($$renderer, {
			values: form?.values ?? stored(),
			errors: form?.errors
		});
		$$renderer.push(`<!----> <button>${escape_html(t("settings.save"))}</button></form></section> `);
		if (data.allowed["team.delete"]) {
			$$renderer.push(`<!--[0--><section class="card form-card danger-zone svelte-3x5x6" aria-labelledby="delete-team"><h2 id="delete-team">${escape_html(t("settings.delete_title"))}</h2> <p>${escape_html(t("settings.delete_body"))}</p> <form method="POST" action="?/delete">`);
			Field($$renderer, {
				name: "confirm",
				label: t("settings.delete_confirm", { name: team().name }),
				autocomplete: "off",
				error: form?.errors?.confirm
			});
			$$renderer.push(`<!----> <button class="danger">${escape_html(t("settings.delete"))}</button></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BUz88wFd.js.map
