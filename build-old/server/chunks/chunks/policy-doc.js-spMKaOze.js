import * as Y from 'yjs';

// src/lib/collab/doc-shape.ts
/** Whether an element of a `rules` array can be read as a rule: a map with a key and its words in a fragment. */
function isRuleMap(value) {
	if (!(value instanceof Y.Map)) return false;
	const key = value.get("key");
	return typeof key === "string" && key !== "" && value.get("text") instanceof Y.XmlFragment;
}
function fragmentProblems(fragment, path, problems) {
	fragment.toArray().forEach((node, i) => {
		if (node instanceof Y.XmlElement) fragmentProblems(node, `${path}[${i}]`, problems);
		else if (!(node instanceof Y.XmlText)) problems.push({
			path: `${path}[${i}]`,
			problem: "not_xml"
		});
	});
}
/** Adds to `problems` every way one rule map departs from `shape`. */
function ruleMapProblems(item, path, shape, problems = []) {
	const text = item.get("text");
	if (text instanceof Y.XmlFragment) fragmentProblems(text, `${path}.text`, problems);
	else problems.push({
		path: `${path}.text`,
		problem: "not_a_fragment"
	});
	for (const [field, value] of item.entries()) {
		if (field === "text") continue;
		const type = shape.fields[field];
		if (!type) problems.push({
			path: `${path}.${field}`,
			problem: "unknown_field"
		});
		else if (typeof value !== type) problems.push({
			path: `${path}.${field}`,
			problem: `not_a_${type}`
		});
		else if (shape.oneOf?.[field] && !shape.oneOf[field].includes(value)) problems.push({
			path: `${path}.${field}`,
			problem: "not_allowed"
		});
	}
	for (const field of shape.required) if (item.get(field) === void 0 || item.get(field) === "") problems.push({
		path: `${path}.${field}`,
		problem: "missing"
	});
	return problems;
}
/** A field of a rule map as a string, whatever a stored document holds there. */
function stringField(map, field) {
	const value = map.get(field);
	return typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}
