import * as Y from 'yjs';
import type { ShapeProblem } from './doc-shape';
import { BLOCK_SUGGESTION_ATTR, isBlockSuggestionValue, isSuggestionAttrs, isSuggestionMark } from './suggestions';

/**
 * A rich-text document (a team document, talking points): one XML fragment `body` of block
 * elements (paragraphs, headings, lists) holding text, as the Tiptap editor keeps it.
 */
export const RICH_TEXT_FIELD = 'body';

/**
 * Comments anchored to a passage: the `comment` mark holds only its thread's id (the thread and
 * its comments live in SQLite). Marks overlap, so y-prosemirror keys each one `comment--<hash>`
 * on the text's formatting, with the mark's attributes as its value.
 */
export const COMMENT_MARK = 'comment';
/** Thread ids are 16 random bytes in base32, lowercase, as `newId` makes them (26 characters). */
export const THREAD_ID = /^[a-z2-7]{26}$/;
/**
 * A map kept beside the text, written by the server only: thread id to how many times the thread
 * changed. Open pages watch it to fetch the threads again; nobody reads a comment from it.
 */
export const COMMENT_ACTIVITY_FIELD = 'commentActivity';

export const commentActivityMap = (doc: Y.Doc) => doc.getMap<unknown>(COMMENT_ACTIVITY_FIELD);

/** Whether a formatting key of rich text is a comment mark's. */
export const isCommentKey = (key: string) => key === COMMENT_MARK || key.startsWith(`${COMMENT_MARK}--`);

/** Whether a comment mark's attributes are ones the editor can show: exactly a well-formed thread id. */
export function isCommentAttrs(value: unknown): value is { threadId: string } {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	const threadId = (value as { threadId?: unknown }).threadId;
	return keys.length === 1 && typeof threadId === 'string' && THREAD_ID.test(threadId);
}

/**
 * The threads anchored in a rich-text fragment, in document order (first appearance), with the
 * words each one covers now. A thread missing from it had all its text removed.
 */
export function commentAnchors(fragment: Y.XmlFragment): Map<string, string> {
	const anchors = new Map<string, string>();
	const walk = (node: Y.XmlFragment | Y.XmlElement | Y.XmlText) => {
		if (node instanceof Y.XmlText) {
			for (const op of node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
				if (typeof op.insert !== 'string' || !op.attributes) continue;
				for (const [key, value] of Object.entries(op.attributes)) {
					if (!isCommentKey(key) || !isCommentAttrs(value)) continue;
					anchors.set(value.threadId, (anchors.get(value.threadId) ?? '') + op.insert);
				}
			}
			return;
		}
		for (const child of node.toArray()) if (child instanceof Y.XmlElement || child instanceof Y.XmlText) walk(child);
	};
	walk(fragment);
	return anchors;
}

type Family = 'xml' | 'text' | 'other';
/** Any shared type, as a document's `share` holds them. */
type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

function family(content: Y.Item['content']): Family {
	if (content instanceof Y.ContentType) return content.type instanceof Y.XmlElement ? 'xml' : 'other';
	if (content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentEmbed) return 'text';
	return 'other';
}

/** Once a root holds elements or text it keeps that kind; remembered so a keystroke does not walk the root. */
const rootFamilies = new WeakMap<SharedType, Family>();

/** The kind of what a root type holds already (its first live item), or null when it is empty. */
function rootFamily(root: SharedType, except: Y.Item): Family | null {
	const known = rootFamilies.get(root);
	if (known) return known;
	for (let item = root._start; item; item = item.right) {
		if (item === except || item.deleted || !item.countable) continue;
		const found = family(item.content);
		rootFamilies.set(root, found);
		return found;
	}
	return null;
}

