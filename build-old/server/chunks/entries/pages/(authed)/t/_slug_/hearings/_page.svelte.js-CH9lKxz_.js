import { al as head, ai as escape_html, ah as attr, aj as stringify, am as ensure_array_like, ak as attr_class, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { T as TimeZoneSync } from '../../../../../../chunks/TimeZoneSync.js-WmoxoJL7.js';
import { f as formatInZone, d as deadlineLines, h as hearingTitle } from '../../../../../../chunks/hearings.js-k0Avay5_.js';
import { N as NewTestimonyForm } from '../../../../../../chunks/NewTestimonyForm.js-B9UrGxCU.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../../../chunks/Field.js-C0qWKjAC.js';

// src/routes/(authed)/t/[slug]/hearings/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const locale = derived(currentLocale);
		const title = (h) => hearingTitle(h, locale(), t);
		const choices = derived(() => data.upcoming.map((h) => ({
			id: h.id,
			title: title(h)
		})));
		const when = (ms) => new Date(ms).toLocaleString(locale(), {
			dateStyle: "medium",
			timeStyle: "short",
			timeZone: data.viewerZone
		});
		function hearingList($$renderer, list, upcoming) {
			$$renderer.push(`<ul class="hearings svelte-704tyu"><!--[-->`);
			const each_array = ensure_array_like(list);
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let hearing = each_array[$$index_1];
				$$renderer.push(`<li class="card svelte-704tyu"><h3 class="svelte-704tyu"><a${attr("href", `/t/${stringify(data.team.slug)}/hearings/${stringify(hearing.id)}`)}>${escape_html(title(hearing))}</a></h3> <p class="muted">${escape_html(formatInZone(hearing.starts_at, hearing.time_zone, locale()))}${escape_html(hearing.agenda_item ? ` · ${hearing.agenda_item}` : "")}</p> `);
				if (upcoming) {
					$$renderer.push(`<!--[0--><ul class="deadlines svelte-704tyu"><!--[-->`);
					const each_array_1 = ensure_array_like(deadlineLines(hearing, data.now, data.viewerZone, locale(), t));
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let line = each_array_1[$$index];
						$$renderer.push(`<li${attr_class("svelte-704tyu", void 0, { "closed": line.closed })}>${escape_html(line.text)}</li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <p class="count svelte-704tyu">${escape_html(t("hearings.testimony_count", { count: hearing.testimonyCount }))}</p></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		head("704tyu", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("hearings.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		TimeZoneSync($$renderer, { zone: data.viewerZone });
		$$renderer.push(`<!----> <header class="head svelte-704tyu"><h1 class="svelte-704tyu">${escape_html(t("hearings.title"))}</h1> `);
		if (data.allowed["playbook.edit"]) $$renderer.push(`<!--[0--><a class="button"${attr("href", `/t/${stringify(data.team.slug)}/hearings/new`)}>${escape_html(t("hearings.new"))}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></header> <p class="muted">${escape_html(t("hearings.intro"))}</p> <section aria-labelledby="upcoming-title" class="svelte-704tyu"><h2 id="upcoming-title">${escape_html(t("hearings.upcoming"))}</h2> `);
		if (data.upcoming.length) {
			$$renderer.push("<!--[0-->");
			hearingList($$renderer, data.upcoming, true);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("hearings.none_upcoming"))}</p>`);
		$$renderer.push(`<!--]--></section> <section aria-labelledby="past-title" class="svelte-704tyu"><h2 id="past-title">${escape_html(t("hearings.past"))}</h2> `);
		if (data.past.length) {
			$$renderer.push("<!--[0-->");
			hearingList($$renderer, data.past, false);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("hearings.none_past"))}</p>`);
		$$renderer.push(`<!--]--></section> <section aria-labelledby="unassigned-title" class="svelte-704tyu"><h2 id="unassigned-title">${escape_html(t("hearings.unassigned_title"))}</h2> `);
		if (data.unassigned.length) {
			$$renderer.push(`<!--[0--><ul class="testimony svelte-704tyu"><!--[-->`);
			const each_array_2 = ensure_array_like(data.unassigned);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let item = each_array_2[$$index_2];
				$$renderer.push(`<li class="svelte-704tyu"><a${attr("href", `/t/${stringify(data.team.slug)}/testimony/${stringify(item.id)}`)}>${escape_html(item.title)}</a> `);
				if (item.archived) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("testimony.archived"))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <span class="muted">${escape_html(when(item.updatedAt))}</span></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push(`<!--[-1--><p class="muted">${escape_html(t("testimony.none"))}</p>`);
		$$renderer.push(`<!--]--> `);
		if (data.allowed["playbook.edit"]) {
			$$renderer.push("<!--[0-->");
			NewTestimonyForm($$renderer, {
				action: "?/testimony",
				hearings: choices(),
				speaker: data.user?.displayName ?? "",
				values: form?.values,
				errors: form?.errors,
				message: form?.message
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CH9lKxz_.js.map
