import * as Y from 'yjs';

// src/lib/collab/rich-text-doc.ts
/**
* A rich-text document (a team document, talking points): one XML fragment `body` of block
* elements (paragraphs, headings, lists) holding text, as the Tiptap editor keeps it.
*/
var RICH_TEXT_FIELD = "body";
/**
* Comments anchored to a passage: the `comment` mark holds only its thread's id (the thread and
* its comments live in SQLite). Marks overlap, so y-prosemirror keys each one `comment--<hash>`
* on the text's formatting, with the mark's attributes as its value.
*/
var COMMENT_MARK = "comment";
/** Thread ids are 16 random bytes in base32, lowercase, as `newId` makes them (26 characters). */
var THREAD_ID = /^[a-z2-7]{26}$/;
/**
* A map kept beside the text, written by the server only: thread id to how many times the thread
* changed. Open pages watch it to fetch the threads again; nobody reads a comment from it.
*/
var COMMENT_ACTIVITY_FIELD = "commentActivity";
var commentActivityMap = (doc) => doc.getMap(COMMENT_ACTIVITY_FIELD);
/** Whether a formatting key of rich text is a comment mark's. */
var isCommentKey = (key) => key === "comment" || key.startsWith(`comment--`);
/** Whether a comment mark's attributes are ones the editor can show: exactly a well-formed thread id. */
function isCommentAttrs(value) {
	if (!value || typeof value !== "object" || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	const threadId = value.threadId;
	return keys.length === 1 && typeof threadId === "string" && THREAD_ID.test(threadId);
}
/**
* The threads anchored in a rich-text fragment, in document order (first appearance), with the
* words each one covers now. A thread missing from it had all its text removed.
*/
function commentAnchors(fragment) {
	const anchors = /* @__PURE__ */ new Map();
	const walk = (node) => {
		if (node instanceof Y.XmlText) {
			for (const op of node.toDelta()) {
				if (typeof op.insert !== "string" || !op.attributes) continue;
				for (const [key, value] of Object.entries(op.attributes)) {
					if (!isCommentKey(key) || !isCommentAttrs(value)) continue;
					anchors.set(value.threadId, (anchors.get(value.threadId) ?? "") + op.insert);
				}
			}
			return;
		}
		for (const child of node.toArray()) if (child instanceof Y.XmlElement || child instanceof Y.XmlText) walk(child);
	};
	walk(fragment);
	return anchors;
}
/** The body of a rich-text document. */
function richTextBody(doc) {
	return doc.getXmlFragment(RICH_TEXT_FIELD);
}
/** The text of an XML text node, without its marks. */
function plainText(text) {
	return text.toDelta().map((op) => typeof op.insert === "string" ? op.insert : "").join("");
}
/** Elements that hold other blocks (a list holds items, an item holds paragraphs) rather than text. */
function holdsBlocks(element) {
	return element.toArray().some((child) => child instanceof Y.XmlElement);
}
/**
* The text of each block, in reading order: a paragraph or heading is one block, a list item's
* paragraphs are blocks of their own. Marks and attributes are left out.
*/
function richTextBlocks(fragment) {
	const blocks = [];
	const walk = (node) => {
		if (node instanceof Y.XmlText) blocks.push(plainText(node));
		else if (node instanceof Y.XmlElement) {
			if (holdsBlocks(node)) node.toArray().forEach(walk);
			else blocks.push(node.toArray().map((child) => child instanceof Y.XmlText ? plainText(child) : "").join(""));
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
function replaceRichText(to, from) {
	const copies = from.toArray().map((node) => node.clone());
	if (to.length) to.delete(0, to.length);
	if (copies.length) to.insert(0, copies);
}

export { COMMENT_MARK as C, RICH_TEXT_FIELD as R, THREAD_ID as T, commentActivityMap as a, richTextBody as b, commentAnchors as c, richTextBlocks as d, isCommentKey as i, replaceRichText as r };
//# sourceMappingURL=rich-text-doc.js-B7aUjoe-.js.map
