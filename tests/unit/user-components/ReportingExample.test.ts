import { describe, expect, it } from 'vitest';
import { compileWithSections, renderedWith } from '../../support/bodies';

const EXAMPLE = '<ReportingExample>\n\nTwo veins are opened.\n\n- 37248 × 1: the first vein\n- 37249 × 1: the second vein\n\n</ReportingExample>';

describe('<ReportingExample>', () => {
  it('renders a worked example as what was done, then a table of linked codes and units', () => {
    const out = renderedWith(EXAMPLE);
    expect(out).toContain('<figcaption class="callout-label">Reporting example</figcaption>\n<p>Two veins are opened.</p>');
    expect(out).toContain('<th scope="col">Code</th><th scope="col">Units</th><th scope="col">What it covers</th>');
    expect(out).toContain('<tr><td><a href="/codes/37248/" class="font-mono font-semibold" data-code-link>37248</a></td><td>1</td><td>the first vein</td></tr>');
    // The page's own code is still a link in the table: the table is about codes, not prose.
    expect(out).toContain('<a href="/codes/37249/" class="font-mono font-semibold" data-code-link>37249</a></td><td>1</td><td>the second vein</td>');
  });

  it('is read back from the rendered body for practice: its section, the situation and each line, the answer left out of the situation', () => {
    const { rendered } = compileWithSections(EXAMPLE.replace('Two veins are opened.', 'Two veins are opened after 37244 failed.'));
    expect(rendered!.examples).toEqual([
      {
        section: 'clinical-scenario',
        situation: '<p>Two veins are opened after <a href="/codes/37244/" class="font-mono font-semibold" data-code-link>37244</a> failed.</p>',
        lines: [
          { code: '37248', units: 1, note: 'the first vein' },
          { code: '37249', units: 1, note: 'the second vein' },
        ],
      },
    ]);
  });
});
