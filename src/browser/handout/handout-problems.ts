/** What was wrong with the handout's address or its codes, said above the handout; the rest still shows. */
const box = document.querySelector<HTMLElement>('[data-handout-problems]')!;

export function showProblems(problems: readonly string[]): void {
  const list = document.createElement('ul');
  list.className = 'list-disc space-y-1 rounded border border-line p-3 pl-8 dark:border-line-dark';
  for (const problem of problems) {
    const item = document.createElement('li');
    // Text only: a problem quotes what the address said, which may hold markup.
    item.textContent = problem;
    list.append(item);
  }
  box.replaceChildren(...(problems.length ? [list] : []));
}
