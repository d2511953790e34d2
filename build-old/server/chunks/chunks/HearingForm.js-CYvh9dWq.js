import { ah as attr, ai as escape_html, am as ensure_array_like } from './server.js-DUATOAhJ.js';
import { t } from './t.svelte.js-Dq5mMf18.js';
import './internal2.js-BICIkewf.js';
import { F as Field } from './Field.js-C0qWKjAC.js';
import { t as timeZoneNames, a as HEARING_BODIES, H as HEARING_FORMATS } from './hearings.js-k0Avay5_.js';

// src/routes/(authed)/t/[slug]/hearings/HearingForm.svelte
function HearingForm($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Field values as strings, as a form posts them; `formats` as a list. */
		/** Set the zone picker to the browser's zone once the page runs (no zone known yet). */
		let { action, submit, values, errors = {}, zoneFromBrowser = false } = $$props;
		const zones = timeZoneNames();
		let zoneSelect;
		const E = "hearings.errors";
		const val = (name) => {
			const value = values[name];
			return typeof value === "string" ? value : "";
		};
		const describe = (name, hint) => [`f-${name}-hint`, errors[name] && `f-${name}-error`].filter(Boolean).join(" ") || void 0;
		$$renderer.push(`<form method="POST"${attr("action", action)} class="hearing-form svelte-1a9lhwq" novalidate=""><fieldset><legend>${escape_html(t("hearings.details"))}</legend> <div class="two svelte-1a9lhwq"><div class="field"><label for="f-bodyKind">${escape_html(t("hearings.fields.body_kind"))}</label> `);
		$$renderer.select({
			id: "f-bodyKind",
			name: "bodyKind",
			value: val("bodyKind") || "council",
			"aria-invalid": errors.bodyKind ? "true" : void 0
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(HEARING_BODIES);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let body = each_array[$$index];
				$$renderer.option({ value: body }, ($$renderer) => {
					$$renderer.push(`${escape_html(t(`hearings.body.${body}`))}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(` `);
		if (errors.bodyKind) $$renderer.push(`<!--[0--><p class="field-error">${escape_html(t(`${E}.${errors.bodyKind}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		Field($$renderer, {
			name: "bodyName",
			label: t("hearings.fields.body_name"),
			maxlength: 160,
			value: val("bodyName"),
			error: errors.bodyName,
			errorPrefix: E,
			hint: t("hearings.fields.body_name_hint")
		});
		$$renderer.push(`<!----></div> `);
		Field($$renderer, {
			name: "agendaItem",
			label: t("hearings.fields.agenda_item"),
			maxlength: 300,
			value: val("agendaItem"),
			error: errors.agendaItem,
			errorPrefix: E,
			hint: t("hearings.fields.agenda_item_hint")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "agendaUrl",
			type: "url",
			label: t("hearings.fields.agenda_url"),
			maxlength: 2e3,
			value: val("agendaUrl"),
			error: errors.agendaUrl,
			errorPrefix: E
		});
		$$renderer.push(`<!----></fieldset> <fieldset><legend>${escape_html(t("hearings.fields.times"))}</legend> <div class="two svelte-1a9lhwq">`);
		Field($$renderer, {
			name: "startsAt",
			type: "datetime-local",
			label: t("hearings.fields.starts_at"),
			required: true,
			value: val("startsAt"),
			error: errors.startsAt,
			errorPrefix: E
		});
		$$renderer.push(`<!----> <div class="field"><label for="f-timeZone">${escape_html(t("hearings.fields.time_zone"))}</label> `);
		$$renderer.select({
			id: "f-timeZone",
			name: "timeZone",
			this: zoneSelect,
			value: val("timeZone") || "UTC",
			"aria-invalid": errors.timeZone ? "true" : void 0,
			"aria-describedby": describe("timeZone")
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array_1 = ensure_array_like(zones);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let zone = each_array_1[$$index_1];
				$$renderer.option({ value: zone }, ($$renderer) => {
					$$renderer.push(`${escape_html(zone.replaceAll("_", " "))}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(` <p class="hint" id="f-timeZone-hint">${escape_html(t("hearings.fields.time_zone_hint"))}</p> `);
		if (errors.timeZone) $$renderer.push(`<!--[0--><p class="field-error" id="f-timeZone-error">${escape_html(t(`${E}.${errors.timeZone}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		Field($$renderer, {
			name: "signupDeadline",
			type: "datetime-local",
			label: t("hearings.fields.signup_deadline"),
			value: val("signupDeadline"),
			error: errors.signupDeadline,
			errorPrefix: E,
			hint: t("hearings.fields.deadline_hint")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "writtenDeadline",
			type: "datetime-local",
			label: t("hearings.fields.written_deadline"),
			value: val("writtenDeadline"),
			error: errors.writtenDeadline,
			errorPrefix: E,
			hint: t("hearings.fields.deadline_hint")
		});
		$$renderer.push(`<!----></div> `);
		Field($$renderer, {
			name: "place",
			label: t("hearings.fields.place"),
			maxlength: 300,
			value: val("place"),
			error: errors.place,
			errorPrefix: E,
			hint: t("hearings.fields.place_hint")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "onlineUrl",
			type: "url",
			label: t("hearings.fields.online_url"),
			maxlength: 2e3,
			value: val("onlineUrl"),
			error: errors.onlineUrl,
			errorPrefix: E,
			hint: t("hearings.fields.online_url_hint")
		});
		$$renderer.push(`<!----></fieldset> <fieldset><legend>${escape_html(t("hearings.fields.rules"))}</legend> <div class="two svelte-1a9lhwq">`);
		Field($$renderer, {
			name: "speakingLimit",
			type: "number",
			inputmode: "decimal",
			step: "0.5",
			min: "0.5",
			max: "60",
			label: t("hearings.fields.speaking_limit"),
			value: val("speakingLimit"),
			error: errors.speakingLimit,
			errorPrefix: E,
			hint: t("hearings.fields.speaking_limit_hint")
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "characterCap",
			type: "number",
			inputmode: "numeric",
			step: "1",
			min: "1",
			label: t("hearings.fields.character_cap"),
			value: val("characterCap"),
			error: errors.characterCap,
			errorPrefix: E,
			hint: t("hearings.fields.character_cap_hint")
		});
		$$renderer.push(`<!----></div> <fieldset class="formats svelte-1a9lhwq"${attr("aria-describedby", errors.formats ? "f-formats-error" : void 0)}><legend class="svelte-1a9lhwq">${escape_html(t("hearings.fields.formats"))}</legend> <!--[-->`);
		const each_array_2 = ensure_array_like(HEARING_FORMATS);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let format = each_array_2[$$index_2];
			$$renderer.push(`<label class="choice svelte-1a9lhwq"><input type="checkbox" name="formats"${attr("value", format)}${attr("checked", values.formats?.includes(format), true)} class="svelte-1a9lhwq"/> ${escape_html(t(`hearings.format.${format}`))}</label>`);
		}
		$$renderer.push(`<!--]--> `);
		if (errors.formats) $$renderer.push(`<!--[0--><p class="field-error" id="f-formats-error">${escape_html(t(`${E}.${errors.formats}`))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></fieldset> `);
		Field($$renderer, {
			name: "printedCopies",
			type: "number",
			inputmode: "numeric",
			step: "1",
			min: "1",
			max: "500",
			label: t("hearings.fields.printed_copies"),
			value: val("printedCopies"),
			error: errors.printedCopies,
			errorPrefix: E
		});
		$$renderer.push(`<!----></fieldset> <button>${escape_html(submit)}</button></form>`);
	});
}

export { HearingForm as H };
//# sourceMappingURL=HearingForm.js-CYvh9dWq.js.map
