// src/lib/roles.ts
/** Team roles, from most to least powerful. */
var ROLES = [
	"owner",
	"organizer",
	"member",
	"viewer"
];
var JURISDICTION_KINDS = [
	"city",
	"county",
	"other"
];
/** Everything a person can do to a team; the server asks `can` before each. */
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
	organizer: [
		"team.view",
		"playbook.edit",
		"invite.manage",
		"member.manage"
	],
	member: ["team.view", "playbook.edit"],
	viewer: ["team.view"]
};
/** Whether a role (or no membership at all) allows an action. */
function can(role, action) {
	return role ? GRANTS[role].includes(action) : false;
}
/** Roles an organizer may hand out or change; owners may hand out any. */
function assignableRoles(role) {
	if (role === "owner") return ROLES;
	if (role === "organizer") return ["member", "viewer"];
	return [];
}

export { ACTIONS as A, JURISDICTION_KINDS as J, ROLES as R, assignableRoles as a, can as c };
//# sourceMappingURL=roles.js-C7S8Lfoc.js.map
