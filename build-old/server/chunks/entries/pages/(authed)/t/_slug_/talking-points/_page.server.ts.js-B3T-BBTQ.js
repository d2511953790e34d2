import { A as AUDIENCES } from '../../../../../../chunks/model.js-DLwlbFq3.js';
import { a as slotValuesFromTeam, f as fillSlots } from '../../../../../../chunks/redline.js-B3MCp1Vy.js';
import { t as translate } from '../../../../../../chunks/i18n.js-DfYLM2F_.js';
import { a as latestVersion } from '../../../../../../chunks/model-policy.js-dJ2Mdan-.js';
import { s as singleDocument } from '../../../../../../chunks/documents.js-CaNv629-.js';
import { R as RICH_TEXT_FIELD } from '../../../../../../chunks/rich-text-doc.js-B7aUjoe-.js';
import { r as requireUser } from '../../../../../../chunks/guard.js-DiCDU1AF.js';
import { A as redirect } from '../../../../../../chunks/utils.js-Cx36Gts4.js';
import * as Y from 'yjs';

// src/lib/server/talking-points.ts
function element(name, children, attrs = {}) {
	const node = new Y.XmlElement(name);
	for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
	node.insert(0, children);
	return node;
}
/** The model's talking points grouped by audience, as headings and bullet lists Tiptap reads. */
function seedTalkingPoints(doc, version, team, locale) {
	const values = slotValuesFromTeam(team);
	const body = doc.getXmlFragment(RICH_TEXT_FIELD);
	const nodes = [element("paragraph", [new Y.XmlText(translate(locale, "talking_points.intro"))])];
	for (const audience of AUDIENCES) {
		const points = version.rules.flatMap((rule) => rule.talkingPoints.filter((p) => p.audience === audience).map((p) => `${fillSlots(p.text, values)} (${translate(locale, "talking_points.rule", { number: rule.number })})`));
		if (!points.length) continue;
		nodes.push(element("heading", [new Y.XmlText(translate(locale, `talking_points.audience_${audience}`))], { level: 2 }));
		nodes.push(element("bulletList", points.map((text) => element("listItem", [element("paragraph", [new Y.XmlText(text)])]))));
	}
	body.insert(0, nodes);
}
/** The team's talking points document, made and seeded from the latest model the first time. */
async function ensureTalkingPoints(db, team, userId, locale) {
	return singleDocument(db, {
		teamId: team.id,
		userId
	}, "talking_points", translate(locale, "talking_points.title"), async () => {
		const latest = await latestVersion(db);
		return (doc) => seedTalkingPoints(doc, latest, team, locale);
	});
}
// src/routes/(authed)/t/[slug]/talking-points/+page.server.ts
/** The team's talking points: a live document seeded from the model the first time it is opened. */
var load = async (event) => {
	const { team } = await event.parent();
	const id = await ensureTalkingPoints(event.locals.app.db, team, requireUser(event).id, event.locals.locale);
	redirect(303, `/t/${team.slug}/docs/${id}`);
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B3T-BBTQ.js.map
