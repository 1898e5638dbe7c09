import { comparedTitle, compareRequest, requestProblem, unknownCodesProblem, type CompareProblem } from '../../shared/compare/compare-request';
import { compareTable, differenceSummary, type CompareRecord } from '../../shared/compare/compare-record';
import { compareDataUrl } from '../../shared/urls';
import { compareTableElements, problemElement } from './render-compare';

const root = document.querySelector<HTMLElement>('[data-compare]')!;
const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
const output = root.querySelector<HTMLElement>('[data-compare-output]')!;

/** A code's rows, or null when the site has no page for it; throws when the file could not be fetched. */
async function fetchRecord(code: string): Promise<CompareRecord | null> {
  const response = await fetch(compareDataUrl(code));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${compareDataUrl(code)}: HTTP ${response.status}`);
  return (await response.json()) as CompareRecord;
}

function showProblem(problem: CompareProblem) {
  status.textContent = '';
  output.replaceChildren(problemElement(problem));
}

function showTable(records: CompareRecord[]) {
  const rows = compareTable(records);
  status.textContent = differenceSummary(rows);
  document.title = comparedTitle(root.dataset.titlePattern ?? document.title, records.map((r) => r.code));
  output.replaceChildren(...compareTableElements(records, rows));
}

async function compare(codes: string[]) {
  status.textContent = `Loading ${codes.join(', ')}…`;
  try {
    const records = await Promise.all(codes.map(fetchRecord));
    const unknown = codes.filter((_, i) => !records[i]);
    if (unknown.length) showProblem(unknownCodesProblem(unknown, codes.filter((_, i) => records[i])));
    else showTable(records as CompareRecord[]);
  } catch {
    showProblem({ text: `The codes could not be loaded (${codes.join(', ')}). Check the connection and reload the page.`, suggestions: [], pages: codes });
  }
}

const request = compareRequest(location.search);
const problem = requestProblem(request);
if (problem) showProblem(problem);
else if (request.kind === 'codes') void compare(request.codes);
