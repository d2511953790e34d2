// src/lib/policy/model.ts
/**
* The model policy: the nine rules a national campaign publishes, versioned, with slots that
* each team fills with its own jurisdiction's names.
*/
/** The names a team fills in; `{{jurisdiction}}` in rule text becomes "Springfield". */
var SLOT_NAMES = [
	"jurisdiction",
	"police_department",
	"sheriff_office",
	"jail",
	"council",
	"state"
];
var AUDIENCES = [
	"council",
	"law_enforcement",
	"press",
	"community"
];
function findModelRule(version, key) {
	return version.rules.find((rule) => rule.key === key);
}

export { AUDIENCES as A, SLOT_NAMES as S, findModelRule as f };
//# sourceMappingURL=model.js-DLwlbFq3.js.map
