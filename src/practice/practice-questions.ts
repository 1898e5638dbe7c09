import type { Catalog } from '../catalog/catalog';
import { chooserPaths, chooserStepAnchor, type ChooserStep } from '../choosers/chooser-paths';
import { renderedBody } from '../bodies/stored-body';
import type { ReportedCode } from '../shared/practice/answer-parser';
import { familyUrl } from '../shared/urls';
import { questionSources, type SourceLink } from './question-sources';

interface QuestionBase {
  /** Stable across builds: the page anchor and the key progress is kept under. */
  id: string;
  family: { id: string; name: string };
  /** The answer, code by code. */
  expected: ReportedCode[];
  /** Where the answer is explained, in the edition it was written against. */
  sources: SourceLink[];
}

/** A worked example (<ReportingExample>): the situation; the learner reports codes and units. */
export interface ExampleQuestion extends QuestionBase {
  kind: 'example';
  /** The code page it is written on. */
  code: string;
  situation: string;
  /** Each line's note, as HTML: why that code and those units. */
  rationale: { code: string; units: number; note: string }[];
}

/** A walk through a family's chooser: the facts of each step; the learner names the code it leads to. */
export interface ChooserQuestion extends QuestionBase {
  kind: 'chooser';
  steps: (ChooserStep & { href: string })[];
}

export type PracticeQuestion = ExampleQuestion | ChooserQuestion;

/** The codes a question's answer involves: what `?codes=` selects by. */
export const questionCodes = (q: PracticeQuestion) => q.expected.map((e) => e.code);

async function exampleQuestions(catalog: Catalog): Promise<ExampleQuestion[]> {
  const questions = await Promise.all(
    catalog.codes.map(async (entry) => {
      const family = catalog.families.get(entry.data.family.id)!;
      const examples = renderedBody(entry.rendered)?.examples ?? [];
      return Promise.all(
        examples.map(async (example, i) => ({
          kind: 'example' as const,
          id: `${entry.data.code}-example-${i + 1}`,
          code: entry.data.code,
          family: { id: family.id, name: family.data.name },
          situation: example.situation,
          expected: example.lines.map(({ code, units }) => ({ code, units })),
          rationale: example.lines,
          sources: await questionSources(entry.data.code, example.section || 'overview', example.lines.map((l) => l.code)),
        })),
      );
    }),
  );
  return questions.flat(2);
}

async function chooserQuestions(catalog: Catalog): Promise<ChooserQuestion[]> {
  const families = [...catalog.families.values()].filter((f) => f.data.chooser);
  const questions = await Promise.all(
    families.map((family) =>
      Promise.all(
        chooserPaths(family.data.chooser!).map(async (path, i) => ({
          kind: 'chooser' as const,
          id: `${family.id}-chooser-${i + 1}`,
          family: { id: family.id, name: family.data.name },
          steps: path.steps.map((step) => ({ ...step, href: `${familyUrl(family.id)}#${chooserStepAnchor(step.questionId)}` })),
          expected: [{ code: path.code, units: 1 }],
          sources: await questionSources(path.code, 'billing-overview', []),
        })),
      ),
    ),
  );
  return questions.flat();
}

const built = new WeakMap<Catalog, Promise<PracticeQuestion[]>>();

/**
 * Every practice question, read from the content at build time: worked examples first, then
 * chooser walks. This is the page order sets are chosen and shuffled from. Read once per catalog:
 * the practice page, the family practice pages and the index files all start from it.
 */
export function practiceQuestions(catalog: Catalog): Promise<PracticeQuestion[]> {
  if (!built.has(catalog)) built.set(catalog, Promise.all([exampleQuestions(catalog), chooserQuestions(catalog)]).then((parts) => parts.flat()));
  return built.get(catalog)!;
}
