export { _ as server } from '../entries/pages/(authed)/admin/_page.server.ts.js-BYlo0LAw.js';
import '../chunks/accounts.js-BLX3_-TW.js';
import '../chunks/text.js-De780Z__.js';
import '../chunks/session.js-DRTce--L.js';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import '../chunks/refusal.js-CqIAUhOf.js';
import '@node-rs/argon2';
import '@zxcvbn-ts/language-common';
import '../chunks/forms.js-J73ZrRYJ.js';
import '../chunks/utils.js-Cx36Gts4.js';
import '../chunks/shared.js-Ds6Ze1Vz.js';
import 'valibot';
import '../chunks/guard.js-DiCDU1AF.js';
import '../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';

const index = 6;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(authed)/admin/_page.svelte.js-cozQdUAG.js')).default;
const server_id = "src/routes/(authed)/admin/+page.server.ts";
const imports = ["_app/immutable/nodes/6.DuhijeOD.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/BKH7q9Uf.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/BvLV_t66.js","_app/immutable/chunks/91WRYdzp.js","_app/immutable/chunks/DFPvhe5T.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=6.js-DcLYUHkt.js.map
