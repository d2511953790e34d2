import { describe, expect, it } from 'vitest';
import { MADE_MAX, madeCount, translate } from './index';

describe('translate', () => {
	it('gives the same message when asked again, with its own parameters, plurals and language', () => {
		for (let round = 0; round < 2; round++) {
			expect(translate('en', 'board.card_count', { count: 1 })).toBe('1 card');
			expect(translate('en', 'board.card_count', { count: 3 })).toBe('3 cards');
			expect(translate('es', 'board.card_count', { count: 3 })).toBe('3 tarjetas');
			expect(translate('en', 'home.new_team')).toBe('New team');
		}
	});

	it('fills a placeholder from each call, not from a message made before', () => {
		const first = translate('en', 'board.moved_to', { title: 'Call the sheriff', column: 'Done', position: 1 });
		const second = translate('en', 'board.moved_to', { title: 'Book the room', column: 'Done', position: 2 });
		expect(first).toContain('Call the sheriff');
		expect(second).toContain('Book the room');
		expect(second).not.toContain('Call the sheriff');
	});

	it('keeps a bounded number of messages, however many names pass through', () => {
		for (let i = 0; i < MADE_MAX * 2; i++) translate('en', 'board.moved_to', { title: `Card ${i}`, column: 'Done', position: i });
		expect(madeCount()).toBeLessThanOrEqual(MADE_MAX);
		expect(translate('en', 'board.moved_to', { title: 'Card 7', column: 'Done', position: 7 })).toContain('Card 7');
	});

	it('makes a message with a value that is not plain each time', () => {
		const before = madeCount();
		translate('en', 'board.moved_to', { title: { toString: () => 'Odd' }, column: 'Done', position: 1 });
		expect(madeCount()).toBe(before);
	});
});
