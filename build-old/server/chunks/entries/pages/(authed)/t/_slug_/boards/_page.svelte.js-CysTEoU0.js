import { al as head, ai as escape_html, ah as attr, am as ensure_array_like, aj as stringify } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../../../chunks/Field.js-C0qWKjAC.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/boards/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const when = (ms) => new Date(ms).toLocaleString(currentLocale(), {
			dateStyle: "medium",
			timeStyle: "short"
		});
		head("h9x5um", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("boards.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<div class="row head svelte-h9x5um"><h1>${escape_html(data.archived ? t("boards.archived_title") : t("boards.title"))}</h1> <a${attr("href", data.archived ? "?" : "?archived")}>${escape_html(data.archived ? t("boards.show_current") : t("boards.show_archived"))}</a></div> `);
		if (data.allowed["playbook.edit"] && !data.archived) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/create" class="card new-board svelte-h9x5um">`);
			Field($$renderer, {
				name: "name",
				label: t("boards.new_name"),
				required: true,
				maxlength: 120,
				value: form?.values?.name,
				error: form?.errors?.name,
				placeholder: t("boards.new_placeholder")
			});
			$$renderer.push(`<!----> <button>${escape_html(t("boards.create"))}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.boards.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(data.archived ? t("boards.none_archived") : t("boards.none"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="board-list svelte-h9x5um"><!--[-->`);
			const each_array = ensure_array_like(data.boards);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let board = each_array[$$index];
				$$renderer.push(`<li class="svelte-h9x5um"><a${attr("href", `/t/${stringify(data.team.slug)}/boards/${stringify(board.id)}`)} class="svelte-h9x5um">${escape_html(board.title)}</a> <span class="muted">${escape_html(t("boards.updated", { when: when(board.updated_at) }))}</span></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CysTEoU0.js.map
