var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// server/index.ts
import cluster2 from "node:cluster";

// src/lib/server/config.ts
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
function readConfig(env = process.env) {
  const dataDir = resolve(env.DATA_DIR || "./data");
  mkdirSync(dataDir, { recursive: true });
  const databaseUrl = env.DATABASE_URL || void 0;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error("DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/name); leave it unset to use SQLite in DATA_DIR");
  }
  const redisUrl = env.REDIS_URL || void 0;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new Error("REDIS_URL must be a Redis URL (redis://host:6379 or rediss://...); leave it unset for a single process");
  }
  const shutdownTimeoutMs = Number(env.SHUTDOWN_TIMEOUT_MS || 1e4);
  if (!Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs <= 0) {
    throw new Error("SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds above 0 (10000 when unset)");
  }
  return {
    port: Number(env.PORT || 3e3),
    host: env.HOST || "0.0.0.0",
    dataDir,
    databaseUrl,
    redisUrl,
    origin: env.ORIGIN ? env.ORIGIN.replace(/\/$/, "") : void 0,
    smtpUrl: env.SMTP_URL || void 0,
    mailFrom: env.MAIL_FROM || "Playbook <no-reply@playbook.local>",
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === "test" ? "warn" : "info"),
    shutdownTimeoutMs
  };
}

// src/lib/server/db/index.ts
import SQLite from "better-sqlite3";
import { join } from "node:path";
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver } from "kysely";

// src/lib/server/db/checkpoints.ts
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
var COMMIT_CHECKPOINT_PAGES = 1e3;
var SAFETY_NET_PAGES = 1e4;
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
	try {
		db.pragma('wal_checkpoint(PASSIVE)');
	} catch (error) {
		if (error.code !== 'SQLITE_BUSY' && error.code !== 'SQLITE_LOCKED') throw error;
	}
}, workerData.intervalMs);
parentPort.on('message', () => {
	clearInterval(timer);
	db.close();
	process.exit(0);
});
`;
function checkpointInBackground(sqlite, file, options = {}) {
  const driver = options.driver ?? createRequire(import.meta.url).resolve("better-sqlite3");
  sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs: options.intervalMs ?? 250 } });
  worker.unref();
  let stopping = false;
  const exited = new Promise((resolve2) => worker.once("exit", () => resolve2()));
  worker.on("error", (error) => {
    if (stopping) return;
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${COMMIT_CHECKPOINT_PAGES}`);
    options.onError?.(error);
  });
  return {
    async stop() {
      if (stopping) return exited;
      stopping = true;
      worker.postMessage("stop");
      const timeout = setTimeout(() => void worker.terminate(), 5e3);
      await exited;
      clearTimeout(timeout);
    }
  };
}

// src/lib/server/db/index.ts
var connections = /* @__PURE__ */ new WeakMap();
var PlaybookSqliteDriver = class extends SqliteDriver {
  constructor(settings, checkpointer) {
    super(settings);
    this.checkpointer = checkpointer;
  }
  checkpointer;
  async beginTransaction(connection) {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
  /** The checkpoint worker closes its connection first, so closing ours folds the log into the file. */
  async destroy() {
    await this.checkpointer?.stop();
    await super.destroy();
  }
};
var PlaybookSqliteDialect = class extends SqliteDialect {
  constructor(settings, checkpointer) {
    super(settings);
    this.settings = settings;
    this.checkpointer = checkpointer;
  }
  settings;
  checkpointer;
  createDriver() {
    return new PlaybookSqliteDriver(this.settings, this.checkpointer);
  }
};
var STATEMENT_CACHE_SIZE = 500;
function withStatementCache(sqlite) {
  const cache = /* @__PURE__ */ new Map();
  return {
    close: () => sqlite.close(),
    prepare(sql7) {
      let statement = cache.get(sql7);
      if (statement) {
        cache.delete(sql7);
      } else {
        statement = sqlite.prepare(sql7);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value);
      }
      cache.set(sql7, statement);
      return statement;
    }
  };
}
function openDatabase(file, options = {}) {
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const checkpointer = options.backgroundCheckpoints ? checkpointInBackground(sqlite, file, options.backgroundCheckpoints) : null;
  const db = new Kysely({ dialect: new PlaybookSqliteDialect({ database: withStatementCache(sqlite) }, checkpointer) });
  connections.set(db, sqlite);
  return db;
}
function sqliteConnection(db) {
  return connections.get(db);
}
function databaseFile(dataDir) {
  return join(dataDir, "playbook.sqlite");
}

// src/lib/server/db/migrate.ts
import { Migrator } from "kysely";

