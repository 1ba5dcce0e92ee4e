/** Types of scripts/api-tables.mjs (for the drift test). */
export interface UpdateResult {
  text: string;
  problems: string[];
}
export function updateReadme(text: string, manifest: unknown): UpdateResult;
export function sharedBlock(manifest: unknown): string;
export function elementBlock(manifest: unknown, tag: string): string;
export function elementsOf(manifest: unknown): { tagName: string; name: string }[];