function itemProblem(item: Y.Item, body: SharedType | undefined): string | null {
	const content = item.content;
	if (content instanceof Y.ContentDoc || content instanceof Y.ContentBinary || content instanceof Y.ContentJSON) return 'content_not_allowed';
	// Attributes and marks are keyed: the editor reads the ones it knows and skips the rest
	// (a block's suggestion excepted: accept and reject read it).
	if (content instanceof Y.ContentDeleted) return null;
	if (item.parentSub !== null && item.parentSub !== BLOCK_SUGGESTION_ATTR) return null;
	const parent = item.parent as SharedType;
	let root = parent;
	while (root._item) root = root._item.parent as SharedType;
	if (root !== body) return null; // no editor reads other root types
	if (item.parentSub !== null) {
		if (!(parent instanceof Y.XmlElement)) return null;
		return content instanceof Y.ContentAny && content.arr.length === 1 && isBlockSuggestionValue(content.arr[0]) ? null : 'suggestion_attr_invalid';
	}
	// y-prosemirror cannot build a mark from bad attributes and deletes the whole text node instead.
	if (content instanceof Y.ContentFormat && isCommentKey(content.key) && content.value !== null && !isCommentAttrs(content.value)) return 'comment_mark_invalid';
	if (content instanceof Y.ContentFormat && isSuggestionMark(content.key) && content.value !== null && !isSuggestionAttrs(content.key, content.value)) return 'suggestion_mark_invalid';
	if (parent instanceof Y.XmlText) return content instanceof Y.ContentType ? 'type_in_text' : null;
	if (parent !== body) {
		const child = content instanceof Y.ContentType ? content.type : null;
		return parent instanceof Y.XmlFragment && (child instanceof Y.XmlElement || child instanceof Y.XmlText) ? null : 'not_xml';
	}
	// The root itself is untyped on the server: it holds elements (the editor) or text (scripts, tests), never both.
	const kind = family(content);
	if (kind === 'other') return 'not_xml';
	const held = rootFamily(parent, item);
	if (held === null) rootFamilies.set(parent, kind);
	return held === null || held === kind ? null : 'mixed_content';
}

/**
 * What a transaction added to a rich-text document that its editor cannot show (the editor
 * throws on it), read off the new items only, so a keystroke costs a few checks.
 */
export function richTextProblems(tr: Y.Transaction): ShapeProblem[] {
	const problems: ShapeProblem[] = [];
	const body = tr.doc.share.get(RICH_TEXT_FIELD);
	tr.afterState.forEach((after, client) => {
		const before = tr.beforeState.get(client) ?? 0;
		if (after <= before) return;
		const structs = tr.doc.store.clients.get(client);
		if (!structs) return;
		for (let i = Y.findIndexSS(structs, before); i < structs.length && structs[i].id.clock < after; i++) {
			const struct = structs[i];
			if (!(struct instanceof Y.Item) || struct.deleted) continue;
			const problem = itemProblem(struct, body);
			if (problem) problems.push({ path: `${client}:${struct.id.clock}`, problem });
		}
	});
	return problems;
}

/** The body of a rich-text document. */
export function richTextBody(doc: Y.Doc): Y.XmlFragment {
	return doc.getXmlFragment(RICH_TEXT_FIELD);
}

/** The text of an XML text node, without its marks. */
function plainText(text: Y.XmlText): string {
	return text
		.toDelta()
		.map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
		.join('');
}

/** Elements that hold other blocks (a list holds items, an item holds paragraphs) rather than text. */
function holdsBlocks(element: Y.XmlElement): boolean {
	return element.toArray().some((child) => child instanceof Y.XmlElement);
}

/**
 * The text of each block, in reading order: a paragraph or heading is one block, a list item's
 * paragraphs are blocks of their own. Marks and attributes are left out.
 */
export function richTextBlocks(fragment: Y.XmlFragment): string[] {
	const blocks: string[] = [];
	const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
		if (node instanceof Y.XmlText) blocks.push(plainText(node));
		else if (node instanceof Y.XmlElement) {
			if (holdsBlocks(node)) node.toArray().forEach(walk);
			else blocks.push(node.toArray().map((child) => (child instanceof Y.XmlText ? plainText(child) : '')).join(''));
		}
	};
	fragment.toArray().forEach(walk);
	return blocks;
}

/**
 * Makes `to` hold what `from` holds, as one change of `to`'s document: its blocks are replaced by
 * copies of `from`'s, marks and attributes included (comment anchors too). Used to restore a
 * version through the live room, so every connected copy takes it as an ordinary update.
 */
export function replaceRichText(to: Y.XmlFragment, from: Y.XmlFragment): void {
	const copies = from.toArray().map((node) => node.clone());
	if (to.length) to.delete(0, to.length);
	if (copies.length) to.insert(0, copies as (Y.XmlElement | Y.XmlText)[]);
}
