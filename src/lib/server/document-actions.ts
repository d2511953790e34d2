import * as v from 'valibot';
import type { RequestEvent } from '@sveltejs/kit';
import { archiveDocument, renameDocument, TITLE_MAX } from './documents';
import { parseForm, picklist, refused, text } from './forms';
import { requireUser } from './guard';

type DocumentEvent = RequestEvent<{ slug: string; id: string }>;

/** The success codes a page shows for each action (each page words them in its own catalog namespace). */
export interface DocumentSuccesses {
	renamed: string;
	archived: string;
	restored: string;
}

/**
 * The rename and archive actions of a page that shows one rich-text document (a document, a
 * testimony), for it to spread into its own actions.
 */
export function documentActions(success: DocumentSuccesses) {
	return {
		rename: async (event: DocumentEvent) => {
			const user = requireUser(event);
			const form = await event.request.formData();
			const parsed = parseForm(v.object({ title: text(TITLE_MAX) }), form);
			if (!parsed.ok) return parsed.failure;
			try {
				await renameDocument(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.title);
			} catch (err) {
				return refused(err, form, 'title');
			}
			return { success: success.renamed };
		},
		archive: async (event: DocumentEvent) => {
			const user = requireUser(event);
			const parsed = parseForm(v.object({ archived: picklist(['yes', 'no'] as const) }), await event.request.formData());
			if (!parsed.ok) return parsed.failure;
			try {
				await archiveDocument(event.locals.app.db, event.params.slug, user.id, event.params.id, parsed.data.archived === 'yes');
			} catch (err) {
				return refused(err);
			}
			return { success: parsed.data.archived === 'yes' ? success.archived : success.restored };
		}
	};
}
