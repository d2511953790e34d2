import type { DB } from '../src/lib/server/db/index';
import { addSuggestedTargets, setEntry } from '../src/lib/server/scorecard';
import { addTactic } from '../src/lib/server/tactics';

const DAY = 24 * 60 * 60 * 1000;
const date = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);

/** The demo team's research so far: where the sheriff and police stand, and what was done. */
export async function seedScorecard(db: DB, slug: string, userId: string): Promise<void> {
	const targets = await addSuggestedTargets(db, slug, userId);
	const sheriff = targets.find((t) => t.kind === 'sheriff');
	const police = targets.find((t) => t.kind === 'police');
	if (sheriff) {
		const stances: [string, 'yes' | 'no' | 'mixed', string][] = [
			['judicial-warrant', 'yes', 'Written policy since 2019: no holds on detainers alone.'],
			['no-facilitation', 'mixed', 'Honors detainers for people charged with violent felonies.'],
			['defined-access', 'no', 'ICE officers interview people in the jail without a court order.'],
			['dont-ask', 'yes', 'Booking form has no citizenship question.']
		];
		for (const [rule, status, note] of stances) {
			await setEntry(db, slug, userId, sheriff.id, rule, { status, note, sourceUrl: '', asOf: date(20) });
		}
	}
	if (police) {
		for (const rule of ['dont-ask', 'fair-impartial-policing', 'judicial-warrant', 'no-facilitation', 'privacy-protection']) {
			await setEntry(db, slug, userId, police.id, rule, { status: 'yes', note: 'General Order on immigration status.', sourceUrl: '', asOf: date(12) });
		}
	}
	await addTactic(db, slug, userId, {
		date: date(20),
		kind: 'meeting',
		targetId: sheriff?.id ?? '',
		summary: 'Met the sheriff and the chief deputy with the nine model rules.',
		outcome: 'Will sign four rules if "shall" becomes "should"; refused jail access limits.',
		documents: [],
		links: []
	});
	await addTactic(db, slug, userId, {
		date: date(6),
		kind: 'petition',
		targetId: '',
		summary: 'Petition to the Commissioners Court for all nine rules.',
		outcome: '1,240 signatures delivered.',
		documents: [],
		links: []
	});
}
