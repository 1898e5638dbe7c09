import { CODE_SOURCE, normalizeCode } from '../codes';

/** A code and how many units of it. */
export interface ReportedCode {
  code: string;
  units: number;
}

export interface ParsedAnswer {
  /** One entry per code, in the order first written; a code written twice has its units added. */
  codes: ReportedCode[];
  /** Pieces that are not a code with units, as typed, each with why. */
  unreadable: { text: string; why: string }[];
}

// "37249", "37249 x2", "37249 ×2", "37249 X 2", "37249*2", "37249-2". A hyphen takes one digit only:
// "37249-59" is a modifier as coders write it, not 59 units.
const PIECE = new RegExp(String.raw`^(${CODE_SOURCE})(?:\s*[x×*]\s*(\d{1,3})|\s*-\s*(\d))?$`, 'i');
const WITH_MODIFIER = new RegExp(String.raw`^${CODE_SOURCE}\s*-\s*[0-9A-Z]{2}$`, 'i');

function readPiece(text: string): ReportedCode | { why: string } {
  const match = PIECE.exec(text);
  const code = match ? normalizeCode(match[1]!) : null;
  if (!match || !code) {
    return { why: WITH_MODIFIER.test(text) ? 'looks like a code with a modifier; practice asks for codes and units only' : 'is not a code, optionally with units as "× 2"' };
  }
  const units = Number(match[2] ?? match[3] ?? 1);
  return units > 0 ? { code, units } : { why: 'has no units; write at least 1' };
}

/**
 * Reads an answer as coders write it: codes separated by commas, semicolons or new lines, each
 * with optional units ("37248, 37249 x2", "37249 ×2", "37249-2"). Pure: the page and the tests share it.
 */
export function parseAnswer(input: string): ParsedAnswer {
  const codes: ReportedCode[] = [];
  const unreadable: ParsedAnswer['unreadable'] = [];
  for (const raw of input.normalize('NFKC').split(/[,;\n]/)) {
    const text = raw.trim().replace(/^\+\s*/, '');
    if (!text) continue;
    const piece = readPiece(text);
    if ('why' in piece) {
      unreadable.push({ text, why: piece.why });
      continue;
    }
    const earlier = codes.find((c) => c.code === piece.code);
    if (earlier) earlier.units += piece.units;
    else codes.push(piece);
  }
  return { codes, unreadable };
}
