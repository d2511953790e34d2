import { al as head, ai as escape_html, ah as attr, aj as stringify, T as derived } from '../../../../chunks/server.js-DUATOAhJ.js';
import { F as FormMessage } from '../../../../chunks/FormMessage.js-CYooKlqv.js';
import { t } from '../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { S as STATES } from '../../../../chunks/states.js-0GJhGoOw.js';
import '../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/invite/[token]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const next = derived(() => encodeURIComponent(data.here));
		head("12nwbd8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("invite.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page narrow"><div class="card">`);
		if (data.valid) {
			$$renderer.push(`<!--[0--><h1>${escape_html(t("invite.heading", { team: data.team.name }))}</h1> <p class="muted">${escape_html(data.team.jurisdiction)}, ${escape_html(STATES[data.team.state] ?? data.team.state)}</p> <p>${escape_html(t("invite.role", { role: t(`roles.${data.role}`) }))}</p> `);
			FormMessage($$renderer, { form });
			$$renderer.push(`<!----> `);
			if (data.user) $$renderer.push(`<!--[0--><form method="POST"><button>${escape_html(t("invite.join"))}</button></form>`);
			else $$renderer.push(`<!--[-1--><p>${escape_html(t("invite.signed_out"))}</p> <div class="row"><a class="button"${attr("href", `/signup?next=${stringify(next())}`)}>${escape_html(t("nav.sign_up"))}</a> <a class="button secondary"${attr("href", `/signin?next=${stringify(next())}`)}>${escape_html(t("nav.sign_in"))}</a></div>`);
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1--><h1>${escape_html(t("invite.title"))}</h1> <p class="notice error" role="alert">${escape_html(t(`errors.${data.problem}`))}</p> <p>${escape_html(t("invite.ask_again"))}</p>`);
		$$renderer.push(`<!--]--></div></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BRQZjd1f.js.map
