/** Registers every element of the library (skipping tags that are already defined). */
import { TAGS, elements } from './elements.js';
import { define } from './base/define.js';

for (const tag of TAGS) define(tag, elements[tag]);
