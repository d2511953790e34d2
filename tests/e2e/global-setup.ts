import type { FullConfig } from '@playwright/test';
import { ADMIN, PASSWORD } from './helpers';

/** The first account on a new instance is its campaign admin: make it before any spec signs up. */
export default async function globalSetup(config: FullConfig): Promise<void> {
	const baseURL = config.projects[0].use.baseURL!;
	const response = await fetch(`${baseURL}/signup`, {
		method: 'POST',
		headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'x-forwarded-for': '198.51.100.254' },
		body: new URLSearchParams({ email: ADMIN.email, displayName: ADMIN.name, password: PASSWORD, next: '/' }),
		redirect: 'manual'
	});
	if (response.status !== 303) throw new Error(`could not create the campaign admin: HTTP ${response.status}`);
}
