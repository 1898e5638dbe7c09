import type { Element, ElementContent } from 'hast';
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import type { GlossaryMark } from '../glossary/glossary-markup';

/** What a body is checked and rendered against: the catalogs an attribute may name. */
export interface BodyCatalogs {
  /** Payer ids (content/payers.yaml) and their display names. */
  payers: ReadonlyMap<string, string>;
  /** Codes that have a page; any other well-formed code is shown as "no page yet". */
  hasPage(code: string): boolean;
  /** Glossary term ids (content/glossary.yaml) and the terms' names. */
  glossary: ReadonlyMap<string, string>;
  /** The live glossary's written forms, each term linked at its first use (src/glossary/glossary-markup.ts). */
  glossaryMarks: readonly GlossaryMark[];
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Turns mdast children into hast, so a component's content is rendered like the rest of the body. */
export type RenderChildren = (nodes: readonly RootContent[]) => ElementContent[];

export interface AttributeRule {
  /** What the value must be, for the author. */
  expects: string;
  problem(value: string, catalogs: BodyCatalogs): string | undefined;
}

/** One component authors may write in a body: how it is checked, and how it is rendered. */
export interface ComponentSpec {
  /** How it is written; error messages quote it. */
  example: string;
  /** Written on lines of its own (a block); otherwise it may also sit inside a sentence. */
  block: boolean;
  /** Every attribute listed is required; no other is allowed. */
  attributes: Record<string, AttributeRule>;
  hasChildren: boolean;
  /** Further checks of its content, each message naming what to write instead. */
  contentProblem?(node: JsxElement): string | undefined;
  render(attributes: Record<string, string>, node: JsxElement, children: RenderChildren, catalogs: BodyCatalogs): Element;
  /** The codes it names, for the editorial report. */
  codes?(attributes: Record<string, string>, node: JsxElement): string[];
}

export function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}
