import { al as head, ai as escape_html, ah as attr, ak as attr_class, ao as clsx$1, T as derived } from '../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as Field } from '../../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../../chunks/FormMessage.js-CYooKlqv.js';
import { S as SignOutForm } from '../../../../chunks/SignOutForm.js-CuXi0NkV.js';
import { C as CopyField } from '../../../../chunks/CopyField.js-Bz16s1hV.js';
import '../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/account/AssignmentEmail.svelte
function AssignmentEmail($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { on, saved } = $$props;
		$$renderer.push(`<section class="card" aria-labelledby="notify-heading"><h2 id="notify-heading">${escape_html(t("calendar.email_heading"))}</h2> `);
		if (saved) $$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("calendar.email_saved"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <form method="POST" action="?/assignmentEmail"><label class="check svelte-1g9bkf0"><input type="checkbox" name="assignmentEmail" value="1"${attr("checked", on, true)} aria-describedby="notify-hint" class="svelte-1g9bkf0"/> ${escape_html(t("calendar.email_label"))}</label> <p class="hint" id="notify-hint">${escape_html(t("calendar.email_hint"))}</p> <button>${escape_html(t("calendar.email_save"))}</button></form></section>`);
	});
}
// src/routes/(authed)/account/CalendarFeed.svelte
function CalendarFeed($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** When the feed was made, or null when it is off. */
		/** The link, right after it was made: the only time it can be shown. */
		/** What the last feed action did. */
		let { feed, feedUrl, done } = $$props;
		const made = derived(() => feed ? new Date(feed.createdAt).toLocaleDateString(currentLocale(), { dateStyle: "medium" }) : "");
		$$renderer.push(`<section class="card" aria-labelledby="calendar-heading"><h2 id="calendar-heading">${escape_html(t("calendar.heading"))}</h2> <p>${escape_html(t("calendar.intro"))}</p> `);
		if (feedUrl) {
			$$renderer.push(`<!--[0--><p class="notice success" role="status">${escape_html(t("calendar.created"))}</p> `);
			CopyField($$renderer, {
				id: "calendar-url",
				label: t("calendar.url_label"),
				value: feedUrl
			});
			$$renderer.push(`<!----> <p class="hint">${escape_html(t("calendar.how_to"))}</p>`);
		} else if (done === "turned_off") $$renderer.push(`<!--[1--><p class="notice success" role="status">${escape_html(t("calendar.turned_off"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (feed && !feedUrl) $$renderer.push(`<!--[0--><p>${escape_html(t("calendar.on_since", { date: made() }))}</p>`);
		else if (!feed && done !== "turned_off") $$renderer.push(`<!--[1--><p class="muted">${escape_html(t("calendar.off_state"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="actions svelte-1hr0etz"><form method="POST" action="?/calendarFeed"><button${attr_class(clsx$1(feed ? "secondary" : void 0), "svelte-1hr0etz")}${attr("aria-describedby", feed ? "calendar-replace-hint" : void 0)}>${escape_html(feed ? t("calendar.replace") : t("calendar.create"))}</button></form> `);
		if (feed) $$renderer.push(`<!--[0--><form method="POST" action="?/calendarOff"><button class="danger">${escape_html(t("calendar.turn_off"))}</button></form>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		if (feed) $$renderer.push(`<!--[0--><p class="hint" id="calendar-replace-hint">${escape_html(t("calendar.replace_hint"))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}
// src/routes/(authed)/account/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("h8pdn3", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("account.title"))} · Playbook</title>`);
			});
		});
		$$renderer.push(`<div class="page"><h1>${escape_html(t("account.title"))}</h1> <p class="muted">${escape_html(data.user?.displayName)} · ${escape_html(data.user?.email)}</p> <section class="card" aria-labelledby="pw-heading"><h2 id="pw-heading">${escape_html(t("account.change_password"))}</h2> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> <form method="POST" action="?/password"><input type="hidden" name="username" autocomplete="username"${attr("value", data.user?.email)}/> `);
		Field($$renderer, {
			name: "currentPassword",
			type: "password",
			label: t("fields.current_password"),
			autocomplete: "current-password",
			required: true,
			error: form?.errors?.currentPassword
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "newPassword",
			type: "password",
			label: t("fields.new_password"),
			autocomplete: "new-password",
			required: true,
			minlength: 8,
			maxlength: 128,
			hint: t("account.password_hint"),
			error: form?.errors?.newPassword
		});
		$$renderer.push(`<!----> <button>${escape_html(t("account.change_password"))}</button></form></section> `);
		CalendarFeed($$renderer, {
			feed: data.calendarFeed,
			feedUrl: form && "feedUrl" in form ? form.feedUrl : void 0,
			done: form && "calendar" in form ? form.calendar : void 0
		});
		$$renderer.push(`<!----> `);
		AssignmentEmail($$renderer, {
			on: data.assignmentEmail,
			saved: !!form && "notify" in form
		});
		$$renderer.push(`<!----> <section class="card" aria-labelledby="devices-heading"><h2 id="devices-heading">${escape_html(t("account.devices"))}</h2> <p>${escape_html(t("account.devices_count", { count: data.sessions }))}</p> `);
		SignOutForm($$renderer, {
			action: "?/signOutEverywhere",
			children: ($$renderer) => {
				$$renderer.push(`<button class="danger">${escape_html(t("account.sign_out_everywhere"))}</button>`);
			}});
		$$renderer.push(`<!----></section></div>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-1wwyr39X.js.map
