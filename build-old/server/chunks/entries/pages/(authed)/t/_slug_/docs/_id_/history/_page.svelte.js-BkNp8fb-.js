import { al as head, ah as attr, ai as escape_html, am as ensure_array_like, ak as attr_class, aj as stringify, T as derived } from '../../../../../../../../chunks/server.js-DUATOAhJ.js';
import { R as RedlineText } from '../../../../../../../../chunks/RedlineText.js-DEAK9xPe.js';
import { t, c as currentLocale } from '../../../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../../../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import '../../../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/docs/[id]/history/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const base = derived(() => `/t/${data.team.slug}/docs/${data.document.id}`);
		const when = (at) => new Intl.DateTimeFormat(currentLocale(), {
			dateStyle: "medium",
			timeStyle: "short"
		}).format(at);
		const compared = derived(() => data.comparison?.version.id ?? null);
		/** A version with no name is the server's checkpoint, or (with a person) the text kept just before they restored one. */
		const nameOf = (version) => version.name ?? t(version.createdBy ? "versions.before_restore" : "versions.automatic");
		const fieldError = derived(() => form && "errors" in form ? form.errors?.name : void 0);
		head("bbqssz", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("versions.title"))} · ${escape_html(data.document.title)}</title>`);
			});
		});
		$$renderer.push(`<p class="crumbs"><a${attr("href", base())}>${escape_html(data.document.title)}</a></p> <h1>${escape_html(t("versions.title"))}</h1> <p class="muted intro svelte-bbqssz">${escape_html(t("versions.intro"))}</p> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> `);
		if (data.canEdit) {
			$$renderer.push(`<!--[0--><form method="POST" action="?/save" class="card save svelte-bbqssz">`);
			Field($$renderer, {
				name: "name",
				label: t("versions.name_label"),
				hint: t("versions.name_hint"),
				maxlength: 80,
				required: true,
				error: fieldError()
			});
			$$renderer.push(`<!----> <button>${escape_html(t("versions.save"))}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.comparison) {
			$$renderer.push("<!--[0-->");
			const c = data.comparison;
			$$renderer.push(`<section class="card comparison svelte-bbqssz" aria-labelledby="comparison-title"><h2 id="comparison-title">${escape_html(t("versions.compare_title", {
				name: nameOf(c.version),
				when: when(c.version.createdAt)
			}))}</h2> `);
			if (c.changed) {
				$$renderer.push(`<!--[0--><p class="legend"><del>${escape_html(t("versions.legend_delete"))}</del> <ins>${escape_html(t("versions.legend_insert"))}</ins></p> <div class="redline svelte-bbqssz">`);
				RedlineText($$renderer, { segments: c.segments });
				$$renderer.push(`<!----></div>`);
			} else $$renderer.push(`<!--[-1--><p>${escape_html(t("versions.same"))}</p>`);
			$$renderer.push(`<!--]--> <div class="row actions svelte-bbqssz">`);
			if (data.canEdit && c.changed) $$renderer.push(`<!--[0--><form method="POST" action="?/restore"><input type="hidden" name="version"${attr("value", c.version.id)}/> <button>${escape_html(t("versions.restore"))}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <a class="button secondary" href="?">${escape_html(t("versions.close_compare"))}</a></div> `);
			if (data.canEdit && c.changed) $$renderer.push(`<!--[0--><p class="hint">${escape_html(t("versions.restore_hint"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="list-title"><h2 id="list-title">${escape_html(t("versions.list_title"))}</h2> `);
		if (data.versions.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("versions.none"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ol class="versions svelte-bbqssz"><!--[-->`);
			const each_array = ensure_array_like(data.versions);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let version = each_array[$$index];
				$$renderer.push(`<li${attr_class("card version svelte-bbqssz", void 0, { "current": version.id === compared() })}><div><p class="name svelte-bbqssz"${attr("id", `version-${stringify(version.id)}`)}>${escape_html(nameOf(version))}</p> <p class="muted meta svelte-bbqssz"><time${attr("datetime", new Date(version.createdAt).toISOString())}>${escape_html(when(version.createdAt))}</time> `);
				if (version.createdByName) $$renderer.push(`<!--[0--> · ${escape_html(t("versions.by", { name: version.createdByName }))}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->  · ${escape_html(t("versions.words", { count: version.words }))}</p></div> <a class="button secondary"${attr("href", `?compare=${stringify(version.id)}`)}${attr("aria-describedby", `version-${stringify(version.id)}`)}${attr("aria-current", version.id === compared() ? "true" : void 0)}>${escape_html(t("versions.compare"))}</a></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BkNp8fb-.js.map
