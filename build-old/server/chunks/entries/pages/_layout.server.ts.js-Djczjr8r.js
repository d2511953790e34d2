import { i as isSharedDevice } from '../../chunks/cookies.js-meQshAIL.js';

// src/routes/+layout.server.ts
var load = async (event) => {
	const { locals, cookies } = event;
	if (locals.user) event.setHeaders({ "cache-control": "private, no-store" });
	const theme = cookies.get("playbook_theme");
	return {
		user: locals.user && {
			id: locals.user.id,
			displayName: locals.user.display_name,
			email: locals.user.email,
			isAdmin: locals.user.is_admin === 1
		},
		locale: locals.locale,
		theme: theme === "light" || theme === "dark" ? theme : "system",
		/** Whether documents may be kept in this browser for offline work (not on a shared computer). */
		offlineCopies: !isSharedDevice(event)
	};
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-Djczjr8r.js.map
