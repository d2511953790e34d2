/**
 * `npm run seed:demo`: fills a fresh instance with a sample county team, so a newcomer sees a
 * living playbook in a minute. Run it with the app stopped, against the same DATA_DIR.
 */
import { createAppContext } from '../src/lib/server/app';
import { readConfig } from '../src/lib/server/config';
import { signUp } from '../src/lib/server/accounts';
import { createTeam } from '../src/lib/server/teams';
import { adaptModel } from '../src/lib/server/adaptation';
import { ensureTalkingPoints } from '../src/lib/server/talking-points';
import { createDocument } from '../src/lib/server/documents';
import { liveDocuments } from '../src/lib/server/live-documents';
import { RULE_FIELD, fragmentText, readAdaptation, ruleText, rulesArray, setFragmentText, writeAdaptation } from '../src/lib/collab/policy-doc';
import { stringField } from '../src/lib/collab/doc-shape';
import { RICH_TEXT_FIELD } from '../src/lib/collab/rich-text-doc';
import { latestVersion, modelDraft, publishDraft } from '../src/lib/server/model-policy';
import { addTactic } from '../src/lib/server/tactics';
import { createHearing } from '../src/lib/server/hearings';
import { seedScorecard } from './seed-scorecard';
import * as Y from 'yjs';

const PASSWORD = 'playbook demo 2026';
const config = readConfig();
const context = await createAppContext(config);
const { db } = context;

const anyone = await db.selectFrom('user').select('id').limit(1).executeTakeFirst();
if (anyone) {
	console.error(`The database in ${config.dataDir} already has accounts; seed:demo only fills a fresh instance.`);
	process.exit(1);
}

const people = {
	admin: await signUp(db, { email: 'admin@demo.playbook', displayName: 'Camila Reyes (campaign admin)', password: PASSWORD }),
	owner: await signUp(db, { email: 'owner@demo.playbook', displayName: 'Dana Whitfield', password: PASSWORD }),
	organizer: await signUp(db, { email: 'organizer@demo.playbook', displayName: 'Marcos Ibarra', password: PASSWORD, locale: 'es' }),
	member: await signUp(db, { email: 'member@demo.playbook', displayName: 'Priya Natarajan', password: PASSWORD }),
	viewer: await signUp(db, { email: 'viewer@demo.playbook', displayName: 'Tom Becker', password: PASSWORD })
};

const team = await createTeam(db, people.owner.id, {
	name: 'Freedom Cities Travis County',
	jurisdictionKind: 'county',
	jurisdictionName: 'Travis County',
	state: 'TX',
	councilName: 'Travis County Commissioners Court',
	sheriffOffice: "Travis County Sheriff's Office",
	policeDepartment: 'Austin Police Department',
	jail: 'Travis County Correctional Complex'
});
const now = Date.now();
for (const [person, role] of [[people.organizer, 'organizer'], [people.member, 'member'], [people.viewer, 'viewer']] as const) {
	await db.insertInto('membership').values({ team_id: team.id, user_id: person.id, role, created_at: now }).execute();
}

// The adaptation, with the sheriff's softer wording on two rules and one rule dropped for now.
const policyId = await adaptModel(db, team.slug, people.owner.id);
await liveDocuments(db).change(policyId, (doc) => {
	const rules = readAdaptation(doc).map((rule, index) => {
		if (index === 0 || index === 2) return { ...rule, text: rule.text.replaceAll(' shall ', ' should '), status: 'modify' as const };
		if (index === 6) return { ...rule, status: 'drop' as const, dropReason: 'The sheriff will not discuss surveillance until the budget hearing; we raise it with the Commissioners Court.' };
		return rule;
	});
	rules.push({ key: 'own-detainer-report', title: 'Public report of detainer requests', text: "The Travis County Sheriff's Office shall publish every quarter the number of immigration detainer requests it received and how it answered each.", status: 'keep', custom: true });
	writeAdaptation(doc, rules);
});

await ensureTalkingPoints(db, team, people.owner.id, 'en');

/** Writes paragraphs, and headings where a line starts with "## ", into a document's body. */
async function write(documentId: string, lines: string[]) {
	await liveDocuments(db).change(documentId, (doc) => {
		const nodes = lines.map((line) => {
			const heading = line.startsWith('## ');
			const node = new Y.XmlElement(heading ? 'heading' : 'paragraph');
			if (heading) node.setAttribute('level', '2');
			node.insert(0, [new Y.XmlText(heading ? line.slice(3) : line)]);
			return node;
		});
		doc.getXmlFragment(RICH_TEXT_FIELD).insert(0, nodes);
	});
}

