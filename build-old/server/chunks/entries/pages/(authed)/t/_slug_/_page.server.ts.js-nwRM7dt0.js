import { f as findAdaptation } from '../../../../../chunks/adaptation.js-Ba6M5iPZ.js';
import { a as latestVersion } from '../../../../../chunks/model-policy.js-dJ2Mdan-.js';
import { b as scorecardProgress } from '../../../../../chunks/scorecard2.js-D-c3nwHr.js';
import { r as requireUser } from '../../../../../chunks/guard.js-DiCDU1AF.js';
import { t as timeZoneOr, a as teamTaskCounts } from '../../../../../chunks/my-tasks.js-Lf6CVEWP.js';
import { e as ensureCampaignBoard } from '../../../../../chunks/teams.js-DRa-kSv4.js';
import { u as upcomingHearings } from '../../../../../chunks/hearings2.js-7VLYJc4A.js';

// src/routes/(authed)/t/[slug]/+page.server.ts
var load = async (event) => {
	const { team } = await event.parent();
	const { db } = event.locals.app;
	const timeZone = timeZoneOr(event.cookies.get("tz"));
	const now = Date.now();
	const [adaptation, latest, scorecard, tasks, hearings] = await Promise.all([
		findAdaptation(db, team.id),
		latestVersion(db),
		scorecardProgress(db, team.slug, requireUser(event).id),
		teamTaskCounts(db, team.id, { timeZone }),
		upcomingHearings(db, team.id, now),
		ensureCampaignBoard(db, team.id, event.locals.locale)
	]);
	return {
		policy: adaptation ? {
			baseVersion: adaptation.base_version,
			latestVersion: latest.version
		} : null,
		scorecard,
		tasks,
		hearings,
		now,
		timeZone
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-nwRM7dt0.js.map
