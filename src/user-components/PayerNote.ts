import { callout } from './callout';
import type { AttributeRule, ComponentSpec } from './component-spec';

const payerAttribute: AttributeRule = {
  expects: 'a payer id from content/payers.yaml',
  problem: (value, catalogs) =>
    catalogs.payers.has(value) ? undefined : `"${value}" is not a known payer (choose one of: ${[...catalogs.payers.keys()].join(', ')})`,
};

export const PayerNote: ComponentSpec = {
  example: '<PayerNote payer="medicare">\n\nWhat the source says about this payer.\n\n</PayerNote>',
  block: true,
  attributes: { payer: payerAttribute },
  hasChildren: true,
  render: (a, node, children, catalogs) => callout('payer', `Payer note: ${catalogs.payers.get(a.payer!)}`, children(node.children)),
};
