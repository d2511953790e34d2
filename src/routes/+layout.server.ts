import { isSharedDevice } from '$lib/server/auth/cookies';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
	const { locals, cookies } = event;
	// A signed-in page is that person's: Back after sign-out must not show it from the cache.
	if (locals.user) event.setHeaders({ 'cache-control': 'private, no-store' });
	const theme = cookies.get('playbook_theme');
	return {
		user: locals.user && { id: locals.user.id, displayName: locals.user.display_name, email: locals.user.email, isAdmin: locals.user.is_admin === 1 },
		locale: locals.locale,
		theme: theme === 'light' || theme === 'dark' ? theme : 'system',
		/** Whether documents may be kept in this browser for offline work (not on a shared computer). */
		offlineCopies: !isSharedDevice(event)
	};
};
