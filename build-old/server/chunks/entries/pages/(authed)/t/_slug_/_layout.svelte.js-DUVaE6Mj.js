import { ah as attr, am as ensure_array_like, ai as escape_html, T as derived } from '../../../../../chunks/server.js-DUATOAhJ.js';
import { t, p as page } from '../../../../../chunks/t.svelte.js-Dq5mMf18.js';
import '../../../../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../../../../chunks/internal2.js-BICIkewf.js';
import '../../../../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../../../../chunks/exports.js-B7zWDtbc.js';
import '../../../../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../../../../chunks/utils.js-Cx36Gts4.js';

// src/routes/(authed)/t/[slug]/TeamNav.svelte
function TeamNav($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const slug = derived(() => page.params.slug);
		const allowed = derived(() => page.data.allowed);
		const links = derived(() => [
			{
				href: `/t/${slug()}`,
				label: t("team.nav_home"),
				show: true
			},
			{
				href: `/t/${slug()}/policy`,
				label: t("team.nav_policy"),
				show: true
			},
			{
				href: `/t/${slug()}/docs`,
				label: t("team.nav_docs"),
				show: true
			},
			{
				href: `/t/${slug()}/hearings`,
				label: t("team.nav_hearings"),
				show: true
			},
			{
				href: `/t/${slug()}/boards`,
				label: t("team.nav_boards"),
				show: true
			},
			{
				href: `/t/${slug()}/scorecard`,
				label: t("team.nav_scorecard"),
				show: true
			},
			{
				href: `/t/${slug()}/tactics`,
				label: t("team.nav_tactics"),
				show: true
			},
			{
				href: `/t/${slug()}/members`,
				label: t("team.nav_members"),
				show: true
			},
			{
				href: `/t/${slug()}/invites`,
				label: t("team.nav_invites"),
				show: allowed()["invite.manage"]
			},
			{
				href: `/t/${slug()}/settings`,
				label: t("team.nav_settings"),
				show: allowed()["team.edit"]
			}
		].filter((l) => l.show));
		/** The team home is current only on itself; a section also on its sub-pages. */
		const current = (href) => page.url.pathname === href || href !== `/t/${slug()}` && page.url.pathname.startsWith(`${href}/`) || href === `/t/${slug()}/hearings` && page.url.pathname.startsWith(`/t/${slug()}/testimony/`);
		$$renderer.push(`<nav class="team-nav svelte-njmns0"${attr("aria-label", t("team.nav_label"))}><!--[-->`);
		const each_array = ensure_array_like(links());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let link = each_array[$$index];
			$$renderer.push(`<a${attr("href", link.href)}${attr("aria-current", current(link.href) ? "page" : void 0)} class="svelte-njmns0">${escape_html(link.label)}</a>`);
		}
		$$renderer.push(`<!--]--></nav>`);
	});
}
// src/routes/(authed)/t/[slug]/+layout.svelte
function _layout($$renderer, $$props) {
	let { children } = $$props;
	$$renderer.push(`<div class="page">`);
	TeamNav($$renderer);
	$$renderer.push(`<!----> `);
	children($$renderer);
	$$renderer.push(`<!----></div>`);
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-DUVaE6Mj.js.map