// src/lib/collab/policy-doc.ts
/**
* How a team's adapted policy lives in its Yjs document: an array `rules` of maps, one per rule,
* in the team's order. Each map holds `key`, `title`, `status`, `dropReason`, `custom` and the
* rule's words in `text`, an XML fragment that a Tiptap editor edits (one paragraph per line).
*/
var RULES = "rules";
/** The fields of a rule map, for every reader and writer of a policy document. */
var RULE_FIELD = {
	key: "key",
	title: "title",
	text: "text",
	status: "status",
	dropReason: "dropReason",
	custom: "custom"
};
function rulesArray(doc) {
	return doc.getArray(RULES);
}
/** The plain words of a rule's fragment: its paragraphs, one per line. */
function fragmentText(fragment) {
	return fragment.toArray().map((node) => node instanceof Y.XmlElement ? node.toArray().map((child) => child instanceof Y.XmlText ? child.toDelta().map((op) => typeof op.insert === "string" ? op.insert : "").join("") : "").join("") : node instanceof Y.XmlText ? node.toString() : "").join("\n");
}
/** Replaces a fragment's content with these words, a paragraph per line. */
function setFragmentText(fragment, text) {
	if (fragment.doc && fragment.length) fragment.delete(0, fragment.length);
	const paragraphs = text.split("\n").map((line) => {
		const paragraph = new Y.XmlElement("paragraph");
		if (line) paragraph.insert(0, [new Y.XmlText(line)]);
		return paragraph;
	});
	fragment.insert(0, paragraphs);
}
function ruleText(rule) {
	return rule.get(RULE_FIELD.text);
}
/** The rule maps of a `rules` array that can be read; anything else a stored document holds is skipped. */
function readableRules(doc) {
	return rulesArray(doc).toArray().filter(isRuleMap);
}
var STATUSES = [
	"keep",
	"modify",
	"drop"
];
/** What a team's adaptation may hold in each rule map. */
var ADAPTATION_SHAPE = {
	fields: {
		key: "string",
		title: "string",
		status: "string",
		dropReason: "string",
		custom: "boolean"
	},
	required: ["key"],
	oneOf: { status: STATUSES }
};
/**
* A new rule for the `rules` array: its fields (an adaptation's status and reasons, or the model
* draft's number, summary and why) and its words in a fresh `text` fragment.
*/
function ruleMap(fields, text) {
	const map = new Y.Map();
	for (const [name, value] of Object.entries(fields)) map.set(name, value);
	const fragment = new Y.XmlFragment();
	map.set("text", fragment);
	setFragmentText(fragment, text);
	return map;
}
function newRuleMap(rule) {
	return ruleMap({
		key: rule.key,
		title: rule.title,
		status: rule.status,
		dropReason: rule.dropReason ?? "",
		custom: rule.custom ?? false
	}, rule.text);
}
/** One adapted rule as plain values, whatever its stored map holds. */
function readAdaptedRule(map) {
	const status = map.get(RULE_FIELD.status);
	return {
		key: stringField(map, RULE_FIELD.key),
		title: stringField(map, RULE_FIELD.title),
		text: fragmentText(ruleText(map)),
		status: STATUSES.includes(status) ? status : "keep",
		dropReason: stringField(map, RULE_FIELD.dropReason) || void 0,
		custom: map.get(RULE_FIELD.custom) === true
	};
}
/** The adaptation as plain rules, for redlines and merges. */
function readAdaptation(doc) {
	return readableRules(doc).map(readAdaptedRule);
}
/**
* Makes the document hold exactly these rules, touching only what differs, so that people
* typing in other rules at the same moment keep their edits.
*/
function writeAdaptation(doc, rules) {
	doc.transact(() => {
		const array = rulesArray(doc);
		for (let i = array.length - 1; i >= 0; i--) if (!isRuleMap(array.get(i))) array.delete(i, 1);
		const idOf = (map) => `${map.get(RULE_FIELD.custom) === true ? "c" : "m"}:${stringField(map, RULE_FIELD.key)}`;
		const existing = new Map(array.toArray().map((map) => [idOf(map), map]));
		const wanted = rules.map((rule) => `${rule.custom ? "c" : "m"}:${rule.key}`);
		for (let i = array.length - 1; i >= 0; i--) {
			const map = array.get(i);
			if (!wanted.includes(idOf(map))) array.delete(i, 1);
		}
		rules.forEach((rule, index) => {
			const id = wanted[index];
			const map = existing.get(id);
			if (!map || !array.toArray().includes(map)) {
				array.insert(Math.min(index, array.length), [newRuleMap(rule)]);
				return;
			}
			const repair = ruleMapProblems(map, "", ADAPTATION_SHAPE).length > 0;
			if (repair) {
				for (const field of [...map.keys()]) if (field !== RULE_FIELD.text && !(field in ADAPTATION_SHAPE.fields)) map.delete(field);
			}
			if (repair || map.get(RULE_FIELD.title) !== rule.title) map.set(RULE_FIELD.title, rule.title);
			if (repair || map.get(RULE_FIELD.status) !== rule.status) map.set(RULE_FIELD.status, rule.status);
			if (repair || (map.get(RULE_FIELD.dropReason) ?? "") !== (rule.dropReason ?? "")) map.set(RULE_FIELD.dropReason, rule.dropReason ?? "");
			if (repair || (map.get(RULE_FIELD.custom) ?? false) !== (rule.custom ?? false)) map.set(RULE_FIELD.custom, rule.custom ?? false);
			if (repair || fragmentText(ruleText(map)) !== rule.text) setFragmentText(ruleText(map), rule.text);
		});
	});
}

export { ruleText as a, rulesArray as b, ruleMap as c, readAdaptation as d, fragmentText as f, readableRules as r, stringField as s, writeAdaptation as w };
//# sourceMappingURL=policy-doc.js-spMKaOze.js.map
