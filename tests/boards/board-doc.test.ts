import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CARD,
	LIMITS,
	addCard,
	addColumn,
	addLabel,
	cardsIn,
	cardsMap,
	isDue,
	moveCard,
	moveColumn,
	readBoard,
	removeColumn,
	removeLabel,
	seedBoard,
	setCardLabel,
	validateBoard
} from '../../src/lib/collab/board-doc';

function board(): { doc: Y.Doc; todo: string; doing: string; done: string } {
	const doc = new Y.Doc();
	seedBoard(doc, ['To do', 'Doing', 'Done']);
	const [todo, doing, done] = readBoard(doc).columns.map((c) => c.id);
	return { doc, todo, doing, done };
}

const titles = (doc: Y.Doc, column: string) => cardsIn(readBoard(doc), column).map((c) => c.title);

describe('the board document', () => {
	it('starts with its columns in order, the last one counting as done', () => {
		const { doc } = board();
		expect(readBoard(doc).columns.map((c) => [c.name, c.done])).toEqual([
			['To do', false],
			['Doing', false],
			['Done', true]
		]);
		seedBoard(doc, ['Again']);
		expect(readBoard(doc).columns).toHaveLength(3);
	});

	it('adds cards at the end or at a place, and moves them within and across columns', () => {
		const { doc, todo, done } = board();
		const room = addCard(doc, { title: 'Book the library room', column: todo });
		addCard(doc, { title: 'Call the sheriff', column: todo });
		addCard(doc, { title: 'Collect 200 signatures', column: todo, index: 0 });
		expect(titles(doc, todo)).toEqual(['Collect 200 signatures', 'Book the library room', 'Call the sheriff']);
		moveCard(doc, room, todo, 2);
		expect(titles(doc, todo)).toEqual(['Collect 200 signatures', 'Call the sheriff', 'Book the library room']);
		moveCard(doc, room, done, 0);
		expect(titles(doc, todo)).toEqual(['Collect 200 signatures', 'Call the sheriff']);
		expect(titles(doc, done)).toEqual(['Book the library room']);
	});

	it('shows the cards of a removed column in the first column, marked', () => {
		const { doc, todo, doing } = board();
		addCard(doc, { title: 'Draft testimony for the 14th', column: doing });
		removeColumn(doc, doing);
		const [card] = readBoard(doc).cards;
		expect(card).toMatchObject({ column: todo, columnMissing: true });
	});

	it('reorders columns', () => {
		const { doc, done } = board();
		moveColumn(doc, done, 0);
		expect(readBoard(doc).columns.map((c) => c.name)).toEqual(['Done', 'To do', 'Doing']);
		addColumn(doc, 'Waiting', 1);
		expect(readBoard(doc).columns.map((c) => c.name)).toEqual(['Done', 'Waiting', 'To do', 'Doing']);
	});

	it('re-keys a column when concurrent inserts left two cards on the same key', () => {
		const { doc, todo } = board();
		const a = addCard(doc, { title: 'A', column: todo });
		const b = addCard(doc, { title: 'B', column: todo });
		const c = addCard(doc, { title: 'C', column: todo });
		(cardsMap(doc).get(b) as Y.Map<unknown>).set(CARD.position, (cardsMap(doc).get(a) as Y.Map<unknown>).get(CARD.position));
		// Equal keys fall back to the card id for their order, the same everywhere.
		const [first, second] = a < b ? ['A', 'B'] : ['B', 'A'];
		expect(titles(doc, todo)).toEqual([first, second, 'C']);
		moveCard(doc, c, todo, 1);
		expect(titles(doc, todo)).toEqual([first, 'C', second]);
		const keys = readBoard(doc).cards.map((x) => x.position);
		expect(new Set(keys).size).toBe(3);
		expect(validateBoard(doc)).toEqual([]);
	});

	it('removes a label from every card that had it', () => {
		const { doc, todo } = board();
		const card = addCard(doc, { title: 'Press release', column: todo });
		const label = addLabel(doc, 'Press', 'blue');
		setCardLabel(doc, card, label, true);
		expect(readBoard(doc).cards[0].labels).toEqual([label]);
		removeLabel(doc, label);
		expect(readBoard(doc).cards[0].labels).toEqual([]);
		expect(readBoard(doc).labels).toEqual([]);
	});

	it('takes due dates as a day or a UTC minute, nothing else', () => {
		for (const good of ['', '2026-12-14', '2026-12-14T14:30:00.000Z']) expect(isDue(good)).toBe(true);
		for (const bad of ['2026-02-30', '2026-13-01', 'tomorrow', '2026-12-14T14:30:00+02:00', '2026-12-14T14:30:15.000Z']) expect(isDue(bad)).toBe(false);
	});

	it('finds every way a stored board departs from its shape, and reads what it can', () => {
		const { doc, todo } = board();
		const good = addCard(doc, { title: 'Good', column: todo });
		doc.transact(() => {
			cardsMap(doc).set('not-a-map', 'hello');
			const card = new Y.Map<unknown>();
			card.set(CARD.title, 'x'.repeat(LIMITS.title + 1));
			card.set(CARD.column, 7);
			card.set(CARD.position, 12);
			card.set(CARD.due, 'soon');
			card.set('owner', 'me');
			cardsMap(doc).set('bad', card);
		});
		const problems = validateBoard(doc).map((p) => `${p.path}:${p.problem}`);
		expect(problems).toEqual(
			expect.arrayContaining(['cards.not-a-map:not_a_map', 'cards.bad.title:too_long', 'cards.bad.column:not_a_string', 'cards.bad.position:not_a_position', 'cards.bad.due:not_a_date', 'cards.bad.owner:unknown_field'])
		);
		expect(problems.some((p) => p.startsWith(`cards.${good}`))).toBe(false);
		const read = readBoard(doc);
		expect(read.cards.map((c) => c.id).sort()).toEqual(['bad', good].sort());
		expect(read.cards.find((c) => c.id === 'bad')).toMatchObject({ due: '', columnMissing: true, column: todo });
	});
});
