import { error, json, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { isExportFormat } from '$lib/export-check';
import { attachmentHeader, checkDocumentExport, CONTENT_TYPES, exportDocument } from '$lib/server/export/index';
import { Refusal } from '$lib/server/refusal';
import type { RequestHandler } from './$types';

/**
 * A document as a PDF, Word or Markdown file, for anyone who may read it. `?suggestions=include`
 * keeps open suggestions, marked (see ExportOptions). `?check` answers instead with the file's
 * size and what the clerk's rules say about it, as JSON.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	if (!isExportFormat(params.format)) error(404, translate(locals.locale, 'errors.document_not_found'));
	const request = { format: params.format, locale: locals.locale, options: { includeSuggestions: url.searchParams.get('suggestions') === 'include' } };
	try {
		if (url.searchParams.has('check')) {
			return json(await checkDocumentExport(locals.app.db, params.slug, locals.user.id, params.id, request), { headers: { 'cache-control': 'no-store' } });
		}
		const { document, bytes } = await exportDocument(locals.app.db, params.slug, locals.user.id, params.id, request);
		return new Response(bytes, {
			headers: {
				'content-type': CONTENT_TYPES[params.format],
				'content-disposition': attachmentHeader(document.title, params.format),
				'content-length': String(bytes.byteLength),
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (err) {
		if (err instanceof Refusal) error(err.status, translate(locals.locale, `errors.${err.code}`, err.params));
		throw err;
	}
};
