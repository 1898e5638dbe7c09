import { expect, test } from '../support/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages, readPage } from '../support/site';
import { htmlElements, textOf } from '../support/html';
import { nuCheck, type NuMessage } from '../support/nu-checker';
import { compareUrl } from '../../src/shared/urls';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
  rules: {
    // SRI guards files fetched from other origins; every stylesheet and script here is our own,
    // served under a CSP that allows only 'self'.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Search suggestions follow the WAI-ARIA combobox pattern: its popup must be a role="listbox" of
    // links, which a native <select> cannot be. Every other role still has to prefer its element.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});

test('every built page is valid HTML', async () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const report = await validator.validateString(readPage(page), page.path);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

// A page that breaks one rule on purpose, checked in the same run: proves the checker ran and its
// errors reach this test, so a silent checker cannot pass for a clean site.
const CANARY = join(import.meta.dirname, '../support/nu-canary.html');
// The checker judges a <meta> CSP against file: URLs, where 'self' matches nothing, and counts
// JSON-LD data blocks as scripts; tests/e2e/csp.spec.ts checks the policy in a real browser.
const CSP_FROM_FILES = /violates Content Security Policy/;
// Its CSS validator knows neither @property (Tailwind declares its variables with it) nor
// margin-trim, both in the site's stylesheet, which the handout page carries inline
// (src/handout/inline-stylesheet.ts); browsers without them skip those rules. Any other CSS error fails.
const CSS_THE_CHECKER_LACKS = /^CSS: (Unrecognized at-rule “@property”|“margin-trim”: Property “margin-trim” doesn't exist\.)$/;

test('every built page, and the comparison as the browser renders it, passes the W3C Nu HTML checker (errors fail, warnings are listed)', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = builtPages();
  // The comparison's table is built in the browser: its rendered markup is checked in the same
  // run of the checker, since each run starts a JVM.
  const comparison = compareUrl('37248', '37249', '37257');
  await page.goto(comparison);
  await expect(page.getByRole('table', { name: /side by side/ })).toBeVisible();
  const rendered = join(mkdtempSync(join(tmpdir(), 'compare-')), 'compare.html');
  writeFileSync(rendered, await page.content());
  const { errors, warnings } = await nuCheck([...pages.map((p) => p.file), rendered, CANARY]);
  expect(errors.filter((e) => e.file === CANARY).map((e) => e.message)).toContainEqual(expect.stringContaining('“input”'));

  const where = new Map([...pages.map((p): [string, string] => [p.file, `${p.path} (${p.type})`]), [rendered, `${comparison} (rendered)`]]);
  const describe = (m: NuMessage) => `${where.get(m.file) ?? m.file}:${m.line}:${m.column} ${m.message}`;
  const listed = warnings.filter((w) => !CSP_FROM_FILES.test(w.message)).map(describe);
  if (listed.length) console.log(`Nu HTML checker warnings (${listed.length}):\n${listed.join('\n')}`);
  expect(errors.filter((e) => e.file !== CANARY && !CSS_THE_CHECKER_LACKS.test(e.message)).map(describe)).toEqual([]);
});

test('every link on every built page has an address (crawlers treat one without as broken)', () => {
  const bare = builtPages().flatMap((page) =>
    htmlElements(readPage(page))
      .filter((e) => e.name === 'a' && !e.attribs['href']?.trim())
      .map((e) => `${page.path}: <a> "${textOf(e).trim()}"`),
  );
  expect(bare).toEqual([]);
});
