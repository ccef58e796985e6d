// The arbiter's rules, in the order they are weighed: the first that decides answers, and
// `--explain` names it. Conversation first (a follow-up takes what it leaves out from before), then
// figures made or stated otherwise than by one cell, passages, the tables, and what is left.
// Each rule shows what it takes over in test/fixtures/rules.jsonl.
import { conversationRule, declinedFollowUpRule, followUpRule, roundedAgainRule, sentenceFollowUpRule } from './rules/conversation.ts';
import { derivedRule, proseRule, rivalRule } from './rules/figures.ts';
import { helpRule, howToRule, noReadingRule, notStatedRule, unspecifiedRule } from './rules/last.ts';
import { passageRule, searchRule } from './rules/passages.ts';
import type { Rule } from './rules/rule.ts';
import { breakdownRule, tableAmbiguousRule, tablePartsRule, tableRule, tableTieRule } from './rules/table.ts';

export type { Rule } from './rules/rule.ts';

export const RULES: readonly Rule[] = [
  followUpRule,
  roundedAgainRule,
  conversationRule,
  sentenceFollowUpRule,
  declinedFollowUpRule,
  derivedRule,
  rivalRule,
  proseRule,
  passageRule,
  breakdownRule,
  tablePartsRule,
  tableTieRule,
  tableAmbiguousRule,
  tableRule,
  howToRule,
  helpRule,
  searchRule,
  unspecifiedRule,
  notStatedRule,
  // decides every question that comes to it
  noReadingRule,
];
