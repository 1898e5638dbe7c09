import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepOwnHashes } from '../../../src/hosting/page-hashes';
import { forgetPagesFromTemplates, makeFoldersAhead, pagesFromTemplates, sameAsWritten, takeTemplatePage, templatePagesWritten, writeFromTemplate } from '../../../src/hosting/template-pages';
import { SHORT_LINK_CODE, SHORT_LINK_TEMPLATE, outputFile, shortCodeUrl, shortPinnedUrl, withBase } from '../../../src/shared/urls';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const OWN = 'location.replace(document.body.dataset.to + location.hash)';
const template =
  `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash(OWN)} ${hash('theme()')};"></head>` +
  `<body data-to="/codes/${SHORT_LINK_CODE}/"><a href="/codes/${SHORT_LINK_CODE}/">CPT ${SHORT_LINK_CODE}</a><script>${OWN}</script></body></html>`;

let site: string;
afterEach(() => {
  rmSync(site, { recursive: true, force: true });
  forgetPagesFromTemplates();
});

function takenTemplate(text = template): string {
  site = mkdtempSync(join(tmpdir(), 'template-pages-'));
  const templateFile = outputFile(site, withBase(SHORT_LINK_TEMPLATE));
  mkdirSync(join(templateFile, '..'), { recursive: true });
  writeFileSync(templateFile, text);
  return takeTemplatePage(site, SHORT_LINK_TEMPLATE);
}

describe('pages written from a template page', () => {
  it('take the template out of the output with its policy cut to its own inline code, so each copy is final as written', async () => {
    site = mkdtempSync(join(tmpdir(), 'template-pages-'));
    const templateFile = outputFile(site, withBase(SHORT_LINK_TEMPLATE));
    mkdirSync(join(templateFile, '..'), { recursive: true });
    writeFileSync(templateFile, template);

    const taken = takeTemplatePage(site, SHORT_LINK_TEMPLATE);
    expect(existsSync(templateFile)).toBe(false);
    expect(taken).toContain(`content="script-src 'self' ${hash(OWN)};"`);

    writeFromTemplate(site, shortCodeUrl('37244'), taken, '37244');
    await templatePagesWritten();
    const copy = readFileSync(outputFile(site, shortCodeUrl('37244')), 'utf8');
    expect(copy).toContain('<a href="/codes/37244/">CPT 37244</a>');
    expect(keepOwnHashes(copy)).toBe(copy);
  });

  it('record each copy and its template for the CSP step, which takes the policy from the template instead of reading every copy', () => {
    const taken = takenTemplate();
    writeFromTemplate(site, shortCodeUrl('37244'), taken, '37244');
    writeFromTemplate(site, shortCodeUrl('37249'), taken, '37249');
    const written = pagesFromTemplates();
    expect([...written.templates]).toEqual([taken]);
    expect([...written.files].sort()).toEqual([outputFile(site, shortCodeUrl('37244')), outputFile(site, shortCodeUrl('37249'))].sort());

    forgetPagesFromTemplates();
    expect(pagesFromTemplates().files.size + pagesFromTemplates().templates.size).toBe(0);
  });

  it('refuse a template whose copies would not share its policy', () => {
    const taken = takenTemplate();
    // Not taken: it still lists a hash of inline code it does not hold.
    expect(() => writeFromTemplate(site, shortCodeUrl('37244'), template, '37244')).toThrow(/takeTemplatePage/);
    // The code inside inline code: each copy's script would hash differently from the template's.
    const codeInScript = taken.replace(OWN, `location.replace('/codes/${SHORT_LINK_CODE}/')`);
    expect(() => writeFromTemplate(site, shortCodeUrl('37244'), keepOwnHashes(codeInScript), '37244')).toThrow(/inside inline code/);
    expect(pagesFromTemplates().files.size).toBe(0);
  });

  it('put a page already written from a template at a second address as a link to the same bytes, recorded like the first', async () => {
    const taken = takenTemplate();
    writeFromTemplate(site, shortCodeUrl('37244'), taken, '37244');
    sameAsWritten(site, shortCodeUrl('37244'), shortPinnedUrl(2025, '37244'));
    await templatePagesWritten();
    const [first, second] = [outputFile(site, shortCodeUrl('37244')), outputFile(site, shortPinnedUrl(2025, '37244'))];
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    expect(statSync(second).ino).toBe(statSync(first).ino);
    expect(pagesFromTemplates().files.has(second)).toBe(true);
    // Only a page this build wrote from a template, whose policy the CSP step then knows.
    expect(() => sameAsWritten(site, shortCodeUrl('37249'), shortPinnedUrl(2025, '37249'))).toThrow(/not written from a template/);
  });

  it('make the folders of pages to come ahead of them, at their public paths', async () => {
    const taken = takenTemplate();
    const later = shortPinnedUrl(2025, '37244');
    makeFoldersAhead(site, [later]);
    await templatePagesWritten();
    expect(statSync(join(outputFile(site, later), '..')).isDirectory()).toBe(true);
    expect(existsSync(outputFile(site, later))).toBe(false);
    writeFromTemplate(site, later, taken, '37244');
    await templatePagesWritten();
    expect(readFileSync(outputFile(site, later), 'utf8')).toContain('CPT 37244');
  });
});
