/**
 * Imported by the tests that render charts from src: they render every language and data path at once, so the
 * optional parts are fetched before they start (test/package/parts-es.test.ts and test/embed/parts.test.ts test
 * the waiting for them).
 */
import { preloadParts } from '../src/parts/index.js';

await preloadParts();
