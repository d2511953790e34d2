import { describe, expect, test } from 'vitest';
import { safeNext } from '$lib/server/auth/redirect';

/** Where a browser would really go from a Location header, on this site. */
const followed = (location: string) => new URL(location, 'http://playbook.test/signin');

describe('safeNext', () => {
	test.each(['/', '/t/lane', '/t/lane/docs?archived=1', '/invite/abc123#join', '/t/%C3%B1u%C3%B1oa'])('keeps the path %s on this site', (path) => {
		expect(safeNext(path)).toBe(path);
	});

	test.each([
		'/\t/evil.example',
		'/%09/evil.example'.replace('%09', '\t'),
		'/\n/evil.example',
		'/\r\nSet-Cookie: x=1',
		'/\\evil.example',
		'/\\/evil.example',
		'//evil.example',
		'///evil.example',
		'https://evil.example/',
		'javascript:alert(1)',
		'evil.example',
		' /t/lane',
		'/\u0000',
		'/\u007f',
		'',
		`/${'a'.repeat(3000)}`
	])('refuses %j', (value) => {
		expect(safeNext(value)).toBe('/');
	});

	test('anything that is not a string falls back', () => {
		for (const value of [null, undefined, 42, new File(['x'], 'x.txt'), ['/t/lane']]) expect(safeNext(value, '/home')).toBe('/home');
	});

	test('what it returns is a valid header value that a browser resolves on this site', () => {
		for (const value of ['/t/la ne', '/t/ñ', '/t/\u2028x', '/./../x', '/%2F%2Fevil.example', '/t?next=//evil.example']) {
			const target = safeNext(value);
			expect(target).toMatch(/^\/[\u0021-\u007e]*$/);
			expect(followed(target).origin).toBe('http://playbook.test');
			expect(() => new Headers({ location: target })).not.toThrow();
		}
	});
});
