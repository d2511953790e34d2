import { L as LOCALES } from '../../../chunks/i18n.js-DfYLM2F_.js';
import { b as setLocale } from '../../../chunks/accounts.js-BLX3_-TW.js';
import { d as setPreferenceCookie } from '../../../chunks/cookies.js-meQshAIL.js';
import { s as safeNext } from '../../../chunks/redirect.js-vQb-wdfz.js';
import { p as parseForm, b as picklist } from '../../../chunks/forms.js-J73ZrRYJ.js';
import { A as redirect } from '../../../chunks/utils.js-Cx36Gts4.js';
import * as v from 'valibot';

// src/routes/preferences/+page.server.ts
var load = async () => redirect(303, "/");
var actions = {
	language: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ locale: picklist(LOCALES) }), form);
		if (!parsed.ok) return parsed.failure;
		setPreferenceCookie(event, "playbook_lang", parsed.data.locale);
		if (event.locals.user) await setLocale(event.locals.app.db, event.locals.user.id, parsed.data.locale);
		redirect(303, safeNext(form.get("redirectTo")));
	},
	theme: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(v.object({ theme: picklist([
			"system",
			"light",
			"dark"
		]) }), form);
		if (!parsed.ok) return parsed.failure;
		setPreferenceCookie(event, "playbook_theme", parsed.data.theme);
		redirect(303, safeNext(form.get("redirectTo")));
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BuWF6r4i.js.map
