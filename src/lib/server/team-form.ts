import * as v from 'valibot';
import { JURISDICTION_KINDS } from '$lib/roles';
import { STATE_CODES } from '$lib/states';
import { optionalText, picklist, text } from './forms';
import type { TeamInput } from './teams';

/** The fields of the team form, shared by "new team" and "team settings". */
export const TeamForm = v.pipe(
	v.object({
		name: text(100),
		jurisdictionKind: picklist(JURISDICTION_KINDS),
		jurisdictionName: text(100),
		state: picklist(STATE_CODES),
		councilName: optionalText(120),
		sheriffOffice: optionalText(120),
		policeDepartment: optionalText(120),
		jail: optionalText(120)
	}),
	v.transform((f): TeamInput => f)
);
