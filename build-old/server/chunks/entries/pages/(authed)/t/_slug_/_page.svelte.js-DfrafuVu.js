import { al as head, ai as escape_html, am as ensure_array_like, ah as attr, aj as stringify, ak as attr_class, T as derived } from '../../../../../chunks/server.js-DUATOAhJ.js';
import { p as policyStatus } from '../../../../../chunks/documents2.js-CgqM4IsD.js';
import { h as hearingTitle, d as deadlineLines } from '../../../../../chunks/hearings.js-k0Avay5_.js';
import { t, c as currentLocale } from '../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { T as TimeZoneSync } from '../../../../../chunks/TimeZoneSync.js-WmoxoJL7.js';
import { S as STATES } from '../../../../../chunks/states.js-0GJhGoOw.js';
import '../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const team = derived(() => data.team);
		const officials = derived(() => [
			[t("team.council_name"), team().council_name],
			[t("team.sheriff_office"), team().sheriff_office],
			[t("team.police_department"), team().police_department],
			[t("team.jail"), team().jail]
		].filter(([, value]) => value));
		const sections = [
			"policy",
			"talking_points",
			"testimony",
			"scorecard",
			"tactics"
		];
		/** Where each section lives. */
		const links = derived(() => ({
			policy: `/t/${team().slug}/policy`,
			talking_points: `/t/${team().slug}/talking-points`,
			testimony: `/t/${team().slug}/hearings`,
			scorecard: `/t/${team().slug}/scorecard`,
			tactics: `/t/${team().slug}/tactics`
		}));
		const policy = derived(() => policyStatus(data.policy, t));
		const locale = derived(currentLocale);
		head("rol8m4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(team().name)} · Playbook</title>`);
			});
		});
		TimeZoneSync($$renderer, { zone: data.timeZone });
		$$renderer.push(`<!----> <header class="team-head svelte-rol8m4"><div><h1>${escape_html(team().name)}</h1> <p class="muted">${escape_html(t(`jurisdiction.${team().jurisdiction_kind}`))} · ${escape_html(team().jurisdiction_name)}, ${escape_html(STATES[team().state] ?? team().state)}</p></div> <span class="badge">${escape_html(t("team.your_role", { role: t(`roles.${data.role}`) }))}</span></header> `);
		if (officials().length) {
			$$renderer.push(`<!--[0--><dl class="officials svelte-rol8m4"><!--[-->`);
			const each_array = ensure_array_like(officials());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let [label, value] = each_array[$$index];
				$$renderer.push(`<div class="svelte-rol8m4"><dt class="svelte-rol8m4">${escape_html(label)}</dt><dd class="svelte-rol8m4">${escape_html(value)}</dd></div>`);
			}
			$$renderer.push(`<!--]--></dl>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(t("team.playbook"))}</h2> <ul class="grid sections svelte-rol8m4"><!--[-->`);
		const each_array_1 = ensure_array_like(sections);
		for (let $$index_4 = 0, $$length = each_array_1.length; $$index_4 < $$length; $$index_4++) {
			let section = each_array_1[$$index_4];
			$$renderer.push(`<li class="card section svelte-rol8m4"><h3><a${attr("href", links()[section])}>${escape_html(t(`sections.${section}`))}</a></h3> <p class="muted">${escape_html(t(`sections.${section}_body`))}</p> `);
			if (section === "policy") {
				$$renderer.push(`<!--[0--><p class="soon svelte-rol8m4">${escape_html(policy())}</p> `);
				if (!data.policy && data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><form method="POST"${attr("action", `${stringify(links().policy)}?/adapt`)} class="adapt svelte-rol8m4"><button>${escape_html(t("sections.adapt_now"))}</button></form>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else if (section === "testimony") {
				$$renderer.push("<!--[1-->");
				if (data.hearings.length) {
					$$renderer.push(`<!--[0--><ul class="hearings svelte-rol8m4"><!--[-->`);
					const each_array_2 = ensure_array_like(data.hearings);
					for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
						let hearing = each_array_2[$$index_2];
						$$renderer.push(`<li class="svelte-rol8m4"><a${attr("href", `/t/${stringify(team().slug)}/hearings/${stringify(hearing.id)}`)} class="svelte-rol8m4">${escape_html(hearingTitle(hearing, locale(), t))}</a> <ul class="progress svelte-rol8m4"><!--[-->`);
						const each_array_3 = ensure_array_like(deadlineLines(hearing, data.now, data.timeZone, locale(), t));
						for (let $$index_1 = 0, $$length = each_array_3.length; $$index_1 < $$length; $$index_1++) {
							let line = each_array_3[$$index_1];
							$$renderer.push(`<li${attr_class("svelte-rol8m4", void 0, { "closed": line.closed })}>${escape_html(line.text)}</li>`);
						}
						$$renderer.push(`<!--]--></ul></li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push(`<!--[-1--><p class="soon svelte-rol8m4">${escape_html(t("hearings.home_none"))}</p>`);
				$$renderer.push(`<!--]--> <p class="more svelte-rol8m4"><a${attr("href", links().testimony)}>${escape_html(t("hearings.home_all"))}</a></p>`);
			} else if (section === "scorecard") {
				$$renderer.push("<!--[2-->");
				if (data.scorecard.length) {
					$$renderer.push(`<!--[0--><ul class="progress svelte-rol8m4"><!--[-->`);
					const each_array_4 = ensure_array_like(data.scorecard);
					for (let $$index_3 = 0, $$length = each_array_4.length; $$index_3 < $$length; $$index_3++) {
						let target = each_array_4[$$index_3];
						$$renderer.push(`<li class="svelte-rol8m4">${escape_html(t("scorecard.target_progress", {
							name: target.name,
							yes: target.yes,
							total: target.total
						}))}</li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push(`<!--[-1--><p class="soon svelte-rol8m4">${escape_html(t("scorecard.no_targets"))}</p>`);
				$$renderer.push(`<!--]--> <p class="more svelte-rol8m4"><a${attr("href", links().scorecard)}>${escape_html(t("scorecard.open"))}</a></p>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--> <li class="card section svelte-rol8m4"><h3><a${attr("href", `/t/${stringify(team().slug)}/boards`)}>${escape_html(t("tasks.team_card"))}</a></h3> <ul class="progress svelte-rol8m4"><li class="svelte-rol8m4">${escape_html(t("tasks.team_open", { count: data.tasks.open }))}</li> <li class="svelte-rol8m4">${escape_html(t("tasks.team_week", { count: data.tasks.dueThisWeek }))}</li> <li${attr_class("svelte-rol8m4", void 0, { "overdue": data.tasks.overdue > 0 })}>${escape_html(t("tasks.team_overdue", { count: data.tasks.overdue }))}</li></ul> <p class="more svelte-rol8m4"><a${attr("href", `/t/${stringify(team().slug)}/boards`)}>${escape_html(t("tasks.team_boards"))}</a></p></li></ul>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DfrafuVu.js.map
