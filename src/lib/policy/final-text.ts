/**
 * The policy as the team would adopt it today: its rules in its order, without the ones it
 * dropped, numbered anew, with no redline marks. The scorecard counts these same rules.
 */
import type { AdaptedRule, ModelVersion, SlotValues } from './model';
import { ruleDrift } from './redline';
import { fillSlots } from './slots';

export interface FinalRule {
	key: string;
	/** 1.. in the final text: dropped rules leave no gap. */
	number: number;
	title: string;
	text: string;
	custom: boolean;
	/** Against the model version the adaptation follows. */
	drift: 'unchanged' | 'modified' | 'added';
	/** The model's Spanish title, while the team kept the model's own title. */
	titleEs?: string;
}

export function finalText(model: ModelVersion, adaptation: AdaptedRule[], values: SlotValues): FinalRule[] {
	const rules: FinalRule[] = [];
	for (const rule of adaptation) {
		const modelRule = rule.custom ? undefined : model.rules.find((r) => r.key === rule.key);
		const drift = ruleDrift(rule, modelRule && fillSlots(modelRule.text, values));
		if (drift === 'dropped') continue;
		rules.push({
			key: rule.key,
			number: rules.length + 1,
			title: rule.title,
			text: rule.text,
			custom: Boolean(rule.custom),
			drift,
			...(modelRule?.titleEs && modelRule.title === rule.title ? { titleEs: modelRule.titleEs } : {})
		});
	}
	return rules;
}
