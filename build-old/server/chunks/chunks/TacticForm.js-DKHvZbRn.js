import { ah as attr, ai as escape_html, am as ensure_array_like, an as attributes } from './server.js-DUATOAhJ.js';
import { t } from './t.svelte.js-Dq5mMf18.js';
import { F as Field } from './Field.js-C0qWKjAC.js';
import { a as documentTitle } from './documents2.js-CgqM4IsD.js';
import './internal2.js-BICIkewf.js';
import { d as TACTIC_KINDS } from './scorecard.js-C021Dk_-.js';

// src/routes/(authed)/t/[slug]/tactics/TacticForm.svelte
function TacticForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Names the team's adapted policy. */
		/** Clear the form once saved (a new entry), rather than keep it (an edit). */
		let { action, submit, values, errors = {}, targets, documents, jurisdiction, clearOnSuccess = false } = $$props;
		function area(name) {
			return {
				id: `f-${name}`,
				name,
				"aria-invalid": errors[name] ? "true" : void 0,
				"aria-describedby": [`f-${name}-hint`, errors[name] && `f-${name}-error`].filter(Boolean).join(" ")
			};
		}
		$$renderer.push(`<form method="POST"${attr("action", action)} class="tactic-form"><div class="two svelte-kjioeq">`);
		Field($$renderer, {
			name: "date",
			type: "date",
			label: t("tactics.date"),
			required: true,
			value: values.date,
			error: errors.date
		});
		$$renderer.push(`<!----> <div class="field"><label for="f-kind">${escape_html(t("tactics.kind"))}</label> `);
		$$renderer.select({
			id: "f-kind",
			name: "kind",
			value: values.kind
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(TACTIC_KINDS);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let kind = each_array[$$index];
				$$renderer.option({ value: kind }, ($$renderer) => {
					$$renderer.push(`${escape_html(t(`tactics.kinds.${kind}`))}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</div> <div class="field"><label for="f-targetId">${escape_html(t("tactics.target"))}</label> `);
		$$renderer.select({
			id: "f-targetId",
			name: "targetId",
			value: values.targetId,
			"aria-invalid": errors.targetId ? "true" : void 0
		}, ($$renderer) => {
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(t("tactics.no_target"))}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_1 = ensure_array_like(targets);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let target = each_array_1[$$index_1];
				$$renderer.option({ value: target.id }, ($$renderer) => {
					$$renderer.push(`${escape_html(target.name)}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</div></div> <div class="field"><label for="f-summary">${escape_html(t("tactics.summary"))}</label> <textarea${attributes({
			...area("summary"),
			rows: "4",
			maxlength: "4000",
			required: true
		}, "svelte-kjioeq")}>`);
		const $$body = escape_html(values.summary);
		if ($$body) $$renderer.push(`${$$body}`);
		$$renderer.push(`</textarea> <p class="hint" id="f-summary-hint">${escape_html(t("tactics.summary_hint"))}</p> `);
		if (errors.summary) $$renderer.push(`<!--[0--><p class="field-error" id="f-summary-error">${escape_html(t(`errors.${errors.summary}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <div class="field"><label for="f-outcome">${escape_html(t("tactics.outcome"))}</label> <textarea${attributes({
			...area("outcome"),
			rows: "3",
			maxlength: "4000"
		}, "svelte-kjioeq")}>`);
		const $$body_1 = escape_html(values.outcome);
		if ($$body_1) $$renderer.push(`${$$body_1}`);
		$$renderer.push(`</textarea> <p class="hint" id="f-outcome-hint">${escape_html(t("tactics.outcome_hint"))}</p> `);
		if (errors.outcome) $$renderer.push(`<!--[0--><p class="field-error" id="f-outcome-error">${escape_html(t(`errors.${errors.outcome}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		if (documents.length) {
			$$renderer.push(`<!--[0--><fieldset><legend>${escape_html(t("tactics.documents"))}</legend> <!--[-->`);
			const each_array_2 = ensure_array_like(documents);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let doc = each_array_2[$$index_2];
				$$renderer.push(`<label class="choice svelte-kjioeq"><input type="checkbox" name="documents"${attr("value", doc.id)}${attr("checked", values.documents.includes(doc.id), true)} class="svelte-kjioeq"/> ${escape_html(documentTitle(doc, jurisdiction, t))}</label>`);
			}
			$$renderer.push(`<!--]--> `);
			if (errors.documents) $$renderer.push(`<!--[0--><p class="field-error">${escape_html(t(`errors.${errors.documents}`, { max: 10 }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></fieldset>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="field"><label for="f-links">${escape_html(t("tactics.links"))}</label> <textarea${attributes({
			...area("links"),
			rows: "2"
		}, "svelte-kjioeq")}>`);
		const $$body_2 = escape_html(values.links);
		if ($$body_2) $$renderer.push(`${$$body_2}`);
		$$renderer.push(`</textarea> <p class="hint" id="f-links-hint">${escape_html(t("tactics.links_hint"))}</p> `);
		if (errors.links) $$renderer.push(`<!--[0--><p class="field-error" id="f-links-error">${escape_html(t(`errors.${errors.links}`, { max: 10 }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <button>${escape_html(submit)}</button></form>`);
	});
}

export { TacticForm as T };
//# sourceMappingURL=TacticForm.js-DKHvZbRn.js.map
