import fc from 'fast-check';
import * as Y from 'yjs';
import { rulesArray } from '../../src/lib/collab/policy-doc';

/** One way to give a `rules` array a shape its schema does not allow, as a crafted client could. */
export type Attack = (doc: Y.Doc, index: number) => void;

export const junk = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2, noNullPrototype: true }), fc.array(fc.integer(), { maxLength: 3 }));

// `any`: Y.Text and Y.Map are not assignable to AbstractType<unknown> (their event types differ).
const sharedType = fc.constantFrom<() => Y.AbstractType<any>>(
	() => new Y.Text('x'),
	() => new Y.Array(),
	() => new Y.XmlFragment(),
	() => new Y.Map(),
	() => new Y.XmlText('x')
);

/** A fresh value each time: a Yjs type can sit in one place only. */
export const anyValue = fc.oneof(junk.map((value) => () => value as unknown), sharedType);

/** One of the array's maps (earlier attacks may have put other things in it). */
export function rule(doc: Y.Doc, index: number): Y.Map<unknown> {
	const maps = (rulesArray(doc).toArray() as unknown[]).filter((item): item is Y.Map<unknown> => item instanceof Y.Map);
	return maps[index % maps.length];
}

export const attack: fc.Arbitrary<Attack> = fc.oneof(
	// Something that is not a rule map, anywhere in the array.
	fc.tuple(junk, fc.nat()).map(([value, at]): Attack => (doc) => rulesArray(doc).insert(at % (rulesArray(doc).length + 1), [value as never])),
	fc.tuple(sharedType, fc.nat()).map(([make, at]): Attack => (doc) => rulesArray(doc).insert(at % (rulesArray(doc).length + 1), [make() as never])),
	// A map without its words, or with words of the wrong type.
	fc.constant<Attack>((doc) => rulesArray(doc).push([new Y.Map()])),
	anyValue.map((make): Attack => (doc, i) => rule(doc, i).set('text', make())),
	fc.constant<Attack>((doc, i) => rule(doc, i).delete('text')),
	// Fields of the wrong type or value, and fields no schema has.
	fc.tuple(fc.constantFrom('key', 'title', 'status', 'custom', 'number', 'summary'), anyValue).map(
		([field, make]): Attack =>
			(doc, i) =>
				rule(doc, i).set(field, make())
	),
	fc.constant<Attack>((doc, i) => rule(doc, i).set('status', 'abolished')),
	fc.constant<Attack>((doc, i) => rule(doc, i).set('key', '')),
	fc.tuple(fc.string({ minLength: 1, maxLength: 6 }).filter((name) => !['key', 'title', 'status', 'dropReason', 'custom', 'number', 'summary', 'why', 'text'].includes(name)), junk).map(
		([field, value]): Attack =>
			(doc, i) =>
				rule(doc, i).set(field, value)
	),
	// Content in a rule's words that is no XML node.
	junk
		.filter((v) => v !== null)
		.map((value): Attack => (doc, i) => {
			const fragment = rule(doc, i)?.get('text');
			if (fragment instanceof Y.XmlFragment) (fragment as unknown as Y.Array<unknown>).insert(0, [value]);
		})
);
