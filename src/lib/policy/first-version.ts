/**
 * The model policy as first published: nine rules limiting local help with federal immigration
 * enforcement, written for this product from the campaign's published aims. A starting point
 * for a team to adapt with its own names and its own local counsel.
 */
import type { ModelVersion } from './model';

/** Shown wherever the model text is: it is a drafting aid, never legal advice. */
export const DISCLAIMER =
	'These model rules are a drafting aid for volunteer campaigns, not legal advice. ' +
	'Laws differ from state to state and place to place: before a rule is adopted, ' +
	'have it reviewed by a lawyer who knows the law where you live.';

export const DISCLAIMER_ES =
	'Estas reglas modelo son una ayuda para redactar, pensada para campañas de voluntarios; ' +
	'no son asesoría legal. Las leyes cambian de un estado a otro y de un lugar a otro: antes ' +
	'de que se adopte una regla, pida que la revise un abogado que conozca la ley de su localidad.';

export const FIRST_VERSION: ModelVersion = {
	version: 1,
	notes: 'First published version of the nine model rules.',
	rules: [
		{
			key: 'judicial-warrant',
			number: 1,
			title: 'Judicial warrant',
			titleEs: 'Orden judicial',
			text:
				'No person shall be held in the {{jail}}, or kept there past the time they would ' +
				'otherwise be released, at the request of federal immigration authorities unless the ' +
				'request comes with a warrant signed by a judge. {{jurisdiction}} officials shall ' +
				'release any person who is otherwise eligible for release on time.',
			summary:
				'Nobody is locked up, or kept locked up longer, because immigration agents asked, ' +
				'unless a judge signed a warrant.',
			summaryEs:
				'Nadie queda detenido, ni detenido por más tiempo, solo porque lo pidieron agentes de ' +
				'inmigración, a menos que un juez haya firmado una orden.',
			why:
				'Holding someone without a judge’s approval can violate their constitutional rights and ' +
				'leave the local government answerable for it. A judge’s signature is the ordinary ' +
				'safeguard for taking away someone’s liberty.',
			talkingPoints: [
				{
					audience: 'council',
					text:
						'Courts have found local governments responsible for holding people on an agency ' +
						'request alone. A warrant rule protects the budget as well as residents.'
				},
				{
					audience: 'law_enforcement',
					text:
						'This rule gives your deputies one clear test: a judge’s signature. No guessing ' +
						'about paperwork, and no personal liability for an unlawful hold.'
				},
				{
					audience: 'community',
					text:
						'Paying a fine or making bail should mean going home to your family, not waiting ' +
						'in a cell for an agency that never went to a judge.'
				}
			]
		},
		{
			key: 'no-facilitation',
			number: 2,
			title: 'No facilitation',
			titleEs: 'Sin colaboración en detenciones',
			text:
				'The {{sheriff_office}} and the {{police_department}} shall not arrest, hold, or transfer ' +
				'any person on the basis of an immigration detainer, an administrative warrant, or ' +
				'other federal agency paperwork alone. Any such action shall require a warrant signed ' +
				'by a judge.',
			summary:
				'Local officers do not arrest, hold or hand anyone over because of an immigration ' +
				'detainer or other agency form; they need a judge’s warrant.',
			summaryEs:
				'La policía local no arresta, retiene ni entrega a nadie por una solicitud de detención ' +
				'de inmigración u otro formulario de una agencia; necesita una orden firmada por un juez.',
			why:
				'Detainers and administrative warrants are signed by agency officers, not judges. ' +
				'Acting on them turns local officers into immigration agents and erodes the trust that ' +
				'public safety depends on.',
			talkingPoints: [
				{
					audience: 'law_enforcement',
					text:
						'A detainer is a request, not a court order. This rule lets your office say so ' +
						'plainly and apply the same standard every time.'
				},
				{
					audience: 'press',
					text:
						'The question is simple: should local jails act on forms no judge has reviewed? ' +
						'This rule answers no, and leaves every judicial warrant honored.'
				},
				{
					audience: 'council',
					text:
						'Local officers’ time and local jail beds are paid for by local taxpayers. This ' +
						'rule keeps them focused on local public safety.'
				}
			]
		},
		{
			key: 'defined-access',
			number: 3,
			title: 'Defined access and interviews',
			titleEs: 'Acceso e interrogatorios definidos',
			text:
				'Federal immigration agents shall not be given access to the {{jail}} or other ' +
				'{{jurisdiction}} facilities, or to any person in custody for an interview, unless they ' +
				'present a court order or the access serves a criminal-law purpose unrelated to ' +
				'immigration enforcement.',
			summary:
				'Immigration agents cannot use local buildings or question people in custody without a ' +
				'court order or a criminal-law reason that has nothing to do with immigration.',
			summaryEs:
				'Los agentes de inmigración no pueden usar edificios locales ni interrogar a personas ' +
				'detenidas sin una orden judicial o un motivo penal que no tenga que ver con la inmigración.',
			why:
				'When agents can walk into the jail at will, every arrest can become a deportation, ' +
				'whatever the charge and whatever the outcome of the case.',
			talkingPoints: [
				{
					audience: 'law_enforcement',
					text:
						'Written access rules protect your staff from improvising at the front desk. ' +
						'Court orders and criminal investigations still get full cooperation.'
				},
				{
					audience: 'community',
					text:
						'A traffic arrest should not end with an immigration interview in a jail cell, ' +
						'with no lawyer and no judge involved.'
				}
			]
		},
		{
			key: 'clear-identification',
			number: 4,
			title: 'Clear identification',
			titleEs: 'Identificación clara',
			text:
				'Where federal immigration agents are allowed access under these rules, the ' +
				'{{sheriff_office}} shall tell the person in custody, before any interview, who the agents ' +
				'are and that the person may decline to speak with them. Agents shall wear visible ' +
				'identification showing their agency while in {{jurisdiction}} facilities.',
			summary:
				'If agents are let in, the person is told who they are talking to and that they may say ' +
				'no, and agents must be clearly identified.',
			summaryEs:
				'Si se permite la entrada a los agentes, a la persona se le dice con quién está hablando ' +
				'y que puede negarse, y los agentes deben estar claramente identificados.',
			why:
				'People cannot make an informed choice about an interview if they do not know who is ' +
				'asking the questions or what agency they work for.',
			talkingPoints: [
				{
					audience: 'press',
					text:
						'Nobody should have to guess whether the person questioning them is a local ' +
						'officer or a federal immigration agent.'
				},
				{
					audience: 'community',
					text:
						'Knowing who is in the room, and that you can decline to talk, is basic fairness ' +
						'for anyone in custody.'
				}
			]
		},
		{
			key: 'dont-ask',
			number: 5,
			title: 'Don’t ask',
			titleEs: 'No preguntar',
			text:
				'{{jurisdiction}} officials and employees shall not ask any person about their immigration ' +
				'or citizenship status, except where a criminal investigation unrelated to immigration ' +
				'requires it or where a law governing benefits or licenses requires it.',
			summary:
				'Local officials do not ask about immigration or citizenship status unless an unrelated ' +
				'criminal case or a benefits or licensing law requires it.',
			summaryEs:
				'Los funcionarios locales no preguntan por la situación migratoria ni la ciudadanía, ' +
				'salvo que lo exija un caso penal no relacionado o una ley de beneficios o licencias.',
			why:
				'When residents fear that any contact with local government will lead to questions about ' +
				'status, they stop reporting crimes, coming forward as witnesses, and using services.',
			talkingPoints: [
				{
					audience: 'council',
					text:
						'Every department, from libraries to code enforcement, can serve residents ' +
						'without asking about status. This rule makes that the standard everywhere.'
				},
				{
					audience: 'law_enforcement',
					text:
						'Victims and witnesses come forward when they are not afraid of the questions. ' +
						'Unrelated criminal investigations are untouched.'
				},
				{
					audience: 'community',
					text:
						'You should be able to report a crime, call for help or visit a clinic without ' +
						'being asked about your papers.'
				}
			]
		},
		{
			key: 'privacy-protection',
			number: 6,
			title: 'Privacy protection',
			titleEs: 'Protección de la privacidad',
			text:
				'{{jurisdiction}} shall not collect information about a person’s immigration or ' +
				'citizenship status unless required by law, and shall not share personal information ' +
				'with federal immigration authorities beyond what federal law requires. The {{council}} ' +
				'shall adopt written rules on who may see such information and for what purpose.',
			summary:
				'The local government collects as little immigration and personal information as the law ' +
				'allows and shares no more than federal law requires.',
			summaryEs:
				'El gobierno local recoge la menor cantidad posible de datos migratorios y personales y ' +
				'no comparte más de lo que exige la ley federal.',
			why:
				'Information that is never collected cannot be misused. Federal law sets a floor on what ' +
				'must be shared; nothing requires going beyond it.',
			talkingPoints: [
				{
					audience: 'council',
					text:
						'This rule stays within federal information-sharing law while keeping residents’ ' +
						'data out of files where it serves no local purpose.'
				},
				{
					audience: 'press',
					text:
						'Residents hand their local government addresses, phone numbers and family details ' +
						'every day. This rule says what happens to that data.'
				}
			]
		},
		{
			key: 'no-discriminatory-surveillance',
			number: 7,
			title: 'Discriminatory surveillance prohibition',
			titleEs: 'Prohibición de la vigilancia discriminatoria',
			text:
				'{{jurisdiction}} officials shall not conduct surveillance of any person or group based on ' +
				'perceived immigration status, and shall not create or take part in any registry of ' +
				'people based on religion, national origin, or ethnicity.',
			summary:
				'No watching people or communities because of how their immigration status is perceived, ' +
				'and no lists of people by religion or national origin.',
			summaryEs:
				'No se vigila a personas ni comunidades por su supuesta situación migratoria, y no se hacen ' +
				'listas de personas por su religión u origen nacional.',
			why:
				'Surveillance aimed at whole communities treats neighbors as suspects and has a long, ' +
				'painful history in this country.',
			talkingPoints: [
				{
					audience: 'press',
					text:
						'This rule commits our local government, in writing, never to help build a list ' +
						'of residents by their faith or where they were born.'
				},
				{
					audience: 'council',
					text:
						'A clear rule now spares the council an emergency debate later, if a registry ' +
						'is ever proposed.'
				}
			]
		},
		{
			key: 'redress',
			number: 8,
			title: 'Redress',
			titleEs: 'Reparación',
			text:
				'Any person harmed by a violation of these rules may file a complaint with ' +
				'{{jurisdiction}} and shall receive a written response. The {{council}} shall designate ' +
				'who investigates complaints and shall receive a public report of complaints and their ' +
				'outcomes each year.',
			summary:
				'People hurt when a rule is broken have a way to complain and get a remedy, and the public ' +
				'sees a yearly report.',
			summaryEs:
				'Quien resulte perjudicado cuando no se cumple una regla puede presentar una queja y obtener ' +
				'una reparación, y el público recibe un informe anual.',
			why:
				'A rule without a way to enforce it is a promise, not a policy. Complaints also show ' +
				'leaders where training or supervision needs work.',
			talkingPoints: [
				{
					audience: 'council',
					text:
						'A yearly public report lets the council see whether the rules it adopted are ' +
						'followed, without waiting for a lawsuit.'
				},
				{
					audience: 'community',
					text:
						'If your rights are violated, you will know where to go, and you will get an ' +
						'answer in writing.'
				}
			]
		},
		{
			key: 'fair-impartial-policing',
			number: 9,
			title: 'Fair and impartial policing',
			titleEs: 'Policía justa e imparcial',
			text:
				'Officers of the {{police_department}} and the {{sheriff_office}} shall not stop, question, ' +
				'search, or take enforcement action against any person based on perceived race, ethnicity, ' +
				'religion, national origin, language, or immigration status.',
			summary:
				'No stops, questions or enforcement based on how someone looks, sounds or prays, or on ' +
				'their perceived immigration status.',
			summaryEs:
				'No hay detenciones, preguntas ni medidas basadas en la apariencia, el idioma o la religión ' +
				'de una persona, ni en su supuesta situación migratoria.',
			why:
				'Policing that singles people out by appearance or accent is unfair, and it costs the ' +
				'cooperation of whole neighborhoods.',
			talkingPoints: [
				{
					audience: 'law_enforcement',
					text:
						'Many departments already train on bias-free policing. This rule writes that ' +
						'standard down, so it outlasts any one chief or sheriff.'
				},
				{
					audience: 'press',
					text:
						'Speaking Spanish, wearing a headscarf, or looking like a newcomer is never ' +
						'a reason to be stopped.'
				},
				{
					audience: 'community',
					text:
						'Everyone in {{jurisdiction}} deserves the same treatment from the police, whatever ' +
						'language they speak at home.'
				}
			]
		}
	]
};
