import { f as findModelRule } from './model.js-DLwlbFq3.js';
import { r as redlineText, s as sameWords, f as fillSlots, t as tokenize, i as isWhitespace } from './redline.js-B3MCp1Vy.js';
import { diffIndices } from 'node-diff3';

// src/lib/policy/merge.ts
/**
* Bringing a team's adaptation up to a newer model version without losing its edits.
*
* Per rule, a three-way merge over words: base is the model text the team adapted from, theirs
* is the newer model text (both with the team's slots filled), ours is the team's text. A model
* change in words the team left alone is a suggestion to accept or reject; a model change in
* words the team also changed is a conflict for a person to resolve. The word diffs come from
* node-diff3's `diffIndices`; the grouping into hunks is ours because its `diff3MergeRegions`
* drops one-sided deletions and the positions we need to offer them as suggestions.
*
* Whitespace is never a change here: runs of whitespace compare equal, so a re-wrapped model
* rule produces no suggestion, and the team's own spacing is what the merged text keeps.
*/
/**
* Three-way merge of one rule's text. Hunk ids are `${idPrefix}:${n}`, so one decisions
* record can hold the answers for a whole policy.
*/
function mergeRuleText(base, ours, theirs, idPrefix) {
	const o = tokenize(base);
	const a = tokenize(ours);
	const b = tokenize(theirs);
	const key = (token) => isWhitespace(token) ? " " : token;
	const [oKeys, aKeys, bKeys] = [
		o.map(key),
		a.map(key),
		b.map(key)
	];
	const hunks = [];
	const collect = (side, other) => {
		for (const d of diffIndices(oKeys, other)) hunks.push({
			side,
			oStart: d.buffer1[0],
			oEnd: d.buffer1[0] + d.buffer1[1],
			sideLength: d.buffer2[1]
		});
	};
	collect("ours", aKeys);
	collect("theirs", bKeys);
	hunks.sort((x, y) => x.oStart - y.oStart || x.oEnd - y.oEnd);
	const out = [];
	const same = (text) => {
		if (text === "") return;
		const last = out.at(-1);
		if (last?.kind === "same") last.text += text;
		else out.push({
			kind: "same",
			text
		});
	};
	let n = 0;
	const nextId = () => `${idPrefix}:${n++}`;
	let aShift = 0;
	let bShift = 0;
	let oCursor = 0;
	let i = 0;
	while (i < hunks.length) {
		const start = hunks[i].oStart;
		let end = hunks[i].oEnd;
		const group = [hunks[i++]];
		while (i < hunks.length && (hunks[i].oStart <= end || onlyWhitespace(oKeys, end, hunks[i].oStart))) {
			end = Math.max(end, hunks[i].oEnd);
			group.push(hunks[i++]);
		}
		same(a.slice(oCursor + aShift, start + aShift).join(""));
		const shiftOf = (side) => group.filter((h) => h.side === side).reduce((sum, h) => sum + h.sideLength - (h.oEnd - h.oStart), 0);
		const aSlice = a.slice(start + aShift, end + aShift + shiftOf("ours"));
		const bSlice = b.slice(start + bShift, end + bShift + shiftOf("theirs"));
		const oursChanged = group.some((h) => h.side === "ours");
		const theirsChanged = group.some((h) => h.side === "theirs");
		const [oursText, theirsText, baseText] = [
			aSlice.join(""),
			bSlice.join(""),
			o.slice(start, end).join("")
		];
		if (!theirsChanged || sameWords(theirsText, baseText) || sameWords(theirsText, oursText)) same(oursText);
		else if (!oursChanged || sameWords(oursText, baseText)) out.push({
			kind: "suggestion",
			id: nextId(),
			ours: oursText,
			theirs: theirsText
		});
		else out.push({
			kind: "conflict",
			id: nextId(),
			base: baseText,
			ours: oursText,
			theirs: theirsText
		});
		aShift += shiftOf("ours");
		bShift += shiftOf("theirs");
		oCursor = end;
	}
	same(a.slice(oCursor + aShift).join(""));
	return {
		key: idPrefix,
		hunks: out
	};
}
function onlyWhitespace(keys, from, to) {
	for (let k = from; k < to; k++) if (keys[k] !== " ") return false;
	return true;
}
/**
* The rule's text after the decisions. An undecided suggestion or conflict keeps the team's
* words, so rejecting (or ignoring) everything gives back the team's text byte for byte.
*/
function applyDecisions(merge, decisions) {
	return merge.hunks.map((hunk) => {
		if (hunk.kind === "same") return hunk.text;
		const decision = decisions[hunk.id];
		if (decision === "accept") return hunk.theirs;
		if (typeof decision === "object") return decision.custom;
		return hunk.ours;
	}).join("");
}
/**
* Everything a newer model version offers a team: per-rule merges in the team's order, then
* rules new in the model. Nothing changes until `applyPolicyUpdate` is given the decisions.
*/
function mergePolicy(baseVersion, newVersion, adaptation, values, fallback) {
	const fill = (rule) => fillSlots(rule.text, values, fallback);
	const rules = [];
	for (const adapted of adaptation) {
		const before = adapted.custom ? void 0 : findModelRule(baseVersion, adapted.key);
		const after = adapted.custom ? void 0 : findModelRule(newVersion, adapted.key);
		const { key, title } = adapted;
		if (!before && !after) rules.push({
			kind: "custom",
			key,
			title
		});
		else if (!after) {
			if (adapted.status === "drop") {
				const changes = redlineText(before ? fill(before) : "", "");
				rules.push({
					kind: "dropped-by-team",
					key,
					title,
					changedUpstream: true,
					changes
				});
			} else rules.push({
				kind: "removed-upstream",
				id: `remove:${key}`,
				key,
				title,
				text: adapted.text
			});
		} else {
			const base = before ? fill(before) : "";
			const theirs = fill(after);
			const changedUpstream = !sameWords(base, theirs);
			const titleChange = before && before.title !== after.title ? {
				id: `title:${key}`,
				from: before.title,
				to: after.title
			} : void 0;
			if (adapted.status === "drop") {
				const changes = changedUpstream ? redlineText(base, theirs) : void 0;
				rules.push({
					kind: "dropped-by-team",
					key,
					title,
					changedUpstream,
					...changes ? { changes } : {}
				});
			} else if (!changedUpstream) rules.push({
				kind: "unchanged",
				key,
				title,
				titleChange
			});
			else {
				const merge = mergeRuleText(base, adapted.text, theirs, key);
				rules.push({
					kind: "changed",
					key,
					title,
					titleChange,
					merge
				});
			}
		}
	}
	const adaptedKeys = new Set(adaptation.filter((rule) => !rule.custom).map((rule) => rule.key));
	for (const rule of [...newVersion.rules].sort((x, y) => x.number - y.number)) {
		if (adaptedKeys.has(rule.key) || findModelRule(baseVersion, rule.key)) continue;
		rules.push({
			kind: "added-upstream",
			id: `add:${rule.key}`,
			key: rule.key,
			rule,
			text: fill(rule)
		});
	}
	const hunks = rules.flatMap((rule) => rule.kind === "changed" ? rule.merge.hunks : []);
	const droppedRules = rules.filter((rule) => rule.kind === "dropped-by-team" && rule.changedUpstream).length;
	return {
		fromVersion: baseVersion.version,
		toVersion: newVersion.version,
		notes: newVersion.notes,
		rules,
		summary: {
			changedRules: rules.filter((rule) => rule.kind === "changed").length + droppedRules,
			droppedRules,
			addedRules: rules.filter((rule) => rule.kind === "added-upstream").length,
			removedRules: rules.filter((rule) => rule.kind === "removed-upstream").length,
			suggestions: hunks.filter((hunk) => hunk.kind === "suggestion").length,
			conflicts: hunks.filter((hunk) => hunk.kind === "conflict").length
		}
	};
}
/** Every choice the update asks for, in page order; applying needs an answer to each. */
function decisionPoints(update) {
	const points = [];
	for (const rule of update.rules) {
		const at = (id, title, conflict = false) => points.push({
			id,
			key: rule.key,
			title,
			conflict
		});
		if (rule.kind === "changed" || rule.kind === "unchanged") {
			if (rule.titleChange) at(rule.titleChange.id, rule.title);
			if (rule.kind === "changed") {
				for (const hunk of rule.merge.hunks) if (hunk.kind !== "same") at(hunk.id, rule.title, hunk.kind === "conflict");
			}
		} else if (rule.kind === "added-upstream") at(rule.id, rule.rule.title);
		else if (rule.kind === "removed-upstream") at(rule.id, rule.title);
	}
	return points;
}
/** The choices still without an answer. */
function openDecisions(update, decisions) {
	return decisionPoints(update).filter((point) => decisions[point.id] === void 0);
}
/** "Accept all" / "Reject all": every suggestion answered alike; conflicts keep their answers, they need a person. */
function decideAllSuggestions(update, decisions, choice) {
	const result = { ...decisions };
	for (const point of decisionPoints(update)) if (!point.conflict) result[point.id] = choice;
	return result;
}
/**
* The adaptation after the decisions: hunk ids as in `applyDecisions`, `add:<key>` to add a new
* model rule, `remove:<key>` to remove a rule the model dropped, `title:<key>` to take a new title. Undecided means no change; a
* rule the model dropped that the team keeps becomes the team's own rule (`custom`).
* A rule whose merged text no longer matches the new model text is marked 'modify', else 'keep'.
*/
function applyPolicyUpdate(update, adaptation, decisions, newVersion, values, fallback) {
	const result = [];
	for (const adapted of adaptation) {
		const rule = update.rules.find((r) => r.key === adapted.key && r.kind === "custom" === !!adapted.custom);
		if (!rule || rule.kind === "custom" || rule.kind === "dropped-by-team" || rule.kind === "added-upstream") result.push(adapted);
		else if (rule.kind === "removed-upstream") {
			if (decisions[rule.id] !== "accept") result.push({
				...adapted,
				custom: true
			});
		} else {
			const text = rule.kind === "changed" ? applyDecisions(rule.merge, decisions) : adapted.text;
			const model = findModelRule(newVersion, adapted.key);
			const matches = model !== void 0 && sameWords(fillSlots(model.text, values, fallback), text);
			const title = rule.titleChange && decisions[rule.titleChange.id] === "accept" && rule.titleChange ? rule.titleChange.to : adapted.title;
			result.push({
				...adapted,
				title,
				text,
				status: matches ? "keep" : "modify"
			});
		}
	}
	for (const rule of update.rules) if (rule.kind === "added-upstream" && decisions[rule.id] === "accept") result.push({
		key: rule.key,
		title: rule.rule.title,
		text: rule.text,
		status: "keep"
	});
	return result;
}

export { applyPolicyUpdate as a, decisionPoints as b, decideAllSuggestions as d, mergePolicy as m, openDecisions as o };
//# sourceMappingURL=merge.js-B1XQ_MNh.js.map
