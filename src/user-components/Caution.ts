import { callout } from './callout';
import type { ComponentSpec } from './component-spec';

export const Caution: ComponentSpec = {
  example: '<Caution>\n\nDo not report imaging guidance separately.\n\n</Caution>',
  block: true,
  attributes: {},
  hasChildren: true,
  render: (_a, node, children) => callout('caution', 'Caution', children(node.children)),
};
