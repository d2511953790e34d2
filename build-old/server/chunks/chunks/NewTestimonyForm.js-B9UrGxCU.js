import { ah as attr, ai as escape_html, am as ensure_array_like } from './server.js-DUATOAhJ.js';
import { t } from './t.svelte.js-Dq5mMf18.js';
import { F as Field } from './Field.js-C0qWKjAC.js';
import { T as TESTIMONY_TEMPLATES } from './hearings.js-k0Avay5_.js';

// src/routes/(authed)/t/[slug]/hearings/NewTestimonyForm.svelte
function NewTestimonyForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The team's hearings to choose from; none when the form is on a hearing's own page. */
		let { action, hearings, speaker, values = {}, errors = {}, message } = $$props;
		const E = "testimony.errors";
		$$renderer.push(`<form method="POST"${attr("action", action)} class="card new-testimony"><h2>${escape_html(t("testimony.new"))}</h2> <p class="muted">${escape_html(t("testimony.new_intro"))}</p> `);
		if (message) $$renderer.push(`<!--[0--><p class="notice error" role="alert">${escape_html(t(`${E}.${message}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <fieldset${attr("aria-describedby", errors.template ? "f-template-error" : void 0)}><legend>${escape_html(t("testimony.template"))}</legend> <!--[-->`);
		const each_array = ensure_array_like(TESTIMONY_TEMPLATES);
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let template = each_array[i];
			$$renderer.push(`<label class="template svelte-ognnra"><input type="radio" name="template"${attr("value", template)}${attr("checked", values.template ? values.template === template : i === 0, true)} class="svelte-ognnra"/> <span class="svelte-ognnra"><strong>${escape_html(t(`testimony.templates.${template}.label`))}</strong><span class="muted svelte-ognnra">${escape_html(t(`testimony.templates.${template}.description`))}</span></span></label>`);
		}
		$$renderer.push(`<!--]--> `);
		if (errors.template) $$renderer.push(`<!--[0--><p class="field-error" id="f-template-error">${escape_html(t(`${E}.${errors.template}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></fieldset> <div class="two svelte-ognnra">`);
		Field($$renderer, {
			name: "speakerName",
			label: t("testimony.speaker"),
			required: true,
			maxlength: 120,
			value: values.speakerName ?? speaker,
			error: errors.speakerName,
			errorPrefix: E,
			hint: t("testimony.speaker_hint")
		});
		$$renderer.push(`<!----> `);
		if (hearings) {
			$$renderer.push(`<!--[0--><div class="field"><label for="f-hearingId">${escape_html(t("testimony.hearing"))}</label> `);
			$$renderer.select({
				id: "f-hearingId",
				name: "hearingId",
				value: values.hearingId ?? "",
				"aria-invalid": errors.hearingId ? "true" : void 0
			}, ($$renderer) => {
				$$renderer.option({ value: "" }, ($$renderer) => {
					$$renderer.push(`${escape_html(t("testimony.no_hearing"))}`);
				});
				$$renderer.push(`<!--[-->`);
				const each_array_1 = ensure_array_like(hearings);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let hearing = each_array_1[$$index_1];
					$$renderer.option({ value: hearing.id }, ($$renderer) => {
						$$renderer.push(`${escape_html(hearing.title)}`);
					});
				}
				$$renderer.push(`<!--]-->`);
			});
			$$renderer.push(` `);
			if (errors.hearingId) $$renderer.push(`<!--[0--><p class="field-error">${escape_html(t(`${E}.${errors.hearingId}`))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <button>${escape_html(t("testimony.create"))}</button></form>`);
	});
}

export { NewTestimonyForm as N };
//# sourceMappingURL=NewTestimonyForm.js-B9UrGxCU.js.map
