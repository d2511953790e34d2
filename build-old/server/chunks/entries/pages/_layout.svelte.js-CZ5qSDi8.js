import { ai as escape_html, ah as attr, aj as stringify, ak as attr_class, T as derived } from '../../chunks/server.js-DUATOAhJ.js';
import { t, p as page } from '../../chunks/t.svelte.js-Dq5mMf18.js';
import { S as SignOutForm } from '../../chunks/SignOutForm.js-CuXi0NkV.js';
import '../../chunks/shared.js-Ds6Ze1Vz.js';
import '../../chunks/internal2.js-BICIkewf.js';
import '../../chunks/rolldown-runtime.js-BX8LjuK_.js';
import 'node:module';
import '../../chunks/exports.js-B7zWDtbc.js';
import '../../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../../chunks/utils.js-Cx36Gts4.js';

// src/lib/components/SiteHeader.svelte
function SiteHeader($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const user = derived(() => page.data.user);
		const team = derived(() => page.data.team);
		let menuOpen = false;
		$$renderer.push(`<header class="site-header svelte-a8kxe2"><div class="inner svelte-a8kxe2"><a class="brand svelte-a8kxe2" href="/"><img src="/favicon.svg" alt="" width="28" height="28"/> <span class="svelte-a8kxe2">Playbook</span></a> `);
		if (team()) $$renderer.push(`<!--[0--><span class="sep svelte-a8kxe2" aria-hidden="true">/</span> <a class="team svelte-a8kxe2"${attr("href", `/t/${stringify(team().slug)}`)}${attr("aria-label", t("nav.current_team", { name: team().name }))}>${escape_html(team().name)}</a>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <button class="menu-toggle secondary svelte-a8kxe2"${attr("aria-expanded", menuOpen)} aria-controls="site-menu">${escape_html(t("nav.menu"))}</button> <nav id="site-menu"${attr("aria-label", t("nav.main"))}${attr_class("svelte-a8kxe2", void 0, { "open": menuOpen })}>`);
		if (user()) {
			$$renderer.push(`<!--[0--><a href="/" class="svelte-a8kxe2">${escape_html(t("nav.my_teams"))}</a> <a href="/tasks" class="svelte-a8kxe2">${escape_html(t("tasks.nav"))}</a> `);
			if (user().isAdmin) $$renderer.push(`<!--[0--><a href="/admin" class="svelte-a8kxe2">${escape_html(t("nav.admin"))}</a>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <a href="/account" class="user svelte-a8kxe2"${attr("title", user().email)}>${escape_html(user().displayName)}</a> `);
			SignOutForm($$renderer, {
				action: "/signout",
				children: ($$renderer) => {
					$$renderer.push(`<button class="link">${escape_html(t("nav.sign_out"))}</button>`);
				}});
			$$renderer.push(`<!---->`);
		} else $$renderer.push(`<!--[-1--><a href="/signin" class="svelte-a8kxe2">${escape_html(t("nav.sign_in"))}</a> <a class="button svelte-a8kxe2" href="/signup">${escape_html(t("nav.sign_up"))}</a>`);
		$$renderer.push(`<!--]--></nav></div></header>`);
	});
}
// src/lib/components/PreferenceSwitches.svelte
function PreferenceSwitches($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const locale = derived(() => page.data.locale);
		const theme = derived(() => page.data.theme);
		const here = derived(() => page.url.pathname + page.url.search);
		function submitOnChange(event) {
			event.currentTarget.form?.requestSubmit();
		}
		$$renderer.push(`<div class="prefs svelte-1pjgfdr"><form method="POST" action="/preferences?/language"><input type="hidden" name="redirectTo"${attr("value", here())}/> <label class="visually-hidden" for="pref-language">${escape_html(t("prefs.language"))}</label> `);
		$$renderer.select({
			id: "pref-language",
			name: "locale",
			value: locale(),
			onchange: submitOnChange,
			class: ""
		}, ($$renderer) => {
			$$renderer.option({ value: "en" }, ($$renderer) => {
				$$renderer.push(`English`);
			});
			$$renderer.option({ value: "es" }, ($$renderer) => {
				$$renderer.push(`Español`);
			});
		}, "svelte-1pjgfdr");
		$$renderer.push(` <noscript><button class="secondary">${escape_html(t("prefs.apply"))}</button></noscript></form> <form method="POST" action="/preferences?/theme"><input type="hidden" name="redirectTo"${attr("value", here())}/> <label class="visually-hidden" for="pref-theme">${escape_html(t("prefs.theme"))}</label> `);
		$$renderer.select({
			id: "pref-theme",
			name: "theme",
			value: theme(),
			onchange: submitOnChange,
			class: ""
		}, ($$renderer) => {
			$$renderer.option({ value: "system" }, ($$renderer) => {
				$$renderer.push(`${escape_html(t("prefs.theme_system"))}`);
			});
			$$renderer.option({ value: "light" }, ($$renderer) => {
				$$renderer.push(`${escape_html(t("prefs.theme_light"))}`);
			});
			$$renderer.option({ value: "dark" }, ($$renderer) => {
				$$renderer.push(`${escape_html(t("prefs.theme_dark"))}`);
			});
		}, "svelte-1pjgfdr");
		$$renderer.push(` <noscript><button class="secondary">${escape_html(t("prefs.apply"))}</button></noscript></form></div>`);
	});
}
// src/lib/components/SiteFooter.svelte
function SiteFooter($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		$$renderer.push(`<footer class="site-footer svelte-4jwo3w"><div class="inner svelte-4jwo3w"><p class="muted svelte-4jwo3w">${escape_html(t("footer.not_legal_advice"))}</p> `);
		PreferenceSwitches($$renderer);
		$$renderer.push(`<!----></div></footer>`);
	});
}
// src/routes/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { children } = $$props;
		$$renderer.push(`<a class="skip svelte-12qhfyh" href="#main">${escape_html(t("nav.skip"))}</a> `);
		SiteHeader($$renderer);
		$$renderer.push(`<!----> <main id="main" tabindex="-1" class="svelte-12qhfyh">`);
		children($$renderer);
		$$renderer.push(`<!----></main> `);
		SiteFooter($$renderer);
		$$renderer.push(`<!---->`);
	});
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-CZ5qSDi8.js.map
