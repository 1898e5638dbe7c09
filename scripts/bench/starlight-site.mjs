// Starlight over the bench's first 1,000 synthetic code pages, built as Starlight builds by default
// (its own Pagefind integration), so the first search for words can be weighed against a well-kept
// docs theme in the same run (issue 24). The pages keep their text; our components become plain
// Markdown, which is what an author moving these pages to Starlight would write.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/schema/content-files.ts';
import { linkNodeModules } from '../build/scratch-project.mjs';

/** The issue compares over 1,000 pages, whatever size the rest of the bench runs at. */
export const STARLIGHT_PAGES = 1000;

/** Where the converted pages go in Starlight's docs collection; their addresses are /codes/<code>/, as ours. */
export const STARLIGHT_CODES_FOLDER = 'src/content/docs/codes';

// package.json names Starlight, as Astro reads a project's dependencies to bundle their modules
// rather than leave them to Node (which cannot load Starlight's astro: imports). The sidebar is one
// link: Starlight's default lists all 1,000 pages in every page, which slows the build, and search
// reads only a page's main content.
const FILES = {
  'package.json': JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ integrations: [starlight({ title: 'CPT Reference on Starlight', sidebar: [{ label: 'Home', link: '/' }] })] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  'src/content/docs/index.md': '---\ntitle: CPT Reference on Starlight\n---\n\nThe benchmark’s synthetic code pages, under /codes/.\n',
};

/**
 * Our components as plain Markdown: a block component (<Tip>, <ReportingExample>…) keeps its
 * content and loses its tags; an inline one keeps its text (<Term>) or names its code (<CodeRef code="…" />).
 */
export function plainMarkdown(body) {
  return body
    .replace(/<[A-Z]\w*\b([^>]*?)\/>/g, (_, attributes) => attributes.match(/\bcode="([^"]*)"/)?.[1] ?? '')
    .replace(/<\/?[A-Z]\w*\b[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * One synthetic code page (our MDX: frontmatter and body) as a Starlight docs page: its code and
 * title as the title, its lead as description and first paragraph, its body, and its related codes
 * with their notes, the prose a reader of our page sees.
 */
export function starlightDoc(text) {
  const split = splitFrontmatter(text);
  if (!split) throw new Error('a synthetic code page has no frontmatter block');
  const data = parse(split.frontmatter);
  const related = (data.related ?? []).map(({ code, note }) => `- ${code}: ${note}`).join('\n');
  const parts = [data.lead, plainMarkdown(split.body), related && `## Related codes\n\n${related}`].filter(Boolean);
  return `---\n${stringify({ title: `${data.code} ${data.title}`, description: data.lead }, { lineWidth: 0 })}---\n\n${parts.join('\n\n')}\n`;
}

/** Writes the Starlight project into `dir` with `pages` ({ code, text } as syntheticPage makes them); returns `dir`. */
export function writeStarlightSite(root, dir, pages) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, STARLIGHT_CODES_FOLDER), { recursive: true });
  for (const [file, text] of Object.entries(FILES)) writeFileSync(join(dir, file), text);
  for (const { code, text } of pages) writeFileSync(join(dir, STARLIGHT_CODES_FOLDER, `${code}.md`), starlightDoc(text));
  linkNodeModules(root, dir);
  return dir;
}
