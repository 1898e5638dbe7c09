import { callout } from './callout';
import type { ComponentSpec } from './component-spec';

export const Tip: ComponentSpec = {
  example: '<Tip>\n\nName every vein dilated in the record.\n\n</Tip>',
  block: true,
  attributes: {},
  hasChildren: true,
  render: (_a, node, children) => callout('tip', 'Tip', children(node.children)),
};
