/** `npm version <patch|minor|major>` runs this: src/version.ts takes the new package.json version. */
import { readFileSync, writeFileSync } from 'node:fs';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/version.ts', import.meta.url);
writeFileSync(file, readFileSync(file, 'utf8').replace(/version = '[^']*'/, `version = '${version}'`));
console.log(`src/version.ts = ${version}`);
