import { ai as escape_html, am as ensure_array_like } from './server.js-DUATOAhJ.js';
import { F as Field } from './Field.js-C0qWKjAC.js';
import { t } from './t.svelte.js-Dq5mMf18.js';
import { J as JURISDICTION_KINDS } from './roles.js-C7S8Lfoc.js';
import { S as STATES } from './states.js-0GJhGoOw.js';

// src/lib/components/TeamFields.svelte
function TeamFields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The team's fields as typed or stored; errors are message keys per field. */
		let { values = {}, errors = {} } = $$props;
		Field($$renderer, {
			name: "name",
			label: t("team.name"),
			required: true,
			maxlength: 100,
			value: values.name,
			error: errors.name,
			hint: t("team.name_hint")
		});
		$$renderer.push(`<!----> <fieldset><legend>${escape_html(t("team.jurisdiction"))}</legend> <div class="field"><label for="f-jurisdictionKind">${escape_html(t("team.jurisdiction_kind"))}</label> `);
		$$renderer.select({
			id: "f-jurisdictionKind",
			name: "jurisdictionKind",
			required: true,
			value: values.jurisdictionKind ?? "county",
			"aria-invalid": errors.jurisdictionKind ? "true" : void 0
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(JURISDICTION_KINDS);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let kind = each_array[$$index];
				$$renderer.option({ value: kind }, ($$renderer) => {
					$$renderer.push(`${escape_html(t(`jurisdiction.${kind}`))}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(` `);
		if (errors.jurisdictionKind) $$renderer.push(`<!--[0--><p class="field-error">${escape_html(t(`errors.${errors.jurisdictionKind}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		Field($$renderer, {
			name: "jurisdictionName",
			label: t("team.jurisdiction_name"),
			required: true,
			maxlength: 100,
			value: values.jurisdictionName,
			error: errors.jurisdictionName,
			hint: t("team.jurisdiction_name_hint")
		});
		$$renderer.push(`<!----> <div class="field"><label for="f-state">${escape_html(t("team.state"))}</label> `);
		$$renderer.select({
			id: "f-state",
			name: "state",
			required: true,
			value: values.state ?? "",
			"aria-invalid": errors.state ? "true" : void 0
		}, ($$renderer) => {
			$$renderer.option({
				value: "",
				disabled: true
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(t("team.state_choose"))}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array_1 = ensure_array_like(Object.entries(STATES));
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let [code, name] = each_array_1[$$index_1];
				$$renderer.option({ value: code }, ($$renderer) => {
					$$renderer.push(`${escape_html(name)}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(` `);
		if (errors.state) $$renderer.push(`<!--[0--><p class="field-error">${escape_html(t(`errors.${errors.state}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div></fieldset> <fieldset><legend>${escape_html(t("team.officials"))}</legend> <p class="hint">${escape_html(t("team.officials_hint"))}</p> `);
		Field($$renderer, {
			name: "councilName",
			label: t("team.council_name"),
			maxlength: 120,
			value: values.councilName,
			error: errors.councilName,
			placeholder: t("team.council_placeholder")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "sheriffOffice",
			label: t("team.sheriff_office"),
			maxlength: 120,
			value: values.sheriffOffice,
			error: errors.sheriffOffice
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "policeDepartment",
			label: t("team.police_department"),
			maxlength: 120,
			value: values.policeDepartment,
			error: errors.policeDepartment
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "jail",
			label: t("team.jail"),
			maxlength: 120,
			value: values.jail,
			error: errors.jail
		});
		$$renderer.push(`<!----></fieldset>`);
	});
}

export { TeamFields as T };
//# sourceMappingURL=TeamFields.js-BSijDgg7.js.map
