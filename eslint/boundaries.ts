// The import rules of ARCHITECTURE.md as a lint rule, so a boundary breach fails `npm run lint`
// instead of waiting for a reviewer to notice. Relative imports are resolved to the folder they
// land in; bare specifiers are classified as Node built-ins, `electron`, or packages.
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { Rule } from 'eslint';

/** Where a file lives, in the terms of ARCHITECTURE.md's layout. */
export type Zone =
  | 'common'
  | 'electron/main'
  | 'electron/preload'
  | 'electron/services'
  | 'electron/web-host'
  | 'renderer'
  | 'server'
  | 'tooling';

const repoRoot = path.resolve(import.meta.dirname, '..');

export function zoneOf(absoluteFile: string): Zone {
  const rel = path.relative(repoRoot, absoluteFile).split(path.sep);
  const [top, sub] = rel;
  if (top === 'common' || top === 'renderer' || top === 'server') return top;
  if (top === 'electron') {
    if (sub === 'main' || sub === 'preload' || sub === 'services' || sub === 'web-host') {
      return `electron/${sub}`;
    }
  }
  return 'tooling';
}

const isTestFile = (file: string): boolean => /\.test\.tsx?$/.test(file);

// Libraries that are pure computation and may be used by `common/`.
const pureLibraries = new Set(['zod']);
// Only test files may import these, in any zone.
const testLibraries = new Set(['vitest', 'fast-check', 'fake-indexeddb']);

const nodeBuiltins = new Set(builtinModules);
const isNodeBuiltin = (spec: string): boolean =>
  spec.startsWith('node:') || nodeBuiltins.has(spec.split('/')[0] ?? '');
const packageName = (spec: string): string =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);

/** Which zones a zone may import from (by resolved path). */
const allowedTargets: Record<Zone, readonly Zone[]> = {
  common: ['common'],
  'electron/main': ['common', 'electron/main', 'electron/services'],
  'electron/preload': ['common', 'electron/preload'],
  'electron/services': ['common', 'electron/services'],
  'electron/web-host': ['common', 'electron/services', 'electron/web-host'],
  renderer: ['common', 'renderer'],
  server: ['common', 'server'],
  tooling: ['common', 'electron/main', 'electron/preload', 'electron/services', 'electron/web-host', 'renderer', 'server', 'tooling'],
};

type Verdict = string | undefined;

function checkBareSpecifier(zone: Zone, spec: string, file: string): Verdict {
  const pkg = packageName(spec);
  if (isTestFile(file) && testLibraries.has(pkg)) return undefined;
  const nodeAllowed = zone !== 'common' && zone !== 'renderer' && zone !== 'electron/preload';
  if (isNodeBuiltin(spec) && !nodeAllowed) {
    return `${zone}/ must not import the Node built-in '${spec}'`;
  }
  if (pkg === 'electron' && zone !== 'electron/main' && zone !== 'electron/preload' && zone !== 'tooling') {
    return `${zone}/ must not import 'electron'; Electron-only capabilities come in through adapters from electron/main`;
  }
  if (zone === 'common' && !isNodeBuiltin(spec) && !pureLibraries.has(pkg)) {
    return `common/ imports only pure libraries (${[...pureLibraries].join(', ')}), not '${spec}'`;
  }
  if (zone === 'electron/preload' && pkg !== 'electron') {
    return `electron/preload/ imports only 'electron' and common/contract, not '${spec}'`;
  }
  return undefined;
}

function checkRelative(zone: Zone, file: string, target: string): Verdict {
  const targetZone = zoneOf(target);
  if (!allowedTargets[zone].includes(targetZone)) {
    return `${zone}/ must not import from ${targetZone === 'tooling' ? 'outside the app' : `${targetZone}/`}`;
  }
  const rel = (p: string): string[] => path.relative(repoRoot, p).split(path.sep);
  if (zone === 'electron/preload' && targetZone === 'common' && rel(target)[1] !== 'contract') {
    return 'electron/preload/ may import only common/contract from common/';
  }
  if (zone === 'renderer') return checkRendererInternals(rel(file), rel(target));
  return undefined;
}

// Inside the renderer: db/ stays free of React and features; a feature reaches another only
// through that feature's index.ts.
function checkRendererInternals(from: string[], to: string[]): Verdict {
  if (from[1] === 'db' && to[1] === 'features') return 'renderer/db/ must not import features';
  if (from[1] === 'features' && to[1] === 'features' && from[2] !== to[2]) {
    const isIndex = to.length === 4 && /^index(\.tsx?)?$/.test(to[3] ?? '');
    const isFolder = to.length === 3;
    if (!isIndex && !isFolder) {
      return `features/${from[2]} may reach features/${to[2]} only through its index.ts`;
    }
  }
  return undefined;
}

function checkRendererPackages(file: string, spec: string): Verdict {
  const rel = path.relative(repoRoot, file).split(path.sep);
  const pkg = packageName(spec);
  if (rel[1] === 'db' && (pkg === 'react' || pkg === 'react-dom' || pkg.startsWith('@mui/'))) {
    return 'renderer/db/ must not import React or UI libraries';
  }
  return undefined;
}

export const boundariesRule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the process and layer boundaries of ARCHITECTURE.md' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const zone = zoneOf(file);
    const check = (node: Rule.Node, spec: unknown): void => {
      if (typeof spec !== 'string') return;
      let verdict: Verdict;
      if (spec.startsWith('.')) {
        verdict = checkRelative(zone, file, path.resolve(path.dirname(file), spec));
      } else {
        verdict = checkBareSpecifier(zone, spec, file);
        if (verdict === undefined && zone === 'renderer') verdict = checkRendererPackages(file, spec);
      }
      if (verdict !== undefined) context.report({ node, message: verdict });
    };
    return {
      ImportDeclaration: (node) => {
        check(node, node.source.value);
      },
      ExportAllDeclaration: (node) => {
        check(node, node.source.value);
      },
      ExportNamedDeclaration: (node) => {
        if (node.source) check(node, node.source.value);
      },
      ImportExpression: (node) => {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};

export const boundariesPlugin = { rules: { boundaries: boundariesRule } };
