import { al as head, ai as escape_html, am as ensure_array_like, ah as attr, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t, c as currentLocale } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { C as CopyField } from '../../../../../../chunks/CopyField.js-Bz16s1hV.js';
import { F as Field } from '../../../../../../chunks/Field.js-C0qWKjAC.js';
import { F as FormMessage } from '../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { R as ROLES, a as assignableRoles } from '../../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/invites/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const roles = derived(() => ROLES.filter((r) => assignableRoles(data.role).includes(r)));
		const date = (ms) => new Date(ms).toLocaleDateString(currentLocale(), { dateStyle: "medium" });
		head("iq0w7p", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("invites.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(t("invites.title"))}</h1> <p class="muted">${escape_html(t("invites.intro"))}</p> <section class="card" aria-labelledby="new-invite"><h2 id="new-invite">${escape_html(t("invites.new"))}</h2> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> `);
		if (form?.link) {
			$$renderer.push(`<!--[0--><div class="notice success">`);
			CopyField($$renderer, {
				id: "invite-link",
				label: t("invites.link"),
				value: form.link
			});
			$$renderer.push(`<!----> <p class="hint">${escape_html(t("invites.link_hint"))}</p></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <form method="POST" action="?/create" class="new-invite svelte-iq0w7p"><div class="field"><label for="f-role">${escape_html(t("invites.role"))}</label> `);
		$$renderer.select({
			id: "f-role",
			name: "role",
			value: form?.values?.role ?? "member"
		}, ($$renderer) => {
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(roles());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let role = each_array[$$index];
				$$renderer.option({ value: role }, ($$renderer) => {
					$$renderer.push(`${escape_html(t(`roles.${role}`))}`);
				});
			}
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(`</div> `);
		Field($$renderer, {
			name: "days",
			type: "number",
			label: t("invites.days"),
			min: 1,
			max: 90,
			required: true,
			value: form?.values?.days ?? String(data.defaultDays),
			error: form?.errors?.days
		});
		$$renderer.push(`<!----> `);
		Field($$renderer, {
			name: "maxUses",
			type: "number",
			label: t("invites.max_uses"),
			min: 1,
			max: 500,
			required: true,
			value: form?.values?.maxUses ?? "10",
			error: form?.errors?.maxUses
		});
		$$renderer.push(`<!----> <button class="svelte-iq0w7p">${escape_html(t("invites.create"))}</button></form></section> <section aria-labelledby="open-invites"><h2 id="open-invites">${escape_html(t("invites.open"))}</h2> `);
		if (data.invites.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(t("invites.none"))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><table class="responsive"><thead><tr><th scope="col">${escape_html(t("invites.role"))}</th><th scope="col">${escape_html(t("invites.uses"))}</th><th scope="col">${escape_html(t("invites.expires"))}</th><th scope="col">${escape_html(t("invites.created_by"))}</th><th scope="col"><span class="visually-hidden">${escape_html(t("members.actions"))}</span></th></tr></thead><tbody><!--[-->`);
			const each_array_1 = ensure_array_like(data.invites);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let invite = each_array_1[$$index_1];
				$$renderer.push(`<tr><td><span class="badge">${escape_html(t(`roles.${invite.role}`))}</span></td><td>${escape_html(t("invites.uses_of", {
					uses: invite.uses,
					max: invite.max_uses
				}))}</td><td>${escape_html(date(invite.expires_at))}</td><td>${escape_html(invite.created_by)}</td><td><form method="POST" action="?/revoke"><input type="hidden" name="inviteId"${attr("value", invite.id)}/> <button class="secondary">${escape_html(t("invites.revoke"))}</button></form></td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table>`);
		}
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Bg6QUbvm.js.map