// migrations/001_foundation.ts
var foundation_exports = {};
__export(foundation_exports, {
  down: () => down,
  up: () => up
});
import { sql } from "kysely";
async function up(db) {
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
async function down(db) {
  for (const table of ["invite", "membership", "team", "password_reset", "session", "user"]) {
    await db.schema.dropTable(table).execute();
  }
}

// migrations/002_documents.ts
var documents_exports = {};
__export(documents_exports, {
  down: () => down2,
  up: () => up2
});
import { sql as sql2 } from "kysely";
async function up2(db) {
  await db.schema.createTable("document").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.references("team.id").onDelete("cascade")).addColumn("kind", "text", (c) => c.notNull().defaultTo("doc")).addColumn("title", "text", (c) => c.notNull()).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).addColumn("archived_at", "integer").execute();
  await db.schema.createIndex("document_team").on("document").columns(["team_id", "archived_at"]).execute();
  await sql2`create unique index document_single_kind on document (coalesce(team_id, ''), kind) where kind in ('policy', 'talking_points', 'model_draft')`.execute(db);
  await db.schema.createTable("document_snapshot").addColumn("document_id", "text", (c) => c.primaryKey().references("document.id").onDelete("cascade")).addColumn("data", "blob", (c) => c.notNull()).addColumn("through_id", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createTable("document_update").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("data", "blob", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createIndex("document_update_document").on("document_update").columns(["document_id", "id"]).execute();
}
async function down2(db) {
  for (const table of ["document_update", "document_snapshot", "document"]) {
    await db.schema.dropTable(table).execute();
  }
}

// migrations/004_model_policy.ts
var model_policy_exports = {};
__export(model_policy_exports, {
  down: () => down3,
  up: () => up3
});

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
      summaryEs: "Nadie queda detenido, ni detenido por m\xE1s tiempo, solo porque lo pidieron agentes de inmigraci\xF3n, a menos que un juez haya firmado una orden.",
      why: "Holding someone without a judge\u2019s approval can violate their constitutional rights and leave the local government answerable for it. A judge\u2019s signature is the ordinary safeguard for taking away someone\u2019s liberty.",
      talkingPoints: [
        {
          audience: "council",
          text: "Courts have found local governments responsible for holding people on an agency request alone. A warrant rule protects the budget as well as residents."
        },
        {
          audience: "law_enforcement",
          text: "This rule gives your deputies one clear test: a judge\u2019s signature. No guessing about paperwork, and no personal liability for an unlawful hold."
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
      titleEs: "Sin colaboraci\xF3n en detenciones",
      text: "The {{sheriff_office}} and the {{police_department}} shall not arrest, hold, or transfer any person on the basis of an immigration detainer, an administrative warrant, or other federal agency paperwork alone. Any such action shall require a warrant signed by a judge.",
      summary: "Local officers do not arrest, hold or hand anyone over because of an immigration detainer or other agency form; they need a judge\u2019s warrant.",
      summaryEs: "La polic\xEDa local no arresta, retiene ni entrega a nadie por una solicitud de detenci\xF3n de inmigraci\xF3n u otro formulario de una agencia; necesita una orden firmada por un juez.",
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
          text: "Local officers\u2019 time and local jail beds are paid for by local taxpayers. This rule keeps them focused on local public safety."
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
      summaryEs: "Los agentes de inmigraci\xF3n no pueden usar edificios locales ni interrogar a personas detenidas sin una orden judicial o un motivo penal que no tenga que ver con la inmigraci\xF3n.",
      why: "When agents can walk into the jail at will, every arrest can become a deportation, whatever the charge and whatever the outcome of the case.",
      talkingPoints: [
        {
          audience: "law_enforcement",
          text: "Written access rules protect your staff from improvising at the front desk. Court orders and criminal investigations still get full cooperation."
        },
        {
          audience: "community",
          text: "A traffic arrest should not end with an immigration interview in a jail cell, with no lawyer and no judge involved."
        }
      ]
    },
    {
      key: "clear-identification",
      number: 4,
      title: "Clear identification",
      titleEs: "Identificaci\xF3n clara",
      text: "Where federal immigration agents are allowed access under these rules, the {{sheriff_office}} shall tell the person in custody, before any interview, who the agents are and that the person may decline to speak with them. Agents shall wear visible identification showing their agency while in {{jurisdiction}} facilities.",
      summary: "If agents are let in, the person is told who they are talking to and that they may say no, and agents must be clearly identified.",
      summaryEs: "Si se permite la entrada a los agentes, a la persona se le dice con qui\xE9n est\xE1 hablando y que puede negarse, y los agentes deben estar claramente identificados.",
      why: "People cannot make an informed choice about an interview if they do not know who is asking the questions or what agency they work for.",
      talkingPoints: [
        {
          audience: "press",
          text: "Nobody should have to guess whether the person questioning them is a local officer or a federal immigration agent."
        },
        {
          audience: "community",
          text: "Knowing who is in the room, and that you can decline to talk, is basic fairness for anyone in custody."
        }
      ]
    },
    {
      key: "dont-ask",
      number: 5,
      title: "Don\u2019t ask",
      titleEs: "No preguntar",
      text: "{{jurisdiction}} officials and employees shall not ask any person about their immigration or citizenship status, except where a criminal investigation unrelated to immigration requires it or where a law governing benefits or licenses requires it.",
      summary: "Local officials do not ask about immigration or citizenship status unless an unrelated criminal case or a benefits or licensing law requires it.",
      summaryEs: "Los funcionarios locales no preguntan por la situaci\xF3n migratoria ni la ciudadan\xEDa, salvo que lo exija un caso penal no relacionado o una ley de beneficios o licencias.",
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
      titleEs: "Protecci\xF3n de la privacidad",
      text: "{{jurisdiction}} shall not collect information about a person\u2019s immigration or citizenship status unless required by law, and shall not share personal information with federal immigration authorities beyond what federal law requires. The {{council}} shall adopt written rules on who may see such information and for what purpose.",
      summary: "The local government collects as little immigration and personal information as the law allows and shares no more than federal law requires.",
      summaryEs: "El gobierno local recoge la menor cantidad posible de datos migratorios y personales y no comparte m\xE1s de lo que exige la ley federal.",
      why: "Information that is never collected cannot be misused. Federal law sets a floor on what must be shared; nothing requires going beyond it.",
      talkingPoints: [
        {
          audience: "council",
          text: "This rule stays within federal information-sharing law while keeping residents\u2019 data out of files where it serves no local purpose."
        },
        {
          audience: "press",
          text: "Residents hand their local government addresses, phone numbers and family details every day. This rule says what happens to that data."
        }
      ]
    },
    {
      key: "no-discriminatory-surveillance",
      number: 7,
      title: "Discriminatory surveillance prohibition",
      titleEs: "Prohibici\xF3n de la vigilancia discriminatoria",
      text: "{{jurisdiction}} officials shall not conduct surveillance of any person or group based on perceived immigration status, and shall not create or take part in any registry of people based on religion, national origin, or ethnicity.",
      summary: "No watching people or communities because of how their immigration status is perceived, and no lists of people by religion or national origin.",
      summaryEs: "No se vigila a personas ni comunidades por su supuesta situaci\xF3n migratoria, y no se hacen listas de personas por su religi\xF3n u origen nacional.",
      why: "Surveillance aimed at whole communities treats neighbors as suspects and has a long, painful history in this country.",
      talkingPoints: [
        {
          audience: "press",
          text: "This rule commits our local government, in writing, never to help build a list of residents by their faith or where they were born."
        },
        {
          audience: "council",
          text: "A clear rule now spares the council an emergency debate later, if a registry is ever proposed."
        }
      ]
    },
    {
      key: "redress",
      number: 8,
      title: "Redress",
      titleEs: "Reparaci\xF3n",
      text: "Any person harmed by a violation of these rules may file a complaint with {{jurisdiction}} and shall receive a written response. The {{council}} shall designate who investigates complaints and shall receive a public report of complaints and their outcomes each year.",
      summary: "People hurt when a rule is broken have a way to complain and get a remedy, and the public sees a yearly report.",
      summaryEs: "Quien resulte perjudicado cuando no se cumple una regla puede presentar una queja y obtener una reparaci\xF3n, y el p\xFAblico recibe un informe anual.",
      why: "A rule without a way to enforce it is a promise, not a policy. Complaints also show leaders where training or supervision needs work.",
      talkingPoints: [
        {
          audience: "council",
          text: "A yearly public report lets the council see whether the rules it adopted are followed, without waiting for a lawsuit."
        },
        {
          audience: "community",
          text: "If your rights are violated, you will know where to go, and you will get an answer in writing."
        }
      ]
    },
    {
      key: "fair-impartial-policing",
      number: 9,
      title: "Fair and impartial policing",
      titleEs: "Polic\xEDa justa e imparcial",
      text: "Officers of the {{police_department}} and the {{sheriff_office}} shall not stop, question, search, or take enforcement action against any person based on perceived race, ethnicity, religion, national origin, language, or immigration status.",
      summary: "No stops, questions or enforcement based on how someone looks, sounds or prays, or on their perceived immigration status.",
      summaryEs: "No hay detenciones, preguntas ni medidas basadas en la apariencia, el idioma o la religi\xF3n de una persona, ni en su supuesta situaci\xF3n migratoria.",
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
async function up3(db) {
  await db.schema.createTable("model_version").addColumn("version", "integer", (c) => c.primaryKey()).addColumn("notes", "text", (c) => c.notNull()).addColumn("rules", "text", (c) => c.notNull()).addColumn("published_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("published_at", "integer", (c) => c.notNull()).execute();
  await db.insertInto("model_version").values({ version: FIRST_VERSION.version, notes: FIRST_VERSION.notes, rules: JSON.stringify(FIRST_VERSION.rules), published_by: null, published_at: Date.now() }).execute();
  await db.schema.createTable("adaptation").addColumn("team_id", "text", (c) => c.primaryKey().references("team.id").onDelete("cascade")).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("base_version", "integer", (c) => c.notNull().references("model_version.version")).addColumn("slot_values", "text", (c) => c.notNull()).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).execute();
}
async function down3(db) {
  await db.schema.dropTable("adaptation").execute();
  await db.schema.dropTable("model_version").execute();
}

// migrations/005_scorecard.ts
var scorecard_exports = {};
__export(scorecard_exports, {
  down: () => down4,
  up: () => up4
});
import { sql as sql3 } from "kysely";
async function up4(db) {
  await db.schema.createTable("target").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("name", "text", (c) => c.notNull()).addColumn("kind", "text", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).addCheckConstraint("target_kind", sql3`kind in ('sheriff','police','council','executive','other')`).execute();
  await db.schema.createIndex("target_team").on("target").column("team_id").execute();
  await db.schema.createTable("scorecard_entry").addColumn("target_id", "text", (c) => c.notNull().references("target.id").onDelete("cascade")).addColumn("rule_key", "text", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("note", "text").addColumn("source_url", "text").addColumn("as_of", "text").addColumn("updated_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("updated_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("scorecard_entry_pk", ["target_id", "rule_key"]).addCheckConstraint("scorecard_entry_status", sql3`status in ('yes','no','mixed','unknown')`).execute();
  await db.schema.createTable("scorecard_change").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("target_id", "text", (c) => c.notNull().references("target.id").onDelete("cascade")).addColumn("rule_key", "text", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("note", "text").addColumn("source_url", "text").addColumn("as_of", "text").addColumn("changed_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("changed_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createIndex("scorecard_change_cell").on("scorecard_change").columns(["target_id", "rule_key", "id"]).execute();
  await db.schema.createTable("tactic").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("date", "text", (c) => c.notNull()).addColumn("kind", "text", (c) => c.notNull()).addColumn("target_id", "text", (c) => c.references("target.id").onDelete("set null")).addColumn("summary", "text", (c) => c.notNull()).addColumn("outcome", "text").addColumn("links", "text", (c) => c.notNull().defaultTo("[]")).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addCheckConstraint("tactic_kind", sql3`kind in ('meeting','petition','letter','town_hall','testimony','press','other')`).execute();
  await db.schema.createIndex("tactic_team_date").on("tactic").columns(["team_id", "date"]).execute();
}
async function down4(db) {
  for (const table of ["tactic", "scorecard_change", "scorecard_entry", "target"]) {
    await db.schema.dropTable(table).execute();
  }
}

// migrations/006_known_device.ts
var known_device_exports = {};
__export(known_device_exports, {
  down: () => down5,
  up: () => up5
});
async function up5(db) {
  await db.schema.createTable("known_device").addColumn("id", "text", (c) => c.notNull()).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("last_used_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("known_device_pk", ["id", "user_id"]).execute();
  await db.schema.createIndex("known_device_user").on("known_device").column("user_id").execute();
}
async function down5(db) {
  await db.schema.dropTable("known_device").execute();
}

// migrations/007_boards.ts
var boards_exports = {};
__export(boards_exports, {
  down: () => down6,
  up: () => up6
});
async function up6(db) {
  await db.schema.createTable("board_projection").addColumn("document_id", "text", (c) => c.primaryKey().references("document.id").onDelete("cascade")).addColumn("through_id", "integer", (c) => c.notNull()).addColumn("projected_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createTable("card").addColumn("id", "text", (c) => c.notNull()).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("title", "text", (c) => c.notNull()).addColumn("column_id", "text", (c) => c.notNull()).addColumn("column_name", "text", (c) => c.notNull()).addColumn("column_missing", "integer", (c) => c.notNull().defaultTo(0)).addColumn("position", "text", (c) => c.notNull()).addColumn("done", "integer", (c) => c.notNull().defaultTo(0)).addColumn("archived", "integer", (c) => c.notNull().defaultTo(0)).addColumn("due_date", "text").addColumn("due_at", "integer").addColumn("checklist_done", "integer", (c) => c.notNull().defaultTo(0)).addColumn("checklist_total", "integer", (c) => c.notNull().defaultTo(0)).addColumn("labels", "text", (c) => c.notNull().defaultTo("[]")).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("card_pk", ["board_id", "id"]).execute();
  await db.schema.createIndex("card_team").on("card").columns(["team_id", "done", "due_date"]).execute();
  await db.schema.createTable("card_assignee").addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_id", "text", (c) => c.notNull()).addColumn("user_id", "text", (c) => c.notNull()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("assigned_by", "text").addColumn("assigned_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("card_assignee_pk", ["board_id", "card_id", "user_id"]).execute();
  await db.schema.createIndex("card_assignee_user").on("card_assignee").columns(["user_id", "team_id"]).execute();
  await db.schema.createTable("card_event").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_id", "text", (c) => c.notNull()).addColumn("user_id", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("kind", "text", (c) => c.notNull()).addColumn("detail", "text", (c) => c.notNull().defaultTo("{}")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createIndex("card_event_card").on("card_event").columns(["board_id", "card_id", "id"]).execute();
  await db.schema.createTable("card_comment").addColumn("id", "text", (c) => c.primaryKey()).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_id", "text", (c) => c.notNull()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("author_id", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("body", "text", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("edited_at", "integer").execute();
  await db.schema.createIndex("card_comment_card").on("card_comment").columns(["board_id", "card_id", "created_at"]).execute();
  await db.schema.createTable("calendar_token").addColumn("id", "text", (c) => c.primaryKey()).addColumn("user_id", "text", (c) => c.notNull().unique().references("user.id").onDelete("cascade")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createTable("assignment_notice").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_id", "text", (c) => c.notNull()).addColumn("assigned_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("sent_at", "integer").execute();
  await db.schema.createIndex("assignment_notice_due").on("assignment_notice").columns(["sent_at", "user_id"]).execute();
  await db.schema.alterTable("user").addColumn("assignment_email", "integer", (c) => c.notNull().defaultTo(1)).execute();
}
async function down6(db) {
  await db.schema.alterTable("user").dropColumn("assignment_email").execute();
  for (const table of ["assignment_notice", "calendar_token", "card_comment", "card_event", "card_assignee", "card", "board_projection"]) {
    await db.schema.dropTable(table).execute();
  }
}

// migrations/008_board_ui.ts
var board_ui_exports = {};
__export(board_ui_exports, {
  down: () => down7,
  up: () => up7
});
async function up7(db) {
  await db.schema.createTable("campaign_board").addColumn("team_id", "text", (c) => c.primaryKey().references("team.id").onDelete("cascade")).addColumn("document_id", "text", (c) => c.notNull()).execute();
}
async function down7(db) {
  await db.schema.dropTable("campaign_board").execute();
}

// migrations/009_hearings.ts
var hearings_exports = {};
__export(hearings_exports, {
  down: () => down8,
  up: () => up8
});
async function up8(db) {
  await db.schema.createTable("hearing").addColumn("id", "text", (c) => c.primaryKey()).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("body_kind", "text", (c) => c.notNull()).addColumn("body_name", "text").addColumn("starts_at", "integer", (c) => c.notNull()).addColumn("time_zone", "text", (c) => c.notNull()).addColumn("place", "text").addColumn("online_url", "text").addColumn("agenda_item", "text").addColumn("agenda_url", "text").addColumn("signup_deadline", "integer").addColumn("written_deadline", "integer").addColumn("speaking_limit_seconds", "integer").addColumn("character_cap", "integer").addColumn("formats", "text", (c) => c.notNull().defaultTo("[]")).addColumn("printed_copies", "integer").addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createIndex("hearing_team").on("hearing").columns(["team_id", "starts_at"]).execute();
  await db.schema.createTable("testimony").addColumn("document_id", "text", (c) => c.primaryKey().references("document.id").onDelete("cascade")).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("hearing_id", "text", (c) => c.references("hearing.id").onDelete("set null")).addColumn("template", "text").addColumn("speaker_name", "text").addColumn("words_per_minute", "integer", (c) => c.notNull().defaultTo(140)).addColumn("interpreter", "integer", (c) => c.notNull().defaultTo(0)).addColumn("speaking_seconds", "integer").addColumn("created_at", "integer", (c) => c.notNull()).addColumn("updated_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createIndex("testimony_hearing").on("testimony").columns(["team_id", "hearing_id"]).execute();
  await db.schema.createTable("hearing_prep").addColumn("hearing_id", "text", (c) => c.primaryKey().references("hearing.id").onDelete("cascade")).addColumn("board_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("card_ids", "text", (c) => c.notNull().defaultTo("[]")).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
}
async function down8(db) {
  for (const table of ["hearing_prep", "testimony", "hearing"]) await db.schema.dropTable(table).execute();
}

// migrations/010_doc_comments.ts
var doc_comments_exports = {};
__export(doc_comments_exports, {
  down: () => down9,
  up: () => up9
});
async function up9(db) {
  await db.schema.createTable("doc_comment_thread").addColumn("id", "text", (c) => c.primaryKey()).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("team_id", "text", (c) => c.notNull().references("team.id").onDelete("cascade")).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("quote", "text", (c) => c.notNull()).addColumn("resolved_at", "integer").addColumn("resolved_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("revision", "integer", (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.createIndex("doc_comment_thread_document").on("doc_comment_thread").columns(["document_id", "created_at"]).execute();
  await db.schema.createTable("doc_comment").addColumn("id", "text", (c) => c.primaryKey()).addColumn("thread_id", "text", (c) => c.notNull().references("doc_comment_thread.id").onDelete("cascade")).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("author_id", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("body", "text", (c) => c.notNull()).addColumn("created_at", "integer", (c) => c.notNull()).addColumn("seq", "integer", (c) => c.notNull()).addColumn("edited_at", "integer").execute();
  await db.schema.createIndex("doc_comment_thread_order").on("doc_comment").columns(["thread_id", "seq"]).execute();
  await db.schema.createIndex("doc_comment_document").on("doc_comment").columns(["document_id"]).execute();
}
async function down9(db) {
  await db.schema.dropTable("doc_comment").execute();
  await db.schema.dropTable("doc_comment_thread").execute();
}

// migrations/011_projection_keys.ts
var projection_keys_exports = {};
__export(projection_keys_exports, {
  down: () => down10,
  up: () => up10
});
import { sql as sql4 } from "kysely";

// src/lib/server/db/postgres.ts
import pg from "pg";
import {
  Kysely as Kysely2,
  OperationNodeTransformer,
  PostgresAdapter,
  PostgresDialect,
  DataTypeNode
} from "kysely";
var INT8 = 20;
function openPostgres(connectionString, options = {}) {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    types: { getTypeParser: (oid, format) => oid === INT8 ? Number : pg.types.getTypeParser(oid, format) }
  });
  return new Kysely2({ dialect: new PostgresDialect({ pool }) });
}
function isPostgres(db) {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
var PostgresColumns = class extends OperationNodeTransformer {
  transformColumnDefinition(node) {
    const column = super.transformColumnDefinition(node);
    if (column.autoIncrement) return { ...column, autoIncrement: void 0, dataType: DataTypeNode.create("bigserial") };
    return column;
  }
  transformDataType(node) {
    if (node.dataType === "blob") return DataTypeNode.create("bytea");
    if (node.dataType === "integer") return DataTypeNode.create("bigint");
    return node;
  }
};
var PostgresSchemaPlugin = class {
  columns = new PostgresColumns();
  transformQuery(args) {
    return this.columns.transformNode(args.node);
  }
  async transformResult(args) {
    return args.result;
  }
};

// migrations/011_projection_keys.ts
async function up10(db) {
  await db.schema.alterTable("card_assignee").addColumn("open", "integer", (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable("card_assignee").addColumn("due_key", "text", (c) => c.notNull().defaultTo("~")).execute();
  if (!isPostgres(db)) await sql4`
		UPDATE card_assignee SET
			open = (SELECT CASE WHEN c.done = 0 AND c.archived = 0 THEN 1 ELSE 0 END FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id),
			due_key = (SELECT CASE
				WHEN c.due_at IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%fZ', c.due_at / 1000.0, 'unixepoch')
				WHEN c.due_date IS NOT NULL THEN c.due_date
				ELSE '~' END FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id)
		WHERE EXISTS (SELECT 1 FROM card c WHERE c.board_id = card_assignee.board_id AND c.id = card_assignee.card_id)
	`.execute(db);
  await db.schema.createIndex("card_assignee_open").on("card_assignee").columns(["user_id", "open", "due_key", "assigned_at"]).execute();
  await db.schema.alterTable("board_projection").addColumn("state_vector", "blob").execute();
}
async function down10(db) {
  await db.schema.alterTable("board_projection").dropColumn("state_vector").execute();
  await db.schema.dropIndex("card_assignee_open").execute();
  await db.schema.alterTable("card_assignee").dropColumn("due_key").execute();
  await db.schema.alterTable("card_assignee").dropColumn("open").execute();
}

// migrations/012_document_versions.ts
var document_versions_exports = {};
__export(document_versions_exports, {
  down: () => down11,
  up: () => up11
});
async function up11(db) {
  await db.schema.createTable("document_version").addColumn("id", "integer", (c) => c.primaryKey().autoIncrement()).addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("name", "text").addColumn("state", "blob", (c) => c.notNull()).addColumn("content", "text", (c) => c.notNull()).addColumn("words", "integer", (c) => c.notNull()).addColumn("through_id", "integer", (c) => c.notNull().defaultTo(0)).addColumn("created_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).execute();
  await db.schema.createIndex("document_version_document").on("document_version").columns(["document_id", "id"]).execute();
}
async function down11(db) {
  await db.schema.dropTable("document_version").execute();
}

// migrations/014_compaction_lease.ts
var compaction_lease_exports = {};
__export(compaction_lease_exports, {
  down: () => down12,
  up: () => up12
});
async function up12(db) {
  await db.schema.createTable("document_compaction_lease").addColumn("document_id", "text", (c) => c.primaryKey().references("document.id").onDelete("cascade")).addColumn("holder", "text", (c) => c.notNull()).addColumn("expires_at", "integer", (c) => c.notNull()).execute();
}
async function down12(db) {
  await db.schema.dropTable("document_compaction_lease").execute();
}

// migrations/015_document_share.ts
var document_share_exports = {};
__export(document_share_exports, {
  down: () => down13,
  up: () => up13
});
async function up13(db) {
  await db.schema.createTable("document_share").addColumn("document_id", "text", (c) => c.notNull().references("document.id").onDelete("cascade")).addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade")).addColumn("shared_by", "text", (c) => c.references("user.id").onDelete("set null")).addColumn("created_at", "integer", (c) => c.notNull()).addPrimaryKeyConstraint("document_share_pk", ["document_id", "user_id"]).execute();
  await db.schema.createIndex("document_share_user").on("document_share").columns(["user_id", "created_at"]).execute();
}
async function down13(db) {
  await db.schema.dropTable("document_share").execute();
}

// migrations/index.ts
var migrations = {
  "001_foundation": foundation_exports,
  "002_documents": documents_exports,
  "004_model_policy": model_policy_exports,
  "005_scorecard": scorecard_exports,
  "006_known_device": known_device_exports,
  "007_boards": boards_exports,
  "008_board_ui": board_ui_exports,
  "009_hearings": hearings_exports,
  "010_doc_comments": doc_comments_exports,
  "011_projection_keys": projection_keys_exports,
  "012_document_versions": document_versions_exports,
  "014_compaction_lease": compaction_lease_exports,
  "015_document_share": document_share_exports
};

// src/lib/server/db/migrate.ts
async function migrateToLatest(db) {
  const migrator = new Migrator({
    db: isPostgres(db) ? db.withPlugin(new PostgresSchemaPlugin()) : db,
    provider: { getMigrations: async () => migrations }
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${String(result.error)}`, {
      cause: result.error
    });
  }
  return result;
}

// src/lib/server/log.ts
import pino from "pino";
var LINK_SECRET = /\/(invite|reset|calendar)\/[^/?#\s"'<>]+/g;
function redactLinks(text2) {
  return text2.replace(LINK_SECRET, "/$1/[redacted]");
}
function createLogger(level, destination) {
  return pino(
    {
      level,
      base: { app: "playbook" },
      serializers: {
        // An error's message or stack can quote the URL it was met on.
        err: (error) => {
          const out = pino.stdSerializers.err(error);
          if (!out || typeof out !== "object") return out;
          if (typeof out.message === "string") out.message = redactLinks(out.message);
          if (typeof out.stack === "string") out.stack = redactLinks(out.stack);
          return out;
        }
      }
    },
    destination
  );
}

// src/lib/server/auth/throttle.ts
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
var BURST_PAYBACK = 3;
var Throttle = class {
  constructor(name, capacity, refillMs, redis) {
    this.name = name;
    this.capacity = capacity;
    this.refillMs = refillMs;
    if (redis && refillMs % 1e3) throw new Error(`throttle ${name}: refillMs must be whole seconds to count in Redis`);
    const limiter = (keyPrefix, points, ms) => {
      const duration = ms / 1e3;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      if (!redis) return memory;
      return new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: memory });
    };
    const steady = limiter(`playbook:throttle:${name}:steady`, 1, refillMs);
    const burst = limiter(`playbook:throttle:${name}:burst`, capacity - 1, BURST_PAYBACK * Math.max(1, capacity - 1) * refillMs);
    this.parts = [steady, burst];
    this.limiter = new BurstyRateLimiter(steady, burst);
  }
  name;
  capacity;
  refillMs;
  limiter;
  parts;
  /** Takes one attempt for `key`; when none is left, says how long until one is. */
  async consume(key) {
    try {
      await this.limiter.consume(key);
      return { ok: true };
    } catch (refusal) {
      if (refusal instanceof Error) throw refusal;
      const { msBeforeNext } = refusal;
      return { ok: false, retryAfterMs: Math.max(1, Math.min(msBeforeNext, this.refillMs)) };
    }
  }
  /** Gives `key` its full allowance back (after a successful sign-in). */
  async reset(key) {
    await Promise.all(this.parts.map((part) => part.delete(key)));
  }
};
function createThrottles(redis) {
  return {
    // Per IP, roomy enough for a room of volunteers on one venue's Wi-Fi signing up together.
    signInByIp: new Throttle("sign-in-ip", 30, 1e4, redis),
    signInByAccount: new Throttle("sign-in-account", 5, 6e4, redis),
    signInByDevice: new Throttle("sign-in-device", 5, 6e4, redis),
    signUpByIp: new Throttle("sign-up-ip", 30, 6e4, redis),
    resetByIp: new Throttle("reset-ip", 5, 5 * 6e4, redis)
  };
}

// src/lib/server/mail.ts
import nodemailer from "nodemailer";
function createMailer(config, log) {
  if (!config.smtpUrl) {
    return {
      enabled: false,
      async send(mail) {
        log.warn({ to: mail.to, subject: mail.subject }, "mail not sent: SMTP_URL is not set");
      }
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({ from: config.mailFrom, ...mail });
    }
  };
}

// src/lib/server/redis.ts
import { Redis } from "ioredis";
var RedisOutage = class {
  constructor(log, fallback, restored) {
    this.log = log;
    this.fallback = fallback;
    this.restored = restored;
  }
  log;
  fallback;
  restored;
  connections = [];
  away = false;
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
function openRedis(url, outage, needs = {}) {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2e3,
    // Quick at first, then once a second, without end.
    retryStrategy: (attempt) => Math.min(100 * attempt, 1e3),
    ...needs
  });
  outage.watch(redis);
  return redis;
}
function connectRedis(url, log) {
  const outage = new RedisOutage(log, "limits are counted in this process alone until it is back", "limits are shared with every process");
  return openRedis(url, outage, { commandTimeout: 1e3, enableAutoPipelining: true });
}
var closing = /* @__PURE__ */ new WeakSet();
async function closeRedis(redis) {
  closing.add(redis);
  if (redis.status === "ready") {
    try {
      await redis.quit();
      return;
    } catch {
    }
  }
  redis.disconnect();
}

// src/lib/server/app.ts
var KEY = /* @__PURE__ */ Symbol.for("playbook.app");
async function createAppContext(config = readConfig()) {
  const log = createLogger(config.logLevel);
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openDatabase(databaseFile(config.dataDir), {
    backgroundCheckpoints: { onError: (error) => log.warn({ err: error }, "database: checkpoint worker failed; commits checkpoint instead") }
  });
  await migrateToLatest(db);
  const redis = config.redisUrl ? connectRedis(config.redisUrl, log) : void 0;
  return { config, db, log, redis, throttles: createThrottles(redis), mailer: createMailer(config, log) };
}
function appContext() {
  const holder = globalThis;
  holder[KEY] ??= createAppContext();
  return holder[KEY];
}

// server/serve.ts
import { createServer } from "node:http";

// src/lib/server/calendar.ts
import ical, { ICalCalendarMethod } from "ical-generator";
import { encodeBase32LowerCaseNoPadding as encodeBase32LowerCaseNoPadding2 } from "@oslojs/encoding";

// src/lib/server/auth/session.ts
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
var SESSION_COOKIE = "playbook_session";
var DAY = 24 * 60 * 60 * 1e3;
var SESSION_LIFETIME = 30 * DAY;
var RENEW_WITHIN = 15 * DAY;
function hashToken(token) {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
async function validateSessionToken(db, token, now = Date.now()) {
  const id = hashToken(token);
  const row = await db.selectFrom("session").innerJoin("user", "user.id", "session.user_id").select(["session.id", "session.expires_at", "user.id as user_id", "user.email", "user.display_name", "user.is_admin", "user.locale"]).where("session.id", "=", id).executeTakeFirst();
  if (!row) return { session: null, user: null, fresh: false };
  if (now >= row.expires_at) {
    await db.deleteFrom("session").where("id", "=", id).execute();
    return { session: null, user: null, fresh: false };
  }
  const session = { id, userId: row.user_id, expiresAt: row.expires_at };
  let fresh = false;
  if (now >= row.expires_at - RENEW_WITHIN) {
    session.expiresAt = now + SESSION_LIFETIME;
    await db.updateTable("session").set({ expires_at: session.expiresAt }).where("id", "=", id).execute();
    fresh = true;
  }
  const user = {
    id: row.user_id,
    email: row.email,
    display_name: row.display_name,
    is_admin: row.is_admin,
    locale: row.locale
  };
  return { session, user, fresh };
}

// src/lib/i18n/index.ts
import i18next from "i18next";

// src/lib/i18n/en.json
var en_default = {
  nav: {
    skip: "Skip to content",
    main: "Main",
    menu: "Menu",
    my_teams: "My teams",
    admin: "Campaign admin",
    sign_in: "Sign in",
    sign_up: "Create account",
    sign_out: "Sign out",
    current_team: "Current team: {{name}}"
  },
  prefs: {
    language: "Language",
    theme: "Theme",
    theme_system: "System theme",
    theme_light: "Light",
    theme_dark: "Dark",
    apply: "Apply"
  },
  common: {
    copy: "Copy",
    copied: "Copied"
  },
  fields: {
    email: "Email",
    display_name: "Your name",
    password: "Password",
    current_password: "Current password",
    new_password: "New password"
  },
  home: {
    tagline: "One shared playbook for your local campaign",
    pitch: "Adapt the model policy to your city or county, draft testimony together, log what the team did and track where every agency stands, live, with your whole team.",
    my_teams: "My teams",
    new_team: "New team",
    empty_title: "You are not on a team yet",
    empty_body: "Create a team for your city or county, or open an invite link from an organizer.",
    members_one: "{{count}} member",
    members_other: "{{count}} members"
  },
  sections: {
    policy: "Model policy",
    policy_body: "The nine model rules adapted to your jurisdiction, with a redline against the national model.",
    talking_points: "Talking points",
    talking_points_body: "What to say to the council, the sheriff or police, the press and community meetings.",
    testimony: "Testimony",
    testimony_body: "Testimony for council hearings, drafted together.",
    scorecard: "Scorecard",
    scorecard_body: "Where each agency stands on each rule, with sources.",
    policy_not_adapted: "Not adapted yet",
    policy_update: "Model version {{version}} is out: review it",
    policy_adapted: "Adapted from model version {{version}}",
    tactics: "Tactics log",
    tactics_body: "Every meeting, petition, letter, town hall, testimony and press contact, with what came of it.",
    adapt_now: "Adapt now"
  },
  signup: {
    title: "Create your account",
    intro: "Join your local team's playbook.",
    password_hint: "At least 8 characters. A few unrelated words make a strong password.",
    submit: "Create account",
    have_account: "Already have an account?"
  },
  signin: {
    title: "Sign in",
    submit: "Sign in",
    forgot: "Forgot your password?",
    no_account: "New to Playbook?"
  },
  forgot: {
    title: "Reset your password",
    intro: "Enter the email of your account. If it has one, we will send a link that works for one hour.",
    submit: "Send reset link",
    no_mail: "This Playbook does not send email. Ask an owner of your team or a campaign admin for a one-time reset link.",
    back: "Back to sign in"
  },
  reset: {
    title: "Choose a new password",
    intro: "For {{email}}. Every device signed in to this account will be signed out.",
    submit: "Set new password",
    again: "Ask for a new link"
  },
  account: {
    title: "Your account",
    change_password: "Change password",
    password_hint: "At least 8 characters. Other devices will be signed out.",
    devices: "Signed-in devices",
    devices_count_one: "You are signed in on {{count}} device.",
    devices_count_other: "You are signed in on {{count}} devices.",
    sign_out_everywhere: "Sign out of all devices"
  },
  roles: {
    owner: "Owner",
    organizer: "Organizer",
    member: "Member",
    viewer: "Viewer"
  },
  jurisdiction: {
    city: "City",
    county: "County",
    other: "Other jurisdiction"
  },
  team: {
    new_title: "Start a team",
    new_intro: "A team runs one campaign in one city or county. You can change these details later.",
    create: "Create team",
    name: "Team name",
    name_hint: "For example: Freedom Cities Travis County",
    jurisdiction: "Jurisdiction",
    jurisdiction_kind: "Kind",
    jurisdiction_name: "Name of the city or county",
    jurisdiction_name_hint: "As it appears in policy text, for example: Travis County",
    state: "State or territory",
    state_choose: "Choose a state or territory",
    officials: "Local bodies and officials",
    officials_hint: "Optional. These names fill the model policy's slots. Leave out what your jurisdiction does not have (Alaska and Connecticut have no county sheriffs).",
    council_name: "Council or board",
    council_placeholder: "City Council, Board of Supervisors\u2026",
    sheriff_office: "Sheriff's office",
    police_department: "Police department",
    jail: "Jail",
    your_role: "You are: {{role}}",
    playbook: "Playbook",
    nav_label: "Team",
    nav_home: "Playbook",
    nav_members: "Members",
    nav_invites: "Invites",
    nav_settings: "Settings",
    nav_docs: "Documents",
    nav_scorecard: "Scorecard",
    nav_tactics: "Tactics",
    nav_policy: "Policy",
    nav_boards: "Boards",
    nav_hearings: "Hearings"
  },
  members: {
    title: "Members",
    name: "Name",
    role: "Role",
    actions: "Actions",
    you: "You",
    role_of: "Role of {{name}}",
    change_role: "Change",
    remove: "Remove",
    remove_named: "Remove {{name}}",
    leave: "Leave team",
    reset: "Password reset link",
    reset_named: "Make a password reset link for {{name}}",
    reset_link: "One-time reset link",
    reset_link_intro: "Give this link to the member in person or by a private message. It works once, for one hour.",
    reset_link_notified: "They also get an email saying that a reset link was made for their account."
  },
  invites: {
    title: "Invites",
    intro: "Anyone with an invite link can join this team with its role until it expires or is used up.",
    new: "New invite link",
    role: "Role",
    days: "Expires after (days)",
    max_uses: "Number of uses",
    create: "Create link",
    link: "Invite link",
    link_hint: "Copy it now: for safety, Playbook cannot show it again.",
    open: "Open invites",
    none: "No open invites.",
    uses: "Used",
    uses_of: "{{uses}} of {{max}}",
    expires: "Expires",
    created_by: "Created by",
    revoke: "Revoke"
  },
  invite: {
    title: "Invitation",
    heading: "Join {{team}}",
    role: "You are invited as: {{role}}",
    join: "Join team",
    signed_out: "Create an account or sign in, and you join the team at once.",
    ask_again: "Ask the organizer who sent it for a new link."
  },
  settings: {
    title: "Team settings",
    details: "Team details",
    save: "Save",
    delete_title: "Delete this team",
    delete_body: "Deleting the team removes its playbook and memberships for everyone. This cannot be undone.",
    delete_confirm: "Type the team name, {{name}}, to confirm",
    delete: "Delete team"
  },
  admin: {
    title: "Campaign admins",
    intro: "Campaign admins are the national staff who maintain the model policy. Every instance keeps at least one.",
    role: "Campaign role",
    campaign_admin: "Campaign admin",
    grant: "Make {{name}} an admin",
    revoke: "Remove {{name}} as admin"
  },
  success: {
    password_reset: "Your password was changed. Sign in with the new one.",
    password_changed: "Password changed. Your other devices were signed out.",
    reset_sent: "If that email has an account, a reset link is on its way.",
    role_changed: "Role changed.",
    member_removed: "Member removed.",
    invite_created: "Invite link created.",
    invite_revoked: "Invite revoked.",
    team_saved: "Team details saved.",
    admin_granted: "Campaign admin role granted.",
    admin_revoked: "Campaign admin role removed.",
    document_renamed: "Title saved.",
    document_archived: "Document archived. It stays readable.",
    document_restored: "Document restored.",
    names_refilled: "New names put in ({{count}} replaced).",
    target_added: "Target added.",
    targets_added: "Targets added.",
    target_renamed: "Name saved.",
    target_removed: "Target removed.",
    entry_saved: "Saved.",
    tactic_logged: "Added to the log.",
    tactic_saved: "Entry saved.",
    board_renamed: "Board renamed.",
    board_archived: "Board archived.",
    board_restored: "Board restored.",
    comment_added: "Comment posted.",
    comment_edited: "Comment saved.",
    comment_deleted: "Comment deleted.",
    version_saved: "Version saved.",
    version_restored: "Version restored. Everyone on the document sees it now."
  },
  mail: {
    reset_subject: "Reset your Playbook password",
    reset_body: "Hello {{name}},\n\nSomeone asked to reset the password of your Playbook account. To choose a new password, open this link within one hour:\n\n{{link}}\n\nIf it was not you, ignore this email; your password stays as it is.",
    reset_made_subject: "A reset link was made for your Playbook account",
    reset_made_body: `Hello {{name}},

{{actor}}, from the team "{{team}}", made a one-time link to reset the password of your Playbook account. It works once, within one hour; whoever opens it chooses a new password and every device is signed out.

If you asked for it, there is nothing to do. If you did not, tell {{actor}} or your campaign's staff, and sign in to change your password.`,
    signup_existing_subject: "Someone tried to sign up to Playbook with your email",
    signup_existing_body: "Hello {{name}},\n\nSomeone just tried to create a Playbook account with this email address. You already have one, so nothing was created and nothing changed.\n\nIf it was you, sign in here:\n\n{{signin}}\n\nIf you forgot your password, choose a new one here:\n\n{{forgot}}\n\nIf it was not you, you can ignore this email."
  },
  errors: {
    required: "This field is required.",
    too_long: "This is too long.",
    invalid: "This value is not allowed.",
    email_invalid: "Enter an email address like name@example.org.",
    whole_number: "Enter a whole number.",
    out_of_range: "This number is out of range.",
    check_fields: "Some fields need attention.",
    confirm_mismatch: "The name does not match.",
    password_too_short: "Use at least 8 characters.",
    password_too_long: "Use at most 128 characters.",
    password_too_common: "This password is too common. Try a few unrelated words.",
    password_wrong: "Your current password is not right.",
    email_taken: "An account with this email already exists. Sign in instead.",
    signin_failed: "The email or password is not right.",
    throttled: "Too many attempts. Try again in {{seconds}} seconds.",
    mail_disabled: "This Playbook does not send email. Ask a team owner for a reset link.",
    mail_failed: "The email could not be sent. Try again later.",
    reset_invalid: "This reset link is not valid or was already used.",
    reset_expired: "This reset link has expired.",
    invite_invalid: "This invite link is not valid.",
    invite_revoked: "This invite link was revoked.",
    invite_expired: "This invite link has expired.",
    invite_used_up: "This invite link has been used up.",
    invite_not_found: "That invite no longer exists.",
    team_not_found: "There is no such team, or you are not a member of it.",
    member_not_found: "That person is not a member of this team.",
    user_not_found: "There is no such account.",
    last_owner: "A team needs at least one owner. Make someone else an owner first.",
    last_admin: "The instance needs at least one campaign admin.",
    forbidden: "Your role does not allow this.",
    signed_out: "Sign in to continue.",
    page_not_found: "Page not found",
    something_wrong: "Something went wrong",
    request_id: "Reference: {{id}}",
    go_home: "Go to my teams",
    document_title_invalid: "Give the document a title of at most {{max}} characters.",
    document_not_found: "There is no such document in this team.",
    version_not_found: "There is no published version {{version}} of the model.",
    adaptation_missing: "This team has not adapted the model yet.",
    adaptation_exists: "This team already has its adaptation of the model.",
    merge_stale: "The model or your policy moved on while you were reviewing. Review the changes again.",
    merge_text_changed: "Someone edited the policy while you were reviewing. Review the changes again; nothing was changed.",
    publish_stale: "Version {{version}} was published meanwhile. Reload and check the draft again.",
    draft_empty: "The draft has no rules.",
    rule_title_missing: "a rule has no title.",
    rule_text_missing: "the rule has no text.",
    slot_unknown_slot: "a slot name is not one of the known ones.",
    slot_empty_slot: "a slot has empty braces.",
    slot_unclosed_slot: "a slot is opened with two braces but never closed.",
    slot_unopened_slot: "two closing braces close a slot that was never opened.",
    date_invalid: "Enter a date as YYYY-MM-DD.",
    date_out_of_range: "Enter a date between 1900 and today.",
    url_invalid: "Enter a web address that starts with http:// or https://.",
    urls_invalid: "Put one web address a line, each starting with http:// or https://.",
    too_many_links: "Add at most {{max}} links.",
    target_not_found: "There is no such target in this team.",
    rule_not_found: "There is no such rule in the model.",
    tactic_not_found: "There is no such entry in this team\u2019s log.",
    too_many_targets: "A team can have at most {{max}} targets.",
    targets_exist: "This team already has targets.",
    form_unreadable: "This form could not be read. Reload the page and try again.",
    reset_admin_only: "Only a campaign admin can make a reset link for this person: they are an owner here, a campaign admin, or in another team too.",
    decisions_missing: "Decide every change before applying: {{count}} still open, in {{rules}}.",
    publish_unchanged: "The draft is the same as version {{version}}: there is nothing new to publish.",
    rule_key_duplicate: '"{{title}}" appears twice in the draft: remove one copy.',
    board_not_found: "That board does not exist, or you are not in its team.",
    board_name_invalid: "Give the board a name of at most {{max}} characters.",
    board_archived: "This board is archived: restore it to change it.",
    card_not_found: "That card is not on this board.",
    comment_required: "Write something before posting.",
    comment_too_long: "A comment can be at most {{max}} characters.",
    comment_not_found: "That comment no longer exists.",
    document_version_not_found: "That version is not there. It may belong to another document.",
    hearing_not_found: "That hearing is gone, or not one of this team's.",
    testimony_not_found: "That testimony is gone, or not this team's.",
    template_unknown: "Choose one of the templates.",
    export_busy: "You are making several files already. Try again when they are done.",
    review_no_account: "No Playbook account uses this email address. Ask them to sign up first, then share again.",
    review_already_editor: "This person is a member of the team and can already edit this document."
  },
  footer: {
    not_legal_advice: "Playbook is a drafting and organizing aid for local campaigns, not legal advice."
  },
  error_page: {
    not_found: "There is nothing at this address. Check the link you followed, or start again from your teams.",
    unexpected: "Playbook could not finish this. Try again in a moment; if it keeps happening, send the reference below to your campaign's staff.",
    reference: "Reference for support: {{id}}"
  },
  admin_notice: {
    body: "You are a campaign admin of this Playbook (the first account on an instance is one): you maintain the model policy every team adapts, publish its versions, and see every team in the campaign roll-up.",
    link: "Open Campaign admin"
  },
  docs: {
    title: "Documents",
    archived_title: "Archived documents",
    show_archived: "Show archived",
    show_current: "Show current documents",
    new_title: "New document",
    new_placeholder: "For example: Testimony for the March 12 hearing",
    create: "Create",
    none: "No documents yet.",
    none_archived: "No archived documents.",
    updated: "Changed {{when}}",
    rename: "Rename",
    rename_label: "Document title",
    save_title: "Save title",
    cancel: "Cancel",
    archive: "Archive",
    restore: "Restore",
    archived_badge: "Archived: read only",
    read_only: "View only",
    talking_points_from_model: "From the model, ready when first opened"
  },
  editor: {
    loading: "Opening the document\u2026",
    toolbar: "Formatting",
    bold: "Bold",
    italic: "Italic",
    heading1: "Heading 1",
    heading2: "Heading 2",
    heading3: "Heading 3",
    bullets: "Bulleted list",
    numbers: "Numbered list",
    link: "Link",
    undo: "Undo",
    redo: "Redo",
    link_address: "Link address",
    link_apply: "Apply",
    link_remove: "Remove link",
    connected: "Saved and live",
    syncing: "Syncing\u2026",
    connecting: "Connecting\u2026",
    reconnecting: "Reconnecting\u2026",
    offline: "Offline",
    unsynced_one: "({{count}} change not yet saved to the server)",
    unsynced_other: "({{count}} changes not yet saved to the server)",
    here_now: "Here now",
    you: "{{name}} (you)",
    closed_session_ended: "Signed out",
    closed_access_revoked: "Access removed",
    closed_document_too_large: "Document full",
    closed_session_ended_help: "Your session ended. Sign in again to keep editing; what you typed is kept in this browser.",
    closed_access_revoked_help: "You no longer have access to this document. What you typed is kept in this browser.",
    closed_document_too_large_help: "This document has reached its size limit and takes no more changes. Move some text into a new document.",
    closed_update_refused: "Change refused",
    closed_update_refused_help: "The server refused a change from this page because it would have broken the document. Reload the page to see the document as it is saved.",
    now_archived: "This document is archived: you can read it but not change it.",
    now_read_only: "You can read this document but not change it."
  },
  policy: {
    title: "Model policy",
    redline: "Redline",
    disclaimer: "The model rules are a drafting aid for your campaign, not legal advice. Have your final text reviewed by a lawyer who knows your state's law.",
    model_version: "Model policy, version {{version}}",
    adapt_intro: "Start your own version of the nine model rules, with the names of {{jurisdiction}}'s offices filled in. Your team can then edit each rule, drop rules with a reason, and add rules of its own, while Playbook keeps track of how far you are from the model.",
    adapt: "Adapt the model for {{jurisdiction}}",
    rule_number: "Rule {{number}}",
    update_available_one: "Version {{version}} of the model is out: {{count}} rule changed",
    update_available_other: "Version {{version}} of the model is out: {{count}} rules changed",
    review_update: "Review the changes",
    names_changed: "Your team's names changed since the rules were filled in.",
    refill: "Put in the new names",
    based_on: "Adapted from model version {{version}}.",
    own_rule: "Our own rule",
    own_rule_title: "A rule of our own",
    add_own_rule: "Add a rule of our own",
    remove_own_rule: "Remove this rule",
    rule_title: "Title",
    status: "Status",
    status_keep: "Keep as in the model",
    status_modify: "Modified",
    status_drop: "Dropped",
    drop_reason: "Why it was dropped",
    drop_reason_placeholder: "For example: the sheriff refused; we will raise it at the council",
    rule_text: "Rule text",
    rule_text_of: "Text of rule {{number}}",
    about_rule: "What this rule means and why it matters",
    document_title: "Policy for {{jurisdiction}}",
    drift: {
      unchanged: "Kept as in the model",
      modified: "Modified from the model",
      dropped: "Dropped",
      added: "The team\u2019s own rule"
    },
    drop_rule: "Drop this rule"
  },
  redline: {
    title: "Redline",
    heading: "{{jurisdiction}} against model version {{version}}",
    intro: "Every word your team changed from model version {{version}}: insertions underlined, deletions struck through.",
    print: "Print",
    counts: "Rules by change",
    unchanged: "unchanged",
    modified: "modified",
    dropped: "dropped",
    added: "added",
    missing: "not adapted",
    unchanged_one: "Unchanged",
    modified_one: "Modified",
    dropped_one: "Dropped",
    added_one: "Added by the team",
    missing_one: "Not adapted yet",
    legend_insert: "inserted",
    legend_delete: "deleted",
    drop_reason: "Reason: {{reason}}",
    final_link: "Final text"
  },
  update: {
    title: "Model version {{version}}",
    intro: "Your policy is adapted from version {{from}}. Here is what version {{to}} changes, merged with your team's own edits. Nothing changes until you apply your choices.",
    release_notes: "Release notes",
    accept_all: "Accept all suggestions",
    reject_all: "Reject all suggestions",
    title_change: 'New title: "{{from}}" becomes "{{to}}"',
    suggestion: 'The model changes "{{ours}}" to "{{theirs}}"',
    conflict: "Both your team and the model changed these words",
    ours: "Your team's words",
    theirs: "The new model's words",
    resolve: "Which words to keep",
    accept: "Accept",
    reject: "Reject",
    take_theirs: "Take the model's words",
    keep_ours: "Keep our words",
    write_own: "Write our own",
    own_words: "Our own words",
    new_rule: "New rule in the model: {{title}}",
    add_rule: "Add this rule to our policy",
    removed_rule: "The model no longer has: {{title}}",
    remove_rule: "Remove it from our policy too (reject to keep it as our own rule)",
    dropped_changed: '"{{title}}" changed in the model, but your team dropped it.',
    apply_hint: "Applying moves your policy to version {{version}}; rejected suggestions leave your text exactly as it is.",
    apply: "Apply my choices",
    summary_label: "What changes",
    summary_changed_one: "{{count}} rule changed",
    summary_changed_other: "{{count}} rules changed",
    summary_added_one: "{{count}} rule added",
    summary_added_other: "{{count}} rules added",
    summary_removed_one: "{{count}} rule removed",
    summary_removed_other: "{{count}} rules removed",
    summary_suggestions_one: "{{count}} suggestion",
    summary_suggestions_other: "{{count}} suggestions",
    summary_conflicts_one: "{{count}} place where your team and the model changed the same words",
    summary_conflicts_other: "{{count}} places where your team and the model changed the same words",
    suggestion_adds: 'The model adds "{{theirs}}"',
    suggestion_removes: 'The model removes "{{ours}}"',
    nothing: "(nothing)",
    summary_changed_dropped_one: ", {{count}} of them one you dropped",
    summary_changed_dropped_other: ", {{count}} of them ones you dropped",
    dropped_show: "See what the model changed",
    decide_all_hint: "Accept or reject every suggestion and resolve every conflict first.",
    not_decided: "Not decided yet.",
    open_decisions_one: "Decide every change before applying: {{count}} is still open.",
    open_decisions_other: "Decide every change before applying: {{count}} are still open.",
    open_in_rule_one: "{{count}} open",
    open_in_rule_other: "{{count}} open",
    viewer_note: "Only members who can change the playbook decide on these changes. You can read them here."
  },
  model: {
    title: "Model policy versions",
    intro: "The national model that every team adapts. Published versions never change; teams see each new version and its changes as suggestions.",
    published: "Version {{version}} is published. Teams will see it as an update.",
    draft_heading: "Draft of version {{version}}",
    draft_intro: "Campaign admins edit the next version together, live.",
    edit_draft: "Edit the draft",
    problems: "Fix these before publishing:",
    publish_heading: "Publish",
    notes: "Release notes",
    notes_hint: "Tell teams what changed and why; they see this with the update.",
    publish: "Publish version {{version}}",
    versions: "Published versions",
    version: "Version",
    published_on: "Published",
    draft_help: "Changes save as you type and are seen by other admins at once. Teams see nothing until you publish.",
    slots_hint: "Write the jurisdiction's names as slots so each team gets its own: {{slots}}.",
    summary: "Plain-language summary",
    why: "Why it matters",
    new_rule_title: "New rule",
    add_rule: "Add a rule",
    remove_rule: 'Remove "{{title}}"',
    changes_heading: "Changes since version {{version}}",
    changes_label: "Rules changed since version {{version}}",
    changes_count_one: "{{count}} rule differs from version {{version}}:",
    changes_count_other: "{{count}} rules differ from version {{version}}:",
    change_modified: "Changed",
    change_added: "New",
    change_removed: "Removed",
    title_before: 'Was titled "{{title}}".',
    number_before: "Was rule {{number}}.",
    details_changed: "Its summary or why it matters changed too.",
    unchanged: "The draft is the same as version {{version}}.",
    publish_unchanged_hint: "Edit the draft first: there is nothing new to publish."
  },
  talking_points: {
    title: "Talking points",
    intro: "Talking points from the model policy, grouped by audience. Make them your own.",
    rule: "rule {{number}}",
    audience_council: "For the council or board",
    audience_law_enforcement: "For the sheriff or police",
    audience_press: "For the press",
    audience_community: "For community meetings"
  },
  admin_links: {
    model: "Model policy versions",
    users: "People",
    rollup: "Campaign roll-up"
  },
  scorecard: {
    title: "Scorecard",
    intro: "Where each agency and elected body stands on each rule of your policy (the model\u2019s, until your team adapts it), with notes and sources. Record what you learn from meetings, public statements and written policy.",
    open: "Open the scorecard",
    target_progress: "{{name}}: {{yes}} of {{total}} rules",
    no_targets: "No targets yet",
    no_targets_body: "Targets are the agencies and officials you are asking to adopt the rules: the sheriff, the police department, the council, the mayor or county executive.",
    suggested_intro: "From your team\u2019s details:",
    add_suggested: "Add these targets",
    kind: {
      sheriff: "Sheriff",
      police: "Police",
      council: "Council or board",
      executive: "Mayor or executive",
      other: "Other"
    },
    status: {
      yes: "Yes",
      no: "No",
      mixed: "Mixed",
      unknown: "Unknown"
    },
    progress_title: "Progress by target",
    progress: "{{yes}} of {{total}} rules adopted",
    legend: "Status:",
    caption: "Each target\u2019s status on each rule of the team\u2019s policy",
    rule: "Rule",
    cell_link: "{{rule}}, {{target}}: details and history",
    has_notes: "Has notes or a source",
    cell_hint_edit: "Select a status to record a change, add notes and sources, or see its history.",
    cell_hint_view: "Select a status to see its notes, sources and history.",
    targets: "Targets",
    targets_intro: "Rename a target when its name changes. Removing a target deletes its scorecard and history.",
    target_name_of: "Name ({{kind}})",
    rename: "Save name",
    remove: "Remove\u2026",
    remove_warning: "This deletes the scorecard and history of {{name}}. Tactics that named it stay in the log.",
    remove_named: "Remove {{name}}",
    add_target: "Add a target",
    target_name: "Name",
    target_name_hint: "For example: Travis County Sheriff\u2019s Office",
    target_kind: "Kind",
    add: "Add target",
    back: "Back to the scorecard",
    current: "Current status",
    as_of_date: "as of {{date}}",
    source_link: "Source",
    updated_by: "Last changed by {{name}}, {{when}}",
    someone: "a former member",
    not_recorded: "Nothing recorded yet.",
    edit_title: "Record a change",
    status_label: "Status",
    note: "Note",
    note_hint: "What they said or wrote, and where. Up to 2,000 characters.",
    source: "Source link",
    source_hint: "A web address starting with https:// (a news story, minutes, a written policy).",
    as_of: "As of",
    as_of_hint: "When this was true or was said.",
    save: "Save",
    history: "History",
    history_none: "No changes yet.",
    changed_by: "By {{name}}, {{when}}",
    other_rules: "Other rules"
  },
  tactics: {
    title: "Tactics",
    intro: "A record of what the team did (meetings, petitions, letters, town halls, testimony, press) and what came of it.",
    new: "Log a tactic",
    add: "Add to the log",
    log: "Log",
    none: "Nothing logged yet.",
    date: "Date",
    kind: "What",
    kinds: {
      meeting: "Meeting",
      petition: "Petition",
      letter: "Letter",
      town_hall: "Town hall",
      testimony: "Testimony",
      press: "Press",
      other: "Other"
    },
    target: "Target",
    no_target: "No particular target",
    summary: "What happened",
    summary_hint: "Who was there, what was asked, what was said.",
    outcome: "Outcome",
    outcome_hint: "Optional. What changed, what was promised, what comes next.",
    outcome_label: "Outcome:",
    documents: "Related playbook documents",
    links: "Links",
    links_hint: "Optional. One web address a line (a news story, a video, a petition), up to 10.",
    logged_by: "Logged by {{name}}",
    edit: "Edit",
    back: "Back to the log",
    edit_title: "Edit this entry",
    save: "Save changes",
    delete_title: "Delete this entry",
    delete_body: "The entry is removed from the log for good.",
    delete: "Delete entry"
  },
  rollup: {
    title: "Campaign roll-up",
    intro: "Every team against every model rule: the best status among each team\u2019s targets (yes, then mixed, then no, then unknown).",
    state: "State",
    all_states: "All states",
    apply: "Show",
    download: "Download CSV",
    rules_key: "Rule numbers",
    none: "No teams yet.",
    none_in_state: "No teams in {{state}}.",
    count_one: "{{count}} team",
    count_other: "{{count}} teams",
    caption: "Status of each team on each model rule",
    team: "Team",
    adopted: "Adopted",
    adopted_of: "{{yes}} of {{total}}",
    per_target_one: "{{count}} target",
    per_target_other: "{{count}} targets",
    no_targets: "No targets yet",
    show_targets: "Show each target",
    not_in_policy: "Not in the team\u2019s policy (dropped)",
    adopted_hint: "Counted against each team\u2019s own policy: its dropped rules left out, its own rules in."
  },
  offline: {
    shared_device: "This is a shared computer: keep no offline copy",
    shared_device_hint: "For a library, a campaign office or a friend\u2019s computer. Documents are not kept in this browser (so you cannot work on them offline), and closing the browser signs you out.",
    signed_out: "You are signed out. Nothing of your documents is left in this browser.",
    unsaved_warning_one: "{{count}} document has changes that are not saved yet. If you sign out now, they are lost. Sign out anyway?",
    unsaved_warning_other: "{{count}} documents have changes that are not saved yet. If you sign out now, they are lost. Sign out anyway?",
    closed_session_ended_help: "Your session ended. Sign in again to keep editing. This is a shared computer, so what you typed is only in this tab: copy it before you close it.",
    closed_access_revoked_help: "You no longer have access to this document. This is a shared computer, so what you typed is only in this tab."
  },
  final_text: {
    link: "Final text",
    title: "Final text",
    heading: "{{jurisdiction}}: rules as adopted",
    intro: "The team\u2019s rules as they read now, without redline marks and without the rules it dropped. Adapted from model version {{version}}.",
    print: "Print",
    dropped_note_one: "{{count}} model rule dropped is left out; the redline shows it with its reason.",
    dropped_note_other: "{{count}} model rules dropped are left out; the redline shows them with their reasons.",
    empty: "No rules are left: every rule was dropped.",
    own_rule: "The team\u2019s own rule",
    disclaimer: "A drafting aid, not legal advice."
  },
  tasks: {
    nav: "My tasks",
    title: "My tasks",
    intro_one: "{{count}} open card assigned to you, across your teams.",
    intro_other: "{{count}} open cards assigned to you, across your teams.",
    empty_title: "Nothing assigned to you",
    empty_body: "Cards assigned to you on your teams' boards show up here.",
    groups: {
      overdue: "Overdue",
      today: "Today",
      week: "This week",
      later: "Later",
      none: "No date"
    },
    due: "Due {{date}}",
    checklist: "Checklist {{done}}/{{total}}",
    checklist_of: "Checklist of {{title}}",
    check: "Mark done: {{text}}",
    uncheck: "Mark not done: {{text}}",
    mark_done: "Mark done",
    mark_done_of: "Mark done: {{title}}",
    next_title: "My next tasks",
    next_all: "All my tasks",
    next_empty: "Nothing assigned to you right now.",
    team_card: "Tasks",
    team_open_one: "{{count}} open card",
    team_open_other: "{{count}} open cards",
    team_week: "{{count}} due this week",
    team_overdue: "{{count}} overdue",
    team_boards: "Open the boards",
    success: {
      done: "Moved to done. Everyone on the board sees it.",
      checked: "Checklist item ticked.",
      unchecked: "Checklist item unticked."
    },
    errors: {
      invalid: "That card could not be read. Reload the page and try again.",
      card_not_found: "That card is gone, or not on a board you can change.",
      forbidden: "You can look at this board but not change it.",
      tasks_no_done_column: "This board has no done column. Ask an organizer to mark one as done."
    },
    listed: "Showing the {{listed}} soonest of {{count}}.",
    show_more_one: "Show {{count}} more",
    show_more_other: "Show {{count}} more"
  },
  calendar: {
    feed_name: "Playbook: my tasks",
    event_description: "Team: {{team}} \xB7 Board: {{board}}",
    heading: "Calendar feed",
    intro: "A private link to the due dates of your open cards and to your teams' hearings and their deadlines, for your calendar app. Anyone with the link can see them, so keep it to yourself.",
    on_since: "Your feed is on (made {{date}}). Its link was shown once, when it was made; replace it to see a new one.",
    off_state: "Your feed is off.",
    create: "Make my feed link",
    replace: "Replace the link",
    replace_hint: "The old link stops working at once.",
    turn_off: "Turn the feed off",
    url_label: "Your feed link",
    created: "Here is your feed link. Copy it now: it is shown only this once.",
    turned_off: "Your calendar feed is off; its link no longer works.",
    how_to: "To subscribe: in Google Calendar, choose Other calendars, then From URL; in Apple Calendar, File, then New Calendar Subscription; in Outlook, Add calendar, then Subscribe from web. Paste the link. Calendar apps refresh it every few hours.",
    email_heading: "Email",
    email_label: "Email me when someone assigns me a card",
    email_hint: "Several assignments within a few minutes come as one email.",
    email_save: "Save",
    email_saved: "Saved."
  },
  notify: {
    assigned_subject_one: "A card was assigned to you on Playbook",
    assigned_subject_other: "{{count}} cards were assigned to you on Playbook",
    assigned_body_one: "Hello {{name}},\n\nThis card was assigned to you:\n\n{{cards}}\n\nYou will find it in My tasks. To stop these emails, turn them off on your account page: {{account}}",
    assigned_body_other: "Hello {{name}},\n\nThese {{count}} cards were assigned to you:\n\n{{cards}}\n\nYou will find them in My tasks. To stop these emails, turn them off on your account page: {{account}}",
    assigned_line: "- {{title}}\n  {{team}} \xB7 {{board}}, assigned by {{by}}\n  {{link}}",
    someone: "someone"
  },
  boards: {
    title: "Boards",
    archived_title: "Archived boards",
    show_archived: "Show archived",
    show_current: "Show current boards",
    new_name: "New board",
    new_placeholder: "For example: Hearing on March 12",
    create: "Create board",
    none: "No boards yet.",
    none_archived: "No archived boards.",
    campaign_name: "Campaign",
    updated: "Changed {{when}}"
  },
  board: {
    column_todo: "To do",
    column_doing: "Doing",
    column_done: "Done",
    rename: "Rename board",
    rename_label: "Board name",
    save: "Save",
    cancel: "Cancel",
    archive: "Archive board",
    restore: "Restore board",
    archived_badge: "Archived: read only",
    read_only: "View only",
    loading: "Loading the board\u2026",
    columns_label: "Columns",
    column_label: "Column {{name}}",
    column_name: "Column name",
    add_column: "Add column",
    new_column: "New column",
    rename_column: "Rename",
    remove_column: "Remove column",
    remove_column_confirm: "Remove the column \u201C{{name}}\u201D? Its cards move to the first column.",
    column_left: "Move column left",
    column_right: "Move column right",
    done_column: "Cards here are done",
    done_mark: "Done",
    column_removed: "Column removed",
    card_count_one: "{{count}} card",
    card_count_other: "{{count}} cards",
    add_card: "Add card",
    card_title: "Card title",
    new_card_placeholder: "New card",
    move_to: "Move to\u2026",
    move_card: "Move \u201C{{title}}\u201D",
    move_column: "Column",
    move_position: "Position",
    move_top: "Top",
    move_bottom: "Bottom",
    move_up: "Up one",
    move_down: "Down one",
    move_apply: "Move",
    open_card: "Open card {{title}}",
    checklist_progress: "Checklist {{done}} of {{total}}",
    comments_count: "{{count}} comments",
    due: "Due {{when}}",
    overdue: "Overdue",
    filters: "Filters",
    filter_assignee: "Assignee",
    filter_label: "Label",
    filter_any: "Anyone",
    filter_any_label: "Any label",
    filter_due_week: "Due this week",
    filter_overdue: "Overdue",
    filter_unassigned: "No assignee",
    filter_clear: "Clear filters",
    filtered: "{{shown}} of {{total}} cards shown",
    labels: "Labels",
    manage_labels: "Manage labels",
    label_name: "Label name",
    label_color: "Colour",
    add_label: "Add label",
    remove_label: "Remove label",
    no_labels: "No labels yet.",
    color_gray: "Gray",
    color_red: "Red",
    color_orange: "Orange",
    color_yellow: "Yellow",
    color_green: "Green",
    color_teal: "Teal",
    color_blue: "Blue",
    color_purple: "Purple",
    color_pink: "Pink",
    card_dialog: "Card",
    close: "Close",
    description: "Description",
    assignees: "Assignees",
    add_assignee: "Assign someone",
    choose: "Choose\u2026",
    remove_assignee: "Remove {{name}}",
    left_team: "left the team",
    nobody: "Nobody yet.",
    due_date: "Due date",
    due_time: "Time (optional)",
    clear_due: "Clear",
    card_labels: "Labels",
    checklist: "Checklist",
    add_item: "Add item",
    item_text: "New checklist item",
    remove_item: "Remove item {{text}}",
    links: "Links",
    link_doc: "Playbook document",
    link_hearing: "Hearing",
    link_target: "Scorecard target",
    add_link: "Add link",
    remove_link: "Remove link",
    missing_link: "(no longer there)",
    archive_card: "Archive card",
    restore_card: "Restore card",
    archived_card: "Archived",
    delete_card: "Delete card",
    delete_card_confirm: "Delete this card for everyone? This cannot be undone.",
    show_archived_cards: "Show archived cards",
    comments: "Comments",
    no_comments: "No comments yet.",
    comment_label: "Add a comment",
    comment_post: "Comment",
    comment_edit: "Edit",
    comment_save: "Save",
    comment_delete: "Delete",
    comment_delete_confirm: "Delete this comment?",
    edited: "edited",
    someone: "Someone",
    history: "History",
    no_history: "No changes recorded yet.",
    card_missing: "This card is not on the board (it may have been deleted).",
    h_created: "{{who}} created this",
    h_title: "{{who}} renamed this to \u201C{{to}}\u201D",
    h_moved: "{{who}} moved this to {{to}}",
    h_reordered: "{{who}} moved this within {{to}}",
    h_assigned: "{{who}} assigned {{user}}",
    h_unassigned: "{{who}} unassigned {{user}}",
    h_due: "{{who}} changed the due date",
    h_labels: "{{who}} changed the labels",
    h_checklist: "{{who}} changed the checklist",
    h_archived: "{{who}} archived this",
    h_restored: "{{who}} restored this",
    h_deleted: "{{who}} deleted this",
    h_description: "{{who}} edited the description",
    h_links: "{{who}} changed the links",
    h_other: "{{who}} changed this",
    moved_to: "Moved \u201C{{title}}\u201D to {{column}}, position {{position}}.",
    dnd_started: "Picked up {{item}} in {{zone}}. Use the arrow keys to move it, Tab to reach another column, Enter, Space or Escape to drop it.",
    dnd_moved_position: "Moved {{item}} to position {{position}} in {{zone}}.",
    dnd_moved_end: "Moved {{item}} to the end of {{zone}}.",
    dnd_moved_start: "Moved {{item}} to the start of {{zone}}.",
    dnd_dropped: "Dropped {{item}} in {{zone}}, position {{position}}.",
    dnd_zone_active: "Tab to a card and press Enter or Space to pick it up.",
    dnd_zone_disabled: "This column cannot be changed.",
    show_more_one: "Show 1 more card",
    show_more_other: "Show {{count}} more cards"
  },
  versions: {
    open: "Version history",
    title: "Version history",
    intro: "Playbook keeps a version while people edit (every 10 minutes of editing, and when everyone leaves). Name a version to find it again, compare any version with the text now, and restore it: restoring is a new change everyone sees, and the text before it is kept too.",
    name_label: "Name this version",
    name_hint: "For example: Sent to the clerk",
    save: "Save version",
    automatic: "Saved automatically",
    by: "by {{name}}",
    words_one: "{{count}} word",
    words_other: "{{count}} words",
    list_title: "Versions",
    none: "No versions yet. One is kept after some editing, or name one above.",
    compare: "Compare with now",
    compare_title: "{{name}} ({{when}}) compared with the text now",
    legend_delete: "only in this version",
    legend_insert: "added since",
    same: "This version reads the same as the text now.",
    restore: "Restore this version",
    restore_hint: "Everyone editing sees the text change at once. The text as it is now is kept as a version first.",
    close_compare: "Close comparison",
    before_restore: "Kept before a restore"
  },
  hearings: {
    title: "Hearings",
    intro: "Council and board hearings the team is getting ready for, with their deadlines and the testimony written for each.",
    new: "Record a hearing",
    new_title: "Record a hearing",
    edit_title: "Edit the hearing",
    edit: "Edit",
    save: "Save hearing",
    create: "Record hearing",
    cancel: "Cancel",
    back: "All hearings",
    upcoming: "Upcoming",
    past: "Past",
    none_upcoming: "No upcoming hearings yet.",
    none_past: "No past hearings.",
    title_of: "{{body}}, {{day}}",
    body: {
      council: "City council",
      supervisors: "Board of supervisors",
      commissioners: "Board of commissioners",
      other: "Other body"
    },
    fields: {
      body_kind: "Body holding the hearing",
      body_name: "Name of the body",
      body_name_hint: "For example: Travis County Commissioners Court. Needed when the body is another one.",
      starts_at: "Date and time of the hearing",
      time_zone: "Time zone",
      time_zone_hint: "Give every time on this form as the clocks read in the jurisdiction.",
      place: "Place",
      place_hint: "Room and address.",
      online_url: "Online link",
      online_url_hint: "Where to watch or join, if the hearing is online.",
      agenda_item: "Agenda item",
      agenda_item_hint: "For example: Item 12, resolution on local police and immigration enforcement.",
      agenda_url: "Link to the agenda",
      signup_deadline: "Sign-up deadline for spoken comment",
      written_deadline: "Deadline for written comment",
      deadline_hint: "Optional. Before the hearing starts.",
      speaking_limit: "Speaking limit, in minutes",
      speaking_limit_hint: "Usually 2 or 3.",
      character_cap: "Character cap",
      character_cap_hint: "If the clerk's web form limits a comment, for example 2000.",
      formats: "Formats the clerk accepts",
      printed_copies: "Number of printed copies",
      times: "When",
      rules: "Rules for comment"
    },
    format: {
      pdf: "PDF",
      word: "Word",
      printed: "Printed copies",
      web_form: "Web form"
    },
    details: "Details",
    when: "When",
    where: "Place",
    online: "Online",
    agenda: "Agenda item",
    agenda_link: "Agenda",
    signup: "Sign-up to speak closes",
    written: "Written comment closes",
    limit: "Speaking limit",
    limit_value: "{{minutes}} min",
    cap: "Character cap",
    cap_value: "{{count}} characters",
    formats: "Formats accepted",
    copies_one: "{{count}} printed copy",
    copies_other: "{{count}} printed copies",
    not_set: "Not set",
    deadline_signup: "Sign-up to speak closes {{left}}",
    deadline_written: "Written comment closes {{left}}",
    deadline_hearing: "Hearing {{left}}",
    deadline_signup_closed: "Sign-up to speak has closed",
    deadline_written_closed: "Written comment has closed",
    underway: "The hearing has started",
    testimony_count_one: "{{count}} testimony",
    testimony_count_other: "{{count}} testimonies",
    testimony_title: "Testimony for this hearing",
    no_testimony: "No testimony for this hearing yet.",
    delete: "Delete hearing",
    delete_hint: "Its testimony is kept, tied to no hearing.",
    delete_confirm: "Yes, delete this hearing",
    prep: {
      title: "Tasks for this hearing",
      intro: "Puts cards for this hearing on a board: signing up to speak, drafting, sending the written comment and printing copies, due at the hearing's deadlines.",
      button: "Prepare for this hearing",
      board: "Board",
      campaign_board: "The Campaign board",
      signup: "Sign up to speak: {{hearing}}",
      draft: "Draft testimony: {{hearing}}",
      written: "Submit written comment: {{hearing}}",
      print_one: "Print {{count}} copy: {{hearing}}",
      print_other: "Print {{count}} copies: {{hearing}}",
      exists: "The cards for this hearing are already on a board.",
      made: "Cards for this hearing were added to the board.",
      open_board: "Open the board"
    },
    home_title: "Hearings and testimony",
    home_none: "No upcoming hearings.",
    home_all: "All hearings and testimony",
    unassigned_title: "Testimony not tied to a hearing yet",
    errors: {
      required: "This field is required.",
      too_long: "This is too long.",
      invalid: "This value is not allowed.",
      check_fields: "Check the fields marked below.",
      date_invalid: "Enter a real date and time.",
      time_zone_invalid: "Choose a time zone from the list.",
      url_invalid: "Enter a web address starting with http:// or https://.",
      limit_invalid: "Enter the limit in minutes: more than 0, at most 60.",
      cap_invalid: "Enter a whole number of characters, more than 0.",
      copies_invalid: "Enter a whole number of copies, from 1 to 500.",
      copies_required: "Say how many printed copies the clerk wants.",
      body_name_required: "Name the body holding the hearing.",
      written_after_hearing: "The written comment deadline must come before the hearing starts.",
      signup_after_hearing: "The sign-up deadline must come before the hearing starts.",
      forbidden: "Your role does not allow this.",
      hearing_not_found: "That hearing is not one of this team's.",
      board_not_found: "That board is not one of this team's.",
      board_archived: "That board is archived. Choose another one."
    },
    success: {
      created: "Hearing recorded.",
      saved: "Hearing saved."
    },
    calendar: {
      description: "Team: {{team}}",
      signup: "Sign-up to speak closes: {{hearing}}",
      written: "Written comment closes: {{hearing}}"
    },
    held: "The hearing took place"
  },
  testimony: {
    title: "Testimony",
    new: "New testimony",
    new_intro: "Start from a template in the usual shape: who you are, the ask first, local facts, your story, the ask again, thanks. Replace every [bracketed prompt] with your own words.",
    template: "Template",
    speaker: "Speaker",
    speaker_hint: "Who will read it at the hearing.",
    hearing: "Hearing",
    no_hearing: "No hearing yet",
    create: "Start testimony",
    default_title: "Testimony of {{speaker}}, {{hearing}}",
    default_title_no_hearing: "Testimony of {{speaker}} ({{kind}})",
    sections: {
      who: "Who you are",
      ask: "Your ask",
      facts: "Local facts",
      story: "Your story",
      ask_again: "Your ask, once more",
      thanks: "Thanks"
    },
    fill: {
      council: "[name of the council or board]",
      agenda: "[the agenda item]",
      sheriff: "[the sheriff's office or police department]"
    },
    templates: {
      resident: {
        label: "A resident's personal story",
        description: "A neighbor speaking for themselves.",
        who: "Good evening, members of the {{council}}. My name is [your name], and I have lived in [your neighborhood], {{jurisdiction}}, for [number] years. [One line about your life here: your work, your family, your school or congregation.]",
        ask: "I am here to ask you to adopt all nine rules in {{agenda}}, so that local officers leave federal immigration enforcement to federal agents.",
        facts: "[One or two facts about {{jurisdiction}}: how many immigration detainer requests {{sheriff}} received last year, or what the current policy allows. Say where the numbers come from.]",
        story: "[What happened to you or to someone close to you, in a few sentences: when, where, and what it changed. Leave out names unless the people agreed to be named.]",
        ask_again: "Please vote yes and adopt all nine rules. People here should be able to call for help, go to work and take their children to school without fear.",
        thanks: "Thank you for your time, and for listening to the people of {{jurisdiction}}."
      },
      organization: {
        label: "An organization's statement",
        description: "Someone speaking for a group, with its figures.",
        who: "Good evening, members of the {{council}}. My name is [your name], and I am [your role] at [name of the organization], which has served [who you serve] in {{jurisdiction}} since [year]. I speak today for our [number] members.",
        ask: "[Name of the organization] asks you to adopt all nine rules in {{agenda}}, without amendments that weaken them.",
        facts: "[The facts your organization knows best: the people you serve, the calls you received, figures from public records about {{sheriff}}. Say where they come from.]",
        story: "[One example from your work that shows the problem, told with the permission of the people in it.]",
        ask_again: "On behalf of [name of the organization], we ask you again to adopt all nine rules, and we stand ready to help put them into practice.",
        thanks: "Thank you. We are glad to answer questions and to send our figures in writing."
      },
      faith: {
        label: "A faith leader",
        description: "A pastor, rabbi, imam or other leader speaking for a congregation.",
        who: "Good evening, members of the {{council}}. I am [your name], [your title] of [name of the congregation] in [neighborhood], {{jurisdiction}}, where [number] families gather each week.",
        ask: "I ask you to adopt all nine rules in {{agenda}}, so that every family in our community can trust those sworn to protect it.",
        facts: "[What your congregation sees: families who stopped coming to services, clinics or school events. One or two facts about {{jurisdiction}}, with where they come from.]",
        story: "[A story from your community, shared with permission, and what your tradition teaches about welcoming the stranger.]",
        ask_again: "I ask you once more: adopt all nine rules, and let {{jurisdiction}} be a place where no one is afraid to call for help.",
        thanks: "Thank you for your service, and for hearing us tonight."
      },
      interpreted: {
        label: "A directly affected person, through an interpreter",
        description: "Someone speaking in their own language, with an interpreter; short sentences, since each is said twice.",
        who: "Good evening, members of the {{council}}. My name is [your name]. I will speak in [your language], and [the interpreter's name] will interpret for me. I live in [your neighborhood], {{jurisdiction}}, and have been here for [number] years.",
        ask: "I ask you to adopt all nine rules in {{agenda}}.",
        facts: "[A fact about your life here the council should know: your work, your children's school, your neighbors.]",
        story: "[What happened to you or your family, in short sentences the interpreter can follow. Say only what you are willing to make public: testimony becomes part of the public record.]",
        ask_again: "Please adopt all nine rules, so that people like me can live in {{jurisdiction}} without fear.",
        thanks: "Thank you for listening to me, and thank you to [the interpreter's name]."
      }
    },
    back: "Hearings",
    speaker_title: "Speaker",
    wpm: "Words per minute",
    wpm_hint: "Most people speak 130 to 150 words a minute.",
    interpreter: "Delivered through an interpreter",
    speaking_minutes: "Speaking time set by hand, in minutes",
    speaking_minutes_hint: "Leave empty to estimate it from the words.",
    save: "Save speaker",
    hearing_title: "The hearing",
    no_hearing_note: "Not tied to a hearing yet: choose one under Speaker.",
    open_hearing: "Open the hearing",
    for_hearing: "For {{hearing}}",
    speaker_value: "Speaker: {{name}}",
    meter_label: "Speaking time",
    read_only: "Read only",
    none: "No testimony yet.",
    errors: {
      required: "This field is required.",
      too_long: "This is too long.",
      invalid: "This value is not allowed.",
      check_fields: "Check the fields marked below.",
      template_unknown: "Choose one of the templates.",
      wpm_invalid: "Enter a whole number from 80 to 250.",
      speaking_time_invalid: "Enter minutes: more than 0, at most 60.",
      hearing_not_found: "That hearing is not one of this team's.",
      forbidden: "Your role does not allow this.",
      testimony_not_found: "That testimony is gone, or not this team's.",
      document_not_found: "That document is gone, or not this team's."
    },
    success: {
      saved: "Speaker saved.",
      renamed: "Title saved.",
      archived: "Testimony archived: it is kept, read only.",
      restored: "Testimony restored."
    },
    rename: "Rename",
    rename_label: "Title of the testimony",
    save_title: "Save title",
    archive: "Archive",
    restore: "Restore",
    archived: "Archived"
  },
  comments: {
    title: "Comments",
    comment_tool: "Comment",
    select_first: "Select the words you want to comment on, then choose Comment (Ctrl+Alt+M).",
    new_on: "New comment on \u201C{{quote}}\u201D",
    body_label: "Your comment",
    post: "Post comment",
    cancel: "Cancel",
    reply: "Reply",
    reply_label: "Your reply",
    resolve: "Resolve",
    reopen: "Reopen",
    resolved_by: "Resolved by {{name}}, {{when}}",
    show_resolved: "Show resolved ({{count}})",
    open_count_one: "{{count}} open",
    open_count_other: "{{count}} open",
    open_heading: "Open comments, in the order of the text",
    removed_heading: "On text that was removed",
    resolved_heading: "Resolved",
    text_removed: "Text removed",
    quoted: "\u201C{{quote}}\u201D",
    show_passage: "Show the passage in the text: {{quote}}",
    none: "No comments yet. Select words in the text and choose Comment.",
    none_viewer: "No comments yet.",
    loading: "Loading comments\u2026",
    failed: "Comments could not be loaded just now; they load again by themselves when the connection is back.",
    edit: "Edit",
    edit_label: "Edit your comment",
    save: "Save",
    delete: "Delete",
    delete_confirm: "Delete this comment? This cannot be undone.",
    edited: "(edited)",
    someone: "Someone",
    errors: {
      comments_thread_invalid: "This comment could not be tied to the words you selected. Select them again and choose Comment.",
      comments_thread_exists: "This passage already has that comment. Reload the page to see it.",
      comments_thread_not_found: "That comment thread no longer exists.",
      comments_archived: "This document is archived: comments can be read but not added or changed.",
      generic: "That did not go through. Check your connection and try again."
    }
  },
  meter: {
    label: "Speaking time",
    words_one: "{{count, number}} word",
    words_other: "{{count, number}} words",
    characters_one: "{{count, number}} character",
    characters_other: "{{count, number}} characters",
    time: "about {{time}} to say",
    time_manual: "{{time}} to say, set by hand",
    time_interpreter: "about {{time}} with interpretation",
    wpm: "at {{wpm, number}} words a minute",
    limit: "limit {{time}}",
    over_time: "{{time}} over the limit",
    left_time: "{{time}} left",
    cap: "cap {{cap, number}}",
    over_cap: "{{count, number}} over the cap",
    left_cap: "{{count, number}} left",
    status_over_time: "Over the speaking limit of {{limit}}.",
    status_near_time: "Close to the speaking limit of {{limit}}.",
    status_under_time: "Within the speaking limit of {{limit}}.",
    status_over_cap: "Over the {{cap, number}}-character cap.",
    status_near_cap: "Close to the {{cap, number}}-character cap.",
    status_under_cap: "Within the {{cap, number}}-character cap."
  },
  export: {
    title: "Download",
    pdf: "PDF",
    docx: "Word (.docx)",
    md: "Markdown",
    download_label: "Download {{title}} as {{format}}",
    check_button: "Check the files",
    checking: "Checking the files\u2026",
    check_failed: "The files could not be checked. Try again in a moment.",
    checked_heading: "{{format}}",
    header_speaker: "Speaker",
    header_body: "Before",
    header_hearingDate: "Hearing",
    header_agendaItem: "Agenda item",
    format_name: {
      pdf: "PDF",
      docx: "Word",
      md: "Markdown",
      printed: "printed copies",
      web_form: "a web form"
    },
    check: {
      size: "This file is {{size}}.",
      size_within: "The clerk takes {{format}} up to {{limit}}: this file is {{size}}.",
      size_over: "The clerk takes {{format}} up to {{limit}}: this file is {{size}}, {{over}} too large.",
      format_taken: "The clerk takes {{format}}: this file is {{size}}.",
      format_refused: "The clerk does not take {{format}} files; this hearing takes {{accepted}}.",
      format_none: "This hearing takes no written files.",
      markdown_web_form: "Markdown is for pasting into the clerk's web form or another tool.",
      markdown_not_filed: "Markdown is for your own use; the clerk takes {{accepted}}.",
      printed_copies_one: "Bring {{count, number}} printed copy.",
      printed_copies_other: "Bring {{count, number}} printed copies.",
      cap_over: "Over the {{cap, number}}-character cap by {{over, number}}.",
      cap_near: "{{characters, number}} of the {{cap, number}} characters allowed: {{left, number}} left.",
      cap_within: "{{characters, number}} of the {{cap, number}} characters allowed."
    }
  },
  boardpage: {
    description_loading: "The description shows once the board is live."
  },
  suggestions: {
    title: "Suggested changes",
    mode: "Suggesting",
    mode_hint: "Suggesting: your edits show as changes others accept or reject",
    only_hint: "You can only suggest changes in this document",
    former_member: "Former member",
    show: "Show this change by {{author}} in the text",
    added: "Adds",
    removed: "Removes",
    block: "A new or removed block",
    formatting: "Formatting",
    accept: "Accept",
    reject: "Reject",
    accept_all: "Accept all",
    reject_all: "Reject all",
    export_include: "Include open suggestions"
  },
  review: {
    card_title: "Reviewers",
    card_intro: "Share this document with someone outside the team (a lawyer, a coalition partner) who may comment and suggest changes, and change nothing else.",
    shared: "{{name}} can now review this document.",
    ended: "Review access ended.",
    since: "Reviewing since {{date}}",
    end: "End review",
    end_label: "End the review of {{name}}",
    none: "No one outside the team reviews this document.",
    email: "Reviewer's email address",
    email_hint: "They need a Playbook account with this address.",
    share: "Share for review",
    link: "Reviewers open it at this link",
    badge: "Reviewing: suggestions and comments",
    page_title: "Review",
    crumb: "Shared with you for review by {{team}}",
    banner: "{{team}} asked you to review this. What you type shows as a suggestion for them to accept or reject, and you can comment on any passage; the text itself changes only when they accept.",
    banner_archived: "This document is archived: you can read it, but no longer suggest or comment.",
    home_title: "Shared with you for review"
  }
};

// src/lib/i18n/es.json
var es_default = {
  nav: {
    skip: "Ir al contenido",
    main: "Principal",
    menu: "Men\xFA",
    my_teams: "Mis equipos",
    admin: "Administraci\xF3n de campa\xF1a",
    sign_in: "Iniciar sesi\xF3n",
    sign_up: "Crear cuenta",
    sign_out: "Cerrar sesi\xF3n",
    current_team: "Equipo actual: {{name}}"
  },
  prefs: {
    language: "Idioma",
    theme: "Tema",
    theme_system: "Tema del sistema",
    theme_light: "Claro",
    theme_dark: "Oscuro",
    apply: "Aplicar"
  },
  common: {
    copy: "Copiar",
    copied: "Copiado"
  },
  fields: {
    email: "Correo electr\xF3nico",
    display_name: "Tu nombre",
    password: "Contrase\xF1a",
    current_password: "Contrase\xF1a actual",
    new_password: "Contrase\xF1a nueva"
  },
  home: {
    tagline: "Un plan compartido para tu campa\xF1a local",
    pitch: "Adapta la pol\xEDtica modelo a tu ciudad o condado, redacten juntos el testimonio, registren lo que hizo el equipo y sigan la postura de cada agencia, en vivo, con todo tu equipo.",
    my_teams: "Mis equipos",
    new_team: "Nuevo equipo",
    empty_title: "Todav\xEDa no est\xE1s en ning\xFAn equipo",
    empty_body: "Crea un equipo para tu ciudad o condado, o abre un enlace de invitaci\xF3n de una persona organizadora.",
    members_one: "{{count}} integrante",
    members_other: "{{count}} integrantes"
  },
  sections: {
    policy: "Pol\xEDtica modelo",
    policy_body: "Las nueve reglas modelo adaptadas a tu jurisdicci\xF3n, con los cambios marcados frente al modelo nacional.",
    talking_points: "Puntos clave",
    talking_points_body: "Qu\xE9 decir al concejo, al sheriff o la polic\xEDa, a la prensa y en reuniones comunitarias.",
    testimony: "Testimonio",
    testimony_body: "Testimonios para audiencias del concejo, redactados en equipo.",
    scorecard: "Evaluaci\xF3n",
    scorecard_body: "La postura de cada agencia sobre cada regla, con fuentes.",
    policy_not_adapted: "A\xFAn sin adaptar",
    policy_update: "Sali\xF3 la versi\xF3n {{version}} del modelo: rev\xEDsala",
    policy_adapted: "Adaptada de la versi\xF3n {{version}} del modelo",
    tactics: "Registro de acciones",
    tactics_body: "Cada reuni\xF3n, petici\xF3n, carta, asamblea, testimonio y contacto con la prensa, con su resultado.",
    adapt_now: "Adaptar ahora"
  },
  signup: {
    title: "Crea tu cuenta",
    intro: "\xDAnete al plan de tu equipo local.",
    password_hint: "Al menos 8 caracteres. Varias palabras sin relaci\xF3n forman una contrase\xF1a fuerte.",
    submit: "Crear cuenta",
    have_account: "\xBFYa tienes una cuenta?"
  },
  signin: {
    title: "Iniciar sesi\xF3n",
    submit: "Iniciar sesi\xF3n",
    forgot: "\xBFOlvidaste tu contrase\xF1a?",
    no_account: "\xBFEres nuevo en Playbook?"
  },
  forgot: {
    title: "Restablecer la contrase\xF1a",
    intro: "Escribe el correo de tu cuenta. Si existe, te enviaremos un enlace v\xE1lido por una hora.",
    submit: "Enviar enlace",
    no_mail: "Este Playbook no env\xEDa correos. Pide a una persona propietaria de tu equipo o a la administraci\xF3n de la campa\xF1a un enlace de un solo uso.",
    back: "Volver a iniciar sesi\xF3n"
  },
  reset: {
    title: "Elige una contrase\xF1a nueva",
    intro: "Para {{email}}. Se cerrar\xE1 la sesi\xF3n en todos los dispositivos de esta cuenta.",
    submit: "Guardar contrase\xF1a",
    again: "Pedir un enlace nuevo"
  },
  account: {
    title: "Tu cuenta",
    change_password: "Cambiar contrase\xF1a",
    password_hint: "Al menos 8 caracteres. Se cerrar\xE1 la sesi\xF3n en tus otros dispositivos.",
    devices: "Dispositivos con sesi\xF3n abierta",
    devices_count_one: "Tienes la sesi\xF3n abierta en {{count}} dispositivo.",
    devices_count_other: "Tienes la sesi\xF3n abierta en {{count}} dispositivos.",
    sign_out_everywhere: "Cerrar sesi\xF3n en todos los dispositivos"
  },
  roles: {
    owner: "Propietario",
    organizer: "Organizador",
    member: "Integrante",
    viewer: "Lector"
  },
  jurisdiction: {
    city: "Ciudad",
    county: "Condado",
    other: "Otra jurisdicci\xF3n"
  },
  team: {
    new_title: "Crear un equipo",
    new_intro: "Un equipo lleva una campa\xF1a en una ciudad o condado. Puedes cambiar estos datos despu\xE9s.",
    create: "Crear equipo",
    name: "Nombre del equipo",
    name_hint: "Por ejemplo: Ciudades Libres del Condado de Travis",
    jurisdiction: "Jurisdicci\xF3n",
    jurisdiction_kind: "Tipo",
    jurisdiction_name: "Nombre de la ciudad o condado",
    jurisdiction_name_hint: "Como aparece en el texto de la pol\xEDtica, por ejemplo: Travis County",
    state: "Estado o territorio",
    state_choose: "Elige un estado o territorio",
    officials: "\xD3rganos y autoridades locales",
    officials_hint: "Opcional. Estos nombres completan los espacios de la pol\xEDtica modelo. Omite lo que tu jurisdicci\xF3n no tenga (Alaska y Connecticut no tienen sheriffs de condado).",
    council_name: "Concejo o junta",
    council_placeholder: "Concejo Municipal, Junta de Supervisores\u2026",
    sheriff_office: "Oficina del sheriff",
    police_department: "Departamento de polic\xEDa",
    jail: "C\xE1rcel",
    your_role: "Tu rol: {{role}}",
    playbook: "Plan de campa\xF1a",
    nav_label: "Equipo",
    nav_home: "Plan",
    nav_members: "Integrantes",
    nav_invites: "Invitaciones",
    nav_settings: "Ajustes",
    nav_docs: "Documentos",
    nav_scorecard: "Evaluaci\xF3n",
    nav_tactics: "Acciones",
    nav_policy: "Pol\xEDtica",
    nav_boards: "Tableros",
    nav_hearings: "Audiencias"
  },
  members: {
    title: "Integrantes",
    name: "Nombre",
    role: "Rol",
    actions: "Acciones",
    you: "T\xFA",
    role_of: "Rol de {{name}}",
    change_role: "Cambiar",
    remove: "Quitar",
    remove_named: "Quitar a {{name}}",
    leave: "Salir del equipo",
    reset: "Enlace para restablecer contrase\xF1a",
    reset_named: "Crear un enlace para restablecer la contrase\xF1a de {{name}}",
    reset_link: "Enlace de un solo uso",
    reset_link_intro: "Da este enlace a la persona en persona o por un mensaje privado. Funciona una vez, durante una hora.",
    reset_link_notified: "Tambi\xE9n recibe un correo que le avisa de que se cre\xF3 un enlace de restablecimiento para su cuenta."
  },
  invites: {
    title: "Invitaciones",
    intro: "Cualquier persona con un enlace de invitaci\xF3n puede unirse al equipo con su rol hasta que caduque o se agote.",
    new: "Nuevo enlace de invitaci\xF3n",
    role: "Rol",
    days: "Caduca en (d\xEDas)",
    max_uses: "N\xFAmero de usos",
    create: "Crear enlace",
    link: "Enlace de invitaci\xF3n",
    link_hint: "C\xF3pialo ahora: por seguridad, Playbook no puede volver a mostrarlo.",
    open: "Invitaciones abiertas",
    none: "No hay invitaciones abiertas.",
    uses: "Usos",
    uses_of: "{{uses}} de {{max}}",
    expires: "Caduca",
    created_by: "Creada por",
    revoke: "Revocar"
  },
  invite: {
    title: "Invitaci\xF3n",
    heading: "\xDAnete a {{team}}",
    role: "Te invitan con el rol: {{role}}",
    join: "Unirme al equipo",
    signed_out: "Crea una cuenta o inicia sesi\xF3n y te unir\xE1s al equipo de inmediato.",
    ask_again: "Pide un enlace nuevo a quien te lo envi\xF3."
  },
  settings: {
    title: "Ajustes del equipo",
    details: "Datos del equipo",
    save: "Guardar",
    delete_title: "Eliminar este equipo",
    delete_body: "Eliminar el equipo borra su plan y la membres\xEDa de todas las personas. No se puede deshacer.",
    delete_confirm: "Escribe el nombre del equipo, {{name}}, para confirmar",
    delete: "Eliminar equipo"
  },
  admin: {
    title: "Administraci\xF3n de campa\xF1a",
    intro: "La administraci\xF3n de campa\xF1a es el equipo nacional que mantiene la pol\xEDtica modelo. Cada instancia conserva al menos una persona administradora.",
    role: "Rol en la campa\xF1a",
    campaign_admin: "Administraci\xF3n",
    grant: "Hacer administrador a {{name}}",
    revoke: "Quitar a {{name}} de la administraci\xF3n"
  },
  success: {
    password_reset: "Tu contrase\xF1a cambi\xF3. Inicia sesi\xF3n con la nueva.",
    password_changed: "Contrase\xF1a cambiada. Se cerr\xF3 la sesi\xF3n en tus otros dispositivos.",
    reset_sent: "Si ese correo tiene una cuenta, el enlace va en camino.",
    role_changed: "Rol cambiado.",
    member_removed: "Integrante quitado.",
    invite_created: "Enlace de invitaci\xF3n creado.",
    invite_revoked: "Invitaci\xF3n revocada.",
    team_saved: "Datos del equipo guardados.",
    admin_granted: "Rol de administraci\xF3n concedido.",
    admin_revoked: "Rol de administraci\xF3n retirado.",
    document_renamed: "T\xEDtulo guardado.",
    document_archived: "Documento archivado. Sigue siendo legible.",
    document_restored: "Documento restaurado.",
    names_refilled: "Nombres nuevos puestos ({{count}} reemplazos).",
    target_added: "Objetivo agregado.",
    targets_added: "Objetivos agregados.",
    target_renamed: "Nombre guardado.",
    target_removed: "Objetivo quitado.",
    entry_saved: "Guardado.",
    tactic_logged: "Agregado al registro.",
    tactic_saved: "Entrada guardada.",
    board_renamed: "Tablero renombrado.",
    board_archived: "Tablero archivado.",
    board_restored: "Tablero restaurado.",
    comment_added: "Comentario publicado.",
    comment_edited: "Comentario guardado.",
    comment_deleted: "Comentario eliminado.",
    version_saved: "Versi\xF3n guardada.",
    version_restored: "Versi\xF3n restaurada. Todos en el documento la ven ahora."
  },
  mail: {
    reset_subject: "Restablece tu contrase\xF1a de Playbook",
    reset_body: "Hola, {{name}}:\n\nAlguien pidi\xF3 restablecer la contrase\xF1a de tu cuenta de Playbook. Para elegir una nueva, abre este enlace antes de una hora:\n\n{{link}}\n\nSi no fuiste t\xFA, ignora este correo; tu contrase\xF1a no cambia.",
    reset_made_subject: "Se cre\xF3 un enlace para restablecer tu cuenta de Playbook",
    reset_made_body: "Hola, {{name}}:\n\n{{actor}}, del equipo \xAB{{team}}\xBB, cre\xF3 un enlace de un solo uso para restablecer la contrase\xF1a de tu cuenta de Playbook. Funciona una vez, antes de una hora; quien lo abra elige una nueva contrase\xF1a y se cierra la sesi\xF3n en todos los dispositivos.\n\nSi lo pediste, no tienes que hacer nada. Si no, avisa a {{actor}} o al personal de tu campa\xF1a, e inicia sesi\xF3n para cambiar tu contrase\xF1a.",
    signup_existing_subject: "Alguien intent\xF3 crear una cuenta de Playbook con tu correo",
    signup_existing_body: "Hola, {{name}}:\n\nAlguien acaba de intentar crear una cuenta de Playbook con este correo. Ya tienes una, as\xED que no se cre\xF3 nada y nada cambi\xF3.\n\nSi fuiste t\xFA, inicia sesi\xF3n aqu\xED:\n\n{{signin}}\n\nSi olvidaste tu contrase\xF1a, elige una nueva aqu\xED:\n\n{{forgot}}\n\nSi no fuiste t\xFA, puedes ignorar este correo."
  },
  errors: {
    required: "Este campo es obligatorio.",
    too_long: "Es demasiado largo.",
    invalid: "Este valor no est\xE1 permitido.",
    email_invalid: "Escribe un correo como nombre@ejemplo.org.",
    whole_number: "Escribe un n\xFAmero entero.",
    out_of_range: "El n\xFAmero est\xE1 fuera del rango permitido.",
    check_fields: "Revisa los campos marcados.",
    confirm_mismatch: "El nombre no coincide.",
    password_too_short: "Usa al menos 8 caracteres.",
    password_too_long: "Usa como m\xE1ximo 128 caracteres.",
    password_too_common: "Esta contrase\xF1a es demasiado com\xFAn. Prueba con varias palabras sin relaci\xF3n.",
    password_wrong: "Tu contrase\xF1a actual no es correcta.",
    email_taken: "Ya existe una cuenta con este correo. Inicia sesi\xF3n.",
    signin_failed: "El correo o la contrase\xF1a no son correctos.",
    throttled: "Demasiados intentos. Vuelve a intentarlo en {{seconds}} segundos.",
    mail_disabled: "Este Playbook no env\xEDa correos. Pide un enlace a la persona propietaria del equipo.",
    mail_failed: "No se pudo enviar el correo. Int\xE9ntalo m\xE1s tarde.",
    reset_invalid: "Este enlace no es v\xE1lido o ya se us\xF3.",
    reset_expired: "Este enlace ha caducado.",
    invite_invalid: "Este enlace de invitaci\xF3n no es v\xE1lido.",
    invite_revoked: "Este enlace de invitaci\xF3n fue revocado.",
    invite_expired: "Este enlace de invitaci\xF3n ha caducado.",
    invite_used_up: "Este enlace de invitaci\xF3n ya se agot\xF3.",
    invite_not_found: "Esa invitaci\xF3n ya no existe.",
    team_not_found: "Ese equipo no existe o no eres integrante.",
    member_not_found: "Esa persona no es integrante de este equipo.",
    user_not_found: "Esa cuenta no existe.",
    last_owner: "Un equipo necesita al menos una persona propietaria. Haz propietaria a otra persona primero.",
    last_admin: "La instancia necesita al menos una persona administradora.",
    forbidden: "Tu rol no permite esta acci\xF3n.",
    signed_out: "Inicia sesi\xF3n para continuar.",
    page_not_found: "P\xE1gina no encontrada",
    something_wrong: "Algo sali\xF3 mal",
    request_id: "Referencia: {{id}}",
    go_home: "Ir a mis equipos",
    document_title_invalid: "Pon al documento un t\xEDtulo de como m\xE1ximo {{max}} caracteres.",
    document_not_found: "Ese documento no existe en este equipo.",
    version_not_found: "No existe una versi\xF3n {{version}} publicada del modelo.",
    adaptation_missing: "Este equipo todav\xEDa no adapt\xF3 el modelo.",
    adaptation_exists: "Este equipo ya tiene su adaptaci\xF3n del modelo.",
    merge_stale: "El modelo o tu pol\xEDtica cambiaron mientras revisabas. Revisa los cambios de nuevo.",
    merge_text_changed: "Alguien edit\xF3 la pol\xEDtica mientras revisabas. Revisa los cambios de nuevo; no se cambi\xF3 nada.",
    publish_stale: "Mientras tanto se public\xF3 la versi\xF3n {{version}}. Recarga y revisa el borrador otra vez.",
    draft_empty: "El borrador no tiene reglas.",
    rule_title_missing: "una regla no tiene t\xEDtulo.",
    rule_text_missing: "la regla no tiene texto.",
    slot_unknown_slot: "un espacio tiene un nombre desconocido.",
    slot_empty_slot: "un espacio tiene las llaves vac\xEDas.",
    slot_unclosed_slot: "un espacio se abre con dos llaves y nunca se cierra.",
    slot_unopened_slot: "dos llaves de cierre cierran un espacio que nunca se abri\xF3.",
    date_invalid: "Escribe una fecha con el formato AAAA-MM-DD.",
    date_out_of_range: "Escribe una fecha entre 1900 y hoy.",
    url_invalid: "Escribe una direcci\xF3n web que empiece con http:// o https://.",
    urls_invalid: "Pon una direcci\xF3n web por l\xEDnea, cada una empezando con http:// o https://.",
    too_many_links: "Agrega como m\xE1ximo {{max}} enlaces.",
    target_not_found: "Ese objetivo no existe en este equipo.",
    rule_not_found: "Esa regla no existe en el modelo.",
    tactic_not_found: "Esa entrada no existe en el registro de este equipo.",
    too_many_targets: "Un equipo puede tener como m\xE1ximo {{max}} objetivos.",
    targets_exist: "Este equipo ya tiene objetivos.",
    form_unreadable: "No se pudo leer este formulario. Vuelve a cargar la p\xE1gina e int\xE9ntalo de nuevo.",
    reset_admin_only: "Solo una persona administradora de la campa\xF1a puede crear un enlace de restablecimiento para esta persona: es propietaria aqu\xED, administra la campa\xF1a o tambi\xE9n est\xE1 en otro equipo.",
    decisions_missing: "Decide cada cambio antes de aplicar: faltan {{count}}, en {{rules}}.",
    publish_unchanged: "El borrador es igual a la versi\xF3n {{version}}: no hay nada nuevo que publicar.",
    rule_key_duplicate: '"{{title}}" aparece dos veces en el borrador: quita una copia.',
    board_not_found: "Ese tablero no existe o no eres de su equipo.",
    board_name_invalid: "Pon al tablero un nombre de como mucho {{max}} caracteres.",
    board_archived: "Este tablero est\xE1 archivado: rest\xE1uralo para cambiarlo.",
    card_not_found: "Esa tarjeta no est\xE1 en este tablero.",
    comment_required: "Escribe algo antes de publicar.",
    comment_too_long: "Un comentario puede tener como mucho {{max}} caracteres.",
    comment_not_found: "Ese comentario ya no existe.",
    document_version_not_found: "Esa versi\xF3n no existe. Puede ser de otro documento.",
    hearing_not_found: "Esa audiencia ya no existe o no es de este equipo.",
    testimony_not_found: "Ese testimonio ya no existe o no es de este equipo.",
    template_unknown: "Elige una de las plantillas.",
    export_busy: "Ya est\xE1s generando varios archivos. Vuelve a intentarlo cuando terminen.",
    review_no_account: "Ninguna cuenta de Playbook usa este correo. P\xEDdele que se registre primero y vuelve a compartir.",
    review_already_editor: "Esta persona es miembro del equipo y ya puede editar este documento."
  },
  footer: {
    not_legal_advice: "Playbook es una ayuda para redactar y organizar campa\xF1as locales; no es asesor\xEDa legal."
  },
  error_page: {
    not_found: "No hay nada en esta direcci\xF3n. Revisa el enlace que seguiste o vuelve a empezar desde tus equipos.",
    unexpected: "Playbook no pudo terminar esto. Int\xE9ntalo de nuevo en un momento; si sigue pasando, env\xEDa la referencia de abajo al equipo de la campa\xF1a.",
    reference: "Referencia para soporte: {{id}}"
  },
  admin_notice: {
    body: "Tienes el rol de administraci\xF3n de campa\xF1a en este Playbook (la primera cuenta de una instancia lo tiene): mantienes la pol\xEDtica modelo que adapta cada equipo, publicas sus versiones y ves a todos los equipos en el resumen de la campa\xF1a.",
    link: "Abrir la administraci\xF3n de campa\xF1a"
  },
  docs: {
    title: "Documentos",
    archived_title: "Documentos archivados",
    show_archived: "Ver archivados",
    show_current: "Ver documentos actuales",
    new_title: "Nuevo documento",
    new_placeholder: "Por ejemplo: Testimonio para la audiencia del 12 de marzo",
    create: "Crear",
    none: "Todav\xEDa no hay documentos.",
    none_archived: "No hay documentos archivados.",
    updated: "Modificado {{when}}",
    rename: "Cambiar t\xEDtulo",
    rename_label: "T\xEDtulo del documento",
    save_title: "Guardar t\xEDtulo",
    cancel: "Cancelar",
    archive: "Archivar",
    restore: "Restaurar",
    archived_badge: "Archivado: solo lectura",
    read_only: "Solo lectura",
    talking_points_from_model: "Del modelo, listos al abrirlos por primera vez"
  },
  editor: {
    loading: "Abriendo el documento\u2026",
    toolbar: "Formato",
    bold: "Negrita",
    italic: "Cursiva",
    heading1: "T\xEDtulo 1",
    heading2: "T\xEDtulo 2",
    heading3: "T\xEDtulo 3",
    bullets: "Lista con vi\xF1etas",
    numbers: "Lista numerada",
    link: "Enlace",
    undo: "Deshacer",
    redo: "Rehacer",
    link_address: "Direcci\xF3n del enlace",
    link_apply: "Aplicar",
    link_remove: "Quitar enlace",
    connected: "Guardado y en vivo",
    syncing: "Sincronizando\u2026",
    connecting: "Conectando\u2026",
    reconnecting: "Reconectando\u2026",
    offline: "Sin conexi\xF3n",
    unsynced_one: "({{count}} cambio a\xFAn sin guardar en el servidor)",
    unsynced_other: "({{count}} cambios a\xFAn sin guardar en el servidor)",
    here_now: "Aqu\xED ahora",
    you: "{{name}} (t\xFA)",
    closed_session_ended: "Sesi\xF3n cerrada",
    closed_access_revoked: "Acceso retirado",
    closed_document_too_large: "Documento lleno",
    closed_session_ended_help: "Tu sesi\xF3n termin\xF3. Inicia sesi\xF3n de nuevo para seguir editando; lo que escribiste se guarda en este navegador.",
    closed_access_revoked_help: "Ya no tienes acceso a este documento. Lo que escribiste se guarda en este navegador.",
    closed_document_too_large_help: "Este documento lleg\xF3 a su tama\xF1o m\xE1ximo y no admite m\xE1s cambios. Pasa parte del texto a un documento nuevo.",
    closed_update_refused: "Cambio rechazado",
    closed_update_refused_help: "El servidor rechaz\xF3 un cambio de esta p\xE1gina porque habr\xEDa da\xF1ado el documento. Vuelve a cargar la p\xE1gina para ver el documento tal como est\xE1 guardado.",
    now_archived: "Este documento est\xE1 archivado: puedes leerlo, pero no cambiarlo.",
    now_read_only: "Puedes leer este documento, pero no cambiarlo."
  },
  policy: {
    title: "Pol\xEDtica modelo",
    redline: "Cambios marcados",
    disclaimer: "Las reglas modelo son una ayuda para redactar, no asesor\xEDa legal. Pide que un abogado que conozca la ley de tu estado revise el texto final.",
    model_version: "Pol\xEDtica modelo, versi\xF3n {{version}}",
    adapt_intro: "Crea tu propia versi\xF3n de las nueve reglas modelo, con los nombres de las oficinas de {{jurisdiction}} ya puestos. Tu equipo podr\xE1 editar cada regla, descartar reglas explicando por qu\xE9 y agregar reglas propias, y Playbook lleva la cuenta de cu\xE1nto se alejan del modelo.",
    adapt: "Adaptar el modelo para {{jurisdiction}}",
    rule_number: "Regla {{number}}",
    update_available_one: "Sali\xF3 la versi\xF3n {{version}} del modelo: cambi\xF3 {{count}} regla",
    update_available_other: "Sali\xF3 la versi\xF3n {{version}} del modelo: cambiaron {{count}} reglas",
    review_update: "Revisar los cambios",
    names_changed: "Los nombres de tu equipo cambiaron desde que se llenaron las reglas.",
    refill: "Poner los nombres nuevos",
    based_on: "Adaptada de la versi\xF3n {{version}} del modelo.",
    own_rule: "Regla propia",
    own_rule_title: "Una regla propia",
    add_own_rule: "Agregar una regla propia",
    remove_own_rule: "Quitar esta regla",
    rule_title: "T\xEDtulo",
    status: "Estado",
    status_keep: "Como en el modelo",
    status_modify: "Modificada",
    status_drop: "Descartada",
    drop_reason: "Por qu\xE9 se descart\xF3",
    drop_reason_placeholder: "Por ejemplo: el sheriff se neg\xF3; lo llevaremos al concejo",
    rule_text: "Texto de la regla",
    rule_text_of: "Texto de la regla {{number}}",
    about_rule: "Qu\xE9 significa esta regla y por qu\xE9 importa",
    document_title: "Pol\xEDtica para {{jurisdiction}}",
    drift: {
      unchanged: "Como en el modelo",
      modified: "Modificada respecto al modelo",
      dropped: "Descartada",
      added: "Regla propia del equipo"
    },
    drop_rule: "Descartar esta regla"
  },
  redline: {
    title: "Cambios marcados",
    heading: "{{jurisdiction}} frente a la versi\xF3n {{version}} del modelo",
    intro: "Cada palabra que tu equipo cambi\xF3 respecto a la versi\xF3n {{version}} del modelo: lo agregado subrayado, lo quitado tachado.",
    print: "Imprimir",
    counts: "Reglas seg\xFAn el cambio",
    unchanged: "sin cambios",
    modified: "modificadas",
    dropped: "descartadas",
    added: "agregadas",
    missing: "sin adaptar",
    unchanged_one: "Sin cambios",
    modified_one: "Modificada",
    dropped_one: "Descartada",
    added_one: "Agregada por el equipo",
    missing_one: "A\xFAn sin adaptar",
    legend_insert: "agregado",
    legend_delete: "quitado",
    drop_reason: "Motivo: {{reason}}",
    final_link: "Texto final"
  },
  update: {
    title: "Versi\xF3n {{version}} del modelo",
    intro: "Tu pol\xEDtica est\xE1 adaptada de la versi\xF3n {{from}}. Esto es lo que cambia la versi\xF3n {{to}}, combinado con las ediciones de tu equipo. Nada cambia hasta que apliques tus decisiones.",
    release_notes: "Notas de la versi\xF3n",
    accept_all: "Aceptar todas las sugerencias",
    reject_all: "Rechazar todas las sugerencias",
    title_change: 'Nuevo t\xEDtulo: "{{from}}" pasa a "{{to}}"',
    suggestion: 'El modelo cambia "{{ours}}" por "{{theirs}}"',
    conflict: "Tu equipo y el modelo cambiaron estas mismas palabras",
    ours: "Las palabras de tu equipo",
    theirs: "Las palabras del nuevo modelo",
    resolve: "Qu\xE9 palabras conservar",
    accept: "Aceptar",
    reject: "Rechazar",
    take_theirs: "Usar las del modelo",
    keep_ours: "Conservar las nuestras",
    write_own: "Escribir las nuestras",
    own_words: "Nuestras palabras",
    new_rule: "Regla nueva en el modelo: {{title}}",
    add_rule: "Agregar esta regla a nuestra pol\xEDtica",
    removed_rule: "El modelo ya no incluye: {{title}}",
    remove_rule: "Quitarla tambi\xE9n de nuestra pol\xEDtica (rechaza para conservarla como regla propia)",
    dropped_changed: '"{{title}}" cambi\xF3 en el modelo, pero tu equipo la descart\xF3.',
    apply_hint: "Al aplicar, tu pol\xEDtica pasa a la versi\xF3n {{version}}; las sugerencias rechazadas dejan tu texto exactamente igual.",
    apply: "Aplicar mis decisiones",
    summary_label: "Qu\xE9 cambia",
    summary_changed_one: "{{count}} regla cambiada",
    summary_changed_other: "{{count}} reglas cambiadas",
    summary_added_one: "{{count}} regla agregada",
    summary_added_other: "{{count}} reglas agregadas",
    summary_removed_one: "{{count}} regla quitada",
    summary_removed_other: "{{count}} reglas quitadas",
    summary_suggestions_one: "{{count}} sugerencia",
    summary_suggestions_other: "{{count}} sugerencias",
    summary_conflicts_one: "{{count}} lugar donde tu equipo y el modelo cambiaron las mismas palabras",
    summary_conflicts_other: "{{count}} lugares donde tu equipo y el modelo cambiaron las mismas palabras",
    suggestion_adds: 'El modelo agrega "{{theirs}}"',
    suggestion_removes: 'El modelo quita "{{ours}}"',
    nothing: "(nada)",
    summary_changed_dropped_one: ", {{count}} de ellas descartada por tu equipo",
    summary_changed_dropped_other: ", {{count}} de ellas descartadas por tu equipo",
    dropped_show: "Ver qu\xE9 cambi\xF3 el modelo",
    decide_all_hint: "Primero acepta o rechaza cada sugerencia y resuelve cada conflicto.",
    not_decided: "Falta decidir.",
    open_decisions_one: "Decide cada cambio antes de aplicar: falta {{count}}.",
    open_decisions_other: "Decide cada cambio antes de aplicar: faltan {{count}}.",
    open_in_rule_one: "{{count}} pendiente",
    open_in_rule_other: "{{count}} pendientes",
    viewer_note: "Solo quienes pueden cambiar el plan de campa\xF1a deciden sobre estos cambios. Aqu\xED puedes leerlos."
  },
  model: {
    title: "Versiones de la pol\xEDtica modelo",
    intro: "El modelo nacional que adapta cada equipo. Las versiones publicadas no cambian nunca; los equipos ven cada versi\xF3n nueva y sus cambios como sugerencias.",
    published: "La versi\xF3n {{version}} est\xE1 publicada. Los equipos la ver\xE1n como actualizaci\xF3n.",
    draft_heading: "Borrador de la versi\xF3n {{version}}",
    draft_intro: "La administraci\xF3n de la campa\xF1a edita juntos la pr\xF3xima versi\xF3n, en vivo.",
    edit_draft: "Editar el borrador",
    problems: "Corrige esto antes de publicar:",
    publish_heading: "Publicar",
    notes: "Notas de la versi\xF3n",
    notes_hint: "Cuenta a los equipos qu\xE9 cambi\xF3 y por qu\xE9; lo ver\xE1n con la actualizaci\xF3n.",
    publish: "Publicar la versi\xF3n {{version}}",
    versions: "Versiones publicadas",
    version: "Versi\xF3n",
    published_on: "Publicada",
    draft_help: "Los cambios se guardan mientras escribes y otras personas administradoras los ven al instante. Los equipos no ven nada hasta que publiques.",
    slots_hint: "Escribe los nombres de la jurisdicci\xF3n como espacios para que cada equipo ponga los suyos: {{slots}}.",
    summary: "Resumen en lenguaje sencillo",
    why: "Por qu\xE9 importa",
    new_rule_title: "Regla nueva",
    add_rule: "Agregar una regla",
    remove_rule: 'Quitar "{{title}}"',
    changes_heading: "Cambios desde la versi\xF3n {{version}}",
    changes_label: "Reglas cambiadas desde la versi\xF3n {{version}}",
    changes_count_one: "{{count}} regla difiere de la versi\xF3n {{version}}:",
    changes_count_other: "{{count}} reglas difieren de la versi\xF3n {{version}}:",
    change_modified: "Cambiada",
    change_added: "Nueva",
    change_removed: "Quitada",
    title_before: 'Se titulaba "{{title}}".',
    number_before: "Era la regla {{number}}.",
    details_changed: "Tambi\xE9n cambi\xF3 su resumen o por qu\xE9 importa.",
    unchanged: "El borrador es igual a la versi\xF3n {{version}}.",
    publish_unchanged_hint: "Primero edita el borrador: no hay nada nuevo que publicar."
  },
  talking_points: {
    title: "Puntos clave",
    intro: "Puntos clave de la pol\xEDtica modelo, agrupados por p\xFAblico. Hazlos tuyos.",
    rule: "regla {{number}}",
    audience_council: "Para el concejo o la junta",
    audience_law_enforcement: "Para el sheriff o la polic\xEDa",
    audience_press: "Para la prensa",
    audience_community: "Para reuniones comunitarias"
  },
  admin_links: {
    model: "Versiones de la pol\xEDtica modelo",
    users: "Personas",
    rollup: "Resumen de la campa\xF1a"
  },
  scorecard: {
    title: "Evaluaci\xF3n",
    intro: "La postura de cada agencia y \xF3rgano electo sobre cada regla de tu pol\xEDtica (las del modelo, hasta que tu equipo lo adapte), con notas y fuentes. Anota lo que averig\xFCes en reuniones, declaraciones p\xFAblicas y pol\xEDticas escritas.",
    open: "Abrir la evaluaci\xF3n",
    target_progress: "{{name}}: {{yes}} de {{total}} reglas",
    no_targets: "A\xFAn no hay objetivos",
    no_targets_body: "Los objetivos son las agencias y los funcionarios a quienes piden adoptar las reglas: el sheriff, el departamento de polic\xEDa, el concejo, el alcalde o el ejecutivo del condado.",
    suggested_intro: "Seg\xFAn los datos de tu equipo:",
    add_suggested: "Agregar estos objetivos",
    kind: {
      sheriff: "Sheriff",
      police: "Polic\xEDa",
      council: "Concejo o junta",
      executive: "Alcald\xEDa o ejecutivo",
      other: "Otro"
    },
    status: {
      yes: "S\xED",
      no: "No",
      mixed: "Parcial",
      unknown: "Se desconoce"
    },
    progress_title: "Avance por objetivo",
    progress: "{{yes}} de {{total}} reglas adoptadas",
    legend: "Estado:",
    caption: "Estado de cada objetivo en cada regla de la pol\xEDtica del equipo",
    rule: "Regla",
    cell_link: "{{rule}}, {{target}}: detalles e historial",
    has_notes: "Tiene notas o una fuente",
    cell_hint_edit: "Elige un estado para anotar un cambio, agregar notas y fuentes o ver su historial.",
    cell_hint_view: "Elige un estado para ver sus notas, fuentes e historial.",
    targets: "Objetivos",
    targets_intro: "Cambia el nombre de un objetivo cuando cambie. Quitar un objetivo borra su evaluaci\xF3n y su historial.",
    target_name_of: "Nombre ({{kind}})",
    rename: "Guardar nombre",
    remove: "Quitar\u2026",
    remove_warning: "Esto borra la evaluaci\xF3n y el historial de {{name}}. Las acciones que lo mencionan se quedan en el registro.",
    remove_named: "Quitar {{name}}",
    add_target: "Agregar un objetivo",
    target_name: "Nombre",
    target_name_hint: "Por ejemplo: Oficina del Sheriff del Condado de Travis",
    target_kind: "Tipo",
    add: "Agregar objetivo",
    back: "Volver a la evaluaci\xF3n",
    current: "Estado actual",
    as_of_date: "al {{date}}",
    source_link: "Fuente",
    updated_by: "\xDAltimo cambio: {{name}}, {{when}}",
    someone: "un exmiembro",
    not_recorded: "A\xFAn no hay nada anotado.",
    edit_title: "Anotar un cambio",
    status_label: "Estado",
    note: "Nota",
    note_hint: "Lo que dijeron o escribieron, y d\xF3nde. Hasta 2000 caracteres.",
    source: "Enlace a la fuente",
    source_hint: "Una direcci\xF3n web que empiece con https:// (una noticia, un acta, una pol\xEDtica escrita).",
    as_of: "Fecha",
    as_of_hint: "Cu\xE1ndo era as\xED o cu\xE1ndo se dijo.",
    save: "Guardar",
    history: "Historial",
    history_none: "A\xFAn no hay cambios.",
    changed_by: "Por {{name}}, {{when}}",
    other_rules: "Otras reglas"
  },
  tactics: {
    title: "Acciones",
    intro: "Un registro de lo que hizo el equipo (reuniones, peticiones, cartas, asambleas p\xFAblicas, testimonios, prensa) y de sus resultados.",
    new: "Registrar una acci\xF3n",
    add: "Agregar al registro",
    log: "Registro",
    none: "A\xFAn no hay nada registrado.",
    date: "Fecha",
    kind: "Qu\xE9",
    kinds: {
      meeting: "Reuni\xF3n",
      petition: "Petici\xF3n",
      letter: "Carta",
      town_hall: "Asamblea p\xFAblica",
      testimony: "Testimonio",
      press: "Prensa",
      other: "Otra"
    },
    target: "Objetivo",
    no_target: "Ning\xFAn objetivo en particular",
    summary: "Qu\xE9 pas\xF3",
    summary_hint: "Qui\xE9nes estuvieron, qu\xE9 se pidi\xF3, qu\xE9 se dijo.",
    outcome: "Resultado",
    outcome_hint: "Opcional. Qu\xE9 cambi\xF3, qu\xE9 se prometi\xF3, qu\xE9 sigue.",
    outcome_label: "Resultado:",
    documents: "Documentos relacionados del plan",
    links: "Enlaces",
    links_hint: "Opcional. Una direcci\xF3n web por l\xEDnea (una noticia, un video, una petici\xF3n), hasta 10.",
    logged_by: "Registrado por {{name}}",
    edit: "Editar",
    back: "Volver al registro",
    edit_title: "Editar esta entrada",
    save: "Guardar cambios",
    delete_title: "Borrar esta entrada",
    delete_body: "La entrada se quita del registro para siempre.",
    delete: "Borrar entrada"
  },
  rollup: {
    title: "Resumen de la campa\xF1a",
    intro: "Cada equipo frente a cada regla modelo: el mejor estado entre los objetivos de cada equipo (s\xED, luego parcial, luego no, luego se desconoce).",
    state: "Estado",
    all_states: "Todos los estados",
    apply: "Mostrar",
    download: "Descargar CSV",
    rules_key: "N\xFAmeros de las reglas",
    none: "A\xFAn no hay equipos.",
    none_in_state: "No hay equipos en {{state}}.",
    count_one: "{{count}} equipo",
    count_many: "{{count}} equipos",
    count_other: "{{count}} equipos",
    caption: "Estado de cada equipo en cada regla modelo",
    team: "Equipo",
    adopted: "Adoptadas",
    adopted_of: "{{yes}} de {{total}}",
    per_target_one: "{{count}} objetivo",
    per_target_many: "{{count}} objetivos",
    per_target_other: "{{count}} objetivos",
    no_targets: "A\xFAn no hay objetivos",
    show_targets: "Mostrar cada objetivo",
    not_in_policy: "No est\xE1 en la pol\xEDtica del equipo (descartada)",
    adopted_hint: "Contadas seg\xFAn la pol\xEDtica de cada equipo: sin sus reglas descartadas, con sus reglas propias."
  },
  offline: {
    shared_device: "Es una computadora compartida: no guardar copia sin conexi\xF3n",
    shared_device_hint: "Para una biblioteca, una oficina de campa\xF1a o la computadora de otra persona. Los documentos no se guardan en este navegador (as\xED que no podr\xE1s trabajar en ellos sin conexi\xF3n), y al cerrar el navegador se cierra la sesi\xF3n.",
    signed_out: "Cerraste la sesi\xF3n. No queda nada de tus documentos en este navegador.",
    unsaved_warning_one: "{{count}} documento tiene cambios que a\xFAn no se guardaron. Si cierras la sesi\xF3n ahora, se pierden. \xBFCerrar la sesi\xF3n de todos modos?",
    unsaved_warning_many: "{{count}} documentos tienen cambios que a\xFAn no se guardaron. Si cierras la sesi\xF3n ahora, se pierden. \xBFCerrar la sesi\xF3n de todos modos?",
    unsaved_warning_other: "{{count}} documentos tienen cambios que a\xFAn no se guardaron. Si cierras la sesi\xF3n ahora, se pierden. \xBFCerrar la sesi\xF3n de todos modos?",
    closed_session_ended_help: "Tu sesi\xF3n termin\xF3. Inicia sesi\xF3n de nuevo para seguir editando. Es una computadora compartida, as\xED que lo que escribiste solo est\xE1 en esta pesta\xF1a: c\xF3pialo antes de cerrarla.",
    closed_access_revoked_help: "Ya no tienes acceso a este documento. Es una computadora compartida, as\xED que lo que escribiste solo est\xE1 en esta pesta\xF1a."
  },
  final_text: {
    link: "Texto final",
    title: "Texto final",
    heading: "{{jurisdiction}}: reglas como se adoptan",
    intro: "Las reglas del equipo como dicen ahora, sin marcas de cambios y sin las reglas descartadas. Adaptadas de la versi\xF3n {{version}} del modelo.",
    print: "Imprimir",
    dropped_note_one: "Se omite {{count}} regla del modelo descartada; los cambios marcados la muestran con su motivo.",
    dropped_note_many: "Se omiten {{count}} reglas del modelo descartadas; los cambios marcados las muestran con sus motivos.",
    dropped_note_other: "Se omiten {{count}} reglas del modelo descartadas; los cambios marcados las muestran con sus motivos.",
    empty: "No queda ninguna regla: se descartaron todas.",
    own_rule: "Regla propia del equipo",
    disclaimer: "Una ayuda para redactar, no asesor\xEDa legal."
  },
  tasks: {
    nav: "Mis tareas",
    title: "Mis tareas",
    intro_one: "{{count}} tarjeta abierta asignada a ti, en todos tus equipos.",
    intro_other: "{{count}} tarjetas abiertas asignadas a ti, en todos tus equipos.",
    empty_title: "No tienes nada asignado",
    empty_body: "Aqu\xED aparecen las tarjetas que te asignan en los tableros de tus equipos.",
    groups: {
      overdue: "Vencidas",
      today: "Hoy",
      week: "Esta semana",
      later: "M\xE1s adelante",
      none: "Sin fecha"
    },
    due: "Vence {{date}}",
    checklist: "Lista {{done}}/{{total}}",
    checklist_of: "Lista de {{title}}",
    check: "Marcar como hecho: {{text}}",
    uncheck: "Marcar como pendiente: {{text}}",
    mark_done: "Marcar como terminada",
    mark_done_of: "Marcar como terminada: {{title}}",
    next_title: "Mis pr\xF3ximas tareas",
    next_all: "Todas mis tareas",
    next_empty: "Ahora mismo no tienes nada asignado.",
    team_card: "Tareas",
    team_open_one: "{{count}} tarjeta abierta",
    team_open_other: "{{count}} tarjetas abiertas",
    team_week: "{{count}} vencen esta semana",
    team_overdue: "{{count}} vencidas",
    team_boards: "Abrir los tableros",
    success: {
      done: "Movida a terminadas. Todos en el tablero lo ven.",
      checked: "Elemento de la lista marcado.",
      unchecked: "Elemento de la lista desmarcado."
    },
    errors: {
      invalid: "No se pudo leer esa tarjeta. Recarga la p\xE1gina e int\xE9ntalo de nuevo.",
      card_not_found: "Esa tarjeta ya no existe o no est\xE1 en un tablero que puedas cambiar.",
      forbidden: "Puedes ver este tablero, pero no cambiarlo.",
      tasks_no_done_column: "Este tablero no tiene una columna de terminadas. Pide a un organizador que marque una."
    },
    listed: "Se muestran las {{listed}} m\xE1s pr\xF3ximas de {{count}}.",
    show_more_one: "Mostrar {{count}} m\xE1s",
    show_more_other: "Mostrar {{count}} m\xE1s"
  },
  calendar: {
    feed_name: "Playbook: mis tareas",
    event_description: "Equipo: {{team}} \xB7 Tablero: {{board}}",
    heading: "Calendario",
    intro: "Un enlace privado con las fechas l\xEDmite de tus tarjetas abiertas y las audiencias de tus equipos con sus plazos, para tu aplicaci\xF3n de calendario. Quien tenga el enlace puede verlas, as\xED que no lo compartas.",
    on_since: "Tu calendario est\xE1 activo (creado el {{date}}). Su enlace se mostr\xF3 una sola vez, al crearlo; reempl\xE1zalo para ver uno nuevo.",
    off_state: "Tu calendario est\xE1 desactivado.",
    create: "Crear mi enlace de calendario",
    replace: "Reemplazar el enlace",
    replace_hint: "El enlace anterior deja de funcionar en el acto.",
    turn_off: "Desactivar el calendario",
    url_label: "Tu enlace de calendario",
    created: "Este es tu enlace de calendario. C\xF3pialo ahora: solo se muestra esta vez.",
    turned_off: "Tu calendario est\xE1 desactivado; su enlace ya no funciona.",
    how_to: "Para suscribirte: en Google Calendar, elige Otros calendarios y luego Desde URL; en Calendario de Apple, Archivo y luego Nueva suscripci\xF3n a calendario; en Outlook, Agregar calendario y luego Suscribirse desde la web. Pega el enlace. Las aplicaciones lo actualizan cada pocas horas.",
    email_heading: "Correo",
    email_label: "Enviarme un correo cuando alguien me asigne una tarjeta",
    email_hint: "Varias asignaciones en pocos minutos llegan en un solo correo.",
    email_save: "Guardar",
    email_saved: "Guardado."
  },
  notify: {
    assigned_subject_one: "Te asignaron una tarjeta en Playbook",
    assigned_subject_other: "Te asignaron {{count}} tarjetas en Playbook",
    assigned_body_one: "Hola, {{name}}:\n\nTe asignaron esta tarjeta:\n\n{{cards}}\n\nLa encontrar\xE1s en Mis tareas. Para dejar de recibir estos correos, desact\xEDvalos en la p\xE1gina de tu cuenta: {{account}}",
    assigned_body_other: "Hola, {{name}}:\n\nTe asignaron estas {{count}} tarjetas:\n\n{{cards}}\n\nLas encontrar\xE1s en Mis tareas. Para dejar de recibir estos correos, desact\xEDvalos en la p\xE1gina de tu cuenta: {{account}}",
    assigned_line: "- {{title}}\n  {{team}} \xB7 {{board}}, asignada por {{by}}\n  {{link}}",
    someone: "alguien"
  },
  boards: {
    title: "Tableros",
    archived_title: "Tableros archivados",
    show_archived: "Ver archivados",
    show_current: "Ver tableros actuales",
    new_name: "Tablero nuevo",
    new_placeholder: "Por ejemplo: Audiencia del 12 de marzo",
    create: "Crear tablero",
    none: "Todav\xEDa no hay tableros.",
    none_archived: "No hay tableros archivados.",
    campaign_name: "Campa\xF1a",
    updated: "Cambiado {{when}}"
  },
  board: {
    column_todo: "Por hacer",
    column_doing: "En curso",
    column_done: "Hecho",
    rename: "Renombrar tablero",
    rename_label: "Nombre del tablero",
    save: "Guardar",
    cancel: "Cancelar",
    archive: "Archivar tablero",
    restore: "Restaurar tablero",
    archived_badge: "Archivado: solo lectura",
    read_only: "Solo lectura",
    loading: "Cargando el tablero\u2026",
    columns_label: "Columnas",
    column_label: "Columna {{name}}",
    column_name: "Nombre de la columna",
    add_column: "A\xF1adir columna",
    new_column: "Columna nueva",
    rename_column: "Renombrar",
    remove_column: "Quitar columna",
    remove_column_confirm: "\xBFQuitar la columna \xAB{{name}}\xBB? Sus tarjetas pasan a la primera columna.",
    column_left: "Mover columna a la izquierda",
    column_right: "Mover columna a la derecha",
    done_column: "Las tarjetas aqu\xED est\xE1n hechas",
    done_mark: "Hecho",
    column_removed: "Columna quitada",
    card_count_one: "{{count}} tarjeta",
    card_count_other: "{{count}} tarjetas",
    add_card: "A\xF1adir tarjeta",
    card_title: "T\xEDtulo de la tarjeta",
    new_card_placeholder: "Tarjeta nueva",
    move_to: "Mover a\u2026",
    move_card: "Mover \xAB{{title}}\xBB",
    move_column: "Columna",
    move_position: "Posici\xF3n",
    move_top: "Arriba del todo",
    move_bottom: "Abajo del todo",
    move_up: "Subir una",
    move_down: "Bajar una",
    move_apply: "Mover",
    open_card: "Abrir la tarjeta {{title}}",
    checklist_progress: "Lista {{done}} de {{total}}",
    comments_count: "{{count}} comentarios",
    due: "Vence {{when}}",
    overdue: "Vencida",
    filters: "Filtros",
    filter_assignee: "Responsable",
    filter_label: "Etiqueta",
    filter_any: "Cualquiera",
    filter_any_label: "Cualquier etiqueta",
    filter_due_week: "Vence esta semana",
    filter_overdue: "Vencidas",
    filter_unassigned: "Sin responsable",
    filter_clear: "Quitar filtros",
    filtered: "Se muestran {{shown}} de {{total}} tarjetas",
    labels: "Etiquetas",
    manage_labels: "Gestionar etiquetas",
    label_name: "Nombre de la etiqueta",
    label_color: "Color",
    add_label: "A\xF1adir etiqueta",
    remove_label: "Quitar etiqueta",
    no_labels: "Todav\xEDa no hay etiquetas.",
    color_gray: "Gris",
    color_red: "Rojo",
    color_orange: "Naranja",
    color_yellow: "Amarillo",
    color_green: "Verde",
    color_teal: "Verde azulado",
    color_blue: "Azul",
    color_purple: "Morado",
    color_pink: "Rosa",
    card_dialog: "Tarjeta",
    close: "Cerrar",
    description: "Descripci\xF3n",
    assignees: "Responsables",
    add_assignee: "Asignar a alguien",
    choose: "Elegir\u2026",
    remove_assignee: "Quitar a {{name}}",
    left_team: "dej\xF3 el equipo",
    nobody: "Nadie todav\xEDa.",
    due_date: "Fecha de vencimiento",
    due_time: "Hora (opcional)",
    clear_due: "Borrar",
    card_labels: "Etiquetas",
    checklist: "Lista de tareas",
    add_item: "A\xF1adir elemento",
    item_text: "Elemento nuevo de la lista",
    remove_item: "Quitar el elemento {{text}}",
    links: "Enlaces",
    link_doc: "Documento del plan",
    link_hearing: "Audiencia",
    link_target: "Objetivo del marcador",
    add_link: "A\xF1adir enlace",
    remove_link: "Quitar enlace",
    missing_link: "(ya no existe)",
    archive_card: "Archivar tarjeta",
    restore_card: "Restaurar tarjeta",
    archived_card: "Archivada",
    delete_card: "Eliminar tarjeta",
    delete_card_confirm: "\xBFEliminar esta tarjeta para todos? No se puede deshacer.",
    show_archived_cards: "Ver tarjetas archivadas",
    comments: "Comentarios",
    no_comments: "Todav\xEDa no hay comentarios.",
    comment_label: "A\xF1adir un comentario",
    comment_post: "Comentar",
    comment_edit: "Editar",
    comment_save: "Guardar",
    comment_delete: "Eliminar",
    comment_delete_confirm: "\xBFEliminar este comentario?",
    edited: "editado",
    someone: "Alguien",
    history: "Historial",
    no_history: "Todav\xEDa no hay cambios registrados.",
    card_missing: "Esta tarjeta no est\xE1 en el tablero (quiz\xE1 se elimin\xF3).",
    h_created: "{{who}} cre\xF3 esta tarjeta",
    h_title: "{{who}} la renombr\xF3 a \xAB{{to}}\xBB",
    h_moved: "{{who}} la movi\xF3 a {{to}}",
    h_reordered: "{{who}} la cambi\xF3 de lugar dentro de {{to}}",
    h_assigned: "{{who}} asign\xF3 a {{user}}",
    h_unassigned: "{{who}} quit\xF3 a {{user}}",
    h_due: "{{who}} cambi\xF3 la fecha de vencimiento",
    h_labels: "{{who}} cambi\xF3 las etiquetas",
    h_checklist: "{{who}} cambi\xF3 la lista",
    h_archived: "{{who}} la archiv\xF3",
    h_restored: "{{who}} la restaur\xF3",
    h_deleted: "{{who}} la elimin\xF3",
    h_description: "{{who}} edit\xF3 la descripci\xF3n",
    h_links: "{{who}} cambi\xF3 los enlaces",
    h_other: "{{who}} la cambi\xF3",
    moved_to: "\xAB{{title}}\xBB movida a {{column}}, posici\xF3n {{position}}.",
    dnd_started: "Has tomado {{item}} en {{zone}}. Usa las flechas para moverla, Tab para ir a otra columna, e Intro, Espacio o Escape para soltarla.",
    dnd_moved_position: "{{item}} movida a la posici\xF3n {{position}} de {{zone}}.",
    dnd_moved_end: "{{item}} movida al final de {{zone}}.",
    dnd_moved_start: "{{item}} movida al principio de {{zone}}.",
    dnd_dropped: "Has soltado {{item}} en {{zone}}, posici\xF3n {{position}}.",
    dnd_zone_active: "Ve con Tab a una tarjeta y pulsa Intro o Espacio para tomarla.",
    dnd_zone_disabled: "Esta columna no se puede cambiar.",
    show_more_one: "Mostrar 1 tarjeta m\xE1s",
    show_more_other: "Mostrar {{count}} tarjetas m\xE1s"
  },
  versions: {
    open: "Historial de versiones",
    title: "Historial de versiones",
    intro: "Playbook guarda una versi\xF3n mientras se edita (cada 10 minutos de edici\xF3n y cuando todos salen). Ponle nombre a una versi\xF3n para encontrarla despu\xE9s, compara cualquier versi\xF3n con el texto actual y rest\xE1urala: restaurar es un cambio nuevo que todos ven, y el texto anterior tambi\xE9n se guarda.",
    name_label: "Nombre de esta versi\xF3n",
    name_hint: "Por ejemplo: Enviada a la secretar\xEDa",
    save: "Guardar versi\xF3n",
    automatic: "Guardada autom\xE1ticamente",
    by: "por {{name}}",
    words_one: "{{count}} palabra",
    words_other: "{{count}} palabras",
    list_title: "Versiones",
    none: "A\xFAn no hay versiones. Se guarda una despu\xE9s de editar un rato, o ponle nombre a una arriba.",
    compare: "Comparar con el texto actual",
    compare_title: "{{name}} ({{when}}) comparada con el texto actual",
    legend_delete: "solo en esta versi\xF3n",
    legend_insert: "a\xF1adido despu\xE9s",
    same: "Esta versi\xF3n dice lo mismo que el texto actual.",
    restore: "Restaurar esta versi\xF3n",
    restore_hint: "Todos los que editan ven el cambio al instante. Antes se guarda como versi\xF3n el texto tal como est\xE1 ahora.",
    close_compare: "Cerrar la comparaci\xF3n",
    before_restore: "Guardada antes de restaurar"
  },
  hearings: {
    title: "Audiencias",
    intro: "Audiencias del concejo o de la junta que el equipo est\xE1 preparando, con sus plazos y los testimonios escritos para cada una.",
    new: "Registrar una audiencia",
    new_title: "Registrar una audiencia",
    edit_title: "Editar la audiencia",
    edit: "Editar",
    save: "Guardar audiencia",
    create: "Registrar audiencia",
    cancel: "Cancelar",
    back: "Todas las audiencias",
    upcoming: "Pr\xF3ximas",
    past: "Pasadas",
    none_upcoming: "A\xFAn no hay audiencias pr\xF3ximas.",
    none_past: "No hay audiencias pasadas.",
    title_of: "{{body}}, {{day}}",
    body: {
      council: "Concejo municipal",
      supervisors: "Junta de supervisores",
      commissioners: "Junta de comisionados",
      other: "Otro \xF3rgano"
    },
    fields: {
      body_kind: "\xD3rgano que celebra la audiencia",
      body_name: "Nombre del \xF3rgano",
      body_name_hint: "Por ejemplo: Corte de Comisionados del Condado de Travis. Necesario si es otro \xF3rgano.",
      starts_at: "Fecha y hora de la audiencia",
      time_zone: "Zona horaria",
      time_zone_hint: "Indica cada hora de este formulario como la marcan los relojes de la jurisdicci\xF3n.",
      place: "Lugar",
      place_hint: "Sala y direcci\xF3n.",
      online_url: "Enlace en l\xEDnea",
      online_url_hint: "D\xF3nde verla o participar, si la audiencia es en l\xEDnea.",
      agenda_item: "Punto del orden del d\xEDa",
      agenda_item_hint: "Por ejemplo: punto 12, resoluci\xF3n sobre la polic\xEDa local y la aplicaci\xF3n de las leyes de inmigraci\xF3n.",
      agenda_url: "Enlace al orden del d\xEDa",
      signup_deadline: "Plazo para inscribirse a hablar",
      written_deadline: "Plazo para comentarios por escrito",
      deadline_hint: "Opcional. Antes de que empiece la audiencia.",
      speaking_limit: "Tiempo para hablar, en minutos",
      speaking_limit_hint: "Suele ser 2 o 3.",
      character_cap: "L\xEDmite de caracteres",
      character_cap_hint: "Si el formulario web de la secretar\xEDa limita el comentario, por ejemplo 2000.",
      formats: "Formatos que acepta la secretar\xEDa",
      printed_copies: "N\xFAmero de copias impresas",
      times: "Cu\xE1ndo",
      rules: "Reglas para los comentarios"
    },
    format: {
      pdf: "PDF",
      word: "Word",
      printed: "Copias impresas",
      web_form: "Formulario web"
    },
    details: "Detalles",
    when: "Cu\xE1ndo",
    where: "Lugar",
    online: "En l\xEDnea",
    agenda: "Punto del orden del d\xEDa",
    agenda_link: "Orden del d\xEDa",
    signup: "La inscripci\xF3n para hablar cierra",
    written: "Los comentarios por escrito cierran",
    limit: "Tiempo para hablar",
    limit_value: "{{minutes}} min",
    cap: "L\xEDmite de caracteres",
    cap_value: "{{count}} caracteres",
    formats: "Formatos aceptados",
    copies_one: "{{count}} copia impresa",
    copies_other: "{{count}} copias impresas",
    not_set: "Sin indicar",
    deadline_signup: "La inscripci\xF3n para hablar cierra {{left}}",
    deadline_written: "Los comentarios por escrito cierran {{left}}",
    deadline_hearing: "Audiencia {{left}}",
    deadline_signup_closed: "La inscripci\xF3n para hablar ya cerr\xF3",
    deadline_written_closed: "Los comentarios por escrito ya cerraron",
    underway: "La audiencia ya empez\xF3",
    testimony_count_one: "{{count}} testimonio",
    testimony_count_other: "{{count}} testimonios",
    testimony_title: "Testimonios para esta audiencia",
    no_testimony: "A\xFAn no hay testimonios para esta audiencia.",
    delete: "Eliminar audiencia",
    delete_hint: "Sus testimonios se conservan, sin audiencia.",
    delete_confirm: "S\xED, eliminar esta audiencia",
    prep: {
      title: "Tareas para esta audiencia",
      intro: "Pone en un tablero tarjetas para esta audiencia: inscribirse para hablar, redactar, enviar el comentario por escrito e imprimir copias, con los plazos de la audiencia.",
      button: "Preparar esta audiencia",
      board: "Tablero",
      campaign_board: "El tablero Campa\xF1a",
      signup: "Inscribirse para hablar: {{hearing}}",
      draft: "Redactar el testimonio: {{hearing}}",
      written: "Enviar el comentario por escrito: {{hearing}}",
      print_one: "Imprimir {{count}} copia: {{hearing}}",
      print_other: "Imprimir {{count}} copias: {{hearing}}",
      exists: "Las tarjetas de esta audiencia ya est\xE1n en un tablero.",
      made: "Se a\xF1adieron al tablero las tarjetas de esta audiencia.",
      open_board: "Abrir el tablero"
    },
    home_title: "Audiencias y testimonios",
    home_none: "No hay audiencias pr\xF3ximas.",
    home_all: "Todas las audiencias y testimonios",
    unassigned_title: "Testimonios a\xFAn sin audiencia",
    errors: {
      required: "Este campo es obligatorio.",
      too_long: "Es demasiado largo.",
      invalid: "Este valor no est\xE1 permitido.",
      check_fields: "Revisa los campos marcados abajo.",
      date_invalid: "Indica una fecha y una hora reales.",
      time_zone_invalid: "Elige una zona horaria de la lista.",
      url_invalid: "Indica una direcci\xF3n web que empiece por http:// o https://.",
      limit_invalid: "Indica el tiempo en minutos: m\xE1s de 0, como m\xE1ximo 60.",
      cap_invalid: "Indica un n\xFAmero entero de caracteres, mayor que 0.",
      copies_invalid: "Indica un n\xFAmero entero de copias, de 1 a 500.",
      copies_required: "Indica cu\xE1ntas copias impresas pide la secretar\xEDa.",
      body_name_required: "Indica el nombre del \xF3rgano que celebra la audiencia.",
      written_after_hearing: "El plazo para comentarios por escrito debe cerrar antes de que empiece la audiencia.",
      signup_after_hearing: "El plazo de inscripci\xF3n debe cerrar antes de que empiece la audiencia.",
      forbidden: "Tu rol no permite hacer esto.",
      hearing_not_found: "Esa audiencia no es de este equipo.",
      board_not_found: "Ese tablero no es de este equipo.",
      board_archived: "Ese tablero est\xE1 archivado. Elige otro."
    },
    success: {
      created: "Audiencia registrada.",
      saved: "Audiencia guardada."
    },
    calendar: {
      description: "Equipo: {{team}}",
      signup: "Cierra la inscripci\xF3n para hablar: {{hearing}}",
      written: "Cierran los comentarios por escrito: {{hearing}}"
    },
    held: "La audiencia ya se celebr\xF3"
  },
  testimony: {
    title: "Testimonio",
    new: "Nuevo testimonio",
    new_intro: "Empieza con una plantilla de la forma habitual: qui\xE9n eres, lo que pides primero, datos locales, tu historia, lo que pides otra vez y el agradecimiento. Cambia cada [indicaci\xF3n entre corchetes] por tus propias palabras.",
    template: "Plantilla",
    speaker: "Quien habla",
    speaker_hint: "Qui\xE9n lo leer\xE1 en la audiencia.",
    hearing: "Audiencia",
    no_hearing: "A\xFAn sin audiencia",
    create: "Empezar testimonio",
    default_title: "Testimonio de {{speaker}}, {{hearing}}",
    default_title_no_hearing: "Testimonio de {{speaker}} ({{kind}})",
    sections: {
      who: "Qui\xE9n eres",
      ask: "Lo que pides",
      facts: "Datos locales",
      story: "Tu historia",
      ask_again: "Lo que pides, otra vez",
      thanks: "Agradecimiento"
    },
    fill: {
      council: "[nombre del concejo o de la junta]",
      agenda: "[punto del orden del d\xEDa]",
      sheriff: "[la oficina del sheriff o el departamento de polic\xEDa]"
    },
    templates: {
      resident: {
        label: "La historia personal de un vecino",
        description: "Una persona del lugar que habla por s\xED misma.",
        who: "Buenas noches, miembros de {{council}}. Me llamo [tu nombre] y vivo en [tu barrio], {{jurisdiction}}, desde hace [n\xFAmero] a\xF1os. [Una frase sobre tu vida aqu\xED: tu trabajo, tu familia, tu escuela o tu congregaci\xF3n.]",
        ask: "Vengo a pedirles que adopten las nueve reglas de {{agenda}}, para que los agentes locales dejen la aplicaci\xF3n de las leyes federales de inmigraci\xF3n a los agentes federales.",
        facts: "[Uno o dos datos sobre {{jurisdiction}}: cu\xE1ntas solicitudes de retenci\xF3n migratoria recibi\xF3 {{sheriff}} el a\xF1o pasado, o qu\xE9 permite la pol\xEDtica actual. Di de d\xF3nde salen las cifras.]",
        story: "[Lo que te pas\xF3 a ti o a alguien cercano, en pocas frases: cu\xE1ndo, d\xF3nde y qu\xE9 cambi\xF3. No des nombres salvo que esas personas lo hayan aceptado.]",
        ask_again: "Les pido que voten s\xED y adopten las nueve reglas. Aqu\xED la gente debe poder pedir ayuda, ir a trabajar y llevar a sus hijos a la escuela sin miedo.",
        thanks: "Gracias por su tiempo y por escuchar a la gente de {{jurisdiction}}."
      },
      organization: {
        label: "La declaraci\xF3n de una organizaci\xF3n",
        description: "Alguien que habla en nombre de un grupo, con sus cifras.",
        who: "Buenas noches, miembros de {{council}}. Me llamo [tu nombre] y soy [tu cargo] en [nombre de la organizaci\xF3n], que atiende a [a qui\xE9n atienden] en {{jurisdiction}} desde [a\xF1o]. Hoy hablo en nombre de nuestros [n\xFAmero] miembros.",
        ask: "[Nombre de la organizaci\xF3n] les pide que adopten las nueve reglas de {{agenda}}, sin enmiendas que las debiliten.",
        facts: "[Los datos que tu organizaci\xF3n conoce mejor: las personas que atienden, las llamadas que recibieron, cifras de registros p\xFAblicos sobre {{sheriff}}. Di de d\xF3nde salen.]",
        story: "[Un ejemplo de tu trabajo que muestre el problema, contado con el permiso de las personas implicadas.]",
        ask_again: "En nombre de [nombre de la organizaci\xF3n], les pedimos otra vez que adopten las nueve reglas, y estamos listos para ayudar a ponerlas en pr\xE1ctica.",
        thanks: "Gracias. Con gusto responderemos a sus preguntas y les enviaremos nuestras cifras por escrito."
      },
      faith: {
        label: "Un l\xEDder religioso",
        description: "Un pastor, rabino, im\xE1n u otro l\xEDder que habla por su congregaci\xF3n.",
        who: "Buenas noches, miembros de {{council}}. Soy [tu nombre], [tu cargo] de [nombre de la congregaci\xF3n] en [barrio], {{jurisdiction}}, donde se re\xFAnen [n\xFAmero] familias cada semana.",
        ask: "Les pido que adopten las nueve reglas de {{agenda}}, para que todas las familias de nuestra comunidad puedan confiar en quienes juraron protegerlas.",
        facts: "[Lo que ve tu congregaci\xF3n: familias que dejaron de ir a los servicios, a las cl\xEDnicas o a la escuela. Uno o dos datos sobre {{jurisdiction}}, con su fuente.]",
        story: "[Una historia de tu comunidad, compartida con permiso, y lo que ense\xF1a tu tradici\xF3n sobre acoger al forastero.]",
        ask_again: "Les pido una vez m\xE1s: adopten las nueve reglas, y que {{jurisdiction}} sea un lugar donde nadie tenga miedo de pedir ayuda.",
        thanks: "Gracias por su servicio y por escucharnos esta noche."
      },
      interpreted: {
        label: "Una persona afectada, con int\xE9rprete",
        description: "Alguien que habla en su idioma, con int\xE9rprete; frases cortas, porque cada una se dice dos veces.",
        who: "Buenas noches, miembros de {{council}}. Me llamo [tu nombre]. Hablar\xE9 en [tu idioma] y [nombre del int\xE9rprete] interpretar\xE1 por m\xED. Vivo en [tu barrio], {{jurisdiction}}, desde hace [n\xFAmero] a\xF1os.",
        ask: "Les pido que adopten las nueve reglas de {{agenda}}.",
        facts: "[Un dato de tu vida aqu\xED que el concejo debe conocer: tu trabajo, la escuela de tus hijos, tus vecinos.]",
        story: "[Lo que te pas\xF3 a ti o a tu familia, en frases cortas que el int\xE9rprete pueda seguir. Di solo lo que est\xE9s dispuesto a hacer p\xFAblico: el testimonio pasa a ser parte del registro p\xFAblico.]",
        ask_again: "Les pido que adopten las nueve reglas, para que personas como yo podamos vivir en {{jurisdiction}} sin miedo.",
        thanks: "Gracias por escucharme, y gracias a [nombre del int\xE9rprete]."
      }
    },
    back: "Audiencias",
    speaker_title: "Quien habla",
    wpm: "Palabras por minuto",
    wpm_hint: "La mayor\xEDa de la gente dice entre 130 y 150 palabras por minuto.",
    interpreter: "Con int\xE9rprete",
    speaking_minutes: "Tiempo para hablar fijado a mano, en minutos",
    speaking_minutes_hint: "D\xE9jalo vac\xEDo para calcularlo a partir de las palabras.",
    save: "Guardar",
    hearing_title: "La audiencia",
    no_hearing_note: "A\xFAn sin audiencia: elige una en Quien habla.",
    open_hearing: "Abrir la audiencia",
    for_hearing: "Para {{hearing}}",
    speaker_value: "Habla: {{name}}",
    meter_label: "Tiempo para hablar",
    read_only: "Solo lectura",
    none: "A\xFAn no hay testimonios.",
    errors: {
      required: "Este campo es obligatorio.",
      too_long: "Es demasiado largo.",
      invalid: "Este valor no est\xE1 permitido.",
      check_fields: "Revisa los campos marcados abajo.",
      template_unknown: "Elige una de las plantillas.",
      wpm_invalid: "Indica un n\xFAmero entero de 80 a 250.",
      speaking_time_invalid: "Indica minutos: m\xE1s de 0, como m\xE1ximo 60.",
      hearing_not_found: "Esa audiencia no es de este equipo.",
      forbidden: "Tu rol no permite hacer esto.",
      testimony_not_found: "Ese testimonio ya no existe o no es de este equipo.",
      document_not_found: "Ese documento ya no existe o no es de este equipo."
    },
    success: {
      saved: "Datos de quien habla guardados.",
      renamed: "T\xEDtulo guardado.",
      archived: "Testimonio archivado: se conserva, solo para leer.",
      restored: "Testimonio restaurado."
    },
    rename: "Cambiar el t\xEDtulo",
    rename_label: "T\xEDtulo del testimonio",
    save_title: "Guardar t\xEDtulo",
    archive: "Archivar",
    restore: "Restaurar",
    archived: "Archivado"
  },
  comments: {
    title: "Comentarios",
    comment_tool: "Comentar",
    select_first: "Selecciona las palabras que quieres comentar y elige Comentar (Ctrl+Alt+M).",
    new_on: "Nuevo comentario sobre \xAB{{quote}}\xBB",
    body_label: "Tu comentario",
    post: "Publicar comentario",
    cancel: "Cancelar",
    reply: "Responder",
    reply_label: "Tu respuesta",
    resolve: "Resolver",
    reopen: "Reabrir",
    resolved_by: "Resuelto por {{name}}, {{when}}",
    show_resolved: "Mostrar resueltos ({{count}})",
    open_count_one: "{{count}} abierto",
    open_count_other: "{{count}} abiertos",
    open_heading: "Comentarios abiertos, en el orden del texto",
    removed_heading: "Sobre texto que se elimin\xF3",
    resolved_heading: "Resueltos",
    text_removed: "Texto eliminado",
    quoted: "\xAB{{quote}}\xBB",
    show_passage: "Mostrar el pasaje en el texto: {{quote}}",
    none: "A\xFAn no hay comentarios. Selecciona palabras del texto y elige Comentar.",
    none_viewer: "A\xFAn no hay comentarios.",
    loading: "Cargando comentarios\u2026",
    failed: "No se pudieron cargar los comentarios; se cargar\xE1n solos cuando vuelva la conexi\xF3n.",
    edit: "Editar",
    edit_label: "Edita tu comentario",
    save: "Guardar",
    delete: "Eliminar",
    delete_confirm: "\xBFEliminar este comentario? No se puede deshacer.",
    edited: "(editado)",
    someone: "Alguien",
    errors: {
      comments_thread_invalid: "No se pudo vincular este comentario a las palabras seleccionadas. Vuelve a seleccionarlas y elige Comentar.",
      comments_thread_exists: "Este pasaje ya tiene ese comentario. Recarga la p\xE1gina para verlo.",
      comments_thread_not_found: "Ese hilo de comentarios ya no existe.",
      comments_archived: "Este documento est\xE1 archivado: los comentarios se pueden leer, pero no a\xF1adir ni cambiar.",
      generic: "No se pudo enviar. Revisa tu conexi\xF3n e int\xE9ntalo de nuevo."
    }
  },
  meter: {
    label: "Tiempo para hablar",
    words_one: "{{count, number}} palabra",
    words_other: "{{count, number}} palabras",
    characters_one: "{{count, number}} car\xE1cter",
    characters_other: "{{count, number}} caracteres",
    time: "unos {{time}} para decirlo",
    time_manual: "{{time}} para decirlo, fijado a mano",
    time_interpreter: "unos {{time}} con interpretaci\xF3n",
    wpm: "a {{wpm, number}} palabras por minuto",
    limit: "l\xEDmite {{time}}",
    over_time: "{{time}} por encima del l\xEDmite",
    left_time: "quedan {{time}}",
    cap: "tope {{cap, number}}",
    over_cap: "{{count, number}} por encima del tope",
    left_cap: "quedan {{count, number}}",
    status_over_time: "Por encima del l\xEDmite de {{limit}} para hablar.",
    status_near_time: "Cerca del l\xEDmite de {{limit}} para hablar.",
    status_under_time: "Dentro del l\xEDmite de {{limit}} para hablar.",
    status_over_cap: "Por encima del tope de {{cap, number}} caracteres.",
    status_near_cap: "Cerca del tope de {{cap, number}} caracteres.",
    status_under_cap: "Dentro del tope de {{cap, number}} caracteres."
  },
  export: {
    title: "Descargar",
    pdf: "PDF",
    docx: "Word (.docx)",
    md: "Markdown",
    download_label: "Descargar {{title}} en {{format}}",
    check_button: "Revisar los archivos",
    checking: "Revisando los archivos\u2026",
    check_failed: "No se pudieron revisar los archivos. Vuelve a intentarlo en un momento.",
    checked_heading: "{{format}}",
    header_speaker: "Orador",
    header_body: "Ante",
    header_hearingDate: "Audiencia",
    header_agendaItem: "Punto del orden del d\xEDa",
    format_name: {
      pdf: "PDF",
      docx: "Word",
      md: "Markdown",
      printed: "copias impresas",
      web_form: "un formulario web"
    },
    check: {
      size: "Este archivo ocupa {{size}}.",
      size_within: "La secretar\xEDa acepta {{format}} de hasta {{limit}}: este archivo ocupa {{size}}.",
      size_over: "La secretar\xEDa acepta {{format}} de hasta {{limit}}: este archivo ocupa {{size}}, {{over}} de m\xE1s.",
      format_taken: "La secretar\xEDa acepta {{format}}: este archivo ocupa {{size}}.",
      format_refused: "La secretar\xEDa no acepta archivos {{format}}; esta audiencia acepta {{accepted}}.",
      format_none: "Esta audiencia no acepta archivos escritos.",
      markdown_web_form: "Markdown sirve para pegar el texto en el formulario web de la secretar\xEDa o en otra herramienta.",
      markdown_not_filed: "Markdown es para tu propio uso; la secretar\xEDa acepta {{accepted}}.",
      printed_copies_one: "Lleva {{count, number}} copia impresa.",
      printed_copies_other: "Lleva {{count, number}} copias impresas.",
      cap_over: "Supera el tope de {{cap, number}} caracteres por {{over, number}}.",
      cap_near: "{{characters, number}} de los {{cap, number}} caracteres permitidos: quedan {{left, number}}.",
      cap_within: "{{characters, number}} de los {{cap, number}} caracteres permitidos."
    }
  },
  boardpage: {
    description_loading: "La descripci\xF3n se muestra cuando el tablero est\xE1 en vivo."
  },
  suggestions: {
    title: "Cambios sugeridos",
    mode: "Sugiriendo",
    mode_hint: "Sugiriendo: tus ediciones aparecen como cambios que otras personas aceptan o rechazan",
    only_hint: "En este documento solo puedes sugerir cambios",
    former_member: "Antiguo miembro",
    show: "Mostrar en el texto este cambio de {{author}}",
    added: "A\xF1ade",
    removed: "Quita",
    block: "Un bloque nuevo o eliminado",
    formatting: "Formato",
    accept: "Aceptar",
    reject: "Rechazar",
    accept_all: "Aceptar todo",
    reject_all: "Rechazar todo",
    export_include: "Incluir las sugerencias abiertas"
  },
  review: {
    card_title: "Revisores",
    card_intro: "Comparte este documento con alguien de fuera del equipo (una abogada, una organizaci\xF3n aliada) que pueda comentar y sugerir cambios, y nada m\xE1s.",
    shared: "{{name}} ya puede revisar este documento.",
    ended: "Se termin\xF3 el acceso de revisi\xF3n.",
    since: "Revisa desde el {{date}}",
    end: "Terminar revisi\xF3n",
    end_label: "Terminar la revisi\xF3n de {{name}}",
    none: "Nadie de fuera del equipo revisa este documento.",
    email: "Correo electr\xF3nico de quien revisa",
    email_hint: "Necesita una cuenta de Playbook con este correo.",
    share: "Compartir para revisar",
    link: "Quien revisa lo abre en este enlace",
    badge: "Revisando: sugerencias y comentarios",
    page_title: "Revisi\xF3n",
    crumb: "{{team}} lo comparti\xF3 contigo para revisar",
    banner: "{{team}} te pidi\xF3 revisar esto. Lo que escribas aparece como sugerencia para que el equipo la acepte o la rechace, y puedes comentar cualquier pasaje; el texto solo cambia cuando el equipo acepta.",
    banner_archived: "Este documento est\xE1 archivado: puedes leerlo, pero ya no sugerir ni comentar.",
    home_title: "Compartido contigo para revisar"
  }
};

// src/lib/i18n/index.ts
var LOCALES = ["en", "es"];
var DEFAULT_LOCALE = "en";
var catalog = i18next.createInstance();
void catalog.init({
  resources: { en: { translation: en_default }, es: { translation: es_default } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  initAsync: false,
  // Svelte escapes what it renders; escaping here too would double it.
  interpolation: { escapeValue: false },
  returnNull: false
});
var translators = new Map(LOCALES.map((l) => [l, catalog.getFixedT(l)]));
function isLocale(value) {
  return typeof value === "string" && LOCALES.includes(value);
}
function translate(locale, key, params) {
  return (translators.get(locale) ?? translators.get(DEFAULT_LOCALE))(key, params);
}

// src/lib/hearings.ts
var UNDERWAY_MS = 6 * 60 * 60 * 1e3;
var MINUTE_MS = 6e4;
var HOUR_MS = 60 * MINUTE_MS;

// src/lib/server/calendar.ts
var TIMED_EVENT_MS = 30 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
var HEARING_EVENT_MS = 2 * 60 * 60 * 1e3;
function cardUrl(origin, card) {
  return `${origin}/t/${encodeURIComponent(card.teamSlug)}/boards/${encodeURIComponent(card.boardId)}?card=${encodeURIComponent(card.cardId)}`;
}

// src/lib/server/origin.ts
function mailOrigin(config) {
  return config.origin ?? `http://localhost:${config.port}`;
}

// src/lib/server/assignment-mail.ts
var MINUTE = 60 * 1e3;
var DEFAULT_ASSIGNMENT_MAIL = { intervalMs: MINUTE, quietMs: 3 * MINUTE, maxWaitMs: 10 * MINUTE };
function assignmentMailOptions(env = process.env) {
  const read = (name, fallback) => {
    const value = Number(env[name]);
    return env[name] && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    intervalMs: Math.max(50, read("ASSIGNMENT_MAIL_INTERVAL_MS", DEFAULT_ASSIGNMENT_MAIL.intervalMs)),
    quietMs: read("ASSIGNMENT_MAIL_QUIET_MS", DEFAULT_ASSIGNMENT_MAIL.quietMs),
    maxWaitMs: read("ASSIGNMENT_MAIL_MAX_WAIT_MS", DEFAULT_ASSIGNMENT_MAIL.maxWaitMs)
  };
}
async function sendAssignmentEmails(app, options = DEFAULT_ASSIGNMENT_MAIL, now = Date.now()) {
  const { db } = app;
  const run = { emails: 0, listed: 0, skipped: 0 };
  const ready = await db.selectFrom("assignment_notice").select((eb) => ["user_id", eb.fn.max("id").as("last_id"), eb.fn.min("created_at").as("first_at"), eb.fn.max("created_at").as("last_at")]).where("sent_at", "is", null).groupBy("user_id").execute();
  for (const person of ready) {
    if (Number(person.last_at) > now - options.quietMs && Number(person.first_at) > now - options.maxWaitMs) continue;
    const claimed = await db.updateTable("assignment_notice").set({ sent_at: now }).where("user_id", "=", person.user_id).where("sent_at", "is", null).where("id", "<=", Number(person.last_id)).returning("id").execute();
    if (claimed.length === 0) continue;
    const ids = claimed.map((row) => row.id);
    try {
      const result = await sendOne(app, person.user_id, ids);
      run.emails += result.sent ? 1 : 0;
      run.listed += result.listed;
      run.skipped += ids.length - result.listed;
    } catch (err) {
      await db.updateTable("assignment_notice").set({ sent_at: null }).where("id", "in", ids).execute();
      app.log.error({ err, user: person.user_id }, "assignment email not sent");
    }
  }
  return run;
}
async function sendOne(app, userId, ids) {
  const { db } = app;
  const user = await db.selectFrom("user").select(["email", "display_name", "locale", "assignment_email"]).where("id", "=", userId).executeTakeFirst();
  if (!user || user.assignment_email !== 1 || !app.mailer.enabled) return { sent: false, listed: 0 };
  const rows = await db.selectFrom("assignment_notice as n").innerJoin(
    "card_assignee as a",
    (join2) => join2.onRef("a.board_id", "=", "n.board_id").onRef("a.card_id", "=", "n.card_id").onRef("a.user_id", "=", "n.user_id")
  ).innerJoin("card", (join2) => join2.onRef("card.board_id", "=", "n.board_id").onRef("card.id", "=", "n.card_id")).innerJoin("membership as m", (join2) => join2.onRef("m.team_id", "=", "card.team_id").onRef("m.user_id", "=", "n.user_id")).innerJoin("team", "team.id", "card.team_id").innerJoin("document", "document.id", "card.board_id").leftJoin("user as by", "by.id", "n.assigned_by").select(["n.id", "n.board_id", "n.card_id", "card.title", "team.slug", "team.name as team_name", "document.title as board_name", "by.display_name as by_name"]).where("n.id", "in", ids).where("card.archived", "=", 0).where("document.archived_at", "is", null).orderBy("n.id").execute();
  const cards = /* @__PURE__ */ new Map();
  for (const row of rows) cards.set(`${row.board_id}/${row.card_id}`, row);
  if (cards.size === 0) return { sent: false, listed: 0 };
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const origin = mailOrigin(app.config);
  const lines = [...cards.values()].map(
    (card) => translate(locale, "notify.assigned_line", {
      title: card.title,
      team: card.team_name,
      board: card.board_name,
      by: card.by_name ?? translate(locale, "notify.someone"),
      link: cardUrl(origin, { teamSlug: card.slug, boardId: card.board_id, cardId: card.card_id })
    })
  );
  await app.mailer.send({
    to: user.email,
    subject: translate(locale, "notify.assigned_subject", { count: cards.size }),
    text: translate(locale, "notify.assigned_body", {
      name: user.display_name,
      count: cards.size,
      cards: lines.join("\n\n"),
      account: `${origin}/account`
    })
  });
  return { sent: true, listed: rows.length };
}
function startAssignmentMail(app, options = assignmentMailOptions()) {
  let running = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => stopped ? void 0 : sendAssignmentEmails(app, options)).catch((err) => app.log.error({ err }, "assignment mail pass failed"));
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    }
  };
}

// server/collab/index.ts
import { WebSocketServer } from "ws";

// src/lib/roles.ts
var ACTIONS = [
  "team.view",
  "playbook.edit",
  "invite.manage",
  "member.manage",
  "role.manage_owner",
  "team.edit",
  "team.delete",
  "member.reset_password"
];
var GRANTS = {
  owner: ACTIONS,
  organizer: ["team.view", "playbook.edit", "invite.manage", "member.manage"],
  member: ["team.view", "playbook.edit"],
  viewer: ["team.view"]
};
function can(role, action) {
  return role ? GRANTS[role].includes(action) : false;
}

// src/lib/text.ts
var ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?/g;
var CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
var INVISIBLE = /[\u200b\u2060-\u2064\ufeff\u180e]/g;
var UNSEEN = /[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
function cleanText(value, { multiline = false } = {}) {
  let text2 = value.normalize("NFC").replace(/\r\n?/g, "\n").replace(ESCAPES, "").replace(CONTROLS, "").replace(BIDI, "").replace(INVISIBLE, "");
  text2 = multiline ? text2.split("\n").map((line) => line.replace(/[^\S\n]+/g, " ").trimEnd()).join("\n").replace(/\n{3,}/g, "\n\n") : text2.replace(/\s+/g, " ");
  text2 = text2.trim();
  return text2.replace(UNSEEN, "") === "" ? "" : text2;
}

// src/lib/server/refusal.ts
import { encodeBase32LowerCaseNoPadding as encodeBase32LowerCaseNoPadding3 } from "@oslojs/encoding";

// src/lib/collab/board-doc.ts
import * as Y from "yjs";
import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";
var BOARD = {
  columns: "columns",
  labels: "labels",
  cards: "cards",
  commentCounts: "commentCounts"
};
var CARD = {
  title: "title",
  column: "column",
  position: "position",
  due: "due",
  archived: "archived",
  description: "description",
  assignees: "assignees",
  labels: "labels",
  links: "links",
  checklist: "checklist"
};
var LIMITS = {
  title: 200,
  columnName: 60,
  labelName: 40,
  checklistText: 300,
  checklistItems: 50,
  assignees: 20,
  links: 20,
  columns: 20,
  labels: 30,
  cards: 5e3
};
var LABEL_COLORS = ["gray", "red", "orange", "yellow", "green", "teal", "blue", "purple", "pink"];
var LINK_KINDS = ["doc", "target", "hearing"];
var DAY2 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
var TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:00\.000Z$/;
function isDue(value) {
  if (value === "") return true;
  if (DAY2.test(value)) return !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && (/* @__PURE__ */ new Date(`${value}T00:00:00Z`)).toISOString().startsWith(value);
  return TIME.test(value) && new Date(value).toISOString() === value;
}
function isPositionKey(value) {
  if (typeof value !== "string" || value === "" || value.length > 64) return false;
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
}
var columnsMap = (doc) => doc.getMap(BOARD.columns);
var labelsMap = (doc) => doc.getMap(BOARD.labels);
var cardsMap = (doc) => doc.getMap(BOARD.cards);
var commentCountsMap = (doc) => doc.getMap(BOARD.commentCounts);
var str = (map, field) => {
  const value = map.get(field);
  return typeof value === "string" ? value : "";
};
var keysOf = (value) => value instanceof Y.Map ? [...value.keys()].filter((k) => value.get(k) === true) : [];
function byPosition(a, b) {
  return a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function readColumns(doc) {
  const columns = [];
  for (const [id, value] of columnsMap(doc).entries()) {
    if (!(value instanceof Y.Map)) continue;
    const position = value.get("position");
    columns.push({ id, name: str(value, "name"), position: isPositionKey(position) ? position : "a0", done: value.get("done") === true });
  }
  return columns.sort(byPosition);
}
function readChecklist(value) {
  if (!(value instanceof Y.Array)) return [];
  return value.toArray().flatMap(
    (item) => item instanceof Y.Map ? [{ id: str(item, "id"), text: str(item, "text"), done: item.get("done") === true }] : []
  );
}
function readLinks(value) {
  return keysOf(value).flatMap((key) => {
    const [kind, id] = key.split(":");
    return LINK_KINDS.includes(kind) && id ? [{ kind, id }] : [];
  });
}
function readCard(id, value, columnIds, firstColumn, counts) {
  if (!(value instanceof Y.Map)) return null;
  const own = str(value, CARD.column);
  const missing = !columnIds.has(own);
  const position = value.get(CARD.position);
  const due = str(value, CARD.due);
  const count = counts?.get(id);
  return {
    id,
    title: str(value, CARD.title),
    column: missing ? firstColumn : own,
    columnMissing: missing,
    position: isPositionKey(position) ? position : "a0",
    due: isDue(due) ? due : "",
    archived: value.get(CARD.archived) === true,
    assignees: keysOf(value.get(CARD.assignees)),
    labels: keysOf(value.get(CARD.labels)),
    links: readLinks(value.get(CARD.links)),
    checklist: readChecklist(value.get(CARD.checklist)),
    commentCount: typeof count === "number" && Number.isFinite(count) ? count : 0
  };
}
function problem(problems, path, what) {
  if (problems.length < 50) problems.push({ path, problem: what });
}
function stringProblem(value, max) {
  if (typeof value !== "string") return "not_a_string";
  return value.length > max ? "too_long" : null;
}
function setProblems(value, path, max, problems, keyOk = () => true) {
  if (value === void 0) return;
  if (!(value instanceof Y.Map)) return problem(problems, path, "not_a_map");
  if (value.size > max) problem(problems, path, "too_many");
  for (const [key, on] of value.entries()) {
    if (on !== true) problem(problems, `${path}.${key}`, "not_true");
    else if (!keyOk(key)) problem(problems, `${path}.${key}`, "not_allowed");
  }
}
var CARD_FIELDS = new Set(Object.values(CARD));
function cardProblems(value, path, problems = []) {
  if (!(value instanceof Y.Map)) {
    problem(problems, path, "not_a_map");
    return problems;
  }
  for (const field of value.keys()) if (!CARD_FIELDS.has(field)) problem(problems, `${path}.${field}`, "unknown_field");
  const title = stringProblem(value.get(CARD.title), LIMITS.title);
  if (title) problem(problems, `${path}.title`, title);
  if (typeof value.get(CARD.column) !== "string") problem(problems, `${path}.column`, "not_a_string");
  if (!isPositionKey(value.get(CARD.position))) problem(problems, `${path}.position`, "not_a_position");
  const due = value.get(CARD.due);
  if (due !== void 0 && (typeof due !== "string" || !isDue(due))) problem(problems, `${path}.due`, "not_a_date");
  const archived = value.get(CARD.archived);
  if (archived !== void 0 && typeof archived !== "boolean") problem(problems, `${path}.archived`, "not_a_boolean");
  const description = value.get(CARD.description);
  if (description !== void 0 && !(description instanceof Y.XmlFragment)) problem(problems, `${path}.description`, "not_a_fragment");
  setProblems(value.get(CARD.assignees), `${path}.assignees`, LIMITS.assignees, problems);
  setProblems(value.get(CARD.labels), `${path}.labels`, LIMITS.labels, problems);
  setProblems(value.get(CARD.links), `${path}.links`, LIMITS.links, problems, (key) => /^(doc|target|hearing):[\w-]{1,64}$/.test(key));
  const checklist = value.get(CARD.checklist);
  if (checklist !== void 0) {
    if (!(checklist instanceof Y.Array)) problem(problems, `${path}.checklist`, "not_an_array");
    else {
      if (checklist.length > LIMITS.checklistItems) problem(problems, `${path}.checklist`, "too_many");
      checklist.toArray().forEach((item, i) => {
        const at = `${path}.checklist[${i}]`;
        if (!(item instanceof Y.Map)) return problem(problems, at, "not_a_map");
        if (typeof item.get("id") !== "string") problem(problems, `${at}.id`, "not_a_string");
        const text2 = stringProblem(item.get("text"), LIMITS.checklistText);
        if (text2) problem(problems, `${at}.text`, text2);
        if (typeof item.get("done") !== "boolean") problem(problems, `${at}.done`, "not_a_boolean");
      });
    }
  }
  return problems;
}
function columnProblems(value, path, problems) {
  if (!(value instanceof Y.Map)) return problem(problems, path, "not_a_map");
  const name = stringProblem(value.get("name"), LIMITS.columnName);
  if (name) problem(problems, `${path}.name`, name);
  if (!isPositionKey(value.get("position"))) problem(problems, `${path}.position`, "not_a_position");
  if (typeof value.get("done") !== "boolean") problem(problems, `${path}.done`, "not_a_boolean");
  for (const field of value.keys()) if (!["name", "position", "done"].includes(field)) problem(problems, `${path}.${field}`, "unknown_field");
}
function labelProblems(value, path, problems) {
  if (!(value instanceof Y.Map)) return problem(problems, path, "not_a_map");
  const name = stringProblem(value.get("name"), LIMITS.labelName);
  if (name) problem(problems, `${path}.name`, name);
  if (!LABEL_COLORS.includes(value.get("color"))) problem(problems, `${path}.color`, "not_allowed");
  for (const field of value.keys()) if (!["name", "color"].includes(field)) problem(problems, `${path}.${field}`, "unknown_field");
}
function validateBoard(doc) {
  const problems = [];
  const columns = columnsMap(doc);
  if (columns.size > LIMITS.columns) problem(problems, BOARD.columns, "too_many");
  for (const [id, value] of columns.entries()) columnProblems(value, `${BOARD.columns}.${id}`, problems);
  const labels = labelsMap(doc);
  if (labels.size > LIMITS.labels) problem(problems, BOARD.labels, "too_many");
  for (const [id, value] of labels.entries()) labelProblems(value, `${BOARD.labels}.${id}`, problems);
  const cards = cardsMap(doc);
  if (cards.size > LIMITS.cards) problem(problems, BOARD.cards, "too_many");
  for (const [id, value] of cards.entries()) cardProblems(value, `${BOARD.cards}.${id}`, problems);
  for (const [id, value] of commentCountsMap(doc).entries()) if (typeof value !== "number") problem(problems, `${BOARD.commentCounts}.${id}`, "not_a_number");
  return problems;
}
function changedEntries(doc, tr) {
  const roots = [columnsMap(doc), labelsMap(doc), cardsMap(doc), commentCountsMap(doc)];
  const touched = /* @__PURE__ */ new Map();
  const note = (root, key) => {
    const map = root;
    let keys = touched.get(map);
    if (!keys) touched.set(map, keys = /* @__PURE__ */ new Set());
    keys.add(key);
  };
  for (const [changed, keys] of tr.changed) {
    const type = changed;
    if (roots.includes(type)) {
      for (const key of keys) if (key !== null) note(type, key);
      continue;
    }
    let node = type;
    while (node._item) {
      const parent = node._item.parent;
      if (!(parent instanceof Y.AbstractType)) break;
      if (roots.includes(parent)) {
        if (node._item.parentSub) note(parent, node._item.parentSub);
        break;
      }
      node = parent;
    }
  }
  return touched;
}
function validateBoardChanges(doc, tr) {
  const problems = [];
  const columns = columnsMap(doc);
  const labels = labelsMap(doc);
  const cards = cardsMap(doc);
  const counts = commentCountsMap(doc);
  if (columns.size > LIMITS.columns) problem(problems, BOARD.columns, "too_many");
  if (labels.size > LIMITS.labels) problem(problems, BOARD.labels, "too_many");
  if (cards.size > LIMITS.cards) problem(problems, BOARD.cards, "too_many");
  for (const [map, ids] of changedEntries(doc, tr)) {
    for (const id of ids) {
      if (!map.has(id)) continue;
      const value = map.get(id);
      if (map === columns) columnProblems(value, `${BOARD.columns}.${id}`, problems);
      else if (map === labels) labelProblems(value, `${BOARD.labels}.${id}`, problems);
      else if (map === cards) cardProblems(value, `${BOARD.cards}.${id}`, problems);
      else if (typeof value !== "number") problem(problems, `${BOARD.commentCounts}.${id}`, "not_a_number");
    }
  }
  return problems;
}

// src/lib/server/live-documents.ts
import "yjs";

// src/lib/server/document-store.ts
import { randomUUID } from "node:crypto";
import * as Y2 from "yjs";
import { sql as sql5 } from "kysely";
function buildDocument(stored, doc = new Y2.Doc()) {
  Y2.transact(doc, () => {
    if (stored.snapshot) Y2.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y2.applyUpdate(doc, update);
  });
  return doc;
}
async function foldUpdates(snapshot, updates, sliceMs = 2) {
  const doc = new Y2.Doc({ gc: true });
  try {
    if (snapshot) Y2.applyUpdate(doc, snapshot);
    let next = 0;
    while (next < updates.length) {
      const until = performance.now() + sliceMs;
      Y2.transact(doc, () => {
        do
          Y2.applyUpdate(doc, updates[next++]);
        while (next < updates.length && performance.now() < until);
      });
      if (next < updates.length) await new Promise((resolve2) => setImmediate(resolve2));
    }
    return Y2.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
var ROWS_PER_INSERT = 300;
var SqliteDocumentStore = class {
  constructor(db, leaseMs = 3e4) {
    this.db = db;
    this.leaseMs = leaseMs;
  }
  db;
  leaseMs;
  insertUpdate;
  /** This store's name on compaction leases: one per process (or per store in tests). */
  holder = randomUUID();
  async load(documentId) {
    return loadStored(this.db, documentId);
  }
  async loadSince(documentId, afterId) {
    return loadSince(this.db, documentId, afterId);
  }
  async append(batch) {
    if (!batch.length) return [];
    const now = Date.now();
    const sqlite = sqliteConnection(this.db);
    if (sqlite && !sqlite.inTransaction) {
      this.insertUpdate ??= sqlite.prepare("INSERT INTO document_update (document_id, data, created_at) VALUES (?, ?, ?)");
      const insert = this.insertUpdate;
      const write2 = () => batch.map((u) => Number(insert.run(u.documentId, u.update, now).lastInsertRowid));
      return batch.length === 1 ? write2() : sqlite.transaction(write2)();
    }
    const write = async (db) => {
      const ids = [];
      for (let i = 0; i < batch.length; i += ROWS_PER_INSERT) {
        const rows = batch.slice(i, i + ROWS_PER_INSERT).map((u) => ({ document_id: u.documentId, data: u.update, created_at: now }));
        const inserted = await db.insertInto("document_update").values(rows).returning("id").execute();
        for (const r of inserted) ids.push(r.id);
      }
      return ids;
    };
    return batch.length <= ROWS_PER_INSERT ? write(this.db) : this.db.transaction().execute(write);
  }
  async compact(documentId, throughId) {
    if (!await takeLease(this.db, documentId, this.holder, this.leaseMs)) return null;
    try {
      const held = await readThrough(this.db, documentId, throughId);
      if (!held.rows.length) return null;
      const state = await foldUpdates(held.snapshot, held.rows.map((r) => r.data));
      const through = held.rows[held.rows.length - 1].id;
      const done = await this.replaceFolded(documentId, state, held.snapshotThrough, through);
      if (!done) return null;
      return { throughId: through, rows: held.rows.length, rowBytes: held.rows.reduce((n, r) => n + r.data.length, 0), snapshotBytes: state.length };
    } finally {
      await releaseLease(this.db, documentId, this.holder);
    }
  }
  /**
   * Writes the new snapshot and deletes exactly the rows folded into it (those after the old
   * snapshot, up to the newest one read), unless another compaction moved the snapshot meanwhile.
   */
  async replaceFolded(documentId, state, fromId, throughId) {
    const now = Date.now();
    const current = this.db.selectFrom("document_snapshot").select("through_id").where("document_id", "=", documentId).compile();
    const upsert = this.db.insertInto("document_snapshot").values({ document_id: documentId, data: state, through_id: throughId, updated_at: now }).onConflict((oc) => oc.column("document_id").doUpdateSet({ data: state, through_id: throughId, updated_at: now })).compile();
    const drop = this.db.deleteFrom("document_update").where("document_id", "=", documentId).where("id", ">", fromId).where("id", "<=", throughId).compile();
    const moved = (row) => (row?.through_id ?? 0) !== fromId;
    const sqlite = sqliteConnection(this.db);
    if (sqlite && !sqlite.inTransaction) {
      const run = sqlite.transaction(() => {
        if (moved(sqlite.prepare(current.sql).get(...current.parameters))) return false;
        sqlite.prepare(upsert.sql).run(...upsert.parameters);
        sqlite.prepare(drop.sql).run(...drop.parameters);
        return true;
      });
      return run.immediate();
    }
    return this.db.transaction().execute(async (trx) => {
      if (moved((await trx.executeQuery(current)).rows[0])) return false;
      await trx.executeQuery(upsert);
      await trx.executeQuery(drop);
      return true;
    });
  }
};
function toBytes(data) {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
async function readThrough(db, documentId, throughId) {
  const through = db.selectFrom("document_snapshot").select("through_id").where("document_id", "=", documentId);
  const rows = await db.selectFrom("document_snapshot").select([sql5`0`.as("part"), "through_id as id", "data"]).where("document_id", "=", documentId).unionAll(
    (q) => q.selectFrom("document_update").select([sql5`1`.as("part"), "id", "data"]).where("document_id", "=", documentId).where("id", ">", (eb) => eb.fn.coalesce(through, sql5`0`)).where("id", "<=", throughId)
  ).orderBy("id").execute();
  const snapshot = rows[0]?.part === 0 ? rows.shift() : null;
  return {
    snapshot: snapshot ? toBytes(snapshot.data) : null,
    snapshotThrough: snapshot?.id ?? 0,
    rows: rows.map((r) => ({ id: r.id, data: toBytes(r.data) }))
  };
}
async function takeLease(db, documentId, holder, leaseMs) {
  const now = Date.now();
  const taken = await db.insertInto("document_compaction_lease").values({ document_id: documentId, holder, expires_at: now + leaseMs }).onConflict((oc) => oc.column("document_id").doUpdateSet({ holder, expires_at: now + leaseMs }).where("document_compaction_lease.expires_at", "<=", now)).returning("holder").executeTakeFirst();
  return taken?.holder === holder;
}
async function releaseLease(db, documentId, holder) {
  await db.deleteFrom("document_compaction_lease").where("document_id", "=", documentId).where("holder", "=", holder).execute();
}
async function loadStored(db, documentId) {
  const held = await readThrough(db, documentId, Number.MAX_SAFE_INTEGER);
  return {
    snapshot: held.snapshot,
    updates: held.rows.map((r) => r.data),
    lastId: held.rows.length ? held.rows[held.rows.length - 1].id : held.snapshotThrough
  };
}
async function loadSince(db, documentId, afterId) {
  const through = db.selectFrom("document_snapshot").select("through_id").where("document_id", "=", documentId);
  const rows = await db.selectFrom("document_snapshot").select([sql5`0`.as("part"), "through_id as id", "data", "updated_at as created_at"]).where("document_id", "=", documentId).where("through_id", ">", afterId).unionAll(
    (q) => q.selectFrom("document_update").select([sql5`1`.as("part"), "id", "data", "created_at"]).where("document_id", "=", documentId).where("id", ">", afterId).where("id", ">", (eb) => eb.fn.coalesce(through, sql5`0`))
  ).orderBy("id").execute();
  const snapshot = rows[0] && Number(rows[0].part) === 0 ? rows.shift() : null;
  return {
    snapshot: snapshot ? { throughId: Number(snapshot.id), data: toBytes(snapshot.data) } : null,
    updates: rows.map((r) => ({ id: Number(r.id), data: toBytes(r.data), createdAt: Number(r.created_at) }))
  };
}

// src/lib/server/live-documents.ts
var KEY2 = /* @__PURE__ */ Symbol.for("playbook.live-documents");
function registerLiveDocuments(live) {
  globalThis[KEY2] = live;
}
function unregisterLiveDocuments(live) {
  const holder = globalThis;
  if (holder[KEY2] === live) holder[KEY2] = void 0;
}
async function readDocument(db, documentId) {
  return buildDocument(await new SqliteDocumentStore(db).load(documentId));
}

// src/lib/server/documents.ts
var RICH_TEXT_KINDS = ["doc", "talking_points", "testimony"];
var CAMPAIGN_ROLE = "owner";
function accessOf(document, role, shared = false) {
  const open = document.archived_at === null;
  const member = role !== null;
  if (can(role, "playbook.edit")) return { document, role, member, canEdit: open, reviewer: false, canSuggest: false };
  if (shared && RICH_TEXT_KINDS.includes(document.kind)) return { document, role: role ?? "viewer", member, canEdit: false, reviewer: true, canSuggest: open };
  return role ? { document, role, member, canEdit: false, reviewer: false, canSuggest: false } : null;
}
async function documentAccess(db, documentId, userId) {
  const row = await db.selectFrom("document").innerJoin("user", (join2) => join2.on("user.id", "=", userId)).leftJoin("membership", (join2) => join2.onRef("membership.team_id", "=", "document.team_id").on("membership.user_id", "=", userId)).leftJoin("document_share", (join2) => join2.onRef("document_share.document_id", "=", "document.id").on("document_share.user_id", "=", userId)).selectAll("document").select(["membership.role", "user.is_admin", "document_share.user_id as shared"]).where("document.id", "=", documentId).executeTakeFirst();
  if (!row) return null;
  const { role, is_admin, shared, ...document } = row;
  if (document.team_id === null) return is_admin ? accessOf(document, CAMPAIGN_ROLE) : null;
  return accessOf(document, role, shared !== null);
}

// server/collab/access.ts
var DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
var CAMPAIGN = "";
function documentIdOf(url) {
  const path = url.split("?")[0];
  if (!path.startsWith("/collab/")) return null;
  const id = path.slice("/collab/".length);
  return DOCUMENT_ID.test(id) ? id : null;
}
function originAllowed(req, config) {
  const origin = req.headers.origin;
  if (!origin) return false;
  if (config.origin) return origin === config.origin;
  const host = req.headers.host;
  return !!host && (origin === `http://${host}` || origin === `https://${host}`);
}
function readCookie(header, name) {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}
async function admit(db, req, documentId) {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (!token) return { ok: false, status: 401, reason: "no_session" };
  const { session, user } = await validateSessionToken(db, token);
  if (!session) return { ok: false, status: 401, reason: "invalid_session" };
  const access = await documentAccess(db, documentId, user.id);
  if (!access) return { ok: false, status: 403, reason: "not_a_member" };
  return {
    ok: true,
    userId: user.id,
    displayName: user.display_name,
    sessionId: session.id,
    teamId: access.document.team_id ?? CAMPAIGN,
    kind: access.document.kind,
    role: access.role,
    canEdit: access.canEdit,
    // A reviewer writes, but only suggestions and comments (reviewer-policy.ts).
    suggestOnly: access.canSuggest,
    archived: access.document.archived_at !== null
  };
}
async function standings(db, sessionIds) {
  const result = /* @__PURE__ */ new Map();
  for (let i = 0; i < sessionIds.length; i += 500) {
    const rows = await db.selectFrom("session").innerJoin("user", "user.id", "session.user_id").leftJoin("membership", "membership.user_id", "session.user_id").select(["session.id as sessionId", "session.user_id", "session.expires_at", "user.is_admin", "membership.team_id", "membership.role"]).where("session.id", "in", sessionIds.slice(i, i + 500)).execute();
    const shares = await db.selectFrom("document_share").innerJoin("session", "session.user_id", "document_share.user_id").select(["session.id as sessionId", "document_share.document_id"]).where("session.id", "in", sessionIds.slice(i, i + 500)).execute();
    for (const row of rows) {
      let standing = result.get(row.sessionId);
      if (!standing) result.set(row.sessionId, standing = { expiresAt: row.expires_at, roles: /* @__PURE__ */ new Map(), shared: /* @__PURE__ */ new Set() });
      if (row.team_id && row.role) standing.roles.set(row.team_id, row.role);
      if (row.is_admin) standing.roles.set(CAMPAIGN, CAMPAIGN_ROLE);
    }
    for (const share of shares) result.get(share.sessionId)?.shared.add(share.document_id);
  }
  return result;
}
async function archivedDocuments(db, documentIds) {
  const archived = /* @__PURE__ */ new Set();
  for (let i = 0; i < documentIds.length; i += 500) {
    const rows = await db.selectFrom("document").select("id").where("id", "in", documentIds.slice(i, i + 500)).where("archived_at", "is not", null).execute();
    for (const row of rows) archived.add(row.id);
  }
  return archived;
}

// src/lib/collab/colors.ts
var PALETTE = ["#b3261e", "#00695c", "#8a4b00", "#2e7d32", "#6a1b9a", "#ad1457", "#1565c0", "#5d4037"];
function colorFor(id) {
  let hash = 0;
  for (const char of id) hash = hash * 31 + char.charCodeAt(0) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

// server/collab/limits.ts
var DEFAULT_OPTIONS = {
  maxMessageBytes: 2 * 1024 * 1024,
  maxDocumentBytes: 16 * 1024 * 1024,
  maxConnectionsPerUser: 24,
  maxConnectionsPerIp: 64,
  recheckIntervalMs: 2e3,
  pingIntervalMs: 3e4,
  roomIdleMs: 3e4,
  compactAfterUpdates: 1e3,
  compactAfterBytes: 1024 * 1024,
  maxBufferedBytes: 16 * 1024 * 1024
};
function optionsFromEnv(env = process.env) {
  const names = {
    maxMessageBytes: "COLLAB_MAX_MESSAGE_BYTES",
    maxDocumentBytes: "COLLAB_MAX_DOCUMENT_BYTES",
    maxConnectionsPerUser: "COLLAB_MAX_CONNECTIONS_PER_USER",
    maxConnectionsPerIp: "COLLAB_MAX_CONNECTIONS_PER_IP",
    recheckIntervalMs: "COLLAB_RECHECK_MS",
    pingIntervalMs: "COLLAB_PING_MS",
    roomIdleMs: "COLLAB_ROOM_IDLE_MS",
    compactAfterUpdates: "COLLAB_COMPACT_UPDATES",
    compactAfterBytes: "COLLAB_COMPACT_BYTES",
    maxBufferedBytes: "COLLAB_MAX_BUFFERED_BYTES"
  };
  const options = {};
  for (const [key, name] of Object.entries(names)) {
    const value = Number(env[name]);
    if (env[name] && Number.isFinite(value) && value > 0) options[key] = value;
  }
  return options;
}
var ConnectionCounter = class {
  constructor(max) {
    this.max = max;
  }
  max;
  counts = /* @__PURE__ */ new Map();
  /** Takes a slot; false when the key is at its limit. */
  take(key) {
    const n = this.counts.get(key) ?? 0;
    if (n >= this.max) return false;
    this.counts.set(key, n + 1);
    return true;
  }
  release(key) {
    const n = (this.counts.get(key) ?? 0) - 1;
    if (n > 0) this.counts.set(key, n);
    else this.counts.delete(key);
  }
};
function memorySlots(max) {
  const counter = new ConnectionCounter(max);
  return {
    take: async (key) => counter.take(key),
    release: (key) => counter.release(key),
    close: () => {
    }
  };
}

// server/collab/protocol.ts
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y4 from "yjs";
var MESSAGE_SYNC = 0;
var MESSAGE_AWARENESS = 1;
var MESSAGE_QUERY_AWARENESS = 3;
var SYNC_STEP1 = 0;
var SYNC_STEP2 = 1;
var SYNC_UPDATE = 2;
var CLOSE = {
  goingAway: 1001,
  unsupported: 1003,
  invalid: 1007,
  tooBig: 1009,
  internal: 1011,
  /** The server is shutting down or restarting; clients reconnect (to it or to another process). */
  restarting: 1012,
  tryAgain: 1013,
  unauthenticated: 4401,
  forbidden: 4403,
  documentTooLarge: 4413,
  /** An update that would give a structured document a shape its schema does not allow. */
  updateRefused: 4422
};
var ProtocolError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
};
function parseMessage(data) {
  const decoder = decoding.createDecoder(data);
  let message;
  try {
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP1) message = { kind: "sync-step1", stateVector: payload };
      else if (step === SYNC_STEP2) message = { kind: "sync-step2", update: payload };
      else if (step === SYNC_UPDATE) message = { kind: "update", update: payload };
      else throw new ProtocolError(CLOSE.unsupported, `unknown sync message ${step}`);
    } else if (type === MESSAGE_AWARENESS) {
      message = { kind: "awareness", update: decoding.readVarUint8Array(decoder) };
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      message = { kind: "query-awareness" };
    } else {
      throw new ProtocolError(CLOSE.unsupported, `unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(CLOSE.invalid, `truncated message: ${error.message}`);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError(CLOSE.invalid, "trailing bytes after message");
  return message;
}
function inspectUpdate(update) {
  try {
    const { structs, ds } = Y4.decodeUpdate(update);
    return { empty: structs.length === 0 && ds.clients.size === 0 };
  } catch (error) {
    throw new ProtocolError(CLOSE.invalid, `malformed update: ${error.message}`);
  }
}
function checkStateVector(stateVector) {
  try {
    const decoder = decoding.createDecoder(stateVector);
    const n = decoding.readVarUint(decoder);
    if (n > stateVector.length) throw new Error("more clients than bytes");
    for (let i = 0; i < n; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
    if (decoding.hasContent(decoder)) throw new Error("trailing bytes");
  } catch (error) {
    throw new ProtocolError(CLOSE.invalid, `malformed state vector: ${error.message}`);
  }
}
function syncMessage(step, payload) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
function awarenessMessage(update) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

// server/collab/shared-slots.ts
import { RateLimiterRedis as RateLimiterRedis2, RateLimiterRes } from "rate-limiter-flexible";
var SharedSlots = class {
  constructor(redis, name, max, epochMs = 1e4) {
    this.max = max;
    this.epochMs = epochMs;
    this.limiter = new RateLimiterRedis2({
      storeClient: redis,
      keyPrefix: `playbook:connections:${name}`,
      points: max,
      duration: Math.ceil(2 * epochMs / 1e3) + 1,
      rejectIfRedisNotReady: true
    });
    this.registered.add(this.epoch());
    this.timer = setInterval(() => this.tick(), Math.max(50, epochMs / 4));
    this.timer.unref();
  }
  max;
  epochMs;
  limiter;
  /** What this process holds; the truth each new epoch is counted from, and the fallback. */
  held = /* @__PURE__ */ new Map();
  /** The epochs this process has added what it holds to. */
  registered = /* @__PURE__ */ new Set();
  timer;
  async take(key) {
    this.tick();
    const now = this.epoch();
    try {
      await this.limiter.consume(this.keyOf(key, now));
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        void this.limiter.reward(this.keyOf(key, now)).catch(() => {
        });
        return false;
      }
      if ((this.held.get(key) ?? 0) >= this.max) return false;
      this.held.set(key, (this.held.get(key) ?? 0) + 1);
      return true;
    }
    this.held.set(key, (this.held.get(key) ?? 0) + 1);
    if (this.registered.has(now + 1)) void this.limiter.penalty(this.keyOf(key, now + 1)).catch(() => {
    });
    return true;
  }
  release(key) {
    const n = this.held.get(key) ?? 0;
    if (n <= 0) return;
    if (n === 1) this.held.delete(key);
    else this.held.set(key, n - 1);
    const now = this.epoch();
    for (const epoch of [now, now + 1]) {
      if (this.registered.has(epoch)) void this.limiter.reward(this.keyOf(key, epoch)).catch(() => {
      });
    }
  }
  close() {
    clearInterval(this.timer);
  }
  epoch(at = Date.now()) {
    return Math.floor(at / this.epochMs);
  }
  keyOf(key, epoch) {
    return `${key}@${epoch}`;
  }
  /** Adds what this process holds to the current epoch if missed, and to the next from halfway. */
  tick() {
    const at = Date.now();
    const now = this.epoch(at);
    if (!this.registered.has(now)) this.register(now);
    if (at - now * this.epochMs >= this.epochMs / 2 && !this.registered.has(now + 1)) this.register(now + 1);
    for (const epoch of this.registered) if (epoch < now) this.registered.delete(epoch);
  }
  register(epoch) {
    this.registered.add(epoch);
    for (const [key, n] of this.held) void this.limiter.penalty(this.keyOf(key, epoch), n).catch(() => {
    });
  }
};

// server/collab/room.ts
import * as Y5 from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";

// src/lib/collab/access-message.ts
import * as decoding2 from "lib0/decoding";
import * as encoding2 from "lib0/encoding";
var MESSAGE_ACCESS = 100;
function encodeAccess(access) {
  const encoder = encoding2.createEncoder();
  encoding2.writeVarUint(encoder, MESSAGE_ACCESS);
  encoding2.writeVarUint(encoder, (access.readOnly ? 1 : 0) | (access.archived ? 2 : 0));
  return encoding2.toUint8Array(encoder);
}

// server/collab/presence.ts
import * as decoding3 from "lib0/decoding";
import * as encoding3 from "lib0/encoding";
function admitPresence(update, from, others, shown) {
  const decoder = decoding3.createDecoder(update);
  const count = decoding3.readVarUint(decoder);
  if (count > update.length) throw new Error("more entries than bytes");
  const kept = [];
  const refused = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding3.readVarUint(decoder);
    const clock = decoding3.readVarUint(decoder);
    const state = JSON.parse(decoding3.readVarString(decoder));
    if (from.presenceId === null) claim(clientId, from, others);
    if (clientId !== from.presenceId) {
      refused.push(clientId);
      continue;
    }
    const fields = state !== null && typeof state === "object" && !Array.isArray(state) ? state : {};
    kept.push({ clientId, clock, state: JSON.stringify(state === null ? null : { ...fields, user: shown }) });
  }
  if (decoding3.hasContent(decoder)) throw new Error("trailing bytes after awareness entries");
  if (!kept.length) return { update: null, refused };
  return { update: writePresenceEntries(kept), refused };
}
function claim(clientId, from, others) {
  for (const other of others) {
    if (other === from || other.presenceId !== clientId) continue;
    if (other.identity.userId !== from.identity.userId) return;
    other.presenceId = null;
  }
  from.presenceId = clientId;
}
function readPresenceEntries(update) {
  const decoder = decoding3.createDecoder(update);
  const count = decoding3.readVarUint(decoder);
  if (count > update.length) throw new Error("more entries than bytes");
  const entries = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding3.readVarUint(decoder), clock: decoding3.readVarUint(decoder), state: decoding3.readVarString(decoder) });
  }
  return entries;
}
function writePresenceEntries(entries) {
  const encoder = encoding3.createEncoder();
  encoding3.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding3.writeVarUint(encoder, entry.clientId);
    encoding3.writeVarUint(encoder, entry.clock);
    encoding3.writeVarString(encoder, entry.state);
  }
  return encoding3.toUint8Array(encoder);
}

// server/collab/room.ts
var Connection = class {
  constructor(ws, identity, readOnly, archived, maxBufferedBytes, suggestOnly = false) {
    this.ws = ws;
    this.identity = identity;
    this.readOnly = readOnly;
    this.archived = archived;
    this.maxBufferedBytes = maxBufferedBytes;
    this.suggestOnly = suggestOnly;
  }
  ws;
  identity;
  readOnly;
  archived;
  maxBufferedBytes;
  suggestOnly;
  alive = true;
  closed = false;
  /** Messages that arrived before the room finished loading. */
  queue = [];
  /** The awareness client id this connection owns; removed for everyone when it leaves. */
  presenceId = null;
  /** Changes what this connection may do while it stays open and tells its client; true when it may write again. */
  setAccess(readOnly, archived) {
    if (readOnly === this.readOnly && archived === this.archived) return false;
    const regained = this.readOnly && !readOnly;
    this.readOnly = readOnly;
    this.archived = archived;
    this.send(encodeAccess({ readOnly, archived }));
    return regained;
  }
  send(data) {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      this.close(CLOSE.tryAgain, "too_slow");
      return;
    }
    this.ws.send(data);
  }
  close(code, reason) {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code, reason);
  }
};
var APPLY = { action: "apply" };
var MAX_MERGED = 64;
var BUILD_DELAY_MS = 50;
var BUILD_WAIT_MAX_MS = 2e3;
var Room = class {
  constructor(id, deps) {
    this.id = id;
    this.deps = deps;
    this.log = deps.log.child({ documentId: id });
    const options = Object.assign({}, ...deps.hooks.map((h) => h.docOptions?.(deps.kind) ?? {}));
    this.doc = new Y5.Doc({ ...options, guid: id });
    this.awareness = this.createAwareness();
    this.doc.on("update", this.capture);
    this.doc.on("afterTransaction", (tr) => {
      this.docChanges++;
      if (this.captured && !this.applied) this.applied = tr;
    });
  }
  id;
  deps;
  doc;
  awareness;
  connections = /* @__PURE__ */ new Set();
  state = "loading";
  get kind() {
    return this.deps.kind;
  }
  /** Updates applied to `doc`, and how many of those the store holds. */
  appliedSeq = 0;
  loggedSeq = 0;
  waiting = [];
  captured = null;
  capture = (update) => this.captured?.push(update);
  /** Connections not yet asked for what they hold: asked once the doc is built (see `greet`). */
  unasked = /* @__PURE__ */ new Set();
  /** A copy of `doc` that an update is tried on first, for structured kinds and reviewers (see `beforeApply`). */
  shadow = null;
  /** Transactions on `doc` so far, and how many of them the copy holds: a copy behind is made again. */
  docChanges = 0;
  shadowAt = -1;
  /** The transaction that applied the update being handled, for `afterApply`. */
  applied = null;
  tailCount = 0;
  tailBytes = 0;
  pendingBytes = 0;
  snapshotBytes = 0;
  lastLoggedId = 0;
  compacting = false;
  idleTimer = null;
  /** The stored snapshot while it is not yet applied into `doc` (see `load`). */
  unbuilt = null;
  buildTimer = null;
  log;
  createAwareness() {
    const awareness = new awarenessProtocol.Awareness(this.doc);
    awareness.setLocalState(null);
    awareness.on("update", ({ added, updated, removed }, origin) => {
      const from = origin instanceof Connection ? origin : null;
      const changed = added.concat(updated, removed);
      const update = awarenessProtocol.encodeAwarenessUpdate(awareness, changed);
      this.broadcast(awarenessMessage(update), from);
      if (from) this.deps.peers?.presence(this, update, from.identity.userId);
    });
    return awareness;
  }
  /** Settles when `load` has finished (or failed). */
  loaded = Promise.resolve();
  /** Loads the stored state; a client is never answered before this finishes. */
  load() {
    this.loaded = this.loadStored();
    return this.loaded;
  }
  async loadStored() {
    const started = performance.now();
    try {
      const stored = await this.deps.store.load(this.id);
      if (this.state === "closed") return;
      if (stored.snapshot && !stored.updates.length) {
        this.unbuilt = stored.snapshot;
        this.buildSoon();
      } else {
        buildDocument(stored, this.doc);
      }
      this.snapshotBytes = stored.snapshot?.length ?? 0;
      this.tailCount = stored.updates.length;
      this.tailBytes = stored.updates.reduce((n, u) => n + u.length, 0);
      this.lastLoggedId = stored.lastId;
    } catch (error) {
      this.log.error({ err: error }, "collab: document failed to load");
      this.fail(CLOSE.internal, "load_failed");
      return;
    }
    this.state = "ready";
    this.deps.peers?.opened(this, this.lastLoggedId);
    this.log.debug({ ms: Math.round(performance.now() - started), updates: this.tailCount }, "collab: room loaded");
    this.runHooks(
      "afterLoad",
      (h) => h.afterLoad?.({
        documentId: this.id,
        kind: this.deps.kind,
        doc: () => {
          this.materialize();
          return this.doc;
        },
        lastId: this.lastLoggedId
      })
    );
    for (const conn of this.connections) {
      this.greet(conn);
      const queued = conn.queue;
      conn.queue = [];
      for (const data of queued) this.receive(conn, data);
    }
    this.maybeCompact();
  }
  /**
   * Builds the doc once the stored bytes sent to the clients here have left: building a large
   * one holds the event loop for a while, and a send still in progress would wait behind it.
   */
  buildSoon(waited = 0) {
    this.buildTimer = setTimeout(() => {
      const sending = [...this.connections].some((c) => c.ws.bufferedAmount > 0);
      if (sending && waited < BUILD_WAIT_MAX_MS) this.buildSoon(waited + BUILD_DELAY_MS);
      else this.materialize();
    }, BUILD_DELAY_MS);
    this.buildTimer.unref?.();
  }
  /** Applies the stored snapshot into the room's doc, if that has not happened yet. */
  materialize() {
    if (this.buildTimer) clearTimeout(this.buildTimer);
    this.buildTimer = null;
    if (!this.unbuilt || this.state === "closed") return;
    const snapshot = this.unbuilt;
    this.unbuilt = null;
    this.doc.off("update", this.capture);
    try {
      Y5.applyUpdate(this.doc, snapshot);
    } finally {
      this.doc.on("update", this.capture);
    }
    const unasked = [...this.unasked];
    this.unasked.clear();
    for (const conn of unasked) if (!conn.closed && this.connections.has(conn)) this.ask(conn);
  }
  stateAsUpdate(stateVector) {
    if (!this.unbuilt) return Y5.encodeStateAsUpdate(this.doc, stateVector);
    const empty = stateVector.length === 1 && stateVector[0] === 0;
    return empty ? this.unbuilt : Y5.diffUpdate(this.unbuilt, stateVector);
  }
  join(conn) {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    this.connections.add(conn);
    if (this.state === "ready") this.greet(conn);
  }
  greet(conn) {
    this.ask(conn);
    const states = this.awareness.getStates();
    if (states.size) conn.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
    if (conn.readOnly) conn.send(encodeAccess({ readOnly: true, archived: conn.archived }));
  }
  /**
   * Asks a client for what the room lacks, as on connect. After read-only time its edits since
   * then were dropped, and later ones would wait forever on them (Yjs applies a client's edits in order).
   */
  resync(conn) {
    if (this.state !== "ready") return;
    this.ask(conn);
  }
  /**
   * Sends the room's state vector, so the client sends what the room lacks. While the doc is
   * not built yet (a stored snapshot, answered from its bytes), reading the vector out of the
   * snapshot would cost about as much as building it (75 ms for 1 MB), ahead of the reply the
   * client is waiting for: the client is asked once the doc is built, moments later.
   */
  ask(conn) {
    if (this.unbuilt) this.unasked.add(conn);
    else conn.send(syncMessage(SYNC_STEP1, Y5.encodeStateVector(this.doc)));
  }
  leave(conn) {
    this.unasked.delete(conn);
    if (!this.connections.delete(conn)) return;
    if (conn.presenceId !== null && this.state !== "closed") {
      awarenessProtocol.removeAwarenessStates(this.awareness, [conn.presenceId], conn);
    }
    if (!this.connections.size && this.state !== "closed") this.scheduleUnload();
  }
  receive(conn, data) {
    if (conn.closed || this.state === "closed") return;
    if (this.state === "loading") {
      conn.queue.push(data);
      return;
    }
    try {
      const message = parseMessage(data);
      switch (message.kind) {
        case "sync-step1": {
          checkStateVector(message.stateVector);
          const reply = syncMessage(SYNC_STEP2, this.stateAsUpdate(message.stateVector));
          this.afterLogged(() => conn.send(reply));
          break;
        }
        case "sync-step2":
        case "update":
          this.applyFrom(conn, message.update, message.kind);
          break;
        case "awareness":
          this.presenceFrom(conn, message.update);
          break;
        case "query-awareness":
          conn.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
          break;
      }
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      this.log.warn({ userId: conn.identity.userId, ip: conn.identity.ip, code: error.code, reason: error.message }, "collab: bad message, connection closed");
      conn.close(error.code, error.code === CLOSE.unsupported ? "unsupported_message" : "invalid_message");
    }
  }
  /**
   * A change the server makes itself (seeding, an accepted model update): applied in one
   * transaction, logged, then relayed to everyone here. Settles once it is stored.
   */
  async change(edit, by = null) {
    await this.loaded;
    if (this.state !== "ready") throw new Error(`room ${this.id} is not open`);
    this.materialize();
    this.dropScratch();
    this.captured = [];
    this.applied = null;
    try {
      this.doc.transact(() => edit(this.doc), "server");
    } catch (error) {
      this.captured = null;
      this.fail(CLOSE.internal, "room_reset");
      throw error;
    }
    const produced = this.captured;
    this.captured = null;
    const tr = this.applied;
    this.applied = null;
    if (tr) for (const hook of this.deps.hooks) hook.afterApply?.({ documentId: this.id, kind: this.deps.kind, doc: this.doc, tr, from: null, by });
    this.logThenRelay(produced, null, by);
    await new Promise((resolve2) => this.afterLogged(resolve2));
    if (!this.connections.size) this.scheduleUnload();
  }
  /** Applies what a connection says of its own presence, with the name and role the server knows. */
  presenceFrom(conn, update) {
    let admitted;
    try {
      admitted = admitPresence(update, conn, this.presenceOwners(), conn.identity.shown);
      if (admitted.update) awarenessProtocol.applyAwarenessUpdate(this.awareness, admitted.update, conn);
    } catch (error) {
      throw new ProtocolError(CLOSE.invalid, `malformed awareness update: ${error.message}`);
    }
    if (admitted.refused.length) this.log.warn({ userId: conn.identity.userId, ip: conn.identity.ip, refused: admitted.refused }, "collab: presence for a client id this connection does not own refused");
  }
  *presenceOwners() {
    yield* this.connections;
    if (this.deps.peers) yield* this.deps.peers.owners(this);
  }
  /**
   * An update another process has stored: applied here and relayed to this room's clients at
   * once, since the store holds it. If it completes a client's edit that was waiting on it, what
   * that releases is not stored yet, so it takes the usual way: logged, then relayed.
   */
  applyStored(update) {
    if (this.state !== "ready") return;
    this.materialize();
    this.dropScratch();
    const hadPending = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
    this.captured = [];
    this.applied = null;
    try {
      Y5.applyUpdate(this.doc, update, "store");
    } catch (error) {
      this.captured = null;
      this.log.error({ err: error }, "collab: stored update failed to apply; room reset");
      this.fail(CLOSE.internal, "room_reset");
      return;
    }
    const produced = this.captured;
    this.captured = null;
    this.applied = null;
    if (!produced.length) return;
    const bytes = produced.reduce((n, u) => n + u.length, 0);
    this.tailBytes += bytes;
    if (hadPending) this.logThenRelay(produced, null, null);
    else this.relay(produced.map((u) => ({ update: u, except: null, by: null })));
  }
  applyFrom(conn, update, kind) {
    let tried = false;
    const incoming = {
      kind: conn.identity.kind,
      readOnly: conn.readOnly,
      suggestOnly: conn.suggestOnly,
      identity: conn.identity,
      doc: () => {
        this.materialize();
        return this.doc;
      },
      scratch: () => {
        tried = true;
        return this.scratchCopy();
      },
      update
    };
    let verdict = APPLY;
    for (const hook of this.deps.hooks) {
      verdict = hook.beforeApply?.(incoming) ?? APPLY;
      if (verdict.action !== "apply") break;
    }
    if (verdict.action === "close") this.dropScratch();
    if (verdict.action === "drop") {
      if (kind === "update") this.log.debug({ userId: conn.identity.userId, reason: verdict.reason }, "collab: update dropped");
      return;
    }
    if (verdict.action === "close") {
      this.log.warn({ userId: conn.identity.userId, ip: conn.identity.ip, reason: verdict.reason, problems: verdict.problems }, "collab: update refused, connection closed");
      conn.close(verdict.code, verdict.reason);
      return;
    }
    if (inspectUpdate(update).empty) return;
    const size = this.snapshotBytes + this.tailBytes + this.pendingBytes;
    if (size + update.length > this.deps.options.maxDocumentBytes) {
      this.dropScratch();
      this.log.warn({ userId: conn.identity.userId, size, update: update.length }, "collab: document at its size limit, growth refused");
      conn.close(CLOSE.documentTooLarge, "document_too_large");
      return;
    }
    this.materialize();
    const hadPending = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
    this.captured = [];
    this.applied = null;
    try {
      Y5.applyUpdate(this.doc, update, conn);
    } catch (error) {
      this.captured = null;
      this.log.error({ err: error, userId: conn.identity.userId }, "collab: update failed to apply; room reset");
      conn.close(CLOSE.invalid, "invalid_update");
      this.fail(CLOSE.internal, "room_reset");
      return;
    }
    if (tried && this.shadow) this.shadowAt = this.docChanges;
    const produced = this.captured;
    this.captured = null;
    const tr = this.applied;
    this.applied = null;
    let checked = APPLY;
    if (tr) {
      for (const hook of this.deps.hooks) {
        checked = hook.afterApply?.({ documentId: this.id, kind: this.deps.kind, doc: this.doc, tr, from: conn.identity, by: conn.identity.userId }) ?? APPLY;
        if (checked.action === "close") break;
      }
    }
    if (checked.action === "close") {
      this.log.warn({ userId: conn.identity.userId, ip: conn.identity.ip, reason: checked.reason, problems: checked.problems }, "collab: update refused after applying; room reset");
      conn.close(checked.code, checked.reason);
      this.fail(CLOSE.internal, "room_reset");
      return;
    }
    this.logThenRelay(produced, hadPending ? null : conn, conn.identity.userId);
  }
  /** Kept from one update to the next, so trying one costs what applying it does, not a copy of the document. */
  scratchCopy() {
    this.materialize();
    if (this.shadow && this.shadowAt !== this.docChanges) this.dropScratch();
    if (!this.shadow) {
      this.shadow = new Y5.Doc({ guid: `${this.id}:scratch` });
      Y5.applyUpdate(this.shadow, Y5.encodeStateAsUpdate(this.doc));
      this.shadowAt = this.docChanges;
    }
    return this.shadow;
  }
  dropScratch() {
    this.shadow?.destroy();
    this.shadow = null;
  }
  /** Hands what the doc actually changed to the writer; each is relayed once it is stored. */
  logThenRelay(produced, except, by) {
    for (const effective of produced) {
      const seq = ++this.appliedSeq;
      this.pendingBytes += effective.length;
      this.deps.writer.add(this, effective, seq);
      this.waiting.push({ seq, update: effective, except, by });
    }
  }
  /** Hook work off the relay path, one after another per room, waited for at shutdown. */
  hookChain = Promise.resolve();
  runHooks(name, call) {
    if (!this.deps.hooks.length) return;
    const work = this.hookChain.then(async () => {
      for (const hook of this.deps.hooks) {
        try {
          await call(hook);
        } catch (error) {
          this.log.error({ err: error, hook: hook.name, stage: name }, "collab: hook failed");
        }
      }
    });
    this.hookChain = work;
    this.deps.track(work);
  }
  /** Runs `run` once everything applied so far is in the store. */
  afterLogged(run) {
    if (this.loggedSeq >= this.appliedSeq && !this.waiting.length) run();
    else this.waiting.push({ seq: this.appliedSeq, run });
  }
  /** The writer stored this room's updates up to `seq` (the newest has id `lastId`). */
  logged(seq, lastId, count, bytes) {
    if (this.state === "closed") return;
    this.loggedSeq = seq;
    this.lastLoggedId = lastId;
    this.tailCount += count;
    this.tailBytes += bytes;
    this.pendingBytes -= bytes;
    let i = 0;
    while (i < this.waiting.length && this.waiting[i].seq <= seq) i++;
    const due = this.waiting.slice(0, i);
    this.waiting = i === this.waiting.length ? [] : this.waiting.slice(i);
    let updates = [];
    const by = due.flatMap((item) => "update" in item ? [item.by] : []);
    if (by.length) {
      const stored = { documentId: this.id, kind: this.deps.kind, doc: this.doc, lastId, by, at: Date.now() };
      this.runHooks("afterStored", (h) => h.afterStored?.(stored));
    }
    for (const item of due) {
      if ("update" in item) {
        updates.push(item);
        continue;
      }
      this.relay(updates);
      updates = [];
      item.run();
    }
    this.relay(updates);
    this.maybeCompact();
  }
  /**
   * Relays stored updates in order. Edits that arrived together go out as one merged message, so
   * under load every client gets fewer, fuller frames; a sender then gets its own edit back inside
   * it, which Yjs ignores (the reference server echoes every edit).
   */
  relay(updates) {
    for (let i = 0; i < updates.length; i += MAX_MERGED) {
      const run = updates.slice(i, i + MAX_MERGED);
      const except = run.every((u) => u.except === run[0].except) ? run[0].except : null;
      const update = run.length === 1 ? run[0].update : Y5.mergeUpdates(run.map((u) => u.update));
      this.broadcast(syncMessage(SYNC_UPDATE, update), except);
    }
  }
  broadcast(data, except) {
    for (const conn of this.connections) if (conn !== except) conn.send(data);
  }
  /**
   * Asks the store to fold the log into the snapshot. The store builds the new state from what it
   * holds, never from this room's doc: another process may have logged rows this room never saw.
   */
  maybeCompact(force = false) {
    const { compactAfterUpdates, compactAfterBytes } = this.deps.options;
    if (this.compacting || this.state !== "ready" && !force) return;
    if (!this.tailCount || !force && this.tailCount < compactAfterUpdates && this.tailBytes < compactAfterBytes) return;
    this.compacting = true;
    const through = this.lastLoggedId;
    const count = this.tailCount;
    const bytes = this.tailBytes;
    const work = this.deps.store.compact(this.id, through).then((done) => {
      this.tailCount -= count;
      this.tailBytes -= bytes;
      if (done) this.snapshotBytes = done.snapshotBytes;
      this.log.debug({ through, compacted: done }, done ? "collab: log compacted" : "collab: log compaction left to another");
    }).catch((error) => this.log.error({ err: error }, "collab: compaction failed")).finally(() => {
      this.compacting = false;
    });
    this.deps.track(work);
  }
  scheduleUnload() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.unloadIfIdle(), this.deps.options.roomIdleMs);
    this.idleTimer.unref?.();
  }
  unloadIfIdle() {
    this.idleTimer = null;
    if (this.connections.size || this.state === "closed") return;
    if (this.loggedSeq < this.appliedSeq || this.state === "loading") {
      this.scheduleUnload();
      return;
    }
    this.maybeCompact(true);
    this.close();
  }
  /** Drops the room: connections are told to come back (they reload from the store). */
  fail(code, reason) {
    for (const conn of this.connections) conn.close(code, reason);
    this.close();
  }
  close() {
    if (this.state === "closed") return;
    this.state = "closed";
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.buildTimer) clearTimeout(this.buildTimer);
    this.unbuilt = null;
    this.waiting = [];
    this.dropScratch();
    this.deps.peers?.closed(this);
    this.awareness.destroy();
    this.deps.onClose(this);
    const unloaded = { documentId: this.id, kind: this.deps.kind };
    this.runHooks("afterUnload", (h) => h.afterUnload?.(unloaded));
    void this.hookChain.then(() => this.doc.destroy());
  }
};

// src/lib/server/document-store-postgres.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { sql as sql6 } from "kysely";
var ROWS_PER_INSERT2 = 1e3;
var PostgresDocumentStore = class {
  constructor(db, leaseMs = 3e4) {
    this.db = db;
    this.leaseMs = leaseMs;
  }
  db;
  leaseMs;
  holder = randomUUID2();
  load(documentId) {
    return loadStored(this.db, documentId);
  }
  loadSince(documentId, afterId) {
    return loadSince(this.db, documentId, afterId);
  }
  async append(batch) {
    if (!batch.length) return [];
    const now = Date.now();
    const write = async (db) => {
      const ids = [];
      for (let i = 0; i < batch.length; i += ROWS_PER_INSERT2) {
        const rows = batch.slice(i, i + ROWS_PER_INSERT2).map((u) => ({ document_id: u.documentId, data: u.update, created_at: now }));
        const inserted = await db.insertInto("document_update").values(rows).returning("id").execute();
        for (const r of inserted) ids.push(r.id);
      }
      return ids;
    };
    return batch.length <= ROWS_PER_INSERT2 ? write(this.db) : this.db.transaction().execute(write);
  }
  async compact(documentId, throughId) {
    if (!await takeLease(this.db, documentId, this.holder, this.leaseMs)) return null;
    try {
      await this.db.transaction().execute((trx) => sql6`lock table document_update in share mode`.execute(trx));
      const held = await readThrough(this.db, documentId, throughId);
      if (!held.rows.length) return null;
      const state = await foldUpdates(held.snapshot, held.rows.map((r) => r.data));
      const through = held.rows[held.rows.length - 1].id;
      const now = Date.now();
      const done = await this.db.transaction().execute(async (trx) => {
        const replaced = await trx.insertInto("document_snapshot").values({ document_id: documentId, data: state, through_id: through, updated_at: now }).onConflict(
          (oc) => oc.column("document_id").doUpdateSet({ data: state, through_id: through, updated_at: now }).where("document_snapshot.through_id", "=", held.snapshotThrough)
        ).returning("document_id").executeTakeFirst();
        if (!replaced) return false;
        await trx.deleteFrom("document_update").where("document_id", "=", documentId).where("id", ">", held.snapshotThrough).where("id", "<=", through).execute();
        return true;
      });
      if (!done) return null;
      return { throughId: through, rows: held.rows.length, rowBytes: held.rows.reduce((n, r) => n + r.data.length, 0), snapshotBytes: state.length };
    } finally {
      await releaseLease(this.db, documentId, this.holder);
    }
  }
};

// server/collab/writer.ts
var UpdateWriter = class {
  constructor(store, log, stored) {
    this.store = store;
    this.log = log;
    this.stored = stored;
  }
  store;
  log;
  stored;
  rows = [];
  scheduled = false;
  writing = null;
  add(room, update, seq) {
    this.rows.push({ room, update, seq });
    if (!this.scheduled && !this.writing) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }
  flush() {
    this.scheduled = false;
    if (this.writing || !this.rows.length) return;
    const batch = this.rows;
    this.rows = [];
    this.writing = this.write(batch).finally(() => {
      this.writing = null;
      this.flush();
    });
  }
  async write(batch) {
    let ids;
    try {
      ids = await this.store.append(batch.map((r) => ({ documentId: r.room.id, update: r.update })));
    } catch (error) {
      this.log.error({ err: error, rows: batch.length }, "collab: update log write failed; rooms reset");
      for (const room of new Set(batch.map((r) => r.room))) room.fail(CLOSE.internal, "storage_failed");
      return;
    }
    const perRoom = /* @__PURE__ */ new Map();
    batch.forEach((row, i) => {
      const entry = perRoom.get(row.room) ?? { seq: 0, lastId: 0, count: 0, bytes: 0 };
      entry.seq = row.seq;
      entry.lastId = ids[i];
      entry.count++;
      entry.bytes += row.update.length;
      perRoom.set(row.room, entry);
    });
    if (this.stored) {
      const rows = /* @__PURE__ */ new Map();
      batch.forEach((row, i) => {
        const list = rows.get(row.room) ?? [];
        list.push({ id: ids[i], update: row.update });
        rows.set(row.room, list);
      });
      for (const [room, list] of rows) {
        try {
          this.stored(room.id, list);
        } catch (error) {
          this.log.error({ err: error, documentId: room.id }, "collab: announcing stored updates failed");
        }
      }
    }
    for (const [room, e] of perRoom) {
      try {
        room.logged(e.seq, e.lastId, e.count, e.bytes);
      } catch (error) {
        this.log.error({ err: error, documentId: room.id }, "collab: relay failed");
      }
    }
  }
  /** Resolves when everything added so far is stored. */
  async idle() {
    while (this.scheduled || this.writing || this.rows.length) {
      if (this.writing) await this.writing;
      else await new Promise((r) => setImmediate(r));
    }
  }
};

// server/collab/scale-out.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// server/collab/log-follower.ts
var SETTLE_MS = 5e3;
var LogFollower = class {
  constructor(room, store, log, loadedThrough, settleMs = SETTLE_MS) {
    this.room = room;
    this.store = store;
    this.log = log;
    this.settleMs = settleMs;
    this.mark = loadedThrough;
  }
  room;
  store;
  log;
  settleMs;
  /** Every row with an id up to here is in the room's doc. */
  mark;
  /** Rows past `mark` the room already has (its own, or announced). */
  seen = /* @__PURE__ */ new Set();
  running = null;
  again = false;
  /** How far the room is known to hold the log, for tests and logs. */
  get through() {
    return this.mark;
  }
  /** Rows this process stored itself: the room has them. */
  own(ids) {
    for (const id of ids) if (id > this.mark) this.seen.add(id);
  }
  /** Announced rows, in the order their writer stored them; `gap`: an announcement before them went missing. */
  take(rows, gap) {
    let read = gap;
    for (const row of rows) {
      if (row.id <= this.mark || this.seen.has(row.id)) continue;
      if (!row.data) {
        read = true;
        continue;
      }
      this.room.applyStored(row.data);
      this.seen.add(row.id);
    }
    if (read) void this.catchUp();
  }
  /** Reads the log past `mark` and applies what the room lacks; one read at a time, the last request always served. */
  catchUp() {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.read().finally(() => {
      this.running = null;
      if (this.again && this.room.state !== "closed") {
        this.again = false;
        void this.catchUp();
      }
    });
    return this.running;
  }
  async read() {
    if (this.room.state !== "ready") return;
    const startedAt = Date.now();
    let since;
    try {
      since = await this.store.loadSince(this.room.id, this.mark);
    } catch (error) {
      this.log.warn({ err: error, documentId: this.room.id }, "collab: reading the update log to catch up failed; tried again on the next tick");
      return;
    }
    if (this.room.state !== "ready") return;
    let mark = this.mark;
    if (since.snapshot) {
      this.room.applyStored(since.snapshot.data);
      mark = Math.max(mark, since.snapshot.throughId);
    }
    let settled = true;
    for (const row of since.updates) {
      if (!this.seen.has(row.id)) {
        this.room.applyStored(row.data);
        this.seen.add(row.id);
      }
      settled &&= row.createdAt <= startedAt - this.settleMs;
      if (settled) mark = row.id;
    }
    this.mark = mark;
    for (const id of this.seen) if (id <= mark) this.seen.delete(id);
  }
};

// server/collab/peers.ts
import * as decoding4 from "lib0/decoding";
import * as encoding4 from "lib0/encoding";
var MAX_CARRIED_BYTES = 16 * 1024;
var PREFIX = "playbook:log:";
var logChannel = (documentId) => `${PREFIX}${documentId}`;
function encodeAnnouncement(a) {
  const encoder = encoding4.createEncoder();
  encoding4.writeVarString(encoder, a.from);
  encoding4.writeVarUint(encoder, a.seq);
  encoding4.writeVarUint(encoder, a.rows.length);
  for (const row of a.rows) {
    encoding4.writeVarUint(encoder, row.id);
    encoding4.writeVarUint(encoder, row.data ? 1 : 0);
    if (row.data) encoding4.writeVarUint8Array(encoder, row.data);
  }
  return Buffer.from(encoding4.toUint8Array(encoder));
}
function decodeAnnouncement(documentId, message) {
  const decoder = decoding4.createDecoder(message);
  const from = decoding4.readVarString(decoder);
  const seq = decoding4.readVarUint(decoder);
  const count = decoding4.readVarUint(decoder);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const id = decoding4.readVarUint(decoder);
    const carried = decoding4.readVarUint(decoder) === 1;
    rows.push({ id, data: carried ? decoding4.readVarUint8Array(decoder).slice() : null });
  }
  return { from, seq, documentId, rows };
}
var Announcements = class {
  constructor(link, processId, receive, refused) {
    this.link = link;
    this.processId = processId;
    this.receive = receive;
    this.refused = refused;
    link.on(PREFIX, (channel, message) => this.arrived(channel.slice(PREFIX.length), message));
    link.onPublisherBack = () => this.madeUp();
  }
  link;
  processId;
  receive;
  refused;
  sent = /* @__PURE__ */ new Map();
  /** Documents with an announcement that did not go out: on the publisher's return, peers are told to read the log. */
  unsent = /* @__PURE__ */ new Set();
  /** Per document, per announcing process: the last number seen. */
  heard = /* @__PURE__ */ new Map();
  announce(documentId, rows) {
    const seq = (this.sent.get(documentId) ?? 0) + 1;
    this.sent.set(documentId, seq);
    let budget = MAX_CARRIED_BYTES * 4;
    const announced = rows.map((r) => {
      const carried = r.update.length <= MAX_CARRIED_BYTES && r.update.length <= budget;
      if (carried) budget -= r.update.length;
      return { id: r.id, data: carried ? r.update : null };
    });
    this.publish(documentId, seq, announced);
  }
  publish(documentId, seq, rows) {
    this.link.publish(logChannel(documentId), encodeAnnouncement({ from: this.processId, seq, documentId, rows }), () => this.unsent.add(documentId));
  }
  /** An announcement of no rows: "read the log", for each document whose announcements were lost here. */
  madeUp() {
    const documents = [...this.unsent];
    this.unsent.clear();
    for (const documentId of documents) {
      const seq = (this.sent.get(documentId) ?? 0) + 1;
      this.sent.set(documentId, seq);
      this.publish(documentId, seq, []);
    }
  }
  /** Starts hearing a document's announcements; resolves true once Redis has the subscription. */
  follow(documentId) {
    this.heard.set(documentId, /* @__PURE__ */ new Map());
    return this.link.subscribe(logChannel(documentId));
  }
  unfollow(documentId) {
    this.heard.delete(documentId);
    this.link.unsubscribe(logChannel(documentId));
  }
  arrived(documentId, message) {
    const heard = this.heard.get(documentId);
    if (!heard) return;
    let announcement;
    try {
      announcement = decodeAnnouncement(documentId, message);
    } catch (error) {
      this.refused(documentId, error);
      return;
    }
    if (announcement.from === this.processId) return;
    const last = heard.get(announcement.from);
    heard.set(announcement.from, announcement.seq);
    const gap = last !== void 0 && announcement.seq !== last + 1 || !announcement.rows.length;
    this.receive(documentId, announcement.rows, gap);
  }
};

// server/collab/presence-relay.ts
import * as awarenessProtocol2 from "y-protocols/awareness";
var PREFIX2 = "playbook:presence:";
var PROCESSES = "playbook:processes";
var FROM_PEER = /* @__PURE__ */ Symbol("from another process");
var DEFAULT_PRESENCE_TIMINGS = { heartbeatMs: 2e3, deadAfterMs: 7e3 };
var PresenceRelay = class {
  constructor(link, processId, log, timings) {
    this.link = link;
    this.processId = processId;
    this.log = log;
    this.timings = timings;
    link.on(PREFIX2, (channel, message) => this.arrived(channel.slice(PREFIX2.length), message));
    link.on(PROCESSES, (_channel, message) => this.heard(message.toString()));
    void link.subscribe(PROCESSES);
    this.timer = setInterval(() => this.beat(), timings.heartbeatMs);
    this.timer.unref();
  }
  link;
  processId;
  log;
  timings;
  rooms = /* @__PURE__ */ new Map();
  lastHeard = /* @__PURE__ */ new Map();
  timer;
  opened(room) {
    this.rooms.set(room.id, { room, peers: /* @__PURE__ */ new Map() });
    void this.link.subscribe(PREFIX2 + room.id).then((subscribed) => {
      if (subscribed) this.ask(room.id);
    });
  }
  closed(room) {
    if (this.rooms.get(room.id)?.room !== room) return;
    this.rooms.delete(room.id);
    this.link.unsubscribe(PREFIX2 + room.id);
  }
  /** A connection here changed its presence: tell the others. */
  changed(room, update, userId) {
    const entry = this.rooms.get(room.id);
    if (!entry) return;
    let entries;
    try {
      entries = readPresenceEntries(update);
    } catch {
      return;
    }
    const owners = {};
    for (const e of entries) {
      owners[e.clientId] = userId;
      entry.peers.delete(e.clientId);
    }
    this.send(room.id, { kind: "presence", from: this.processId, update: Buffer.from(update).toString("base64"), owners });
  }
  owners(room) {
    const entry = this.rooms.get(room.id);
    if (!entry) return [];
    return [...entry.peers].map(([clientId, peer]) => ({ presenceId: clientId, identity: { userId: peer.userId } }));
  }
  /** Redis is back: ask everyone for their presence and tell them ours. */
  reconnected() {
    for (const id of this.rooms.keys()) {
      this.ask(id);
      this.tell(id);
    }
  }
  /** Redis is away: presence from other processes can no longer be kept current. */
  disconnected() {
    for (const process2 of [...this.lastHeard.keys()]) this.drop(process2);
  }
  close() {
    clearInterval(this.timer);
  }
  ask(documentId) {
    this.send(documentId, { kind: "query", from: this.processId });
  }
  /** Everything the connections here have set on the document. */
  tell(documentId) {
    const entry = this.rooms.get(documentId);
    if (!entry || entry.room.state === "closed") return;
    const owners = {};
    const ids = [];
    const states = entry.room.awareness.getStates();
    for (const conn of entry.room.connections) {
      if (conn.presenceId === null || !states.has(conn.presenceId)) continue;
      owners[conn.presenceId] = conn.identity.userId;
      ids.push(conn.presenceId);
    }
    if (!ids.length) return;
    const update = awarenessProtocol2.encodeAwarenessUpdate(entry.room.awareness, ids);
    this.send(documentId, { kind: "presence", from: this.processId, update: Buffer.from(update).toString("base64"), owners });
  }
  send(documentId, message) {
    this.link.publish(PREFIX2 + documentId, JSON.stringify(message));
  }
  beat() {
    this.link.publish(PROCESSES, this.processId);
    const now = Date.now();
    for (const [process2, at] of this.lastHeard) if (now - at > this.timings.deadAfterMs) this.drop(process2);
  }
  heard(process2) {
    if (process2 !== this.processId) this.lastHeard.set(process2, Date.now());
  }
  /** Takes a process's people off every document here. */
  drop(process2) {
    this.lastHeard.delete(process2);
    for (const { room, peers } of this.rooms.values()) {
      const ids = [...peers].filter(([, p]) => p.process === process2).map(([id]) => id);
      for (const id of ids) peers.delete(id);
      if (!ids.length || room.state === "closed") continue;
      awarenessProtocol2.removeAwarenessStates(room.awareness, ids, FROM_PEER);
      for (const id of ids) room.awareness.meta.delete(id);
    }
  }
  arrived(documentId, raw) {
    const entry = this.rooms.get(documentId);
    if (!entry || entry.room.state === "closed") return;
    let message;
    try {
      message = JSON.parse(raw.toString());
    } catch {
      this.log.warn({ documentId }, "collab: unreadable presence message from Redis ignored");
      return;
    }
    if (message.from === this.processId) return;
    this.heard(message.from);
    if (message.kind === "query") return this.tell(documentId);
    try {
      this.apply(entry, message);
    } catch (error) {
      this.log.warn({ documentId, err: error }, "collab: malformed presence message from Redis ignored");
    }
  }
  apply(entry, message) {
    const local = /* @__PURE__ */ new Set();
    for (const conn of entry.room.connections) if (conn.presenceId !== null) local.add(conn.presenceId);
    const kept = readPresenceEntries(Buffer.from(message.update, "base64")).filter((e) => !local.has(e.clientId) && typeof message.owners[e.clientId] === "string");
    if (!kept.length) return;
    for (const e of kept) {
      if (e.state === "null") entry.peers.delete(e.clientId);
      else entry.peers.set(e.clientId, { process: message.from, userId: message.owners[e.clientId] });
    }
    awarenessProtocol2.applyAwarenessUpdate(entry.room.awareness, writePresenceEntries(kept), FROM_PEER);
  }
};

// server/collab/redis-link.ts
var RedisLink = class {
  pub;
  sub;
  channels = /* @__PURE__ */ new Set();
  handlers = [];
  outage;
  closing = false;
  up = false;
  onUp = () => {
  };
  onDown = () => {
  };
  /** The publishing connection is back: what could not be said meanwhile can be made up for. */
  onPublisherBack = () => {
  };
  constructor(url, log) {
    this.outage = new RedisOutage(log, "each open document reads the update log every second until it is back", "live documents follow each other through it");
    this.pub = openRedis(url, this.outage, { lazyConnect: true, enableAutoPipelining: true });
    this.sub = openRedis(url, this.outage, { lazyConnect: true, autoResubscribe: false });
    this.sub.on("ready", () => void this.subscribeAll());
    this.pub.on("ready", () => this.onPublisherBack());
    this.sub.on("close", () => this.lost());
    this.sub.on("messageBuffer", (channel, message) => {
      const name = channel.toString();
      for (const h of this.handlers) if (name.startsWith(h.prefix)) h.handle(name, message);
    });
    void this.pub.connect().catch(() => {
    });
    void this.sub.connect().catch(() => {
    });
  }
  /** Messages on channels starting with `prefix` go to `handle`. */
  on(prefix, handle) {
    this.handlers.push({ prefix, handle });
  }
  /** Resolves true once subscribed; false while Redis is away (the subscription is made when it is back). */
  async subscribe(channel) {
    this.channels.add(channel);
    if (!this.up) return false;
    try {
      await this.sub.subscribe(channel);
      return true;
    } catch {
      return false;
    }
  }
  unsubscribe(channel) {
    this.channels.delete(channel);
    if (this.up) void this.sub.unsubscribe(channel).catch(() => {
    });
  }
  /** Fire and forget; `failed` hears of a message that did not go (peers must then read the log). */
  publish(channel, message, failed) {
    if (this.pub.status !== "ready") return failed?.();
    void this.pub.publish(channel, message).catch(() => failed?.());
  }
  async subscribeAll() {
    try {
      if (this.channels.size) await this.sub.subscribe(...this.channels);
    } catch (error) {
      this.outage.lost(this.sub, error);
      return;
    }
    if (this.sub.status !== "ready") return;
    this.up = true;
    this.onUp();
  }
  lost() {
    if (this.closing) return;
    const wasUp = this.up;
    this.up = false;
    if (wasUp) {
      this.outage.lost(this.sub, new Error("connection to Redis closed"));
      this.onDown();
    }
  }
  async close() {
    this.closing = true;
    this.up = false;
    await Promise.all([closeRedis(this.pub), closeRedis(this.sub)]);
  }
};

// server/collab/scale-out.ts
var DEFAULT_POLL_MS = 1e3;
function scaleOutFromEnv(redisUrl, env = process.env) {
  const pollMs = Number(env.COLLAB_POLL_MS);
  const polling = Number.isFinite(pollMs) && pollMs > 0;
  if (!redisUrl && !polling) return null;
  return { redisUrl, pollMs: polling ? pollMs : void 0 };
}
var DEFAULT_SWEEP_MS = 1e4;
var SWEEP_SLICES = 20;
var ScaleOut = class {
  constructor(store, log, setup) {
    this.store = store;
    this.log = log;
    this.setup = setup;
    const { redisUrl } = setup;
    this.link = redisUrl ? new RedisLink(redisUrl, log) : null;
    if (this.link) {
      const link = this.link;
      this.announcements = new Announcements(
        link,
        this.processId,
        (documentId, rows, gap) => this.announced(documentId, rows, gap),
        (documentId, error) => log.warn({ documentId, err: error }, "collab: unreadable announcement from Redis; reading the log instead")
      );
      this.presenceRelay = new PresenceRelay(link, this.processId, log, { ...DEFAULT_PRESENCE_TIMINGS, ...setup.presence });
      link.onUp = () => this.reconnected();
      link.onDown = () => this.presenceRelay?.disconnected();
      this.sweepTimer = this.everyRoom(setup.sweepMs ?? DEFAULT_SWEEP_MS, () => true);
    } else {
      this.announcements = null;
      this.presenceRelay = null;
      this.sweepTimer = null;
    }
    this.pollTimer = this.everyRoom(setup.pollMs ?? DEFAULT_POLL_MS, () => !this.link?.up);
  }
  store;
  log;
  setup;
  processId = randomUUID3();
  /** Each open room's follower, and its slot in the sweeps (see `everyRoom`). */
  followers = /* @__PURE__ */ new Map();
  slots = 0;
  link;
  announcements;
  presenceRelay;
  pollTimer;
  sweepTimer;
  /**
   * Has every open room read the log once per `ms` while `when()`, a slice of the rooms at a
   * time: a thousand rooms reading at once held the event loop long enough to delay every relay.
   */
  everyRoom(ms, when) {
    let slot = 0;
    const timer = setInterval(() => {
      slot = (slot + 1) % SWEEP_SLICES;
      if (!when()) return;
      for (const entry of this.followers.values()) if (entry.slot === slot) void entry.follower.catchUp();
    }, ms / SWEEP_SLICES);
    timer.unref();
    return timer;
  }
  /** True while Redis carries announcements (and presence) between the processes. */
  get connected() {
    return this.link?.up ?? false;
  }
  /** The writer committed these rows: the room has them; the others hear of them. */
  stored(documentId, rows) {
    this.followers.get(documentId)?.follower.own(rows.map((r) => r.id));
    this.announcements?.announce(documentId, rows);
  }
  opened(room, lastId) {
    const follower = new LogFollower(room, this.store, this.log, lastId, this.setup.settleMs ?? SETTLE_MS);
    this.followers.set(room.id, { room, follower, slot: this.slots++ % SWEEP_SLICES });
    this.presenceRelay?.opened(room);
    if (!this.announcements) return;
    void this.announcements.follow(room.id).then(async (subscribed) => {
      if (subscribed) await follower.catchUp();
    });
  }
  closed(room) {
    if (this.followers.get(room.id)?.room !== room) return;
    this.followers.delete(room.id);
    this.announcements?.unfollow(room.id);
    this.presenceRelay?.closed(room);
  }
  presence(room, update, userId) {
    this.presenceRelay?.changed(room, update, userId);
  }
  owners(room) {
    return this.presenceRelay?.owners(room) ?? [];
  }
  /** Waits for every room to have read the log once more (tests). */
  async catchUpAll() {
    await Promise.all([...this.followers.values()].map((f) => f.follower.catchUp()));
  }
  announced(documentId, rows, gap) {
    this.followers.get(documentId)?.follower.take(rows, gap);
  }
  /** Subscribed again after Redis was away: read what was missed meanwhile, and exchange presence. */
  reconnected() {
    void this.catchUpAll();
    this.presenceRelay?.reconnected();
  }
  async close() {
    clearInterval(this.pollTimer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.presenceRelay?.close();
    await this.link?.close();
  }
};

// server/collab/before-apply.ts
import * as Y9 from "yjs";

// src/lib/collab/policy-doc.ts
import * as Y7 from "yjs";

// src/lib/collab/doc-shape.ts
import * as Y6 from "yjs";
function fragmentProblems(fragment, path, problems) {
  fragment.toArray().forEach((node, i) => {
    if (node instanceof Y6.XmlElement) fragmentProblems(node, `${path}[${i}]`, problems);
    else if (!(node instanceof Y6.XmlText)) problems.push({ path: `${path}[${i}]`, problem: "not_xml" });
  });
}
function ruleArrayProblems(doc, name, shape) {
  const problems = [];
  doc.getArray(name).toArray().forEach((item, i) => {
    const path = `${name}[${i}]`;
    if (!(item instanceof Y6.Map)) problems.push({ path, problem: "not_a_map" });
    else ruleMapProblems(item, path, shape, problems);
  });
  return problems;
}
function ruleMapProblems(item, path, shape, problems = []) {
  const text2 = item.get("text");
  if (text2 instanceof Y6.XmlFragment) fragmentProblems(text2, `${path}.text`, problems);
  else problems.push({ path: `${path}.text`, problem: "not_a_fragment" });
  for (const [field, value] of item.entries()) {
    if (field === "text") continue;
    const type = shape.fields[field];
    if (!type) problems.push({ path: `${path}.${field}`, problem: "unknown_field" });
    else if (typeof value !== type) problems.push({ path: `${path}.${field}`, problem: `not_a_${type}` });
    else if (shape.oneOf?.[field] && !shape.oneOf[field].includes(value)) problems.push({ path: `${path}.${field}`, problem: "not_allowed" });
  }
  for (const field of shape.required) if (item.get(field) === void 0 || item.get(field) === "") problems.push({ path: `${path}.${field}`, problem: "missing" });
  return problems;
}

// src/lib/collab/policy-doc.ts
var RULES = "rules";
var STATUSES = ["keep", "modify", "drop"];
var ADAPTATION_SHAPE = {
  fields: { key: "string", title: "string", status: "string", dropReason: "string", custom: "boolean" },
  required: ["key"],
  oneOf: { status: STATUSES }
};
function validateAdaptation(doc) {
  return ruleArrayProblems(doc, RULES, ADAPTATION_SHAPE);
}

// src/lib/collab/model-draft-doc.ts
var DRAFT_SHAPE = {
  fields: { key: "string", number: "number", title: "string", summary: "string", why: "string" },
  required: ["key"]
};
function validateDraft(doc) {
  return ruleArrayProblems(doc, RULES, DRAFT_SHAPE);
}

// src/lib/collab/rich-text-doc.ts
import * as Y8 from "yjs";

// src/lib/collab/suggestions.ts
var SUGGESTION_MARKS = ["insertion", "deletion", "modification"];
var BLOCK_SUGGESTION_ATTR = "suggestion";
var SUGGESTION_ID = /^s-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
var isSuggestionMark = (key) => SUGGESTION_MARKS.includes(key);
var isRecord = (value) => !!value && typeof value === "object" && !Array.isArray(value);
var wellFormed = (value) => typeof value.id === "string" && SUGGESTION_ID.test(value.id) && typeof value.author === "string" && value.author.length > 0 && value.author.length <= 64 && typeof value.at === "number" && Number.isFinite(value.at) && value.at >= 0;
var MODIFICATION_KEYS = /* @__PURE__ */ new Set(["id", "author", "at", "type", "attrName", "previousValue", "newValue"]);
function isSuggestionAttrs(mark, value) {
  if (!isRecord(value) || !wellFormed(value)) return false;
  const keys = Object.keys(value);
  if (mark !== "modification") return keys.length === 3;
  return keys.every((k) => MODIFICATION_KEYS.has(k)) && typeof value.type === "string" && (value.attrName === void 0 || value.attrName === null || typeof value.attrName === "string");
}
function isBlockSuggestionValue(value) {
  if (value === null) return true;
  return isRecord(value) && Object.keys(value).length === 4 && (value.type === "insertion" || value.type === "deletion") && wellFormed(value);
}

// src/lib/collab/rich-text-doc.ts
var RICH_TEXT_FIELD = "body";
var COMMENT_MARK = "comment";
var THREAD_ID = /^[a-z2-7]{26}$/;
var COMMENT_ACTIVITY_FIELD = "commentActivity";
var isCommentKey = (key) => key === COMMENT_MARK || key.startsWith(`${COMMENT_MARK}--`);
function isCommentAttrs(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const threadId = value.threadId;
  return keys.length === 1 && typeof threadId === "string" && THREAD_ID.test(threadId);
}
function family(content) {
  if (content instanceof Y8.ContentType) return content.type instanceof Y8.XmlElement ? "xml" : "other";
  if (content instanceof Y8.ContentString || content instanceof Y8.ContentFormat || content instanceof Y8.ContentEmbed) return "text";
  return "other";
}
var rootFamilies = /* @__PURE__ */ new WeakMap();
function rootFamily(root, except) {
  const known = rootFamilies.get(root);
  if (known) return known;
  for (let item = root._start; item; item = item.right) {
    if (item === except || item.deleted || !item.countable) continue;
    const found = family(item.content);
    rootFamilies.set(root, found);
    return found;
  }
  return null;
}
function itemProblem(item, body) {
  const content = item.content;
  if (content instanceof Y8.ContentDoc || content instanceof Y8.ContentBinary || content instanceof Y8.ContentJSON) return "content_not_allowed";
  if (content instanceof Y8.ContentDeleted) return null;
  if (item.parentSub !== null && item.parentSub !== BLOCK_SUGGESTION_ATTR) return null;
  const parent = item.parent;
  let root = parent;
  while (root._item) root = root._item.parent;
  if (root !== body) return null;
  if (item.parentSub !== null) {
    if (!(parent instanceof Y8.XmlElement)) return null;
    return content instanceof Y8.ContentAny && content.arr.length === 1 && isBlockSuggestionValue(content.arr[0]) ? null : "suggestion_attr_invalid";
  }
  if (content instanceof Y8.ContentFormat && isCommentKey(content.key) && content.value !== null && !isCommentAttrs(content.value)) return "comment_mark_invalid";
  if (content instanceof Y8.ContentFormat && isSuggestionMark(content.key) && content.value !== null && !isSuggestionAttrs(content.key, content.value)) return "suggestion_mark_invalid";
  if (parent instanceof Y8.XmlText) return content instanceof Y8.ContentType ? "type_in_text" : null;
  if (parent !== body) {
    const child = content instanceof Y8.ContentType ? content.type : null;
    return parent instanceof Y8.XmlFragment && (child instanceof Y8.XmlElement || child instanceof Y8.XmlText) ? null : "not_xml";
  }
  const kind = family(content);
  if (kind === "other") return "not_xml";
  const held = rootFamily(parent, item);
  if (held === null) rootFamilies.set(parent, kind);
  return held === null || held === kind ? null : "mixed_content";
}
function richTextProblems(tr) {
  const problems = [];
  const body = tr.doc.share.get(RICH_TEXT_FIELD);
  tr.afterState.forEach((after, client) => {
    const before = tr.beforeState.get(client) ?? 0;
    if (after <= before) return;
    const structs = tr.doc.store.clients.get(client);
    if (!structs) return;
    for (let i = Y8.findIndexSS(structs, before); i < structs.length && structs[i].id.clock < after; i++) {
      const struct = structs[i];
      if (!(struct instanceof Y8.Item) || struct.deleted) continue;
      const problem2 = itemProblem(struct, body);
      if (problem2) problems.push({ path: `${client}:${struct.id.clock}`, problem: problem2 });
    }
  });
  return problems;
}
function richTextBody(doc) {
  return doc.getXmlFragment(RICH_TEXT_FIELD);
}
function plainText(text2) {
  return text2.toDelta().map((op) => typeof op.insert === "string" ? op.insert : "").join("");
}
function holdsBlocks(element) {
  return element.toArray().some((child) => child instanceof Y8.XmlElement);
}
function richTextBlocks(fragment) {
  const blocks = [];
  const walk = (node) => {
    if (node instanceof Y8.XmlText) blocks.push(plainText(node));
    else if (node instanceof Y8.XmlElement) {
      if (holdsBlocks(node)) node.toArray().forEach(walk);
      else blocks.push(node.toArray().map((child) => child instanceof Y8.XmlText ? plainText(child) : "").join(""));
    }
  };
  fragment.toArray().forEach(walk);
  return blocks;
}

// src/lib/collab/document-kinds.ts
var COMMENT_KINDS = ["doc", "talking_points", "testimony"];
var richText = { structured: false, validate: () => [], checkApplied: richTextProblems };
var KIND_SCHEMAS = {
  doc: richText,
  talking_points: richText,
  // Testimony for a hearing: rich text like a document; its speaker's settings live in SQLite.
  testimony: richText,
  policy: { structured: true, validate: validateAdaptation },
  model_draft: { structured: true, validate: validateDraft },
  board: { structured: true, validate: validateBoard, validateChanges: validateBoardChanges }
};

// server/collab/before-apply.ts
var APPLY2 = { action: "apply" };
function beforeApply(incoming) {
  if (incoming.readOnly) return { action: "drop", reason: "read_only" };
  const schema = KIND_SCHEMAS[incoming.kind];
  if (!schema.structured) return APPLY2;
  const scratch = incoming.scratch();
  let tr = null;
  const listen = (t) => tr = t;
  if (schema.validateChanges) scratch.on("afterTransaction", listen);
  try {
    Y9.applyUpdate(scratch, incoming.update);
  } catch {
    return { action: "close", code: CLOSE.invalid, reason: "invalid_update" };
  } finally {
    if (schema.validateChanges) scratch.off("afterTransaction", listen);
  }
  if (schema.validateChanges && tr && !schema.validateChanges(scratch, tr).length) return APPLY2;
  const after = schema.validate(scratch);
  if (!after.length) return APPLY2;
  if (after.length <= schema.validate(incoming.doc()).length) return APPLY2;
  return { action: "close", code: CLOSE.updateRefused, reason: "update_refused", problems: after.slice(0, 5) };
}
function afterApply(applied) {
  const check = KIND_SCHEMAS[applied.kind].checkApplied;
  if (!check || !applied.from) return APPLY2;
  const problems = check(applied.tr);
  return problems.length ? { action: "close", code: CLOSE.updateRefused, reason: "update_refused", problems: problems.slice(0, 5) } : APPLY2;
}
var shapeHooks = { name: "shape", beforeApply, afterApply };

// server/collab/board-policy.ts
import * as Y11 from "yjs";

// src/lib/server/card-projection.ts
import * as Y10 from "yjs";
function emptyTouched() {
  return { cards: /* @__PURE__ */ new Map(), columns: false };
}
function touchedBy(doc, tr, into = emptyTouched()) {
  const cards = cardsMap(doc);
  const columns = doc.getMap(BOARD.columns);
  const note = (id, field) => {
    let fields = into.cards.get(id);
    if (!fields) into.cards.set(id, fields = /* @__PURE__ */ new Set());
    if (field) fields.add(field);
  };
  for (const [changed, keys] of tr.changed) {
    const type = changed;
    if (type === cards) {
      for (const key of keys) if (key !== null) note(key, null);
      continue;
    }
    if (type === columns) {
      into.columns = true;
      continue;
    }
    let node = type;
    let below = null;
    while (node._item) {
      const parent = node._item.parent;
      if (parent === columns) {
        into.columns = true;
        break;
      }
      if (parent === cards) {
        const id = node._item.parentSub;
        if (id) {
          if (below) note(id, below._item?.parentSub ?? null);
          else for (const key of keys) note(id, key);
        }
        break;
      }
      if (!(parent instanceof Y10.AbstractType)) break;
      below = node;
      node = parent;
    }
  }
  return into;
}
function dueParts(due) {
  if (!due) return { due_date: null, due_at: null };
  if (due.length === 10) return { due_date: due, due_at: null };
  const at = Date.parse(due);
  return { due_date: new Date(at).toISOString().slice(0, 10), due_at: at };
}
function cardRow(card, columns) {
  const column = columns.get(card.column);
  return {
    id: card.id,
    title: card.title,
    column_id: card.column,
    column_name: column?.name ?? "",
    column_missing: card.columnMissing ? 1 : 0,
    position: card.position,
    done: column?.done ? 1 : 0,
    archived: card.archived ? 1 : 0,
    ...dueParts(card.due),
    checklist_done: card.checklist.filter((item) => item.done).length,
    checklist_total: card.checklist.length,
    labels: JSON.stringify([...card.labels].sort())
  };
}
function boardContext(doc) {
  const list = readColumns(doc);
  return { columns: new Map(list.map((c) => [c.id, c])), columnIds: new Set(list.map((c) => c.id)), first: list[0]?.id ?? "" };
}
function projectCard(doc, id, board, members) {
  const card = readCard(id, cardsMap(doc).get(id), board.columnIds, board.first, commentCountsMap(doc));
  if (!card) return null;
  return { row: cardRow(card, board.columns), assignees: card.assignees.filter((user) => members.has(user)).sort() };
}
function diffCard(id, before, after, fields = /* @__PURE__ */ new Set()) {
  const events = [];
  const add = (kind, detail = {}) => events.push({ card_id: id, kind, detail });
  if (!before && !after) return events;
  if (!after) {
    add("deleted", { from: before.row.title });
    return events;
  }
  if (!before) {
    add("created", { to: after.row.title });
    for (const user of after.assignees) add("assigned", { user });
    if (after.row.due_date) add("due", { from: null, to: after.row.due_at ? new Date(after.row.due_at).toISOString() : after.row.due_date });
    return events;
  }
  const a = before.row;
  const b = after.row;
  if (a.title !== b.title) add("title", { from: a.title, to: b.title });
  if (a.column_id !== b.column_id) add("moved", { from: a.column_name, to: b.column_name });
  else if (a.position !== b.position) add("reordered", { to: b.column_name });
  const dueOf = (row) => row.due_at ? new Date(row.due_at).toISOString() : row.due_date;
  if (dueOf(a) !== dueOf(b)) add("due", { from: dueOf(a), to: dueOf(b) });
  if (a.labels !== b.labels) add("labels", { from: JSON.parse(a.labels), to: JSON.parse(b.labels) });
  if (a.checklist_done !== b.checklist_done || a.checklist_total !== b.checklist_total) {
    add("checklist", { from: `${a.checklist_done}/${a.checklist_total}`, to: `${b.checklist_done}/${b.checklist_total}` });
  }
  if (a.archived !== b.archived) add(b.archived ? "archived" : "restored");
  const had = new Set(before.assignees);
  const has = new Set(after.assignees);
  for (const user of after.assignees) if (!had.has(user)) add("assigned", { user });
  for (const user of before.assignees) if (!has.has(user)) add("unassigned", { user });
  if (fields.has(CARD.description)) add("description");
  if (fields.has(CARD.links)) add("links");
  return events;
}
async function storedCards(trx, boardId, ids) {
  const out = /* @__PURE__ */ new Map();
  if (ids && !ids.length) return out;
  const chunks = ids ? chunk(ids, 500) : [null];
  for (const part of chunks) {
    let rows = trx.selectFrom("card").select(["id", "title", "column_id", "column_name", "column_missing", "position", "done", "archived", "due_date", "due_at", "checklist_done", "checklist_total", "labels"]).where("board_id", "=", boardId);
    let assignees = trx.selectFrom("card_assignee").select(["card_id", "user_id"]).where("board_id", "=", boardId);
    if (part) {
      rows = rows.where("id", "in", part);
      assignees = assignees.where("card_id", "in", part);
    }
    for (const row of await rows.execute()) out.set(row.id, { row, assignees: [] });
    for (const a of await assignees.orderBy("user_id").execute()) out.get(a.card_id)?.assignees.push(a.user_id);
  }
  return out;
}
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
async function memberIds(db, teamId) {
  const rows = await db.selectFrom("membership").select("user_id").where("team_id", "=", teamId).execute();
  return new Set(rows.map((r) => r.user_id));
}
async function writeProjection(db, board, cards, throughId, now = Date.now(), stateVector = null) {
  return db.transaction().execute(async (trx) => {
    const before = await storedCards(
      trx,
      board.id,
      cards.map((c) => c.id)
    );
    let events = 0;
    let notices = 0;
    for (const card of cards) {
      const old = before.get(card.id) ?? null;
      const changes = diffCard(card.id, old, card.after, card.fields);
      if (!card.after) {
        if (old) {
          await trx.deleteFrom("card").where("board_id", "=", board.id).where("id", "=", card.id).execute();
          await trx.deleteFrom("card_assignee").where("board_id", "=", board.id).where("card_id", "=", card.id).execute();
        }
      } else if (!old) {
        await trx.insertInto("card").values({ ...card.after.row, board_id: board.id, team_id: board.teamId, created_by: card.by, created_at: now, updated_at: now }).onConflict((oc) => oc.columns(["board_id", "id"]).doUpdateSet({ ...card.after.row, updated_at: now })).execute();
      } else if (!sameRow(old.row, card.after.row)) {
        await trx.updateTable("card").set({ ...card.after.row, updated_at: now }).where("board_id", "=", board.id).where("id", "=", card.id).execute();
      }
      for (const change of changes) {
        if (change.kind === "assigned") {
          const user = change.detail.user;
          await trx.insertInto("card_assignee").values({ board_id: board.id, card_id: card.id, user_id: user, team_id: board.teamId, assigned_by: card.by, assigned_at: now, ...taskKeys(card.after.row) }).onConflict((oc) => oc.doNothing()).execute();
          if (card.by && card.by !== user) {
            await trx.insertInto("assignment_notice").values({ user_id: user, board_id: board.id, card_id: card.id, assigned_by: card.by, created_at: now, sent_at: null }).execute();
            notices++;
          }
        } else if (change.kind === "unassigned") {
          await trx.deleteFrom("card_assignee").where("board_id", "=", board.id).where("card_id", "=", card.id).where("user_id", "=", change.detail.user).execute();
        }
      }
      if (card.after && (!old || !sameRow(old.row, card.after.row))) {
        await trx.updateTable("card_assignee").set(taskKeys(card.after.row)).where("board_id", "=", board.id).where("card_id", "=", card.id).execute();
      }
      if (changes.length) {
        await trx.insertInto("card_event").values(changes.map((c) => ({ board_id: board.id, card_id: c.card_id, user_id: card.by, kind: c.kind, detail: JSON.stringify(c.detail), created_at: now }))).execute();
        events += changes.length;
      }
    }
    await trx.insertInto("board_projection").values({ document_id: board.id, through_id: throughId, projected_at: now, state_vector: stateVector }).onConflict((oc) => oc.column("document_id").doUpdateSet({ through_id: throughId, projected_at: now, state_vector: stateVector })).execute();
    return { events, notices };
  });
}
function taskKeys(row) {
  const at = row.due_at !== null ? new Date(row.due_at) : null;
  const due_key = at && Number.isFinite(at.getTime()) ? at.toISOString() : row.due_date ?? "~";
  return { open: row.done || row.archived ? 0 : 1, due_key };
}
function sameRow(a, b) {
  return Object.keys(b).every((key) => a[key] === b[key]);
}
async function rebuildBoard(db, boardId, doc, throughId, now = Date.now()) {
  const board = await db.selectFrom("document").select(["id", "team_id"]).where("id", "=", boardId).executeTakeFirst();
  if (!board?.team_id) return { events: 0, notices: 0 };
  const members = await memberIds(db, board.team_id);
  const context = boardContext(doc);
  const stored = await storedCards(db, boardId, null);
  const ids = /* @__PURE__ */ new Set([...stored.keys(), ...cardsMap(doc).keys()]);
  const cards = [...ids].map((id) => ({ id, after: projectCard(doc, id, context, members), fields: /* @__PURE__ */ new Set(), by: null }));
  return writeProjection(db, { id: boardId, teamId: board.team_id }, cards, throughId, now, Y10.encodeStateVector(doc));
}
function holdsProjected(doc, projected) {
  if (!projected) return true;
  const have = Y10.decodeStateVector(Y10.encodeStateVector(doc));
  for (const [client, clock] of Y10.decodeStateVector(projected)) if ((have.get(client) ?? 0) < clock) return false;
  return true;
}

// server/collab/board-policy.ts
var APPLY3 = { action: "apply" };
var keysOf2 = (value) => new Set(value instanceof Y11.Map ? [...value.keys()].filter((k) => value.get(k) === true) : []);
function boardPolicy(db, log, options = {}) {
  const refreshMs = options.refreshMs ?? 2e3;
  const facts = /* @__PURE__ */ new Map();
  const loading = /* @__PURE__ */ new Map();
  const openBoards = /* @__PURE__ */ new Map();
  const tried = /* @__PURE__ */ new WeakMap();
  const watched2 = /* @__PURE__ */ new WeakSet();
  let timer = null;
  function load(teamId) {
    let running = loading.get(teamId);
    if (running) return running;
    running = (async () => {
      const [members, documents, targets] = await Promise.all([
        db.selectFrom("membership").select("user_id as id").where("team_id", "=", teamId).execute(),
        db.selectFrom("document").select("id").where("team_id", "=", teamId).execute(),
        db.selectFrom("target").select("id").where("team_id", "=", teamId).execute()
      ]);
      const loaded = { members: new Set(members.map((r) => r.id)), documents: new Set(documents.map((r) => r.id)), targets: new Set(targets.map((r) => r.id)), at: Date.now() };
      facts.set(teamId, loaded);
      return loaded;
    })().finally(() => loading.delete(teamId));
    loading.set(teamId, running);
    return running;
  }
  function refreshSoon(teamId) {
    load(teamId).catch((error) => log.warn({ err: error, teamId }, "boards: policy facts failed to load"));
  }
  function keepFresh() {
    if (timer || !openBoards.size) return;
    timer = setInterval(() => {
      if (!openBoards.size) {
        clearInterval(timer);
        timer = null;
        return;
      }
      for (const teamId of new Set(openBoards.values())) refreshSoon(teamId);
    }, refreshMs);
    timer.unref?.();
  }
  function watch(scratch) {
    if (watched2.has(scratch)) return;
    watched2.add(scratch);
    scratch.on("afterTransaction", (tr) => {
      tried.set(scratch, { touched: touchedBy(scratch, tr), counts: tr.changed.has(commentCountsMap(scratch)) });
    });
  }
  const statements = /* @__PURE__ */ new Map();
  function confirm(team, teamId, what, id) {
    if (team[what].has(id)) return true;
    const sqlite = sqliteConnection(db);
    if (!sqlite || sqlite.inTransaction) return false;
    let statement = statements.get(what);
    if (!statement) {
      const sql7 = what === "members" ? "select 1 from membership where team_id = ? and user_id = ?" : what === "documents" ? "select 1 from document where team_id = ? and id = ?" : "select 1 from target where team_id = ? and id = ?";
      statements.set(what, statement = sqlite.prepare(sql7));
    }
    const found = statement.get(teamId, id) !== void 0;
    if (found) team[what].add(id);
    return found;
  }
  function refuse2(reason, teamId) {
    refreshSoon(teamId);
    return { action: "close", code: CLOSE.updateRefused, reason };
  }
  return {
    name: "board-policy",
    async admit({ admission }) {
      if (admission.kind !== "board") return null;
      const known = facts.get(admission.teamId);
      if (!known || Date.now() - known.at > refreshMs) await load(admission.teamId);
      return null;
    },
    beforeApply(incoming) {
      if (incoming.kind !== "board" || incoming.readOnly) return APPLY3;
      const teamId = incoming.identity.teamId;
      const team = facts.get(teamId);
      const scratch = incoming.scratch();
      const doc = incoming.doc();
      const seen = watched2.has(scratch) ? tried.get(scratch) : void 0;
      watch(scratch);
      const touched = seen?.touched ?? { cards: new Map([...cardsMap(scratch).keys()].map((id) => [id, /* @__PURE__ */ new Set()])), columns: false };
      const countsChanged = seen ? seen.counts : !sameCounts(commentCountsMap(scratch), commentCountsMap(doc));
      if (countsChanged && !sameCounts(commentCountsMap(scratch), commentCountsMap(doc))) return refuse2("comment_counts", teamId);
      if (!team) return refuse2("not_ready", teamId);
      const before = cardsMap(doc);
      const after = cardsMap(scratch);
      for (const id of touched.cards.keys()) {
        const now = after.get(id);
        if (!(now instanceof Y11.Map)) continue;
        const was = before.get(id);
        const had = was instanceof Y11.Map ? was : null;
        const assigneesBefore = keysOf2(had?.get(CARD.assignees));
        for (const user of keysOf2(now.get(CARD.assignees))) {
          if (!assigneesBefore.has(user) && !confirm(team, teamId, "members", user)) return refuse2("assignee_not_member", teamId);
        }
        const linksBefore = keysOf2(had?.get(CARD.links));
        for (const link of keysOf2(now.get(CARD.links))) {
          if (linksBefore.has(link)) continue;
          const [kind, target] = link.split(":");
          const ok = kind === "doc" ? confirm(team, teamId, "documents", target) : kind === "target" ? confirm(team, teamId, "targets", target) : false;
          if (!ok) return refuse2("link_not_of_team", teamId);
        }
      }
      return APPLY3;
    },
    async afterLoad({ documentId, kind }) {
      if (kind !== "board") return;
      const row = await db.selectFrom("document").select("team_id").where("id", "=", documentId).executeTakeFirst();
      if (!row?.team_id) return;
      openBoards.set(documentId, row.team_id);
      keepFresh();
    },
    afterUnload({ documentId }) {
      const teamId = openBoards.get(documentId);
      openBoards.delete(documentId);
      if (teamId && ![...openBoards.values()].includes(teamId)) facts.delete(teamId);
      if (!openBoards.size && timer) {
        clearInterval(timer);
        timer = null;
      }
    }
  };
}
function sameCounts(a, b) {
  if (a.size !== b.size) return false;
  for (const [key, value] of a.entries()) if (b.get(key) !== value) return false;
  return true;
}

// server/collab/board-projection.ts
import * as Y12 from "yjs";
function hasContent3(tr) {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) return true;
  return false;
}
function boardProjection(db, log, options = {}) {
  const pending = /* @__PURE__ */ new Map();
  const teams = /* @__PURE__ */ new Map();
  async function teamOf(boardId) {
    if (!teams.has(boardId)) {
      const row = await db.selectFrom("document").select("team_id").where("id", "=", boardId).executeTakeFirst();
      teams.set(boardId, row?.team_id ?? null);
    }
    return teams.get(boardId) ?? null;
  }
  return {
    name: "board-projection",
    afterApply({ documentId, kind, doc, tr, by }) {
      if (kind !== "board" || !hasContent3(tr)) return;
      let queue = pending.get(documentId);
      if (!queue) pending.set(documentId, queue = []);
      queue.push({ by, touched: touchedBy(doc, tr) });
    },
    async afterStored({ documentId, kind, doc, lastId, by, at }) {
      if (kind !== "board") return;
      const started = performance.now();
      const queue = pending.get(documentId) ?? [];
      const taken = queue.splice(0, by.length);
      const teamId = await teamOf(documentId);
      if (!teamId) return;
      const cards = /* @__PURE__ */ new Map();
      let columns = false;
      taken.forEach((item, i) => {
        const who = by[i] ?? item.by;
        columns ||= item.touched.columns;
        for (const [id, fields] of item.touched.cards) {
          const seen = cards.get(id);
          if (seen) {
            for (const f of fields) seen.fields.add(f);
            seen.by = who;
          } else cards.set(id, { fields: new Set(fields), by: who });
        }
      });
      if (columns) {
        const who = by[by.length - 1] ?? null;
        for (const id of cardsMap(doc).keys()) if (!cards.has(id)) cards.set(id, { fields: /* @__PURE__ */ new Set(), by: who });
        const stored = await db.selectFrom("card").select("id").where("board_id", "=", documentId).execute();
        for (const { id } of stored) if (!cards.has(id)) cards.set(id, { fields: /* @__PURE__ */ new Set(), by: who });
      }
      const members = await memberIds(db, teamId);
      const context = boardContext(doc);
      const projected = [...cards].map(([id, c]) => ({ id, after: projectCard(doc, id, context, members), fields: c.fields, by: c.by }));
      await writeProjection(db, { id: documentId, teamId }, projected, lastId, at, Y12.encodeStateVector(doc));
      if (options.stats) {
        options.stats.runs++;
        options.stats.cards += projected.length;
        options.stats.ms.push(performance.now() - started);
      }
    },
    async afterLoad({ documentId, kind, doc, lastId }) {
      if (kind !== "board") return;
      const mark = await db.selectFrom("board_projection").select(["through_id", "state_vector"]).where("document_id", "=", documentId).executeTakeFirst();
      if (mark && mark.through_id >= lastId && holdsProjected(doc(), mark.state_vector)) return;
      const result = await rebuildBoard(db, documentId, doc(), lastId);
      log.info({ documentId, through: mark?.through_id ?? null, lastId, events: result.events }, "boards: projection rebuilt");
    },
    afterUnload({ documentId }) {
      pending.delete(documentId);
      teams.delete(documentId);
    }
  };
}

// server/collab/comment-activity.ts
import * as Y13 from "yjs";
var APPLY4 = { action: "apply" };
var REFUSED = { action: "close", code: CLOSE.updateRefused, reason: "comment_activity" };
var ItemsById = class {
  byClient = /* @__PURE__ */ new Map();
  add(item) {
    const list = this.byClient.get(item.id.client);
    if (list) list.push(item);
    else this.byClient.set(item.id.client, [item]);
  }
  sort() {
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
    return this;
  }
  get size() {
    return this.byClient.size;
  }
  find(id) {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    let [low, high] = [0, list.length - 1];
    while (low <= high) {
      const mid = low + high >> 1;
      const item = list[mid];
      if (id.clock < item.id.clock) high = mid - 1;
      else if (id.clock >= item.id.clock + item.length) low = mid + 1;
      else return item;
    }
    return null;
  }
  /** Whether any item overlaps clocks [clock, clock + len) of `client`. */
  overlaps(client, clock, len) {
    return (this.byClient.get(client) ?? []).some((item) => item.id.clock < clock + len && clock < item.id.clock + item.length);
  }
};
function touchesCommentActivity(doc, update) {
  const { structs, ds } = Y13.decodeUpdate(update);
  const inMap = new ItemsById();
  const root = doc.share.get(COMMENT_ACTIVITY_FIELD);
  if (root) for (const newest of root._map.values()) for (let item = newest; item; item = item.left) inMap.add(item);
  inMap.sort();
  const own = new ItemsById();
  let namesMap = false;
  for (const struct of structs) {
    if (!(struct instanceof Y13.Item)) continue;
    own.add(struct);
    if (struct.parent === COMMENT_ACTIVITY_FIELD) namesMap = true;
  }
  if (namesMap) return true;
  if (!inMap.size) return false;
  const places = /* @__PURE__ */ new Map();
  const lands = (start) => {
    const chain = /* @__PURE__ */ new Set();
    let item = start;
    let found = false;
    while (item && !chain.has(item)) {
      const seen = places.get(item);
      if (seen !== void 0) {
        found = seen;
        break;
      }
      chain.add(item);
      const parent = item.parent;
      const next = parent instanceof Y13.ID ? parent : typeof parent === "string" ? null : item.origin ?? item.rightOrigin;
      if (!next) break;
      if (inMap.find(next)) {
        found = true;
        break;
      }
      item = own.find(next);
    }
    for (const link of chain) places.set(link, found);
    return found;
  };
  for (const struct of structs) if (struct instanceof Y13.Item && lands(struct)) return true;
  for (const [client, ranges] of ds.clients) for (const { clock, len } of ranges) if (inMap.overlaps(client, clock, len)) return true;
  return false;
}
var commentActivityPolicy = {
  name: "comment-activity",
  beforeApply(incoming) {
    if (!COMMENT_KINDS.includes(incoming.kind) || incoming.readOnly) return APPLY4;
    try {
      return touchesCommentActivity(incoming.doc(), incoming.update) ? REFUSED : APPLY4;
    } catch {
      return { action: "close", code: CLOSE.invalid, reason: "invalid_update" };
    }
  }
};

// server/collab/reviewer-policy.ts
import * as Y14 from "yjs";

// src/lib/collab/suggestion-base.ts
var ANCHOR = "\u200B";
var MAX_DEPTH = 60;
var isRecord2 = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function marksOf(node) {
  if (!Array.isArray(node.marks)) return [];
  return node.marks.filter((m) => isRecord2(m) && typeof m.type === "string").map((m) => ({ type: m.type, attrs: isRecord2(m.attrs) ? m.attrs : void 0 }));
}
function childrenOf(node) {
  return Array.isArray(node.content) ? node.content.filter(isRecord2) : [];
}
function blockSuggestion(node) {
  const value = isRecord2(node.attrs) ? node.attrs[BLOCK_SUGGESTION_ATTR] : void 0;
  if (isRecord2(value) && (value.type === "insertion" || value.type === "deletion")) return value.type;
  const marks = marksOf(node).map((m) => m.type);
  if (marks.includes("insertion")) return "insertion";
  if (marks.includes("deletion")) return "deletion";
  return null;
}
var insertionId = (marks) => {
  const mark = marks.find((m) => m.type === "insertion");
  return mark ? String(mark.attrs?.id ?? "") : null;
};
var isInline = (node) => node.type === "text" || node.type === "hardBreak";
function plainBlock(node) {
  const { content: _content, ...rest } = node;
  const out = { ...rest };
  if (isRecord2(node.attrs) && BLOCK_SUGGESTION_ATTR in node.attrs) out.attrs = { ...node.attrs, [BLOCK_SUGGESTION_ATTR]: null };
  const marks = marksOf(node).filter((m) => !isSuggestionMark(m.type));
  if (marks.length) out.marks = marks;
  else delete out.marks;
  return out;
}
function flatten(node, out, depth) {
  for (const child of childrenOf(node)) {
    if (isInline(child)) {
      out.push({ inline: child, marks: marksOf(child) });
      continue;
    }
    if (blockSuggestion(child) === "insertion") continue;
    if (depth >= MAX_DEPTH) {
      out.push({ whole: child });
      continue;
    }
    out.push({ open: plainBlock(child) });
    flatten(child, out, depth + 1);
    out.push({ close: true });
  }
}
function dropSuggestedBoundaries(tokens) {
  const drop = /* @__PURE__ */ new Set();
  let last = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!("inline" in token)) continue;
    const id = insertionId(token.marks);
    if (last && id && last.id === id && i - last.index > 1) {
      const between = tokens.slice(last.index + 1, i);
      const closes = between.findIndex((t) => !("close" in t));
      const closing2 = closes === -1 ? between.length : closes;
      const balanced = closing2 * 2 === between.length && between.slice(closing2).every((t) => "open" in t);
      if (balanced) for (let j = last.index + 1; j < i; j++) drop.add(j);
    }
    last = { index: i, id };
  }
  return drop.size ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}
function rebuild(root, tokens) {
  const top = { ...plainBlock(root), content: [] };
  const stack = [top];
  for (const token of tokens) {
    const parent = stack[stack.length - 1];
    if ("open" in token) {
      const node = { ...token.open, content: [] };
      parent.content.push(node);
      stack.push(node);
    } else if ("close" in token) {
      if (stack.length > 1) stack.pop();
    } else if ("whole" in token) {
      parent.content.push(token.whole);
    } else {
      if (token.marks.some((m) => m.type === "insertion")) continue;
      const marks = token.marks.filter((m) => !isSuggestionMark(m.type));
      const node = { ...token.inline };
      if (marks.length) node.marks = marks;
      else delete node.marks;
      if (node.type === "text") {
        const text2 = typeof node.text === "string" ? node.text.replaceAll(ANCHOR, "") : "";
        if (!text2) continue;
        node.text = text2;
      }
      parent.content.push(node);
    }
  }
  const tidy = (node, depth = 0) => {
    if (!Array.isArray(node.content) || depth > MAX_DEPTH) return node;
    const content = node.content.map((child) => tidy(child, depth + 1));
    const out = { ...node, content };
    if (!content.length) delete out.content;
    return out;
  };
  return tidy(top);
}
function withoutSuggestions(doc) {
  const tokens = [];
  flatten(doc, tokens, 0);
  return rebuild(doc, dropSuggestedBoundaries(tokens));
}
function baseText(doc, ignoreMark) {
  const canonical = (node, depth = 0) => {
    if (depth > MAX_DEPTH) return JSON.stringify(node);
    const marks = marksOf(node).filter((m) => !ignoreMark(m.type)).map((m) => JSON.stringify([m.type, m.attrs ?? {}])).sort();
    const kids = [];
    for (const child of childrenOf(node)) {
      const next = canonical(child, depth + 1);
      const prev = kids[kids.length - 1];
      if (next.t === "text" && prev?.t === "text" && JSON.stringify(prev.m) === JSON.stringify(next.m)) prev.text += next.text ?? "";
      else kids.push(next);
    }
    const shown = kids.filter((k) => !(isRecord2(k) && k.t === "paragraph" && !k.c?.length));
    if (node.type === "text") return { t: "text", text: typeof node.text === "string" ? node.text : "", m: marks };
    const attrs = isRecord2(node.attrs) ? Object.fromEntries(Object.entries(node.attrs).filter(([k]) => k !== BLOCK_SUGGESTION_ATTR).sort(([a], [b]) => a < b ? -1 : 1)) : {};
    return { t: String(node.type ?? ""), a: attrs, m: marks, c: shown };
  };
  return JSON.stringify(canonical(withoutSuggestions(doc)));
}
function suggestionAuthors(doc) {
  const found = /* @__PURE__ */ new Map();
  const note = (value) => {
    if (isRecord2(value) && typeof value.id === "string" && !found.has(value.id)) found.set(value.id, typeof value.author === "string" ? value.author : "");
  };
  const stack = [doc];
  while (stack.length) {
    const node = stack.pop();
    if (isRecord2(node.attrs)) note(node.attrs[BLOCK_SUGGESTION_ATTR]);
    for (const mark of marksOf(node)) if (isSuggestionMark(mark.type)) note(mark.attrs);
    stack.push(...childrenOf(node));
  }
  return found;
}

// src/lib/server/export/content.ts
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
function documentJson(doc, field = RICH_TEXT_FIELD) {
  return { type: "doc", content: yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(field)).content ?? [] };
}

// server/collab/reviewer-policy.ts
var APPLY5 = { action: "apply" };
function reading(doc) {
  const pm = documentJson(doc);
  return { base: baseText(pm, isCommentKey), authors: suggestionAuthors(pm) };
}
var readings = /* @__PURE__ */ new WeakMap();
var watched = /* @__PURE__ */ new WeakSet();
function remember(doc, value) {
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on("afterTransaction", () => readings.delete(doc));
  }
  readings.set(doc, value);
}
function reviewerBeforeApply(incoming) {
  if (!incoming.suggestOnly || incoming.readOnly) return APPLY5;
  const refused = (reason) => ({ action: "close", code: CLOSE.updateRefused, reason });
  if (!COMMENT_KINDS.includes(incoming.kind)) return refused("suggestions_only");
  const scratch = incoming.scratch();
  const before = readings.get(scratch) ?? reading(incoming.doc());
  try {
    Y14.applyUpdate(scratch, incoming.update);
  } catch {
    return { action: "close", code: CLOSE.invalid, reason: "invalid_update" };
  }
  const after = reading(scratch);
  remember(scratch, after);
  if (before.base !== after.base) return refused("suggestions_only");
  const known = before.authors;
  for (const [id, author] of after.authors) {
    const was = known.get(id);
    if (was === void 0 ? author !== incoming.identity.userId : was !== author) return refused("suggestion_author");
  }
  return APPLY5;
}
var reviewerPolicy = { name: "reviewer", beforeApply: reviewerBeforeApply };

// server/collab/document-touched.ts
function documentTouched(db, log, intervalMs = 6e4) {
  const documents = /* @__PURE__ */ new Map();
  async function write(documentId, at) {
    await db.updateTable("document").set({ updated_at: at }).where("id", "=", documentId).where("updated_at", "<", at).execute();
  }
  async function flush(documentId) {
    const touched = documents.get(documentId);
    if (!touched) return;
    if (touched.timer) clearTimeout(touched.timer);
    touched.timer = null;
    if (touched.pending === null) return;
    const at = touched.pending;
    touched.pending = null;
    touched.written = at;
    await write(documentId, at);
  }
  return {
    name: "document-touched",
    async afterStored({ documentId, at }) {
      let touched = documents.get(documentId);
      if (!touched) documents.set(documentId, touched = { written: 0, pending: null, timer: null });
      if (at - touched.written >= intervalMs) {
        touched.written = at;
        touched.pending = null;
        await write(documentId, at);
        return;
      }
      touched.pending = at;
      if (touched.timer) return;
      touched.timer = setTimeout(() => {
        flush(documentId).catch((error) => log.error({ err: error, documentId }, "collab: updated_at write failed"));
      }, intervalMs - (at - touched.written));
      touched.timer.unref?.();
    },
    async afterUnload({ documentId }) {
      await flush(documentId);
      documents.delete(documentId);
    }
  };
}

// src/lib/server/document-versions.ts
import * as v2 from "valibot";
import * as Y15 from "yjs";
import { yXmlFragmentToProsemirrorJSON as yXmlFragmentToProsemirrorJSON2 } from "@tiptap/y-tiptap";

// src/lib/policy/redline.ts
import { diffWords } from "diff";

// src/lib/states.ts
var STATES = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
  DC: "District of Columbia",
  AS: "American Samoa",
  GU: "Guam",
  MP: "Northern Mariana Islands",
  PR: "Puerto Rico",
  VI: "U.S. Virgin Islands"
};
var STATE_CODES = Object.keys(STATES);

// src/lib/server/forms.ts
import * as v from "valibot";
import { fail } from "@sveltejs/kit";
var text = (max, options = {}) => v.pipe(v.string("required"), v.transform((s) => cleanText(s, options)), v.minLength(1, "required"), v.maxLength(max, "too_long"));
var email2 = v.pipe(v.string("required"), v.trim(), v.minLength(1, "required"), v.maxLength(254, "too_long"), v.email("email_invalid"));
var password = v.pipe(v.string("required"), v.minLength(1, "required"), v.maxLength(1024, "password_too_long"));

// src/lib/server/document-versions.ts
var VERSION_NAME_MAX = 80;
var VersionName = v2.object({ name: text(VERSION_NAME_MAX) });
var VersionRef = v2.object({ version: v2.pipe(v2.string("required"), v2.regex(/^\d{1,15}$/, "invalid"), v2.transform(Number)) });
function versionOf(doc) {
  const body = richTextBody(doc);
  const words = richTextBlocks(body).join(" ").split(/\s+/u).filter(Boolean).length;
  return { state: Y15.encodeStateAsUpdate(doc), content: JSON.stringify(yXmlFragmentToProsemirrorJSON2(body)), words };
}
async function recordVersion(db, documentId, doc, options = {}) {
  const row = await db.insertInto("document_version").values({ document_id: documentId, name: options.name ?? null, ...versionOf(doc), through_id: options.throughId ?? 0, created_by: options.by ?? null, created_at: options.now ?? Date.now() }).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

// server/collab/version-checkpoints.ts
function versionCheckpoints(db, log, options = {}) {
  const updates = options.updates ?? 500;
  const afterMs = options.afterMs ?? 10 * 6e4;
  const editing = /* @__PURE__ */ new Map();
  const versioned = (kind) => RICH_TEXT_KINDS.includes(kind);
  return {
    name: "version-checkpoints",
    async afterStored({ documentId, kind, doc, lastId, by, at }) {
      if (!versioned(kind)) return;
      let state = editing.get(documentId);
      if (!state) editing.set(documentId, state = { updates: 0, since: at, lastId });
      state.updates += by.length;
      state.lastId = lastId;
      if (state.updates < updates && at - state.since < afterMs) return;
      editing.delete(documentId);
      await recordVersion(db, documentId, doc, { throughId: lastId, now: at });
    },
    async afterUnload({ documentId, kind }) {
      const state = editing.get(documentId);
      editing.delete(documentId);
      if (!state || !versioned(kind)) return;
      const doc = await readDocument(db, documentId);
      try {
        await recordVersion(db, documentId, doc, { throughId: state.lastId });
      } finally {
        doc.destroy();
      }
      log.debug({ documentId, updates: state.updates }, "collab: checkpoint at unload");
    }
  };
}

// server/collab/default-hooks.ts
function defaultHooks(context) {
  const log = context.log.child({ module: "collab" });
  return [
    shapeHooks,
    reviewerPolicy,
    commentActivityPolicy,
    boardPolicy(context.db, log),
    documentTouched(context.db, log),
    boardProjection(context.db, log),
    versionCheckpoints(context.db, log)
  ];
}

// server/collab/index.ts
var STATUS_TEXT = {
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable"
};
function refuse(socket, status) {
  if (socket.destroyed) return;
  const body = STATUS_TEXT[status] ?? "Error";
  socket.once("finish", () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${body}\r
Connection: close\r
Content-Type: text/plain\r
Content-Length: ${body.length}\r
\r
${body}`);
}
var CLOSE_HANDSHAKE_MS = 2e3;
function socketClosed(ws) {
  return ws.readyState === ws.CLOSED ? Promise.resolve() : new Promise((resolve2) => ws.once("close", () => resolve2()));
}
function bytesOf(data) {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
function createCollabEndpoint(context, setup = {}) {
  const { store: customStore, hooks: customHooks, scaleOut: scaleSetup, ...overrides } = setup;
  const hooks = customHooks ?? defaultHooks(context);
  const options = { ...DEFAULT_OPTIONS, ...optionsFromEnv(), ...overrides };
  const { db, config } = context;
  const log = context.log.child({ module: "collab" });
  const store = customStore ?? (isPostgres(db) ? new PostgresDocumentStore(db) : new SqliteDocumentStore(db));
  const scaling = scaleSetup === void 0 ? scaleOutFromEnv(config.redisUrl) : scaleSetup;
  const scaleOut = scaling ? new ScaleOut(store, log, scaling) : null;
  const writer = new UpdateWriter(store, log, scaleOut ? (documentId, rows) => scaleOut.stored(documentId, rows) : void 0);
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  const rooms = /* @__PURE__ */ new Map();
  const { redis } = context;
  const perUser = redis ? new SharedSlots(redis, "user", options.maxConnectionsPerUser) : memorySlots(options.maxConnectionsPerUser);
  const perIp = redis ? new SharedSlots(redis, "ip", options.maxConnectionsPerIp) : memorySlots(options.maxConnectionsPerIp);
  const background = /* @__PURE__ */ new Set();
  let closing2 = false;
  function roomFor(documentId, kind) {
    let room = rooms.get(documentId);
    if (!room) {
      room = new Room(documentId, {
        store,
        writer,
        options,
        log,
        kind,
        hooks,
        peers: scaleOut ?? void 0,
        onClose: (r) => {
          if (rooms.get(r.id) === r) rooms.delete(r.id);
        },
        track: (work) => {
          background.add(work);
          void work.finally(() => background.delete(work));
        }
      });
      rooms.set(documentId, room);
      void room.load();
    }
    return room;
  }
  function attach(ws, identity, readOnly, archived, suggestOnly) {
    const conn = new Connection(ws, identity, readOnly, archived, options.maxBufferedBytes, suggestOnly);
    const room = roomFor(identity.documentId, identity.kind);
    room.join(conn);
    ws.on("message", (data, isBinary) => {
      if (!isBinary) {
        log.warn({ userId: identity.userId, ip: identity.ip }, "collab: text frame, connection closed");
        conn.close(CLOSE.unsupported, "binary_only");
        return;
      }
      if (room.state === "closed") return;
      try {
        room.receive(conn, bytesOf(data));
      } catch (error) {
        log.error({ err: error, documentId: identity.documentId }, "collab: message handling failed");
        conn.close(CLOSE.internal, "internal_error");
      }
    });
    ws.on("pong", () => {
      conn.alive = true;
    });
    ws.on("error", (error) => {
      log.warn({ userId: identity.userId, ip: identity.ip, code: error.code, reason: error.message }, "collab: socket error");
    });
    ws.on("close", () => {
      conn.closed = true;
      perUser.release(identity.userId);
      perIp.release(identity.ip);
      room.leave(conn);
    });
  }
  async function upgrade(req, socket, head, documentId) {
    socket.on("error", () => socket.destroy());
    const ip = req.socket.remoteAddress ?? "unknown";
    if (!originAllowed(req, config)) {
      log.info({ ip, origin: req.headers.origin, documentId }, "collab: refused, wrong origin");
      return refuse(socket, 403);
    }
    if (!await perIp.take(ip)) {
      log.warn({ ip }, "collab: refused, too many connections from this address");
      return refuse(socket, 429);
    }
    let userId = null;
    try {
      const admission = await admit(db, req, documentId);
      if (!admission.ok) {
        log.info({ ip, documentId, reason: admission.reason }, "collab: refused");
        perIp.release(ip);
        return refuse(socket, admission.status);
      }
      if (!await perUser.take(admission.userId)) {
        log.warn({ ip, userId: admission.userId }, "collab: refused, too many connections for this user");
        perIp.release(ip);
        return refuse(socket, 429);
      }
      userId = admission.userId;
      for (const hook of hooks) {
        const refused = await hook.admit?.({ req, documentId, admission });
        if (refused) {
          log.info({ ip, documentId, hook: hook.name, reason: refused.reason }, "collab: refused");
          perUser.release(admission.userId);
          perIp.release(ip);
          userId = null;
          return refuse(socket, refused.status);
        }
      }
      if (socket.destroyed || closing2) throw new Error("socket gone before upgrade");
      const identity = {
        userId: admission.userId,
        sessionId: admission.sessionId,
        teamId: admission.teamId,
        documentId,
        ip,
        kind: admission.kind,
        shown: { name: admission.displayName, color: colorFor(admission.userId), role: admission.role }
      };
      let opened = false;
      wss.handleUpgrade(req, socket, head, (ws) => {
        opened = true;
        attach(ws, identity, !admission.canEdit && !admission.suggestOnly, admission.archived, admission.suggestOnly && !admission.canEdit);
      });
      socket.once("close", () => {
        if (opened) return;
        perUser.release(admission.userId);
        perIp.release(ip);
      });
    } catch (error) {
      if (userId) perUser.release(userId);
      perIp.release(ip);
      if (!socket.destroyed) log.error({ err: error, documentId }, "collab: upgrade failed");
      refuse(socket, closing2 ? 503 : 500);
    }
  }
  const allConnections = function* () {
    for (const room of rooms.values()) yield* room.connections;
  };
  let rechecking = false;
  async function recheck() {
    if (rechecking) return;
    const conns = [...allConnections()].filter((c) => !c.closed);
    if (!conns.length) return;
    rechecking = true;
    try {
      const [found, archived] = await Promise.all([
        standings(db, [...new Set(conns.map((c) => c.identity.sessionId))]),
        archivedDocuments(db, [...new Set(conns.map((c) => c.identity.documentId))])
      ]);
      const now = Date.now();
      for (const conn of conns) {
        const standing = found.get(conn.identity.sessionId);
        if (!standing || standing.expiresAt <= now) {
          log.info({ userId: conn.identity.userId, documentId: conn.identity.documentId }, "collab: session ended, connection closed");
          conn.close(CLOSE.unauthenticated, "session_ended");
          continue;
        }
        const role = standing.roles.get(conn.identity.teamId);
        const editor = can(role, "playbook.edit");
        const reviewer = !editor && standing.shared.has(conn.identity.documentId);
        if (!role && !reviewer) {
          log.info({ userId: conn.identity.userId, documentId: conn.identity.documentId }, "collab: access revoked, connection closed");
          conn.close(CLOSE.forbidden, "access_revoked");
          continue;
        }
        conn.identity.shown.role = role ?? "viewer";
        const isArchived = archived.has(conn.identity.documentId);
        conn.suggestOnly = reviewer;
        if (conn.setAccess(isArchived || !(editor || reviewer), isArchived)) rooms.get(conn.identity.documentId)?.resync(conn);
      }
    } catch (error) {
      log.error({ err: error }, "collab: access re-check failed");
    } finally {
      rechecking = false;
    }
  }
  function ping() {
    for (const conn of allConnections()) {
      if (!conn.alive) {
        conn.closed = true;
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      conn.ws.ping();
    }
  }
  const live = {
    async change(documentId, edit, options2) {
      if (closing2) throw new Error("collaboration endpoint is closing");
      let room = rooms.get(documentId);
      if (!room) {
        const row = await db.selectFrom("document").select("kind").where("id", "=", documentId).executeTakeFirst();
        if (!row) throw new Error(`no document ${documentId}`);
        room = roomFor(documentId, row.kind);
      }
      await room.change(edit, options2?.by ?? null);
    }
  };
  registerLiveDocuments(live);
  const recheckTimer = setInterval(() => void recheck(), options.recheckIntervalMs);
  const pingTimer = setInterval(ping, options.pingIntervalMs);
  recheckTimer.unref();
  pingTimer.unref();
  return {
    scaleOut,
    handleUpgrade(req, socket, head) {
      const url = req.url ?? "";
      if (!url.startsWith("/collab/")) return false;
      const documentId = documentIdOf(url);
      if (!documentId || closing2) {
        refuse(socket, closing2 ? 503 : 404);
        return true;
      }
      void upgrade(req, socket, head, documentId);
      return true;
    },
    async close() {
      closing2 = true;
      unregisterLiveDocuments(live);
      clearInterval(recheckTimer);
      clearInterval(pingTimer);
      const sockets = [...allConnections()].map((conn) => conn.ws);
      for (const conn of allConnections()) conn.close(CLOSE.restarting, "server_restart");
      await writer.idle();
      await Promise.allSettled([...background]);
      await scaleOut?.close();
      for (const room of rooms.values()) {
        for (const hook of hooks) {
          try {
            await hook.afterUnload?.({ documentId: room.id, kind: room.kind });
          } catch (error) {
            log.error({ err: error, hook: hook.name }, "collab: hook failed at shutdown");
          }
        }
      }
      await Promise.race([Promise.all(sockets.map(socketClosed)), new Promise((r) => setTimeout(r, CLOSE_HANDSHAKE_MS).unref())]);
      for (const ws of sockets) if (ws.readyState !== ws.CLOSED) ws.terminate();
      perUser.close();
      perIp.close();
      wss.close();
    }
  };
}

// server/serve.ts
function serve(context, handler, collabSetup = {}) {
  const { config, log } = context;
  const collab = createCollabEndpoint(context, collabSetup);
  const assignmentMail = startAssignmentMail(context);
  const server = createServer(handler);
  server.on("upgrade", (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  server.listen(config.port, config.host, () => {
    log.info({ port: config.port, host: config.host, dataDir: config.dataDir }, "playbook listening");
  });
  let stopping = false;
  async function stop(signal) {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    setTimeout(() => {
      log.error({ afterMs: config.shutdownTimeoutMs }, "shutdown took too long; exiting anyway");
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    try {
      const httpClosed = new Promise((resolve2) => server.close(() => resolve2()));
      server.closeIdleConnections();
      await Promise.all([assignmentMail.stop(), collab.close()]);
      await httpClosed;
      if (context.redis) await closeRedis(context.redis);
      await context.db.destroy();
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
    log.info("shut down cleanly");
    process.exit(0);
  }
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  return server;
}

// server/workers.ts
import cluster from "node:cluster";
import { mkdirSync as mkdirSync2 } from "node:fs";
function workerCount(env = process.env) {
  const n = Number(env.WORKERS ?? 1);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 64) : 1;
}
async function runPrimary(count, log) {
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync2(config.dataDir, { recursive: true });
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openDatabase(databaseFile(config.dataDir));
  await migrateToLatest(db);
  await db.destroy();
  const env = {};
  if (!config.redisUrl && !process.env.COLLAB_POLL_MS) {
    env.COLLAB_POLL_MS = "1000";
    log.warn({ workers: count }, "WORKERS without REDIS_URL: edits cross processes within a second through the log, but presence stays per process");
  }
  let stopping = false;
  const fork = () => cluster.fork(env);
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, "worker died; starting another");
    fork();
  });
  log.info({ workers: count, port: config.port }, "playbook primary started its workers");
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down the workers");
    const workers2 = Object.values(cluster.workers ?? {});
    if (!workers2.length) process.exit(0);
    for (const worker of workers2) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 2e3).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

// server/index.ts
var workers = workerCount();
if (workers > 1 && cluster2.isPrimary) {
  await runPrimary(workers, createLogger(process.env.LOG_LEVEL || "info"));
} else {
  const context = await appContext();
  process.env.ORIGIN = context.config.origin ?? `http://localhost:${context.config.port}`;
  const { handler } = await import(new URL("./handler.js", import.meta.url).href);
  serve(context, (req, res) => {
    handler(req, res, () => {
      res.statusCode = 404;
      res.end("Not found");
    });
  });
}
//# sourceMappingURL=server.js.map
