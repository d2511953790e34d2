import { y as get_request_store, m as merge_tracing, w as with_request_store, z as isHttpError } from '../chunks/utils.js-Cx36Gts4.js';
import { _ as __exportAll } from '../chunks/rolldown-runtime.js-BX8LjuK_.js';
import { r as readConfig, s as setSessionCookie, c as clearSessionCookie, C as CLEAR_SITE_STORAGE } from '../chunks/cookies.js-meQshAIL.js';
import { o as openDatabase, d as databaseFile } from '../chunks/db.js-CZ3aFlsq.js';
import { o as openPostgres, i as isPostgres, P as PostgresSchemaPlugin } from '../chunks/postgres.js-CZMSXUZ9.js';
import { S as SESSION_COOKIE, v as validateSessionToken } from '../chunks/session.js-DRTce--L.js';
import { t as translate, i as isLocale, l as localeFromAcceptLanguage } from '../chunks/i18n.js-DfYLM2F_.js';
import { n as newId } from '../chunks/refusal.js-CqIAUhOf.js';
import { Migrator, sql } from 'kysely';
import pino from 'pino';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import nodemailer from 'nodemailer';
import { Redis } from 'ioredis';
import '../chunks/shared.js-Ds6Ze1Vz.js';
import 'node:module';
import 'node:path';
import 'node:fs';
import 'better-sqlite3';
import 'node:worker_threads';
import 'pg';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import 'i18next';

/** @import { Handle, RequestEvent, ResolveOptions } from '@sveltejs/kit' */
/** @import { MaybePromise } from 'types' */

/**
 * A helper function for sequencing multiple `handle` calls in a middleware-like manner.
 * The behavior for the `handle` options is as follows:
 * - `transformPageChunk` is applied in reverse order and merged
 * - `preload` is applied in forward order, the first option "wins" and no `preload` options after it are called
 * - `filterSerializedResponseHeaders` behaves the same as `preload`
 *
 * ```js
 * /// file: src/hooks.server.js
 * import { sequence } from '@sveltejs/kit/hooks';
 *
 * /// type: import('@sveltejs/kit').Handle
 * async function first({ event, resolve }) {
 * 	console.log('first pre-processing');
 * 	const result = await resolve(event, {
 * 		transformPageChunk: ({ html }) => {
 * 			// transforms are applied in reverse order
 * 			console.log('first transform');
 * 			return html;
 * 		},
 * 		preload: () => {
 * 			// this one wins as it's the first defined in the chain
 * 			console.log('first preload');
 * 			return true;
 * 		}
 * 	});
 * 	console.log('first post-processing');
 * 	return result;
 * }
 *
 * /// type: import('@sveltejs/kit').Handle
 * async function second({ event, resolve }) {
 * 	console.log('second pre-processing');
 * 	const result = await resolve(event, {
 * 		transformPageChunk: ({ html }) => {
 * 			console.log('second transform');
 * 			return html;
 * 		},
 * 		preload: () => {
 * 			console.log('second preload');
 * 			return true;
 * 		},
 * 		filterSerializedResponseHeaders: () => {
 * 			// this one wins as it's the first defined in the chain
 * 			console.log('second filterSerializedResponseHeaders');
 * 			return true;
 * 		}
 * 	});
 * 	console.log('second post-processing');
 * 	return result;
 * }
 *
 * export const handle = sequence(first, second);
 * ```
 *
 * The example above would print:
 *
 * ```
 * first pre-processing
 * first preload
 * second pre-processing
 * second filterSerializedResponseHeaders
 * second transform
 * first transform
 * second post-processing
 * first post-processing
 * ```
 *
 * @param {...Handle} handlers The chain of `handle` functions
 * @returns {Handle}
 */
function sequence(...handlers) {
	const length = handlers.length;
	if (!length) return ({ event, resolve }) => resolve(event);

	return ({ event, resolve }) => {
		const { state } = get_request_store();
		return apply_handle(0, event, {});

		/**
		 * @param {number} i
		 * @param {RequestEvent} event
		 * @param {ResolveOptions | undefined} parent_options
		 * @returns {MaybePromise<Response>}
		 */
		function apply_handle(i, event, parent_options) {
			const handle = handlers[i];

			return state.tracing.record_span({
				name: `sveltekit.handle.sequenced.${handle.name ? handle.name : i}`,
				attributes: {},
				fn: async (current) => {
					const traced_event = merge_tracing(event, current);
					return await with_request_store({ event: traced_event, state }, () =>
						handle({
							event: traced_event,
							resolve: (event, options) => {
								/** @type {ResolveOptions['transformPageChunk']} */
								const transformPageChunk = async ({ html, done }) => {
									if (options?.transformPageChunk) {
										html = (await options.transformPageChunk({ html, done })) ?? '';
									}

									if (parent_options?.transformPageChunk) {
										html = (await parent_options.transformPageChunk({ html, done })) ?? '';
									}

									return html;
								};

								/** @type {ResolveOptions['filterSerializedResponseHeaders']} */
								const filterSerializedResponseHeaders =
									parent_options?.filterSerializedResponseHeaders ??
									options?.filterSerializedResponseHeaders;

								/** @type {ResolveOptions['preload']} */
								const preload = parent_options?.preload ?? options?.preload;

								return i < length - 1
									? apply_handle(i + 1, event, {
											transformPageChunk,
											filterSerializedResponseHeaders,
											preload
										})
									: resolve(event, {
											transformPageChunk,
											filterSerializedResponseHeaders,
											preload
										});
							}
						})
					);
				}
			});
		}
	};
}

