/** Registers every element of the library (skipping tags that are already defined). */
import { elements } from './elements.js';
import { define } from './base/define.js';

for (const [tag, ctor] of Object.entries(elements)) define(tag, ctor);
