// Features reach each other only through their index.ts (the boundary rule), and never in a
// circle: a cycle between two features means neither can be understood, tested or loaded
// without the other, and module evaluation order starts to matter. This reads the real tree.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const featuresDir = path.resolve(import.meta.dirname, '..', 'renderer', 'features');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Which features each feature imports (tests excluded: they may reach wider). */
function featureGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const feature of readdirSync(featuresDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const targets = new Set<string>();
    for (const file of sourceFiles(path.join(featuresDir, feature))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']*)'/g)) {
        const target = path.relative(featuresDir, path.resolve(path.dirname(file), match[1] ?? '')).split(path.sep);
        const other = target[0];
        if (other !== undefined && other !== '..' && other !== feature) targets.add(other);
      }
    }
    graph.set(feature, targets);
  }
  return graph;
}

/** One cycle as a path a → … → a, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const done = new Set<string>();
  const visit = (node: string, trail: string[]): string[] | undefined => {
    if (trail.includes(node)) return [...trail.slice(trail.indexOf(node)), node];
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...trail, node]);
      if (cycle !== undefined) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

describe('renderer features', () => {
  it('the cycle finder sees a cycle when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set<string>()]]))).toBeUndefined();
  });

  it('import one another without a cycle', () => {
    const graph = featureGraph();
    expect(graph.get('intake')?.has('settings')).toBe(true);
    expect(findCycle(graph)).toBeUndefined();
  });
});
