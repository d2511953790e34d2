import type * as Y from 'yjs';
import { isRuleMap } from './doc-shape';

/** A Svelte-readable view of a Yjs array of rule maps, re-read whenever anything in it changes. */
export class RuleList<T> {
	items = $state.raw<T[]>([]);
	private readonly refresh = () => {
		// An element no editor can show (stored before updates were checked) is left out, not fatal.
		this.items = (this.array.toArray() as unknown[]).filter(isRuleMap).map(this.view);
	};

	constructor(
		private readonly array: Y.Array<Y.Map<unknown>>,
		private readonly view: (map: Y.Map<unknown>) => T
	) {
		array.observeDeep(this.refresh);
		this.refresh();
	}

	destroy(): void {
		this.array.unobserveDeep(this.refresh);
	}
}
