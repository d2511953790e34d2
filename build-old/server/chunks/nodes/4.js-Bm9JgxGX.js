export { _ as server } from '../entries/pages/_page.server.ts.js-t9NL6oYU.js';
import '../chunks/document-shares.js-DcQLMq3e.js';
import '../chunks/roles.js-C7S8Lfoc.js';
import '../chunks/accounts.js-BLX3_-TW.js';
import '../chunks/text.js-De780Z__.js';
import '../chunks/session.js-DRTce--L.js';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import '../chunks/refusal.js-CqIAUhOf.js';
import '@node-rs/argon2';
import '@zxcvbn-ts/language-common';
import '../chunks/documents.js-CaNv629-.js';
import '../chunks/teams.js-DRa-kSv4.js';
import '../chunks/board-doc.js-70NGdl8z.js';
import 'yjs';
import 'fractional-indexing';
import '../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../chunks/live-documents.js-D-DuJ62i.js';
import '../chunks/db.js-CZ3aFlsq.js';
import 'node:module';
import 'kysely';
import 'better-sqlite3';
import 'node:path';
import 'node:worker_threads';
import 'node:crypto';
import '../chunks/my-tasks.js-Lf6CVEWP.js';
import 'valibot';

const index = 4;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_page.svelte.js-D52P8Oju.js')).default;
const server_id = "src/routes/+page.server.ts";
const imports = ["_app/immutable/nodes/4.p2nvL-NH.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/B3z6JepF.js","_app/immutable/chunks/DTPCLB_x.js"];
const stylesheets = ["_app/immutable/assets/4.BMrJM1jh.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=4.js-Bm9JgxGX.js.map
