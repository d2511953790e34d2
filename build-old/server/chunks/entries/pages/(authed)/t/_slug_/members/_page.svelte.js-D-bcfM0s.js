import { al as head, ai as escape_html, am as ensure_array_like, ah as attr, aj as stringify, T as derived } from '../../../../../../chunks/server.js-DUATOAhJ.js';
import { t } from '../../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import { F as FormMessage } from '../../../../../../chunks/FormMessage.js-CYooKlqv.js';
import { C as CopyField } from '../../../../../../chunks/CopyField.js-Bz16s1hV.js';
import { R as ROLES, a as assignableRoles } from '../../../../../../chunks/roles.js-C7S8Lfoc.js';
import '../../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/members/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const mayAssign = derived(() => assignableRoles(data.allowed["member.manage"] ? data.role : null));
		const me = derived(() => data.user.id);
		head("1gxady8", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(t("members.title"))} · ${escape_html(data.team.name)}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(t("members.title"))}</h1> `);
		FormMessage($$renderer, { form });
		$$renderer.push(`<!----> `);
		if (form?.resetLink) {
			$$renderer.push(`<!--[0--><div class="notice info" role="status"><p>${escape_html(t("members.reset_link_intro"))}</p> `);
			if (form.resetNotified) $$renderer.push(`<!--[0--><p>${escape_html(t("members.reset_link_notified"))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			CopyField($$renderer, {
				id: "reset-link",
				label: t("members.reset_link"),
				value: form.resetLink
			});
			$$renderer.push(`<!----></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <table class="responsive"><thead><tr><th scope="col">${escape_html(t("members.name"))}</th><th scope="col">${escape_html(t("members.role"))}</th><th scope="col"><span class="visually-hidden">${escape_html(t("members.actions"))}</span></th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.members);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let member = each_array[$$index_1];
			const manageable = member.id !== me() && mayAssign().includes(member.role);
			$$renderer.push(`<tr><td><strong>${escape_html(member.display_name)}</strong> `);
			if (member.id === me()) $$renderer.push(`<!--[0--><span class="badge">${escape_html(t("members.you"))}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <div class="muted email svelte-1gxady8">${escape_html(member.email)}</div></td><td>`);
			if (manageable) {
				$$renderer.push(`<!--[0--><form method="POST" action="?/role" class="row role-form svelte-1gxady8"><input type="hidden" name="userId"${attr("value", member.id)}/> <label class="visually-hidden"${attr("for", `role-${stringify(member.id)}`)}>${escape_html(t("members.role_of", { name: member.display_name }))}</label> `);
				$$renderer.select({
					id: `role-${stringify(member.id)}`,
					name: "role",
					value: member.role,
					class: ""
				}, ($$renderer) => {
					$$renderer.push(`<!--[-->`);
					const each_array_1 = ensure_array_like(ROLES.filter((r) => mayAssign().includes(r)));
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let role = each_array_1[$$index];
						$$renderer.option({ value: role }, ($$renderer) => {
							$$renderer.push(`${escape_html(t(`roles.${role}`))}`);
						});
					}
					$$renderer.push(`<!--]-->`);
				}, "svelte-1gxady8");
				$$renderer.push(` <button class="secondary">${escape_html(t("members.change_role"))}</button></form>`);
			} else $$renderer.push(`<!--[-1--><span class="badge">${escape_html(t(`roles.${member.role}`))}</span>`);
			$$renderer.push(`<!--]--></td><td class="actions svelte-1gxady8">`);
			if (member.id === me()) $$renderer.push(`<!--[0--><form method="POST" action="?/leave" class="svelte-1gxady8"><button class="secondary">${escape_html(t("members.leave"))}</button></form>`);
			else {
				$$renderer.push("<!--[-1-->");
				if (manageable) $$renderer.push(`<!--[0--><form method="POST" action="?/remove" class="svelte-1gxady8"><input type="hidden" name="userId"${attr("value", member.id)}/> <button class="danger"${attr("aria-label", t("members.remove_named", { name: member.display_name }))}>${escape_html(t("members.remove"))}</button></form>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (data.resettable.includes(member.id)) $$renderer.push(`<!--[0--><form method="POST" action="?/resetLink" class="svelte-1gxady8"><input type="hidden" name="userId"${attr("value", member.id)}/> <button class="link"${attr("aria-label", t("members.reset_named", { name: member.display_name }))}>${escape_html(t("members.reset"))}</button></form>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-D-bcfM0s.js.map
