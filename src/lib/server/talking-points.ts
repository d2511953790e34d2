import * as Y from 'yjs';
import type { DB } from './db/index';
import type { Team } from './db/schema';
import { AUDIENCES, type ModelVersion } from '$lib/policy/model';
import { fillSlots, slotValuesFromTeam } from '$lib/policy/slots';
import { translate, type Locale } from '$lib/i18n';
import { latestVersion } from './model-policy';
import { singleDocument } from './documents';
import { RICH_TEXT_FIELD } from '$lib/collab/rich-text-doc';


function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs: Record<string, string | number> = {}): Y.XmlElement {
	const node = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
	node.insert(0, children);
	return node;
}

/** The model's talking points grouped by audience, as headings and bullet lists Tiptap reads. */
export function seedTalkingPoints(doc: Y.Doc, version: ModelVersion, team: Team, locale: Locale): void {
	const values = slotValuesFromTeam(team);
	const body = doc.getXmlFragment(RICH_TEXT_FIELD);
	const nodes: Y.XmlElement[] = [element('paragraph', [new Y.XmlText(translate(locale, 'talking_points.intro'))])];
	for (const audience of AUDIENCES) {
		const points = version.rules.flatMap((rule) =>
			rule.talkingPoints.filter((p) => p.audience === audience).map((p) => `${fillSlots(p.text, values)} (${translate(locale, 'talking_points.rule', { number: rule.number })})`)
		);
		if (!points.length) continue;
		nodes.push(element('heading', [new Y.XmlText(translate(locale, `talking_points.audience_${audience}`))], { level: 2 }));
		nodes.push(element('bulletList', points.map((text) => element('listItem', [element('paragraph', [new Y.XmlText(text)])]))));
	}
	body.insert(0, nodes);
}

/** The team's talking points document, made and seeded from the latest model the first time. */
export async function ensureTalkingPoints(db: DB, team: Team, userId: string, locale: Locale): Promise<string> {
	return singleDocument(db, { teamId: team.id, userId }, 'talking_points', translate(locale, 'talking_points.title'), async () => {
		const latest = await latestVersion(db);
		return (doc) => seedTalkingPoints(doc, latest, team, locale);
	});
}
