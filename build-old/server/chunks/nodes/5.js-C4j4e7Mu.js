export { _ as server } from '../entries/pages/(authed)/account/_page.server.ts.js-jE_HpjsW.js';
import '../chunks/accounts.js-BLX3_-TW.js';
import '../chunks/text.js-De780Z__.js';
import '../chunks/session.js-DRTce--L.js';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import '../chunks/refusal.js-CqIAUhOf.js';
import '@node-rs/argon2';
import '@zxcvbn-ts/language-common';
import '../chunks/calendar.js-Bv5xeEnq.js';
import '../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../chunks/hearings.js-k0Avay5_.js';
import 'ical-generator';
import '../chunks/origin.js-C_K1rKSC.js';
import '../chunks/cookies.js-meQshAIL.js';
import 'node:path';
import 'node:fs';
import '../chunks/forms.js-J73ZrRYJ.js';
import '../chunks/utils.js-Cx36Gts4.js';
import '../chunks/shared.js-Ds6Ze1Vz.js';
import 'valibot';
import '../chunks/guard.js-DiCDU1AF.js';

const index = 5;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(authed)/account/_page.svelte.js-1wwyr39X.js')).default;
const server_id = "src/routes/(authed)/account/+page.server.ts";
const imports = ["_app/immutable/nodes/5.BLnA2ZbA.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/B5jrRrlp.js","_app/immutable/chunks/BKH7q9Uf.js","_app/immutable/chunks/DPMOTt7P.js","_app/immutable/chunks/BvLV_t66.js","_app/immutable/chunks/CAO3YSZf.js","_app/immutable/chunks/CyMI_XB5.js","_app/immutable/chunks/DFPvhe5T.js","_app/immutable/chunks/91WRYdzp.js","_app/immutable/chunks/CE1XCloC.js","_app/immutable/chunks/2kb6bKyR.js","_app/immutable/chunks/i7MOjtMj.js"];
const stylesheets = ["_app/immutable/assets/SignOutForm.DWXbCyjp.css","_app/immutable/assets/CopyField.DdszaO8P.css","_app/immutable/assets/5.CiStx3Pc.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=5.js-C4j4e7Mu.js.map
