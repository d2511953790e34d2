import { al as head, ai as escape_html, am as ensure_array_like, ah as attr, ak as attr_class, aj as stringify } from '../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../chunks/t.svelte.js-Dq5mMf18.js';
import { f as formatDue } from '../../chunks/tasks.js-BJIfoUd3.js';
import { S as STATES } from '../../chunks/states.js-0GJhGoOw.js';
import '../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../chunks/internal2.js-BICIkewf.js';
import '../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../chunks/exports.js-B7zWDtbc.js';
import '../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../chunks/utils.js-Cx36Gts4.js';

// src/routes/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1uha8ag", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.teams ? t("home.my_teams") : t("home.tagline"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page">`);
		if (data.teams) {
			$$renderer.push(`<!--[0--><div class="row head svelte-1uha8ag"><h1 class="svelte-1uha8ag">${escape_html(t("home.my_teams"))}</h1> <a class="button" href="/teams/new">${escape_html(t("home.new_team"))}</a></div> `);
			if (data.user?.isAdmin) $$renderer.push(`<!--[0--><p class="notice info admin-notice">${escape_html(t("admin_notice.body"))} <a href="/admin">${escape_html(t("admin_notice.link"))}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.nextTasks && data.teams.length) {
				$$renderer.push(`<!--[0--><section class="card next svelte-1uha8ag" aria-labelledby="next-tasks"><div class="row head svelte-1uha8ag"><h2 id="next-tasks" class="svelte-1uha8ag">${escape_html(t("tasks.next_title"))}</h2> <a href="/tasks">${escape_html(t("tasks.next_all"))}</a></div> `);
				if (data.nextTasks.length) {
					$$renderer.push(`<!--[0--><ul class="svelte-1uha8ag"><!--[-->`);
					const each_array = ensure_array_like(data.nextTasks);
					for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
						let task = each_array[$$index];
						$$renderer.push(`<li class="svelte-1uha8ag"><a${attr("href", task.url)}>${escape_html(task.title)}</a> <span class="muted">· ${escape_html(task.teamName)}`);
						if (task.dueDay) $$renderer.push(`<!--[0--> · <span${attr_class("svelte-1uha8ag", void 0, { "overdue": task.group === "overdue" })}>${escape_html(t("tasks.due", { date: formatDue(task, currentLocale(), data.timeZone) }))}</span>`);
						else $$renderer.push("<!--[-1-->");
						$$renderer.push(`<!--]--></span></li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("tasks.next_empty"))}</p>`);
				$$renderer.push(`<!--]--></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.shared.length) {
				$$renderer.push(`<!--[0--><section class="card next svelte-1uha8ag" aria-labelledby="shared-title"><h2 id="shared-title" class="svelte-1uha8ag">${escape_html(t("review.home_title"))}</h2> <ul class="svelte-1uha8ag"><!--[-->`);
				const each_array_1 = ensure_array_like(data.shared);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let doc = each_array_1[$$index_1];
					$$renderer.push(`<li class="svelte-1uha8ag"><a${attr("href", `/review/${stringify(doc.teamSlug)}/${stringify(doc.id)}`)}>${escape_html(doc.title)}</a> <span class="muted">· ${escape_html(doc.teamName)}</span></li>`);
				}
				$$renderer.push(`<!--]--></ul></section>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.teams.length === 0) $$renderer.push(`<!--[0--><div class="card empty svelte-1uha8ag"><h2>${escape_html(t("home.empty_title"))}</h2> <p class="muted">${escape_html(t("home.empty_body"))}</p> <a class="button" href="/teams/new">${escape_html(t("home.new_team"))}</a></div>`);
			else {
				$$renderer.push(`<!--[-1--><ul class="grid teams svelte-1uha8ag"${attr("aria-label", t("home.my_teams"))}><!--[-->`);
				const each_array_2 = ensure_array_like(data.teams);
				for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
					let team = each_array_2[$$index_2];
					$$renderer.push(`<li class="card team svelte-1uha8ag"><h2 class="svelte-1uha8ag"><a${attr("href", `/t/${stringify(team.slug)}`)} class="svelte-1uha8ag">${escape_html(team.name)}</a></h2> <p class="muted svelte-1uha8ag">${escape_html(team.jurisdiction_name)}, ${escape_html(STATES[team.state] ?? team.state)}</p> <p class="row svelte-1uha8ag"><span class="badge">${escape_html(t(`roles.${team.role}`))}</span> <span class="muted">${escape_html(t("home.members", { count: Number(team.members) }))}</span></p></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			}
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push(`<!--[-1--><section class="hero svelte-1uha8ag"><h1 class="svelte-1uha8ag">${escape_html(t("home.tagline"))}</h1> <p class="lead svelte-1uha8ag">${escape_html(t("home.pitch"))}</p> <div class="row"><a class="button" href="/signup">${escape_html(t("nav.sign_up"))}</a> <a class="button secondary" href="/signin">${escape_html(t("nav.sign_in"))}</a></div></section> <ul class="grid features svelte-1uha8ag"><li class="card"><h2>${escape_html(t("sections.policy"))}</h2><p class="muted">${escape_html(t("sections.policy_body"))}</p></li> <li class="card"><h2>${escape_html(t("sections.talking_points"))}</h2><p class="muted">${escape_html(t("sections.talking_points_body"))}</p></li> <li class="card"><h2>${escape_html(t("sections.testimony"))}</h2><p class="muted">${escape_html(t("sections.testimony_body"))}</p></li> <li class="card"><h2>${escape_html(t("sections.scorecard"))}</h2><p class="muted">${escape_html(t("sections.scorecard_body"))}</p></li> <li class="card"><h2>${escape_html(t("sections.tactics"))}</h2><p class="muted">${escape_html(t("sections.tactics_body"))}</p></li></ul>`);
		$$renderer.push(`<!--]--></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-D52P8Oju.js.map
