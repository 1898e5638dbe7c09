import { z } from 'zod';
import { prose } from '../schema/prose';

/**
 * A family's chooser: questions, each answer leading to another question (`next`), to a code of
 * the family (`code`), or to a note that the sources do not settle the case (`unsettled`). The
 * first question is where the chooser starts. The shape's graph (every answer leads somewhere, no
 * loops, every question reachable, codes of the family) is checked in chooser-checks.ts, where the
 * message can name the question.
 */
export const chooserAnswerSchema = z
  .object({
    answer: prose.describe('What the coder picks, as a fact of the case.'),
    next: z.string().optional(),
    code: z.string().optional(),
    unsettled: prose.optional().describe('Why the sources do not settle this branch, and where to read on.'),
  })
  .strict();

export const chooserQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens: it is part of the step address'),
    ask: prose,
    answers: z.array(chooserAnswerSchema).min(2, 'needs at least two answers'),
  })
  .strict();

export const chooserSchema = z.object({ questions: z.array(chooserQuestionSchema).min(1) }).strict();

export type Chooser = z.infer<typeof chooserSchema>;
export type ChooserQuestion = z.infer<typeof chooserQuestionSchema>;
export type ChooserAnswer = z.infer<typeof chooserAnswerSchema>;
