import { s as sharedWithMe } from '../../chunks/document-shares.js-DcQLMq3e.js';
import { t as timeZoneOr, m as myTasks } from '../../chunks/my-tasks.js-Lf6CVEWP.js';
import { b as teamsOf } from '../../chunks/teams.js-DRa-kSv4.js';

// src/routes/+page.server.ts
/** Signed in, the home page is "My teams" with my next tasks; signed out, it says what Playbook is. */
var load = async ({ locals, cookies }) => {
	if (!locals.user) return {
		teams: null,
		nextTasks: null,
		shared: [],
		timeZone: "UTC"
	};
	const timeZone = timeZoneOr(cookies.get("tz"));
	const [teams, nextTasks, shared] = await Promise.all([
		teamsOf(locals.app.db, locals.user.id),
		myTasks(locals.app.db, locals.user.id, {
			timeZone,
			limit: 5
		}),
		sharedWithMe(locals.app.db, locals.user.id)
	]);
	return {
		teams,
		nextTasks,
		shared,
		timeZone
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-t9NL6oYU.js.map
