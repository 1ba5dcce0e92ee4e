/** One of an element's own attributes (not lang, theme, src or download, nor the editor's words), as the manifest describes it. */
export interface ElementAttribute {
  name: string;
  description: string;
  /** The values the manifest's type lists (`'facebook' | 'twitter'`, `2016 | 2017`); none for free text. */
  values: string[];
  default?: string;
}

/** Replaced when dist/builder.js is built, from custom-elements.json (vite.config.ts, mode `builder`). */
declare const __ELEMENT_ATTRIBUTES__: Record<string, ElementAttribute[]>;
declare const __WORD_ATTRIBUTES__: Pick<ElementAttribute, 'name' | 'description'>[];

/** Each element's own attributes by tag. */
export const ELEMENT_ATTRIBUTES: Record<string, ElementAttribute[]> = __ELEMENT_ATTRIBUTES__;

/** The editor's words every element takes (heading, description, note, byline, source, source-url). */
export const WORD_ATTRIBUTES: Pick<ElementAttribute, 'name' | 'description'>[] = __WORD_ATTRIBUTES__;
