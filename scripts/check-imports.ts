// Keeps imports flowing one way (domain ← text ← understand ← stages ← pipeline ← entry points ← cli), as
// ARCHITECTURE.md describes: stages never import each other, and nothing imports an entry point.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'src');
const layer: Record<string, number> = {
  domain: 0,
  text: 1,
  // Reading what sources say is shared by engines, verify and stories: below every stage.
  understand: 2,
  fetch: 3,
  feeds: 3,
  extract: 3,
  engines: 3,
  verify: 3,
  render: 3,
  stories: 3,
  store: 3,
  pipeline: 4,
  // Publishing to a site reads the store (outbox) and the html renderer, like the pipeline.
  publish: 4,
  server: 5,
  queue: 5,
  // The command line starts the server (matome serve), so it sits above the other entry points.
  cli: 6,
};

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) yield path;
  }
}

const folderOf = (path: string) => relative(root, path).split('/')[0] ?? '';
const problems: string[] = [];
for (const file of files(root)) {
  const from = folderOf(file);
  const source = readFileSync(file, 'utf8');
  // Static imports and re-exports, and dynamic import('…') of a relative file (commands and heavy
  // libraries are loaded lazily; the layering holds for them too).
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm),
    ...source.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ];
  for (const match of specifiers) {
    const target = resolve(dirname(file), match[1] ?? '');
    const to = folderOf(target);
    if (to === from || !(to in layer) || !(from in layer)) continue;
    const sameLayerStage = layer[to] === layer[from];
    if ((layer[to] ?? 0) > (layer[from] ?? 0) || sameLayerStage) {
      problems.push(
        `${relative(root, file)} imports ${relative(root, target)} (${from} must not depend on ${to})`,
      );
    }
  }
}
if (problems.length > 0) {
  console.error(`Import rule violations:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('imports: one-way layering holds');
