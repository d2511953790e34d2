import { J as JURISDICTION_KINDS } from './roles.js-C7S8Lfoc.js';
import { a as STATE_CODES } from './states.js-0GJhGoOw.js';
import { o as optionalText, b as picklist, t as text$1 } from './forms.js-J73ZrRYJ.js';
import * as v from 'valibot';

// src/lib/server/team-form.ts
/** The fields of the team form, shared by "new team" and "team settings". */
var TeamForm = v.pipe(v.object({
	name: text$1(100),
	jurisdictionKind: picklist(JURISDICTION_KINDS),
	jurisdictionName: text$1(100),
	state: picklist(STATE_CODES),
	councilName: optionalText(120),
	sheriffOffice: optionalText(120),
	policeDepartment: optionalText(120),
	jail: optionalText(120)
}), v.transform((f) => f));

export { TeamForm as T };
//# sourceMappingURL=team-form.js-D1FA1bZO.js.map
