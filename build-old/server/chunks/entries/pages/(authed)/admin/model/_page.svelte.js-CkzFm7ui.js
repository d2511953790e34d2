import { al as head, ai as escape_html, am as ensure_array_like, ah as attr, T as derived } from '../../../../../chunks/server.js-DUATOAhJ.js';
import { t, p as page, c as currentLocale } from '../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as FormMessage } from '../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { R as RedlineText } from '../../../../../chunks/RedlineText.js-DEAK9xPe.js';
import '../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/admin/model/DraftChanges.svelte
function DraftChanges($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The draft against the latest published version, as a redline, before anyone publishes it. */
		let { changes, latest } = $$props;
		if (changes.length) {
			$$renderer.push(`<!--[0--><p>${escape_html(t("model.changes_count", {
				count: changes.length,
				version: latest
			}))}</p> <p class="legend"><ins>${escape_html(t("redline.legend_insert"))}</ins> <del>${escape_html(t("redline.legend_delete"))}</del></p> <ol class="changes svelte-1je3fsr"${attr("aria-label", t("model.changes_label", { version: latest }))}><!--[-->`);
			const each_array = ensure_array_like(changes);
			for (let i = 0, $$length = each_array.length; i < $$length; i++) {
				let change = each_array[i];
				$$renderer.push(`<li class="change svelte-1je3fsr"><h4 class="svelte-1je3fsr"><span class="muted">${escape_html(t("policy.rule_number", { number: change.number }))}</span> ${escape_html(change.title)} <span class="badge">${escape_html(t(`model.change_${change.change}`))}</span></h4> `);
				if (change.titleBefore !== void 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("model.title_before", { title: change.titleBefore }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (change.numberBefore !== void 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("model.number_before", { number: change.numberBefore }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <p class="text svelte-1je3fsr">`);
				RedlineText($$renderer, { segments: change.segments });
				$$renderer.push(`<!----></p> `);
				if (change.detailsChanged) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("model.details_changed"))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else $$renderer.push(`<!--[-1--><p class="notice info" role="status">${escape_html(t("model.unchanged", { version: latest }))}</p>`);
		$$renderer.push(`<!--]-->`);
	});
}
// src/routes/(authed)/admin/model/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const published = derived(() => page.url.searchParams.get("published"));
		const blocked = derived(() => data.problems.length > 0 || data.changes.length === 0);
		const when = (ms) => new Date(ms).toLocaleDateString(currentLocale(), { dateStyle: "medium" });
		head("oailsh", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("model.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page"><p class="crumbs"><a href="/admin">${escape_html(t("admin.title"))}</a></p> <h1>${escape_html(t("model.title"))}</h1> <p class="muted">${escape_html(t("model.intro"))}</p> `);
		if (published()) $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("model.published", { version: published() }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section class="card" aria-labelledby="draft-heading"><h2 id="draft-heading">${escape_html(t("model.draft_heading", { version: data.latest + 1 }))}</h2> <p>${escape_html(t("model.draft_intro"))}</p> <a class="button secondary" href="/admin/model/draft">${escape_html(t("model.edit_draft"))}</a> `);
		if (data.problems.length) {
			$$renderer.push(`<!--[0--><div class="notice error" role="alert"><p>${escape_html(t("model.problems"))}</p> <ul><!--[-->`);
			const each_array = ensure_array_like(data.problems);
			for (let i = 0, $$length = each_array.length; i < $$length; i++) {
				let problem = each_array[i];
				$$renderer.push(`<li>${escape_html(problem.title || problem.key)}: ${escape_html(t(`errors.${problem.code}`, { title: problem.title }))}</li>`);
			}
			$$renderer.push(`<!--]--></ul></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h3 class="svelte-oailsh">${escape_html(t("model.changes_heading", { version: data.latest }))}</h3> `);
		DraftChanges($$renderer, {
			changes: data.changes,
			latest: data.latest
		});
		$$renderer.push(`<!----> <h3 class="svelte-oailsh">${escape_html(t("model.publish_heading"))}</h3> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> <form method="POST" action="?/publish"><input type="hidden" name="expected"${attr("value", data.latest)}/> <div class="field"><label for="f-notes">${escape_html(t("model.notes"))}</label> <textarea id="f-notes" name="notes" rows="4" maxlength="2000" required=""${attr("aria-invalid", form?.errors?.notes ? "true" : void 0)}>`);
		const $$body = escape_html(form?.values?.notes ?? "");
		if ($$body) $$renderer.push(`${$$body}`);
		$$renderer.push(`</textarea> <p class="hint">${escape_html(t("model.notes_hint"))}</p> `);
		if (form?.errors?.notes) $$renderer.push(`<!--[0--><p class="field-error">${escape_html(t(`errors.${form.errors.notes}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <button${attr("disabled", blocked(), true)}${attr("aria-describedby", data.changes.length ? void 0 : "publish-unchanged")}>${escape_html(t("model.publish", { version: data.latest + 1 }))}</button> `);
		if (!data.changes.length) $$renderer.push(`<!--[0--><p class="hint" id="publish-unchanged">${escape_html(t("model.publish_unchanged_hint"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></form></section> <section aria-labelledby="versions-heading"><h2 id="versions-heading">${escape_html(t("model.versions"))}</h2> <table class="responsive"><thead><tr><th scope="col">${escape_html(t("model.version"))}</th><th scope="col">${escape_html(t("model.notes"))}</th><th scope="col">${escape_html(t("model.published_on"))}</th></tr></thead><tbody><!--[-->`);
		const each_array_1 = ensure_array_like(data.versions);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let version = each_array_1[$$index_1];
			$$renderer.push(`<tr><td><strong>${escape_html(version.version)}</strong></td><td>${escape_html(version.notes)}</td><td>${escape_html([when(version.published_at), version.published_by].filter(Boolean).join(" · "))}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CkzFm7ui.js.map
