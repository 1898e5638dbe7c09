// The bare baseline the issue compares against: a minimal Astro + MDX site over the same code
// files, with an unstyled layout, no Tailwind, no Pagefind, no checks and no extra pages.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from '../build/scratch-project.mjs';

/**
 * The components code bodies may use (src/user-components/index.ts), each given to the baseline's
 * MDX as the plainest Astro component, as a bare site would: a box around its content, or a link.
 */
export const BASELINE_COMPONENTS = ['Tip', 'Caution', 'PayerNote', 'ReportingExample', 'CodeRef', 'Term'];

const FILES = {
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { codes: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/codes' }) }) };
`,
  'src/components/Box.astro': '<div><slot /></div>\n',
  'src/components/CodeRef.astro': '<a href={`/codes/${Astro.props.code}/`}>{Astro.props.code}</a>\n',
  'src/components/TermLink.astro': '<a href={`/glossary/#${Astro.props.term}`}><slot /></a>\n',
  'src/pages/codes/[code].astro': `---
import { getCollection, render } from 'astro:content';
import Box from '../../components/Box.astro';
import CodeRef from '../../components/CodeRef.astro';
import TermLink from '../../components/TermLink.astro';

export async function getStaticPaths() {
  return (await getCollection('codes')).map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const components = { ${BASELINE_COMPONENTS.map((name) => `${name}: ${{ CodeRef: 'CodeRef', Term: 'TermLink' }[name] ?? 'Box'}`).join(', ')} };
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.code} {entry.data.title}</title>
  </head>
  <body>
    <h1>{entry.data.code} {entry.data.title}</h1>
    <Content components={components} />
  </body>
</html>
`,
};

/**
 * With `keptCodesDirs` (each kept edition's code files), the baseline builds those too, each as a
 * collection of its own at its own addresses, so both sides build the same number of pages.
 */
function keptFiles(count) {
  const names = Array.from({ length: count }, (_, i) => `kept${i}`);
  const collections = names.map((name) => `${name}: codes('./content/${name}')`).join(', ');
  const files = {
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const codes = (base) => defineCollection({ loader: glob({ pattern: '**/*.mdx', base }) });
export const collections = { codes: codes('./content/codes'), ${collections} };
`,
  };
  for (const name of names) {
    files[`src/pages/editions/${name}/codes/[code].astro`] = FILES['src/pages/codes/[code].astro']
      .replaceAll("getCollection('codes')", `getCollection('${name}')`)
      .replaceAll('../../components/', '../../../../components/');
  }
  return files;
}

export function writeBaseline(root, dir, codesDir, keptCodesDirs = []) {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries({ ...FILES, ...keptFiles(keptCodesDirs.length) })) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  cpSync(codesDir, join(dir, 'content/codes'), { recursive: true });
  keptCodesDirs.forEach((kept, i) => cpSync(kept, join(dir, `content/kept${i}`), { recursive: true }));
  linkNodeModules(root, dir);
  return dir;
}
