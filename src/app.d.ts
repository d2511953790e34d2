import type { SessionUser, Session } from '$lib/server/auth/session';
import type { AppContext } from '$lib/server/app';
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			app: AppContext;
			user: SessionUser | null;
			session: Session | null;
			locale: Locale;
			requestId: string;
		}
		interface Error {
			message: string;
			requestId?: string;
		}
		interface PageState {
			/** The board card open in a dialog, by shallow routing (null: closed, though the URL the page loaded with named one). */
			card?: string | null;
		}
	}
}

export {};
