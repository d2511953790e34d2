export { _ as server } from '../entries/pages/preferences/_page.server.ts.js-BuWF6r4i.js';
import '../chunks/i18n.js-DfYLM2F_.js';
import 'i18next';
import '../chunks/accounts.js-BLX3_-TW.js';
import '../chunks/text.js-De780Z__.js';
import '../chunks/session.js-DRTce--L.js';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import '../chunks/refusal.js-CqIAUhOf.js';
import '@node-rs/argon2';
import '@zxcvbn-ts/language-common';
import '../chunks/cookies.js-meQshAIL.js';
import 'node:path';
import 'node:fs';
import '../chunks/redirect.js-vQb-wdfz.js';
import '../chunks/forms.js-J73ZrRYJ.js';
import '../chunks/utils.js-Cx36Gts4.js';
import '../chunks/shared.js-Ds6Ze1Vz.js';
import 'valibot';

const index = 38;
const server_id = "src/routes/preferences/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=38.js-C_Nmnx2O.js.map
