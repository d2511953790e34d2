import { findAdaptation } from '$lib/server/adaptation';
import { latestVersion } from '$lib/server/model-policy';
import { scorecardProgress } from '$lib/server/scorecard';
import { requireUser } from '$lib/server/guard';
import { teamTaskCounts, timeZoneOr, TIME_ZONE_COOKIE } from '$lib/server/my-tasks';
import { ensureCampaignBoard } from '$lib/server/boards';
import { upcomingHearings } from '$lib/server/hearings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { team } = await event.parent();
	const { db } = event.locals.app;
	const timeZone = timeZoneOr(event.cookies.get(TIME_ZONE_COOKIE));
	const now = Date.now();
	const [adaptation, latest, scorecard, tasks, hearings] = await Promise.all([
		findAdaptation(db, team.id),
		latestVersion(db),
		scorecardProgress(db, team.slug, requireUser(event).id),
		teamTaskCounts(db, team.id, { timeZone }),
		upcomingHearings(db, team.id, now),
		// Teams made before boards existed get their Campaign board on their next visit.
		ensureCampaignBoard(db, team.id, event.locals.locale)
	]);
	return {
		policy: adaptation ? { baseVersion: adaptation.base_version, latestVersion: latest.version } : null,
		scorecard,
		tasks,
		hearings,
		now,
		timeZone
	};
};
