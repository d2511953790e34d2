export { _ as server } from '../entries/pages/signout/_page.server.ts.js-BHUI_fFO.js';
import '../chunks/session.js-DRTce--L.js';
import '@oslojs/encoding';
import '@oslojs/crypto/sha2';
import '../chunks/cookies.js-meQshAIL.js';
import 'node:path';
import 'node:fs';
import '../chunks/utils.js-Cx36Gts4.js';
import '../chunks/shared.js-Ds6Ze1Vz.js';

const index = 41;
const server_id = "src/routes/signout/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=41.js-BIOnFMWF.js.map
