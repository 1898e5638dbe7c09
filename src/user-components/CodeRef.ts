import { CODE_PATTERN, CODE_SHAPE } from '../shared/codes';
import { codeLinkHast } from '../bodies/code-link';
import type { AttributeRule, ComponentSpec } from './component-spec';

const codeAttribute: AttributeRule = {
  expects: 'a CPT code such as "37248" or "0075T"',
  problem: (value) => (CODE_PATTERN.test(value) ? undefined : `"${value}" is not a CPT code: ${CODE_SHAPE}`),
};

export const CodeRef: ComponentSpec = {
  example: '<CodeRef code="37248" />',
  block: false,
  attributes: { code: codeAttribute },
  hasChildren: false,
  codes: (a) => [a.code!],
  render: (a, _node, _children, catalogs) => codeLinkHast(a.code!, catalogs.hasPage(a.code!)),
};
