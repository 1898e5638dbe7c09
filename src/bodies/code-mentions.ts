import { CODE_SOURCE } from '../shared/codes';

/** A CPT code written in running text, with where it sits in that text. */
export interface CodeMention {
  code: string;
  start: number;
  end: number;
}

// Five digits, or four digits and F, T or U, standing alone: not inside a word or a longer number
// ("62-year-old", "A12345", "123456"), not a decimal, money or percentage ("1.23456", "$12500",
// "12500%"). A hyphen may join a code to its modifier ("37249-59") or to the next code of a range.
const CPT_TOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_$€£.,/])(?<!\p{L}[-‐])(${CODE_SOURCE})(?![\p{L}\p{N}_%]|[.,]\d|[-‐](?![0-9A-Z]{2}\b|${CODE_SOURCE}\b))`,
  'gu',
);

// A number followed by one of these words is a count or a measure, never a code: "12000 units".
const COUNT_OR_UNIT = new RegExp(
  String.raw`^\s?(?:units?|mg|mcg|µg|g|kg|ml|mL|cc|cm|mm|km|m|patients?|people|persons?|cases?|claims?|procedures?|` +
    String.raw`days?|hours?|minutes?|seconds?|weeks?|months?|years?|visits?|dollars?|beneficiaries|members?|lives|times)\b`,
  'u',
);

/** The CPT-shaped tokens in a run of prose that read as codes, in order. */
export function findCodeMentions(text: string): CodeMention[] {
  const mentions: CodeMention[] = [];
  for (const match of text.matchAll(CPT_TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (COUNT_OR_UNIT.test(text.slice(end, end + 16))) continue;
    mentions.push({ code: match[0], start, end });
  }
  return mentions;
}
