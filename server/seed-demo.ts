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
import { readAdaptation, writeAdaptation } from '../src/lib/collab/policy-doc';
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

const testimony = await createDocument(db, team.slug, people.member.id, { title: 'Testimony for the March 12 Commissioners Court hearing' });
await liveDocuments(db).change(testimony.id, (doc) => {
	const body = doc.getXmlFragment('body');
	const paragraph = (text: string) => {
		const node = new Y.XmlElement('paragraph');
		node.insert(0, [new Y.XmlText(text)]);
		return node;
	};
	body.insert(0, [
		paragraph('Good morning, Commissioners. My name is Priya Natarajan and I live in Precinct 2.'),
		paragraph('I am asking you today to adopt all nine rules of the Freedom Cities policy.'),
		paragraph('[Local facts: detainer requests received last year, cost of extra jail days.]'),
		paragraph('[Personal story.]'),
		paragraph('Again: please adopt all nine rules. Thank you.')
	]);
});

await seedScorecard(db, team.slug, people.organizer.id);

await db.destroy();
console.log(`Demo data is in ${config.dataDir}. Start the app and sign in with any of these (password "${PASSWORD}"):`);
for (const [role, person] of Object.entries(people)) console.log(`  ${role.padEnd(10)} ${person.email}`);
