import type { Element, ElementContent } from 'hast';
import { el, text } from './component-spec';

// Callouts share one frame; the label is visible text, so it reads the same with or without
// styles, in print and to a screen reader (role="note").
export function callout(kind: string, label: string, content: ElementContent[]): Element {
  return el('div', { role: 'note', className: [`callout`, `callout-${kind}`], dataCallout: kind }, [
    el('p', { className: ['callout-label'] }, [text(label)]),
    ...content,
  ]);
}
