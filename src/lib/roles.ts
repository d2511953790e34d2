/** Team roles, from most to least powerful. */
export const ROLES = ['owner', 'organizer', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const JURISDICTION_KINDS = ['city', 'county', 'other'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

/** Everything a person can do to a team; the server asks `can` before each. */
export const ACTIONS = [
	'team.view',
	'playbook.edit',
	'invite.manage',
	'member.manage',
	'role.manage_owner',
	'team.edit',
	'team.delete',
	'member.reset_password'
] as const;
export type Action = (typeof ACTIONS)[number];

const GRANTS: Record<Role, readonly Action[]> = {
	owner: ACTIONS,
	organizer: ['team.view', 'playbook.edit', 'invite.manage', 'member.manage'],
	member: ['team.view', 'playbook.edit'],
	viewer: ['team.view']
};

/** Whether a role (or no membership at all) allows an action. */
export function can(role: Role | null | undefined, action: Action): boolean {
	return role ? GRANTS[role].includes(action) : false;
}

/** Roles an organizer may hand out or change; owners may hand out any. */
export function assignableRoles(role: Role | null | undefined): readonly Role[] {
	if (role === 'owner') return ROLES;
	if (role === 'organizer') return ['member', 'viewer'];
	return [];
}
