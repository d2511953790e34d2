import { al as head, ai as escape_html, am as ensure_array_like, ah as attr, aj as stringify, ak as attr_class } from '../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../chunks/t.svelte.js-Dq5mMf18.js';
import '../../../../chunks/internal2.js-BICIkewf.js';
import { f as formatDue } from '../../../../chunks/tasks.js-BJIfoUd3.js';
import '../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../chunks/utils.js-Cx36Gts4.js';
import '../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';

// src/routes/(authed)/tasks/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const PAGE = 100;
		const MOST = 2e3;
		/** The page's own address with other parameters: a longer page stays long when a checklist opens. */
		function tasksHref(params) {
			const query = new URLSearchParams();
			const show = params.show ?? data.shown;
			if (show > PAGE) query.set("show", String(show));
			if (params.open) query.set("open", params.open);
			const text = query.toString();
			return text ? `/tasks?${text}` : "/tasks";
		}
		head("bm1xms", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("tasks.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page"><h1>${escape_html(t("tasks.title"))}</h1> <p class="muted">${escape_html(t("tasks.intro", { count: data.count }))}</p> `);
		if (form?.message) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t(`tasks.errors.${form.message}`))}</p>`);
		else if (form?.success) $$renderer.push(`<!--[1--><p class="notice success" role="status">${escape_html(t(`tasks.success.${form.success}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.count === 0) $$renderer.push(`<!--[0--><div class="card empty svelte-bm1xms"><h2>${escape_html(t("tasks.empty_title"))}</h2> <p class="muted">${escape_html(t("tasks.empty_body"))}</p></div>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(data.groups);
		for (let $$index_2 = 0, $$length = each_array.length; $$index_2 < $$length; $$index_2++) {
			let { group, tasks } = each_array[$$index_2];
			$$renderer.push(`<section${attr("aria-labelledby", `group-${stringify(group)}`)} class="svelte-bm1xms"><h2${attr("id", `group-${stringify(group)}`)}${attr_class(`group ${stringify(group)}`, "svelte-bm1xms")}>${escape_html(t(`tasks.groups.${group}`))} <span class="badge">${escape_html(tasks.length)}</span></h2> <ul class="tasks svelte-bm1xms"><!--[-->`);
			const each_array_1 = ensure_array_like(tasks);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let task = each_array_1[$$index_1];
				const key = `${task.boardId}.${task.cardId}`;
				$$renderer.push(`<li class="card task svelte-bm1xms"><div class="main svelte-bm1xms"><a class="title svelte-bm1xms"${attr("href", task.url)}>${escape_html(task.title)}</a> <p class="meta muted svelte-bm1xms"><span>${escape_html(task.teamName)}</span> · <span>${escape_html(task.boardTitle)}</span> · <span>${escape_html(task.columnName)}</span></p> <p class="meta svelte-bm1xms">`);
				if (task.dueDay) $$renderer.push(`<!--[0--><span${attr_class("svelte-bm1xms", void 0, { "overdue": group === "overdue" })}>${escape_html(t("tasks.due", { date: formatDue(task, currentLocale(), data.timeZone) }))}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (task.checklistTotal) $$renderer.push(`<!--[0--><a${attr("href", tasksHref({ open: data.open === key ? void 0 : key }))}${attr("aria-expanded", data.open === key)}>${escape_html(t("tasks.checklist", {
					done: task.checklistDone,
					total: task.checklistTotal
				}))}</a>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> `);
				if (data.open === key && data.checklist) {
					$$renderer.push(`<!--[0--><ul class="checklist svelte-bm1xms"${attr("aria-label", t("tasks.checklist_of", { title: task.title }))}><!--[-->`);
					const each_array_2 = ensure_array_like(data.checklist.items);
					for (let $$index = 0, $$length = each_array_2.length; $$index < $$length; $$index++) {
						let item = each_array_2[$$index];
						$$renderer.push(`<li><form method="POST" action="?/check" class="svelte-bm1xms"><input type="hidden" name="boardId"${attr("value", task.boardId)}/> <input type="hidden" name="cardId"${attr("value", task.cardId)}/> <input type="hidden" name="itemId"${attr("value", item.id)}/> <input type="hidden" name="done"${attr("value", item.done ? "false" : "true")}/> <button class="tick secondary svelte-bm1xms"${attr("aria-pressed", item.done)}${attr("disabled", !task.canEdit, true)}${attr("aria-label", t(item.done ? "tasks.uncheck" : "tasks.check", { text: item.text }))}><span aria-hidden="true">${escape_html(item.done ? "☑" : "☐")}</span></button> <span${attr_class("svelte-bm1xms", void 0, { "struck": item.done })}>${escape_html(item.text)}</span></form></li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></div> `);
				if (task.canEdit) $$renderer.push(`<!--[0--><form method="POST" action="?/done"><input type="hidden" name="boardId"${attr("value", task.boardId)}/> <input type="hidden" name="cardId"${attr("value", task.cardId)}/> <button class="secondary"${attr("aria-label", t("tasks.mark_done_of", { title: task.title }))}>${escape_html(t("tasks.mark_done"))}</button></form>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		}
		$$renderer.push(`<!--]--> `);
		if (data.listed < data.count) {
			$$renderer.push(`<!--[0--><p class="more svelte-bm1xms"><span class="muted">${escape_html(t("tasks.listed", {
				listed: data.listed,
				count: data.count
			}))}</span> `);
			if (data.shown < MOST) $$renderer.push(`<!--[0--><a class="button secondary"${attr("href", tasksHref({ show: data.shown + PAGE }))} data-sveltekit-noscroll="">${escape_html(t("tasks.show_more", { count: Math.min(PAGE, data.count - data.listed) }))}</a>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DQ-PH2Ez.js.map
