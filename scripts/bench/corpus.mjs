// Synthetic code pages for the benchmark, made from the same template authors start from
// (scripts/editor/templates/code.mdx), so the benchmark builds what real pages look like: every field,
// the three body sections, modifiers, related codes. The text is random words, never real guidance.
import { stringify, parse } from 'yaml';
import { splitFrontmatter } from '../../src/schema/content-files.ts';

const WORDS = `access angiography artery balloon bleeding block branch catheter closure coil contrast
diagnostic dilation distal documentation embolization endovascular extremity femoral fluoroscopy flow
guidance guidewire iliac imaging initial injection intervention lesion lumen narrowing needle occlusion
outpatient patency percutaneous peripheral placement primary procedure proximal radiology repeat
residual segment sheath session site stenosis stent supervision target treatment ultrasound vascular
vein venography vessel`.split(/\s+/);

/** A small seeded generator, so the same N always gives the same corpus and runs are comparable. */
export { seededRandom as random } from '../../src/shared/practice/seeded-order.ts';
import { seededRandom as random } from '../../src/shared/practice/seeded-order.ts';

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const some = (rand, list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(rand, list)))];
const words = (rand, n) => Array.from({ length: n }, () => pick(rand, WORDS)).join(' ');
const sentence = (rand, n) => {
  const text = words(rand, n);
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
};
const paragraph = (rand, sentences) => Array.from({ length: sentences }, () => sentence(rand, 8 + Math.floor(rand() * 10))).join(' ');

/** Codes for the corpus: five digits, skipping the ones the site already has pages for. */
export function corpusCodes(n, existing = []) {
  const taken = new Set(existing);
  const codes = [];
  for (let c = 10000; codes.length < n; c++) if (!taken.has(String(c))) codes.push(String(c));
  return codes;
}

/**
 * Splits the template into its frontmatter (parsed) and its `## ` sections, each with the
 * component blocks (<Tip>, <ReportingExample>, ...) it holds, so synthetic pages use them too.
 */
export function readTemplate(template) {
  const split = splitFrontmatter(template);
  if (!split) throw new Error('scripts/editor/templates/code.mdx has no frontmatter block');
  const sections = split.body
    .split(/^(?=## )/m)
    .filter((part) => part.startsWith('## '))
    .map((part) => ({
      heading: part.slice(0, part.indexOf('\n')),
      components: [...part.matchAll(/^<([A-Z]\w*)[\s\S]*?(?:^<\/\1>|\/>)$/gm)].map((m) => m[0]),
    }));
  return { template, sections };
}

/**
 * A plausible spread of histories, so change pages and the feed have work at any size: about a
 * third of codes give the year they were added, about one in eight was revised once or twice after
 * that, up to the current edition; the rest give nothing, as the real pages do.
 */
function syntheticHistory(rand, edition) {
  const added = rand() < 0.35 ? edition - 1 - Math.floor(rand() * 30) : undefined;
  const revisions = [];
  if (rand() < 0.12) {
    let year = added ?? edition - 30;
    for (let n = 1 + Math.floor(rand() * 2); n > 0 && year < edition; n--) {
      // At most halfway to the edition, so a second revision still fits.
      year += 1 + Math.floor(rand() * Math.max(1, (edition - year) / 2));
      revisions.push({ year, text: sentence(rand, 10) });
    }
  }
  return added === undefined ? { revisions } : { added, revisions };
}

/**
 * One code page: the template with its placeholders filled, its frontmatter given synthetic values
 * for every field, and each body section written with random prose.
 * `shared` holds the ids the content files define (families, sites, payers, modifiers) and the
 * current CPT edition (`edition`, a number: no history year may be later).
 */
export function syntheticPage({ template, sections }, codes, index, shared, date) {
  const rand = random(index + 1);
  const code = codes[index];
  const filled = template
    .replaceAll('__CODE__', code)
    .replaceAll('__TITLE__', JSON.stringify(sentence(rand, 6).slice(0, -1)))
    .replaceAll('__FAMILY__', pick(rand, shared.families))
    .replaceAll('__DATE__', date);
  const frontmatter = parse(splitFrontmatter(filled).frontmatter);
  const addOn = index > 0 && rand() < 0.25;
  const neighbours = [codes[index - 1], codes[index + 1]].filter(Boolean);
  Object.assign(frontmatter, {
    lead: sentence(rand, 18),
    addOn,
    primaryCodes: addOn ? [codes[index - 1]] : [],
    serviceType: sentence(rand, 5).slice(0, -1),
    sites: some(rand, shared.sites, 3),
    payers: some(rand, shared.payers, 4),
    modifiers: some(rand, shared.modifiers, 3).map((modifier, i) => ({
      modifier,
      ...(i === 0 ? { whenToUse: sentence(rand, 14) } : {}),
      basis: rand() < 0.7 ? 'source' : 'general',
    })),
    related: neighbours.map((related) => ({ code: related, note: sentence(rand, 9) })),
    dataGaps: ['payer-rates', 'taxonomies', 'icd10'],
  });
  const mention = neighbours.length ? ` It is often read together with ${neighbours[0]}.` : '';
  const body = sections
    .map(({ heading, components }, i) => {
      const steps = i === sections.length - 1 ? `\n\n${Array.from({ length: 5 }, (_, n) => `${n + 1}. ${sentence(rand, 12)}`).join('\n')}` : '';
      const blocks = components.map((block) => `\n\n${block.replaceAll('__CODE__', code)}`).join('');
      return `${heading}\n\n${paragraph(rand, 4)}${mention}\n\n${paragraph(rand, 3)}${steps}${blocks}\n`;
    })
    .join('\n');
  // Drawn after everything else, so the rest of each page is what earlier benchmark runs built.
  frontmatter.history = syntheticHistory(rand, shared.edition);
  return { code, text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}` };
}
