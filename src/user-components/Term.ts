import { glossaryTermUrl } from '../shared/urls';
import { el, type AttributeRule, type ComponentSpec } from './component-spec';

const termAttribute: AttributeRule = {
  expects: 'a term id from content/glossary.yaml',
  problem: (value, catalogs) =>
    catalogs.glossary.has(value) ? undefined : `"${value}" is not a glossary term (choose one of: ${[...catalogs.glossary.keys()].join(', ')})`,
};

// For wording the glossary's own forms do not catch (those are linked on first use anyway):
// the words stay the author's, the link and its title say which term they mean.
export const Term: ComponentSpec = {
  example: '<Term term="rsi">the imaging work</Term>',
  block: false,
  attributes: { term: termAttribute },
  hasChildren: true,
  render: (a, node, children, catalogs) =>
    el('a', { href: glossaryTermUrl(a.term!), title: catalogs.glossary.get(a.term!), dataGlossaryTerm: a.term }, children(node.children)),
};