// migrations/001_foundation.ts
var _001_foundation_exports = /* @__PURE__ */ __exportAll({
	down: () => down$12,
	up: () => up$12
});
async function up$12(db) {
	await db.schema.createTable("user").addColumn("id", "text", (c) => c.primaryKey()).addColumn("email", "text", (c) => c.notNull().unique()).addColumn("display_name", "text", (c) => c.notNull()).addColumn("password_hash", "text", (c) => c.notNull()).addColumn("is_admin", "integer", (c) => c.notNull().defaultTo(0)).addColumn("locale", "text").addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createTable("session").addColumn("id", "text", (c) => c.primaryKey()).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("expires_at", "integer", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createIndex("session_user").on("session").column("user_id").execute();
	await db.schema.createTable("password_reset").addColumn("id", "text", (c) => c.primaryKey()).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("expires_at", "integer", (c) => c.notNull()).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("used_at", "integer").addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createTable("team").addColumn("id", "text", (c) => c.primaryKey()).addColumn("slug", "text", (c) => c.notNull().unique()).addColumn("name", "text", (c) => c.notNull()).addColumn("jurisdiction_kind", "text", (c) => c.notNull()).addColumn("jurisdiction_name", "text", (c) => c.notNull()).addColumn("state", "text", (c) => c.notNull()).addColumn("council_name", "text").addColumn("sheriff_office", "text").addColumn("police_department", "text").addColumn("jail", "text").addColumn("created_by", "text", (c) => c.notNull().references("user.id")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createTable("membership").addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("role", "text", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("membership_pk", ["team_id", "user_id"]).addCheckConstraint("membership_role", sql`role in ('owner','organizer','member','viewer')`).execute();
	await db.schema.createIndex("membership_user").on("membership").column("user_id").execute();
	await db.schema.createTable("invite").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("role", "text", (c) => c.notNull()).addColumn("expires_at", "integer", (c) => c.notNull()).addColumn("max_uses", "integer", (c) => c.notNull()).addColumn("uses", "integer", (c) => c.notNull().defaultTo(0)).addColumn("revoked_at", "integer").addColumn("created_by", "text", (c) => c.notNull().references("user.id")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createIndex("invite_team").on("invite").column("team_id").execute();
}
async function down$12(db) {
	for (const table of [
		"invite",
		"membership",
		"team",
		"password_reset",
		"session",
		"user"
	]) await db.schema.dropTable(table).execute();
}
// migrations/002_documents.ts
var _002_documents_exports = /* @__PURE__ */ __exportAll({
	down: () => down$11,
	up: () => up$11
});
/** Playbook documents (a team's, or the campaign's when team_id is null: the model draft) and the storage of their live Yjs state: a snapshot plus an update log. */
async function up$11(db) {
	await db.schema.createTable("document").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.references("team.id").onDelete("cascade")).addColumn("kind", "text", (c) => c.notNull().defaultTo("doc")).addColumn("title", "text", (c) => c.notNull()).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).addColumn("archived_at", "integer").execute();
	await db.schema.createIndex("document_team").on("document").columns(["team_id", "archived_at"]).execute();
	await sql`create unique index document_single_kind on document (coalesce(team_id, ''), kind) where kind in ('policy', 'talking_points', 'model_draft')`.execute(db);
	await db.schema.createTable("document_snapshot").addColumn("document_id", "text", (c) => c.primaryKey().references("document.id").onDelete("cascade")).addColumn("data", "blob", (c) => c.notNull()).addColumn("through_id", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createTable("document_update").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("data", "blob", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createIndex("document_update_document").on("document_update").columns(["document_id", "id"]).execute();
}
async function down$11(db) {
	for (const table of [
		"document_update",
		"document_snapshot",
		"document"
	]) await db.schema.dropTable(table).execute();
}
// src/lib/policy/first-version.ts
var FIRST_VERSION = {
	version: 1,
	notes: "First published version of the nine model rules.",
	rules: [
		{
			key: "judicial-warrant",
			number: 1,
			title: "Judicial warrant",
			titleEs: "Orden judicial",
			text: "No person shall be held in the {{jail}}, or kept there past the time they would otherwise be released, at the request of federal immigration authorities unless the request comes with a warrant signed by a judge. {{jurisdiction}} officials shall release any person who is otherwise eligible for release on time.",
			summary: "Nobody is locked up, or kept locked up longer, because immigration agents asked, unless a judge signed a warrant.",
			summaryEs: "Nadie queda detenido, ni detenido por más tiempo, solo porque lo pidieron agentes de inmigración, a menos que un juez haya firmado una orden.",
			why: "Holding someone without a judge’s approval can violate their constitutional rights and leave the local government answerable for it. A judge’s signature is the ordinary safeguard for taking away someone’s liberty.",
			talkingPoints: [
				{
					audience: "council",
					text: "Courts have found local governments responsible for holding people on an agency request alone. A warrant rule protects the budget as well as residents."
				},
				{
					audience: "law_enforcement",
					text: "This rule gives your deputies one clear test: a judge’s signature. No guessing about paperwork, and no personal liability for an unlawful hold."
				},
				{
					audience: "community",
					text: "Paying a fine or making bail should mean going home to your family, not waiting in a cell for an agency that never went to a judge."
				}
			]
		},
		{
			key: "no-facilitation",
			number: 2,
			title: "No facilitation",
			titleEs: "Sin colaboración en detenciones",
			text: "The {{sheriff_office}} and the {{police_department}} shall not arrest, hold, or transfer any person on the basis of an immigration detainer, an administrative warrant, or other federal agency paperwork alone. Any such action shall require a warrant signed by a judge.",
			summary: "Local officers do not arrest, hold or hand anyone over because of an immigration detainer or other agency form; they need a judge’s warrant.",
			summaryEs: "La policía local no arresta, retiene ni entrega a nadie por una solicitud de detención de inmigración u otro formulario de una agencia; necesita una orden firmada por un juez.",
			why: "Detainers and administrative warrants are signed by agency officers, not judges. Acting on them turns local officers into immigration agents and erodes the trust that public safety depends on.",
			talkingPoints: [
				{
					audience: "law_enforcement",
					text: "A detainer is a request, not a court order. This rule lets your office say so plainly and apply the same standard every time."
				},
				{
					audience: "press",
					text: "The question is simple: should local jails act on forms no judge has reviewed? This rule answers no, and leaves every judicial warrant honored."
				},
				{
					audience: "council",
					text: "Local officers’ time and local jail beds are paid for by local taxpayers. This rule keeps them focused on local public safety."
				}
			]
		},
		{
			key: "defined-access",
			number: 3,
			title: "Defined access and interviews",
			titleEs: "Acceso e interrogatorios definidos",
			text: "Federal immigration agents shall not be given access to the {{jail}} or other {{jurisdiction}} facilities, or to any person in custody for an interview, unless they present a court order or the access serves a criminal-law purpose unrelated to immigration enforcement.",
			summary: "Immigration agents cannot use local buildings or question people in custody without a court order or a criminal-law reason that has nothing to do with immigration.",
			summaryEs: "Los agentes de inmigración no pueden usar edificios locales ni interrogar a personas detenidas sin una orden judicial o un motivo penal que no tenga que ver con la inmigración.",
			why: "When agents can walk into the jail at will, every arrest can become a deportation, whatever the charge and whatever the outcome of the case.",
			talkingPoints: [{
				audience: "law_enforcement",
				text: "Written access rules protect your staff from improvising at the front desk. Court orders and criminal investigations still get full cooperation."
			}, {
				audience: "community",
				text: "A traffic arrest should not end with an immigration interview in a jail cell, with no lawyer and no judge involved."
			}]
		},
		{
			key: "clear-identification",
			number: 4,
			title: "Clear identification",
			titleEs: "Identificación clara",
			text: "Where federal immigration agents are allowed access under these rules, the {{sheriff_office}} shall tell the person in custody, before any interview, who the agents are and that the person may decline to speak with them. Agents shall wear visible identification showing their agency while in {{jurisdiction}} facilities.",
			summary: "If agents are let in, the person is told who they are talking to and that they may say no, and agents must be clearly identified.",
			summaryEs: "Si se permite la entrada a los agentes, a la persona se le dice con quién está hablando y que puede negarse, y los agentes deben estar claramente identificados.",
			why: "People cannot make an informed choice about an interview if they do not know who is asking the questions or what agency they work for.",
			talkingPoints: [{
				audience: "press",
				text: "Nobody should have to guess whether the person questioning them is a local officer or a federal immigration agent."
			}, {
				audience: "community",
				text: "Knowing who is in the room, and that you can decline to talk, is basic fairness for anyone in custody."
			}]
		},
		{
			key: "dont-ask",
			number: 5,
			title: "Don’t ask",
			titleEs: "No preguntar",
			text: "{{jurisdiction}} officials and employees shall not ask any person about their immigration or citizenship status, except where a criminal investigation unrelated to immigration requires it or where a law governing benefits or licenses requires it.",
			summary: "Local officials do not ask about immigration or citizenship status unless an unrelated criminal case or a benefits or licensing law requires it.",
			summaryEs: "Los funcionarios locales no preguntan por la situación migratoria ni la ciudadanía, salvo que lo exija un caso penal no relacionado o una ley de beneficios o licencias.",
			why: "When residents fear that any contact with local government will lead to questions about status, they stop reporting crimes, coming forward as witnesses, and using services.",
			talkingPoints: [
				{
					audience: "council",
					text: "Every department, from libraries to code enforcement, can serve residents without asking about status. This rule makes that the standard everywhere."
				},
				{
					audience: "law_enforcement",
					text: "Victims and witnesses come forward when they are not afraid of the questions. Unrelated criminal investigations are untouched."
				},
				{
					audience: "community",
					text: "You should be able to report a crime, call for help or visit a clinic without being asked about your papers."
				}
			]
		},
		{
			key: "privacy-protection",
			number: 6,
			title: "Privacy protection",
			titleEs: "Protección de la privacidad",
			text: "{{jurisdiction}} shall not collect information about a person’s immigration or citizenship status unless required by law, and shall not share personal information with federal immigration authorities beyond what federal law requires. The {{council}} shall adopt written rules on who may see such information and for what purpose.",
			summary: "The local government collects as little immigration and personal information as the law allows and shares no more than federal law requires.",
			summaryEs: "El gobierno local recoge la menor cantidad posible de datos migratorios y personales y no comparte más de lo que exige la ley federal.",
			why: "Information that is never collected cannot be misused. Federal law sets a floor on what must be shared; nothing requires going beyond it.",
			talkingPoints: [{
				audience: "council",
				text: "This rule stays within federal information-sharing law while keeping residents’ data out of files where it serves no local purpose."
			}, {
				audience: "press",
				text: "Residents hand their local government addresses, phone numbers and family details every day. This rule says what happens to that data."
			}]
		},
		{
			key: "no-discriminatory-surveillance",
			number: 7,
			title: "Discriminatory surveillance prohibition",
			titleEs: "Prohibición de la vigilancia discriminatoria",
			text: "{{jurisdiction}} officials shall not conduct surveillance of any person or group based on perceived immigration status, and shall not create or take part in any registry of people based on religion, national origin, or ethnicity.",
			summary: "No watching people or communities because of how their immigration status is perceived, and no lists of people by religion or national origin.",
			summaryEs: "No se vigila a personas ni comunidades por su supuesta situación migratoria, y no se hacen listas de personas por su religión u origen nacional.",
			why: "Surveillance aimed at whole communities treats neighbors as suspects and has a long, painful history in this country.",
			talkingPoints: [{
				audience: "press",
				text: "This rule commits our local government, in writing, never to help build a list of residents by their faith or where they were born."
			}, {
				audience: "council",
				text: "A clear rule now spares the council an emergency debate later, if a registry is ever proposed."
			}]
		},
		{
			key: "redress",
			number: 8,
			title: "Redress",
			titleEs: "Reparación",
			text: "Any person harmed by a violation of these rules may file a complaint with {{jurisdiction}} and shall receive a written response. The {{council}} shall designate who investigates complaints and shall receive a public report of complaints and their outcomes each year.",
			summary: "People hurt when a rule is broken have a way to complain and get a remedy, and the public sees a yearly report.",
			summaryEs: "Quien resulte perjudicado cuando no se cumple una regla puede presentar una queja y obtener una reparación, y el público recibe un informe anual.",
			why: "A rule without a way to enforce it is a promise, not a policy. Complaints also show leaders where training or supervision needs work.",
			talkingPoints: [{
				audience: "council",
				text: "A yearly public report lets the council see whether the rules it adopted are followed, without waiting for a lawsuit."
			}, {
				audience: "community",
				text: "If your rights are violated, you will know where to go, and you will get an answer in writing."
			}]
		},
		{
			key: "fair-impartial-policing",
			number: 9,
			title: "Fair and impartial policing",
			titleEs: "Policía justa e imparcial",
			text: "Officers of the {{police_department}} and the {{sheriff_office}} shall not stop, question, search, or take enforcement action against any person based on perceived race, ethnicity, religion, national origin, language, or immigration status.",
			summary: "No stops, questions or enforcement based on how someone looks, sounds or prays, or on their perceived immigration status.",
			summaryEs: "No hay detenciones, preguntas ni medidas basadas en la apariencia, el idioma o la religión de una persona, ni en su supuesta situación migratoria.",
			why: "Policing that singles people out by appearance or accent is unfair, and it costs the cooperation of whole neighborhoods.",
			talkingPoints: [
				{
					audience: "law_enforcement",
					text: "Many departments already train on bias-free policing. This rule writes that standard down, so it outlasts any one chief or sheriff."
				},
				{
					audience: "press",
					text: "Speaking Spanish, wearing a headscarf, or looking like a newcomer is never a reason to be stopped."
				},
				{
					audience: "community",
					text: "Everyone in {{jurisdiction}} deserves the same treatment from the police, whatever language they speak at home."
				}
			]
		}
	]
};
// migrations/004_model_policy.ts
var _004_model_policy_exports = /* @__PURE__ */ __exportAll({
	down: () => down$10,
	up: () => up$10
});
/** Published versions of the model policy; a new instance ships with the first one. */
async function up$10(db) {
	await db.schema.createTable("model_version").addColumn("version", "integer", (c) => c.primaryKey()).addColumn("notes", "text", (c) => c.notNull()).addColumn("rules", "text", (c) => c.notNull()).addColumn("published_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("published_at", "integer", (c) => c.notNull()).execute();
	await db.insertInto("model_version").values({
		version: FIRST_VERSION.version,
		notes: FIRST_VERSION.notes,
		rules: JSON.stringify(FIRST_VERSION.rules),
		published_by: null,
		published_at: Date.now()
	}).execute();
	await db.schema.createTable("adaptation").addColumn("team_id", "text", (c) => c.primaryKey().references("team.id").onDelete("cascade")).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("base_version", "integer", (c) => c.notNull().references("model_version.version")).addColumn("slot_values", "text", (c) => c.notNull()).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).execute();
}
async function down$10(db) {
	await db.schema.dropTable("adaptation").execute();
	await db.schema.dropTable("model_version").execute();
}
// migrations/005_scorecard.ts
var _005_scorecard_exports = /* @__PURE__ */ __exportAll({
	down: () => down$9,
	up: () => up$9
});
/** The scorecard (where each target stands on each rule, with every change kept) and the tactics log. */
async function up$9(db) {
	await db.schema.createTable("target").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("name", "text", (c) => c.notNull()).addColumn("kind", "text", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).addCheckConstraint("target_kind", sql`kind in ('sheriff','police','council','executive','other')`).execute();
	await db.schema.createIndex("target_team").on("target").column("team_id").execute();
	await db.schema.createTable("scorecard_entry").addColumn("target_id", "text", (c) => c.notNull().references("target.id").onDelete("cascade")).addColumn("rule_key", "text", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("note", "text").addColumn("source_url", "text").addColumn("as_of", "text").addColumn("updated_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("updated_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("scorecard_entry_pk", ["target_id", "rule_key"]).addCheckConstraint("scorecard_entry_status", sql`status in ('yes','no','mixed','unknown')`).execute();
	await db.schema.createTable("scorecard_change").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("target_id", "text", (c) => c.notNull().references("target.id").onDelete("cascade")).addColumn("rule_key", "text", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("note", "text").addColumn("source_url", "text").addColumn("as_of", "text").addColumn("changed_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("changed_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createIndex("scorecard_change_cell").on("scorecard_change").columns([
		"target_id",
		"rule_key",
		"id"
	]).execute();
	await db.schema.createTable("tactic").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("date", "text", (c) => c.notNull()).addColumn("kind", "text", (c) => c.notNull()).addColumn("target_id", "text", (c) => c.references("target.id").onDelete("set null")).addColumn("summary", "text", (c) => c.notNull()).addColumn("outcome", "text").addColumn("links", "text", (c) => c.notNull().defaultTo("[]")).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addCheckConstraint("tactic_kind", sql`kind in ('meeting','petition','letter','town_hall','testimony','press','other')`).execute();
	await db.schema.createIndex("tactic_team_date").on("tactic").columns(["team_id", "date"]).execute();
}
async function down$9(db) {
	for (const table of [
		"tactic",
		"scorecard_change",
		"scorecard_entry",
		"target"
	]) await db.schema.dropTable(table).execute();
}
// migrations/006_known_device.ts
var _006_known_device_exports = /* @__PURE__ */ __exportAll({
	down: () => down$8,
	up: () => up$8
});
/** Browsers that have signed in to an account before, so guessing its password cannot lock its owner out. */
async function up$8(db) {
	await db.schema.createTable("known_device").addColumn("id", "text", (c) => c.notNull()).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("last_used_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("known_device_pk", ["id", "user_id"]).execute();
	await db.schema.createIndex("known_device_user").on("known_device").column("user_id").execute();
}
async function down$8(db) {
	await db.schema.dropTable("known_device").execute();
}
// migrations/007_boards.ts
var _007_boards_exports = /* @__PURE__ */ __exportAll({
	down: () => down$7,
	up: () => up$7
});
/**
* Task boards. A board is a live document of kind 'board' (its cards live in its Yjs state); the
* tables here are what the server projects from that state after each stored update, so My tasks,
* filters and the calendar feed are queries, plus what only the server may write: comments with
* their real authors, the history of who changed what, calendar tokens and assignment emails.
*/
async function up$7(db) {
	await db.schema.createTable("board_projection").addColumn("document_id", "text", (c) => c.primaryKey().references("document.id").onDelete("cascade")).addColumn("through_id", "integer", (c) => c.notNull()).addColumn("projected_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createTable("card").addColumn("id", "text", (c) => c.notNull()).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("title", "text", (c) => c.notNull()).addColumn("column_id", "text", (c) => c.notNull()).addColumn("column_name", "text", (c) => c.notNull()).addColumn("column_missing", "integer", (c) => c.notNull().defaultTo(0)).addColumn("position", "text", (c) => c.notNull()).addColumn("done", "integer", (c) => c.notNull().defaultTo(0)).addColumn("archived", "integer", (c) => c.notNull().defaultTo(0)).addColumn("due_date", "text").addColumn("due_at", "integer").addColumn("checklist_done", "integer", (c) => c.notNull().defaultTo(0)).addColumn("checklist_total", "integer", (c) => c.notNull().defaultTo(0)).addColumn("labels", "text", (c) => c.notNull().defaultTo("[]")).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("card_pk", ["board_id", "id"]).execute();
	await db.schema.createIndex("card_team").on("card").columns([
		"team_id",
		"done",
		"due_date"
	]).execute();
	await db.schema.createTable("card_assignee").addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_id", "text", (c) => c.notNull()).addColumn("user_id", "text", (c) => c.notNull()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("assigned_by", "text").addColumn("assigned_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("card_assignee_pk", [
		"board_id",
		"card_id",
		"user_id"
	]).execute();
	await db.schema.createIndex("card_assignee_user").on("card_assignee").columns(["user_id", "team_id"]).execute();
	await db.schema.createTable("card_event").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_id", "text", (c) => c.notNull()).addColumn("user_id", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("kind", "text", (c) => c.notNull()).addColumn("detail", "text", (c) => c.notNull().defaultTo("{}")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createIndex("card_event_card").on("card_event").columns([
		"board_id",
		"card_id",
		"id"
	]).execute();
	await db.schema.createTable("card_comment").addColumn("id", "text", (c) => c.primaryKey()).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_id", "text", (c) => c.notNull()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("author_id", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("body", "text", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("edited_at", "integer").execute();
	await db.schema.createIndex("card_comment_card").on("card_comment").columns([
		"board_id",
		"card_id",
		"created_at"
	]).execute();
	await db.schema.createTable("calendar_token").addColumn("id", "text", (c) => c.primaryKey()).addColumn("user_id", "text", (c) => c.notNull().unique().references("user.id").onDelete("cascade")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createTable("assignment_notice").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_id", "text", (c) => c.notNull()).addColumn("assigned_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("sent_at", "integer").execute();
	await db.schema.createIndex("assignment_notice_due").on("assignment_notice").columns(["sent_at", "user_id"]).execute();
	await db.schema.alterTable("user").addColumn("assignment_email", "integer", (c) => c.notNull().defaultTo(1)).execute();
}
async function down$7(db) {
	await db.schema.alterTable("user").dropColumn("assignment_email").execute();
	for (const table of [
		"assignment_notice",
		"calendar_token",
		"card_comment",
		"card_event",
		"card_assignee",
		"card",
		"board_projection"
	]) await db.schema.dropTable(table).execute();
}
// migrations/008_board_ui.ts
var _008_board_ui_exports = /* @__PURE__ */ __exportAll({
	down: () => down$6,
	up: () => up$6
});
/** Each team's first board, made once: the primary key decides when two requests race to make it. */
async function up$6(db) {
	await db.schema.createTable("campaign_board").addColumn("team_id", "text", (c) => c.primaryKey().references("team.id").onDelete("cascade")).addColumn("document_id", "text", (c) => c.notNull()).execute();
}
async function down$6(db) {
	await db.schema.dropTable("campaign_board").execute();
}
// migrations/009_hearings.ts
var _009_hearings_exports = /* @__PURE__ */ __exportAll({
	down: () => down$5,
	up: () => up$5
});
/**
* Council and board hearings a team prepares for, the testimony written for them (a live
* rich-text document of kind 'testimony' with its speaker's settings here), and the card set a
* hearing put on a board, claimed once per hearing.
*/
async function up$5(db) {
	await db.schema.createTable("hearing").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("body_kind", "text", (c) => c.notNull()).addColumn("body_name", "text").addColumn("starts_at", "integer", (c) => c.notNull()).addColumn("time_zone", "text", (c) => c.notNull()).addColumn("place", "text").addColumn("online_url", "text").addColumn("agenda_item", "text").addColumn("agenda_url", "text").addColumn("signup_deadline", "integer").addColumn("written_deadline", "integer").addColumn("speaking_limit_seconds", "integer").addColumn("character_cap", "integer").addColumn("formats", "text", (c) => c.notNull().defaultTo("[]")).addColumn("printed_copies", "integer").addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createIndex("hearing_team").on("hearing").columns(["team_id", "starts_at"]).execute();
	await db.schema.createTable("testimony").addColumn("document_id", "text", (c) => c.primaryKey().references("document.id").onDelete("cascade")).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("hearing_id", "text", (c) => c.references("hearing.id").onDelete("set null")).addColumn("template", "text").addColumn("speaker_name", "text").addColumn("words_per_minute", "integer", (c) => c.notNull().defaultTo(140)).addColumn("interpreter", "integer", (c) => c.notNull().defaultTo(0)).addColumn("speaking_seconds", "integer").addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createIndex("testimony_hearing").on("testimony").columns(["team_id", "hearing_id"]).execute();
	await db.schema.createTable("hearing_prep").addColumn("hearing_id", "text", (c) => c.primaryKey().references("hearing.id").onDelete("cascade")).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_ids", "text", (c) => c.notNull().defaultTo("[]")).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
}
async function down$5(db) {
	for (const table of [
		"hearing_prep",
		"testimony",
		"hearing"
	]) await db.schema.dropTable(table).execute();
}
// migrations/010_doc_comments.ts
var _010_doc_comments_exports = /* @__PURE__ */ __exportAll({
	down: () => down$4,
	up: () => up$4
});
/**
* Comment threads on rich-text documents. The document holds only each thread's anchor (a mark
* with its id); the thread, its comments and their authors are kept here, where nobody can forge them.
*/
async function up$4(db) {
	await db.schema.createTable("doc_comment_thread").addColumn("id", "text", (c) => c.primaryKey()).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("quote", "text", (c) => c.notNull()).addColumn("resolved_at", "integer").addColumn("resolved_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("revision", "integer", (c) => c.notNull().defaultTo(1)).execute();
	await db.schema.createIndex("doc_comment_thread_document").on("doc_comment_thread").columns(["document_id", "created_at"]).execute();
	await db.schema.createTable("doc_comment").addColumn("id", "text", (c) => c.primaryKey()).addColumn("thread_id", "text", (c) => c.notNull().references("doc_comment_thread.id").onDelete("cascade")).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("author_id", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("body", "text", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("seq", "integer", (c) => c.notNull()).addColumn("edited_at", "integer").execute();
	await db.schema.createIndex("doc_comment_thread_order").on("doc_comment").columns(["thread_id", "seq"]).execute();
	await db.schema.createIndex("doc_comment_document").on("doc_comment").columns(["document_id"]).execute();
}
async function down$4(db) {
	await db.schema.dropTable("doc_comment").execute();
	await db.schema.dropTable("doc_comment_thread").execute();
}
// migrations/011_projection_keys.ts
var _011_projection_keys_exports = /* @__PURE__ */ __exportAll({
	down: () => down$3,
	up: () => up$3
});
/**
* What the card projection keeps beside its rows.
*
* My tasks reads a person's open cards soonest first from card_assignee alone: each assignment row
* carries whether its card is open and its card's due key, kept by the card projection, so one
* index range gives the first page without joining and sorting every card assigned to them.
*/
async function up$3(db) {
	await db.schema.alterTable("card_assignee").addColumn("open", "integer", (c) => c.notNull().defaultTo(1)).execute();
	await db.schema.alterTable("card_assignee").addColumn("due_key", "text", (c) => c.notNull().defaultTo("~")).execute();
	if (!isPostgres(db)) await sql`
		UPDATE card_assignee SET
			open = (SELECT CASE WHEN c.done = 0 AND c.archived = 0 THEN 1 ELSE 0 END FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id),
			due_key = (SELECT CASE
				WHEN c.due_at IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%fZ', c.due_at / 1000.0, 'unixepoch')
				WHEN c.due_date IS NOT NULL THEN c.due_date
				ELSE '~' END FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id)
		WHERE EXISTS (SELECT 1 FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id)
	`.execute(db);
	await db.schema.createIndex("card_assignee_open").on("card_assignee").columns([
		"user_id",
		"open",
		"due_key",
		"assigned_at"
	]).execute();
	await db.schema.alterTable("board_projection").addColumn("state_vector", "blob").execute();
}
async function down$3(db) {
	await db.schema.alterTable("board_projection").dropColumn("state_vector").execute();
	await db.schema.dropIndex("card_assignee_open").execute();
	await db.schema.alterTable("card_assignee").dropColumn("due_key").execute();
	await db.schema.alterTable("card_assignee").dropColumn("open").execute();
}
// migrations/012_document_versions.ts
var _012_document_versions_exports = /* @__PURE__ */ __exportAll({
	down: () => down$2,
	up: () => up$2
});
/**
* Versions of a rich-text document: automatic checkpoints while people edit and versions someone
* named ("sent to the clerk"). Each keeps the full Yjs state and its ProseMirror JSON, so a version
* can be read, compared and restored without the document keeping its history (gc stays on).
*/
async function up$2(db) {
	await db.schema.createTable("document_version").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("name", "text").addColumn("state", "blob", (c) => c.notNull()).addColumn("content", "text", (c) => c.notNull()).addColumn("words", "integer", (c) => c.notNull()).addColumn("through_id", "integer", (c) => c.notNull().defaultTo(0)).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
	await db.schema.createIndex("document_version_document").on("document_version").columns(["document_id", "id"]).execute();
}
async function down$2(db) {
	await db.schema.dropTable("document_version").execute();
}
// migrations/014_compaction_lease.ts
var _014_compaction_lease_exports = /* @__PURE__ */ __exportAll({
	down: () => down$1,
	up: () => up$1
});
/**
* Who may compact a document's update log right now. Several processes can write one document;
* only the holder of its lease folds the log into the snapshot, and a lease that has expired (its
* holder died mid-compaction) can be taken by anyone.
*/
async function up$1(db) {
	await db.schema.createTable("document_compaction_lease").addColumn("document_id", "text", (c) => c.primaryKey().references("document.id").onDelete("cascade")).addColumn("holder", "text", (c) => c.notNull()).addColumn("expires_at", "integer", (c) => c.notNull()).execute();
}
async function down$1(db) {
	await db.schema.dropTable("document_compaction_lease").execute();
}
// migrations/015_document_share.ts
var _015_document_share_exports = /* @__PURE__ */ __exportAll({
	down: () => down,
	up: () => up
});
/**
* A document shared with one person for review (a national staff lawyer reading a team's
* testimony): they comment and suggest, and change nothing else. Whoever shared it is kept.
*/
async function up(db) {
	await db.schema.createTable("document_share").addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("shared_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("document_share_pk", ["document_id", "user_id"]).execute();
	await db.schema.createIndex("document_share_user").on("document_share").columns(["user_id", "created_at"]).execute();
}
async function down(db) {
	await db.schema.dropTable("document_share").execute();
}
// migrations/index.ts
/** Every migration, by name; names sort in the order they apply. Add new files here, after the last. */
var migrations = {
	"001_foundation": _001_foundation_exports,
	"002_documents": _002_documents_exports,
	"004_model_policy": _004_model_policy_exports,
	"005_scorecard": _005_scorecard_exports,
	"006_known_device": _006_known_device_exports,
	"007_boards": _007_boards_exports,
	"008_board_ui": _008_board_ui_exports,
	"009_hearings": _009_hearings_exports,
	"010_doc_comments": _010_doc_comments_exports,
	"011_projection_keys": _011_projection_keys_exports,
	"012_document_versions": _012_document_versions_exports,
	"014_compaction_lease": _014_compaction_lease_exports,
	"015_document_share": _015_document_share_exports
};
// src/lib/server/db/migrate.ts
/** Applies every pending migration; throws with the failing migration's name. */
async function migrateToLatest(db) {
	const result = await new Migrator({
		db: isPostgres(db) ? db.withPlugin(new PostgresSchemaPlugin()) : db,
		provider: { getMigrations: async () => migrations }
	}).migrateToLatest();
	if (result.error) {
		const failed = result.results?.find((r) => r.status === "Error");
		throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${String(result.error)}`, { cause: result.error });
	}
	return result;
}
// src/lib/server/log.ts
var LINK_SECRET = /\/(invite|reset|calendar)\/[^/?#\s"'<>]+/g;
/** Text (a path, a URL, an error message) with every invite, reset and calendar token taken out. */
function redactLinks(text) {
	return text.replace(LINK_SECRET, "/$1/[redacted]");
}
function createLogger(level, destination) {
	return pino({
		level,
		base: { app: "playbook" },
		serializers: { err: (error) => {
			const out = pino.stdSerializers.err(error);
			if (!out || typeof out !== "object") return out;
			if (typeof out.message === "string") out.message = redactLinks(out.message);
			if (typeof out.stack === "string") out.stack = redactLinks(out.stack);
			return out;
		} }
	}, destination);
}
/**
* `capacity` attempts at once, then one more every `refillMs`: a steady allowance of one per
* `refillMs`, with a burst of `capacity - 1` on top that comes back three times slower, all at
* once `3 * (capacity - 1) * refillMs` after it was first dipped into (12 minutes for 5 attempts a
* minute). So however long an attack goes on, it gets at most 1.34 attempts per `refillMs`; the
* price is that someone who used the burst has only the steady allowance for that long.
* Counted in this process's memory, or in Redis so that every process draws on the same
* allowance; when Redis cannot be reached, this process's memory counts alone.
*/
var Throttle = class {
	name;
	capacity;
	refillMs;
	limiter;
	parts;
	constructor(name, capacity, refillMs, redis) {
		this.name = name;
		this.capacity = capacity;
		this.refillMs = refillMs;
		if (redis && refillMs % 1e3) throw new Error(`throttle ${name}: refillMs must be whole seconds to count in Redis`);
		const limiter = (keyPrefix, points, ms) => {
			const duration = ms / 1e3;
			const memory = new RateLimiterMemory({
				keyPrefix,
				points,
				duration
			});
			if (!redis) return memory;
			return new RateLimiterRedis({
				storeClient: redis,
				keyPrefix,
				points,
				duration,
				rejectIfRedisNotReady: true,
				insuranceLimiter: memory
			});
		};
		const steady = limiter(`playbook:throttle:${name}:steady`, 1, refillMs);
		const burst = limiter(`playbook:throttle:${name}:burst`, capacity - 1, 3 * Math.max(1, capacity - 1) * refillMs);
		this.parts = [steady, burst];
		this.limiter = new BurstyRateLimiter(steady, burst);
	}
	/** Takes one attempt for `key`; when none is left, says how long until one is. */
	async consume(key) {
		try {
			await this.limiter.consume(key);
			return { ok: true };
		} catch (refusal) {
			if (refusal instanceof Error) throw refusal;
			const { msBeforeNext } = refusal;
			return {
				ok: false,
				retryAfterMs: Math.max(1, Math.min(msBeforeNext, this.refillMs))
			};
		}
	}
	/** Gives `key` its full allowance back (after a successful sign-in). */
	async reset(key) {
		await Promise.all(this.parts.map((part) => part.delete(key)));
	}
};
/** Each call makes new, empty throttles; given a Redis client, they share their counts through it. */
function createThrottles(redis) {
	return {
		signInByIp: new Throttle("sign-in-ip", 30, 1e4, redis),
		signInByAccount: new Throttle("sign-in-account", 5, 6e4, redis),
		signInByDevice: new Throttle("sign-in-device", 5, 6e4, redis),
		signUpByIp: new Throttle("sign-up-ip", 30, 6e4, redis),
		resetByIp: new Throttle("reset-ip", 5, 3e5, redis)
	};
}
// src/lib/server/mail.ts
function createMailer(config, log) {
	if (!config.smtpUrl) return {
		enabled: false,
		async send(mail) {
			log.warn({
				to: mail.to,
				subject: mail.subject
			}, "mail not sent: SMTP_URL is not set");
		}
	};
	const transport = nodemailer.createTransport(config.smtpUrl);
	return {
		enabled: true,
		async send(mail) {
			await transport.sendMail({
				from: config.mailFrom,
				...mail
			});
		}
	};
}
// src/lib/server/redis.ts
/**
* What a user of Redis loses while it is away, said once when it goes and once when it is back.
* Several connections can share one: an outage is one warning, however many of them notice.
*/
var RedisOutage = class {
	log;
	fallback;
	restored;
	connections = [];
	away = false;
	constructor(log, fallback, restored) {
		this.log = log;
		this.fallback = fallback;
		this.restored = restored;
	}
	watch(redis) {
		this.connections.push(redis);
		redis.on("error", (error) => this.lost(redis, error));
		redis.on("reconnecting", () => this.lost(redis));
		redis.on("ready", () => this.back());
	}
	/** Redis failed someone in a way the connection's own events do not show (a refused subscribe). */
	lost(redis, error) {
		if (this.away || closing.has(redis)) return;
		this.away = true;
		this.log.warn({ err: error }, `redis: unreachable; ${this.fallback}`);
	}
	back() {
		if (!this.away || !this.connections.every((c) => c.status === "ready")) return;
		this.away = false;
		this.log.info(`redis: reachable again; ${this.restored}`);
	}
};
/**
* A connection to Redis for Playbook. It never queues or waits: while Redis is away every
* command fails at once, so that callers fall back at once (to memory counts, to the log), and
* it keeps trying to come back by itself.
*/
function openRedis(url, outage, needs = {}) {
	const redis = new Redis(url, {
		enableOfflineQueue: false,
		maxRetriesPerRequest: 0,
		connectTimeout: 2e3,
		retryStrategy: (attempt) => Math.min(100 * attempt, 1e3),
		...needs
	});
	outage.watch(redis);
	return redis;
}
/** The client that shares limits (throttles, connection slots) between processes. */
function connectRedis(url, log) {
	return openRedis(url, new RedisOutage(log, "limits are counted in this process alone until it is back", "limits are shared with every process"), {
		commandTimeout: 1e3,
		enableAutoPipelining: true
	});
}
/** Connections being closed on purpose: their errors are no outage. */
var closing = /* @__PURE__ */ new WeakSet();
// src/lib/server/app.ts
var KEY = Symbol.for("playbook.app");
async function createAppContext(config = readConfig()) {
	const log = createLogger(config.logLevel);
	const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openDatabase(databaseFile(config.dataDir), { backgroundCheckpoints: { onError: (error) => log.warn({ err: error }, "database: checkpoint worker failed; commits checkpoint instead") } });
	await migrateToLatest(db);
	const redis = config.redisUrl ? connectRedis(config.redisUrl, log) : void 0;
	return {
		config,
		db,
		log,
		redis,
		throttles: createThrottles(redis),
		mailer: createMailer(config, log)
	};
}
/** The process's context, created (and migrated) on first use. */
function appContext() {
	const holder = globalThis;
	holder[KEY] ??= createAppContext();
	return holder[KEY];
}
// src/hooks.server.ts
var init = async () => {
	await appContext();
};
var LOCALE_COOKIE = "playbook_lang";
var THEME_COOKIE = "playbook_theme";
/** Gives every request the shared context and an id, and logs one line when it is answered. */
var context = async ({ event, resolve }) => {
	const app = await appContext();
	event.locals.app = app;
	event.locals.requestId = event.request.headers.get("x-request-id")?.slice(0, 64) || newId().slice(0, 12);
	const started = performance.now();
	const response = await resolve(event);
	response.headers.set("x-request-id", event.locals.requestId);
	app.log.info({
		reqId: event.locals.requestId,
		method: event.request.method,
		path: redactLinks(event.url.pathname),
		status: response.status,
		ms: Math.round(performance.now() - started),
		user: event.locals.user?.id
	}, "request");
	return response;
};
/** Reads the session cookie; slides a fresh session's cookie forward. */
var auth = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	let endedElsewhere = false;
	if (token) {
		const { session, user, fresh } = await validateSessionToken(event.locals.app.db, token);
		if (session) {
			event.locals.user = user;
			event.locals.session = session;
			if (fresh) setSessionCookie(event, token, session.expiresAt);
		} else {
			clearSessionCookie(event);
			endedElsewhere = true;
		}
	}
	const response = await resolve(event);
	if (endedElsewhere) response.headers.set(...CLEAR_SITE_STORAGE);
	return response;
};
var FORM_TYPES = /* @__PURE__ */ new Set([
	"application/x-www-form-urlencoded",
	"multipart/form-data",
	"text/plain"
]);
/**
* A form post whose body cannot be read as a form (broken multipart, text/plain) is answered 400
* here, once, instead of a 500 from every action's `request.formData()`.
*/
var readableForms = async ({ event, resolve }) => {
	const type = event.request.headers.get("content-type")?.split(";", 1)[0].trim().toLowerCase() ?? "";
	if (event.request.method === "GET" || event.request.method === "HEAD" || !FORM_TYPES.has(type)) return resolve(event);
	try {
		await event.request.clone().formData();
	} catch (err) {
		if (isHttpError(err)) throw err;
		const message = translate(event.locals.locale, "errors.form_unreadable");
		return event.request.headers.get("accept")?.includes("application/json") || event.isDataRequest ? Response.json({
			type: "error",
			status: 400,
			error: { message }
		}, { status: 400 }) : new Response(message, {
			status: 400,
			headers: { "content-type": "text/plain; charset=utf-8" }
		});
	}
	return resolve(event);
};
/** The account's language, else the cookie's, else the browser's. */
var locale = async ({ event, resolve }) => {
	const chosen = event.locals.user?.locale ?? event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage(event.request.headers.get("accept-language"));
	const theme = event.cookies.get(THEME_COOKIE);
	const themeAttr = theme === "light" || theme === "dark" ? theme : "system";
	return resolve(event, { transformPageChunk: ({ html }) => html.replace("%lang%", event.locals.locale).replace("<html ", `<html data-theme="${themeAttr}" `) });
};
/** Headers SvelteKit's CSP setting does not cover. */
var securityHeaders = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set("referrer-policy", "same-origin");
	response.headers.set("x-content-type-options", "nosniff");
	response.headers.set("x-frame-options", "DENY");
	response.headers.set("permissions-policy", "camera=(), microphone=(), geolocation=()");
	return response;
};
var handle = sequence(context, securityHeaders, auth, locale, readableForms);
var handleError = async ({ error, event, status }) => {
	const requestId = event.locals.requestId;
	if (status >= 500) (await appContext()).log.error({
		reqId: requestId,
		path: redactLinks(event.url.pathname),
		err: error
	}, "unhandled error");
	return {
		message: translate(event.locals.locale, status === 404 ? "error_page.not_found" : "error_page.unexpected"),
		requestId
	};
};

export { handle, handleError, init };
//# sourceMappingURL=hooks.server.js-CNTm-6rC.js.map
