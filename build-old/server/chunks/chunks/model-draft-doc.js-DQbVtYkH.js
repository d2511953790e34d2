import 'yjs';

// src/lib/collab/model-draft-doc.ts
/** The fields of a draft rule map, besides its words in `text`. */
var DRAFT_FIELD = {
	key: "key",
	number: "number",
	title: "title",
	summary: "summary",
	why: "why"
};

export { DRAFT_FIELD as D };
//# sourceMappingURL=model-draft-doc.js-DQbVtYkH.js.map
