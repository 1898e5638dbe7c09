import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { ROOT } from './content';
import { keptYears } from '../../src/editions/kept-files';
import { CODES_FOLDER } from '../../src/schema/content-files';
import { isoDate } from '../../src/shared/dates';
import { editionDir, MANIFEST_FILE, manifestSchema } from '../../src/editions/edition-manifest';

export interface KeptEditionFacts {
  year: number;
  /** YYYY-MM-DD, as the manifest writes it. */
  keptOn: string;
  codes: string[];
}

/** The kept editions of a project folder, read from their files, newest first. */
export function keptEditions(projectDir = ROOT): KeptEditionFacts[] {
  return keptYears(projectDir)
    .reverse()
    .map((year) => {
      const dir = join(projectDir, editionDir(year));
      const manifest = manifestSchema.parse(parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'), { customTags: ['timestamp'] }));
      const codes = readdirSync(join(dir, CODES_FOLDER)).map((f) => f.replace(/\.mdx$/, '')).sort();
      return { year: manifest.year, keptOn: isoDate(manifest.keptOn), codes };
    });
}

/**
 * What a code page says, part by part, as a reader sees it: the summary above the sections, then
 * each section's text from its heading to the next, without page navigation and feedback links.
 */
export function readPageParts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const text = (nodes: Element[]) => nodes.map((n) => (n as HTMLElement).innerText).join(' ').replace(/\s+/g, ' ').trim();
    const article = document.querySelector('article[data-code]')!;
    const parts: Record<string, string> = {
      summary: text([...article.querySelectorAll('h1, [data-lead], [data-quick-facts]')]),
    };
    for (const heading of article.querySelectorAll<HTMLElement>('h2[data-permalink]')) {
      const nodes: Element[] = [];
      for (let next = heading.parentElement!.nextElementSibling; next && !next.querySelector('h2[data-permalink]'); next = next.nextElementSibling) {
        if (!next.matches('[data-family-pager], [data-page-feedback]')) nodes.push(next);
      }
      parts[heading.id] = text(nodes);
    }
    return parts;
  });
}
