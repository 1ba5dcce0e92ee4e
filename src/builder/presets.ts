/**
 * The documented presets of every element: the options of the README and of Storybook's Options stories, as
 * attribute values. scripts/images.mjs draws each of them as a static image (it reads presets.json, the list
 * itself), and the embed builder offers them.
 */
import { TAGS, type Tag } from '../tags.js';
import list from './presets.json';

/** A chart's options: attribute name to value, e.g. `{ platform: 'instagram', year: '2017' }`. */
export type Options = Readonly<Record<string, string>>;

/** Each element's presets, in the order of presets.json; `{}` is the element with its defaults. */
export const PRESETS: Record<Tag, readonly Options[]> = Object.fromEntries(
  TAGS.map((tag) => [tag, list[tag].map((options) => Object.fromEntries(Object.entries(options)))]),
) as Record<Tag, Options[]>;

/** The part of a static image's file name that names its options: `platform-instagram-year-2017`, or `default`. */
export const optionsSlug = (options: Options): string =>
  Object.entries(options)
    .map(([key, value]) => `${key}-${value}`)
    .join('-') || 'default';
