import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, cookies }) => {
	const theme = cookies.get('playbook_theme');
	return {
		user: locals.user && { id: locals.user.id, displayName: locals.user.display_name, email: locals.user.email, isAdmin: locals.user.is_admin === 1 },
		locale: locals.locale,
		theme: theme === 'light' || theme === 'dark' ? theme : 'system'
	};
};
