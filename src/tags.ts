/**
 * The tag of every element of the library: the one list of them. Everything else is derived from it or checked
 * against it: the classes by tag (src/elements.ts, typed by this list), `define` and the embed script, the ES
 * entries of the build (vite.config.ts), Storybook's registration, and, by test/package/registry.test.ts,
 * package.json's `exports` and `sideEffects`, size-budgets.json and the manifest's `@tag`s.
 *
 * No imports, so that the build configuration can read it without loading Lit.
 */
export const TAGS = [
  'adoption-chart',
  'platform-growth',
  'interaction-gap',
  'video-adoption',
  'platform-matrix',
  'survey-figure',
] as const;

/** The tag of an element of the library. */
export type Tag = (typeof TAGS)[number];