// The Commissioners Court hearing the testimony is for: the next March 12, 9 am in Austin.
const today = new Date();
const hearingYear = today.getUTCMonth() > 2 || (today.getUTCMonth() === 2 && today.getUTCDate() >= 12) ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
const hearing = await createHearing(db, team.slug, people.organizer.id, {
	bodyKind: 'commissioners',
	bodyName: 'Travis County Commissioners Court',
	startsAt: `${hearingYear}-03-12T09:00`,
	timeZone: 'America/Chicago',
	place: 'Travis County Administration Building, 700 Lavaca Street, Austin',
	agendaItem: 'Public hearing on the Freedom Cities policy for the Sheriff’s Office',
	signupDeadline: `${hearingYear}-03-11T17:00`,
	writtenDeadline: `${hearingYear}-03-11T15:00`,
	speakingLimit: '3',
	characterCap: '2000',
	formats: ['pdf', 'printed'],
	printedCopies: '15'
});
const testimony = await createDocument(db, team.slug, people.member.id, { title: 'Testimony for the March 12 Commissioners Court hearing', kind: 'testimony' });
await db
	.insertInto('testimony')
	.values({ document_id: testimony.id, team_id: team.id, hearing_id: hearing.id, template: 'resident', speaker_name: 'Priya Natarajan', words_per_minute: 140, interpreter: 0, speaking_seconds: null, created_at: Date.now(), updated_at: Date.now() })
	.execute();
await write(testimony.id, [
	'Good morning, Commissioners. My name is Priya Natarajan and I live in Precinct 2.',
	'I am asking you today to adopt all nine rules of the Freedom Cities policy, and first of all the rule that no one is held in the Travis County Correctional Complex past their release time without a judicial warrant.',
	'Last year the Sheriff’s Office received hundreds of immigration detainer requests. Every extra night in jail on a detainer alone costs the county money and costs a family a parent, without a judge ever looking at the case.',
	'My neighbor was held two extra days after the charges against him were dropped. His daughter missed school to wait outside the jail. A warrant signed by a judge would have protected him and the county.',
	'Again: please adopt all nine rules. Thank you.'
]);

const meetingNotes = await createDocument(db, team.slug, people.organizer.id, { title: 'Notes: meeting with Sheriff’s Office command staff' });
await write(meetingNotes.id, [
	'## Who was there',
	'The sheriff, the chief deputy, three of our team, and a pastor from East Austin.',
	'## What they said',
	'Ready to sign the judicial warrant and “don’t ask” rules if every “shall” becomes “should”.',
	'No to limits on federal agents’ access to the jail: “we cooperate with every agency”.',
	'## Next steps',
	'Follow-up meeting in two weeks. Bring the county’s detainer numbers and the cost of extra jail days.'
]);

const letter = await createDocument(db, team.slug, people.owner.id, { title: 'Letter to the Commissioners Court' });
await write(letter.id, [
	'Dear Commissioners,',
	'We write on behalf of more than 1,200 Travis County residents who signed our petition asking the county to adopt the nine Freedom Cities rules.',
	'We ask you to place the policy on the agenda of your March 12 meeting and to hear public testimony on it.',
	'Respectfully, Freedom Cities Travis County'
]);

await seedScorecard(db, team.slug, people.organizer.id);

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
const tactics = [
	{ date: daysAgo(18), kind: 'letter' as const, summary: 'Sent our letter to every member of the Commissioners Court asking for a hearing.', outcome: 'Two commissioners answered; one will put it on the agenda.', documents: [letter.id] },
	{ date: daysAgo(10), kind: 'town_hall' as const, summary: 'Community town hall at the East Austin library: 85 people, Spanish interpretation.', outcome: '40 people signed up to testify.', documents: [] },
	{ date: daysAgo(4), kind: 'meeting' as const, summary: 'Follow-up meeting with the chief deputy about the redline of our policy.', outcome: 'They accept rule 1 with "should"; still no on jail access.', documents: [meetingNotes.id, policyId] },
	{ date: daysAgo(2), kind: 'press' as const, summary: 'Interview with the local public radio station ahead of the hearing.', outcome: '', documents: [testimony.id], links: ['https://example.org/news/travis-county-freedom-cities'] }
];
for (const tactic of tactics) {
	await addTactic(db, team.slug, people.organizer.id, { targetId: '', links: [], ...tactic });
}

// Model version 2, published after the team adapted version 1: the team sees it as an update to
// review. Rule 1 changes a word the team also changed ("shall", which it made "should") and one it
// did not; rule 5 changes only words the team kept.
const v2: Record<string, [string, string][]> = {
	'judicial-warrant': [
		['{{jurisdiction}} officials shall release', '{{jurisdiction}} officials must release'],
		['signed by a judge.', 'signed by a judge or magistrate.']
	],
	'dont-ask': [['immigration or citizenship status,', 'immigration or citizenship status or place of birth,']]
};
const draftId = await modelDraft(db, people.admin);
await liveDocuments(db).change(draftId, (doc) => {
	for (const map of rulesArray(doc).toArray()) {
		const edits = v2[stringField(map, RULE_FIELD.key)];
		if (!edits) continue;
		const fragment = ruleText(map);
		let text = fragmentText(fragment);
		for (const [from, to] of edits) {
			if (!text.includes(from)) throw new Error(`seed:demo: the model text of ${stringField(map, RULE_FIELD.key)} no longer has "${from}"`);
			text = text.replace(from, to);
		}
		setFragmentText(fragment, text);
	}
});
const latest = await latestVersion(db);
await publishDraft(db, people.admin, 'Rule 1 now says officials "must" release people on time and accepts a magistrate’s warrant; rule 5 adds place of birth to what officials do not ask.', latest.version);

await db.destroy();
console.log(`Demo data is in ${config.dataDir}. Start the app and sign in with any of these (password "${PASSWORD}"):`);
for (const [role, person] of Object.entries(people)) console.log(`  ${role.padEnd(10)} ${person.email}`);
