// Keeps imports flowing one way (domain ← text ← stages ← pipeline ← entry points), as
// ARCHITECTURE.md describes: stages never import each other, and nothing imports an entry point.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'src');
const layer: Record<string, number> = {
  domain: 0,
  text: 1,
  fetch: 2,
  feeds: 2,
  extract: 2,
  engines: 2,
  verify: 2,
  render: 2,
  store: 2,
  pipeline: 3,
  cli: 4,
  server: 4,
  queue: 4,
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
  for (const match of source.matchAll(/^\s*(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)) {
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
