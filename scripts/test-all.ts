// `npm test`: every check a change must pass, in the order that fails fastest, ending with one
// summary line `N passed, N failed` counted over individual tests (typecheck, lint, build and the
// security scan count as one check each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(command: string, args: readonly string[]): boolean {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function step(name: string, command: string, args: readonly string[]): boolean {
  console.log(`\n=== ${name}`);
  const ok = run(command, args);
  if (ok) total.passed += 1;
  else {
    total.failed += 1;
    failures.push(name);
  }
  return ok;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** A step whose runner writes a JSON report; its tests are counted one by one. */
function countedStep(name: string, command: string, args: readonly string[], report: string, count: (json: unknown) => Tally | undefined): void {
  console.log(`\n=== ${name}`);
  rmSync(report, { force: true });
  const ok = run(command, args);
  const tally = count(readJson(report));
  if (tally === undefined) {
    total.failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  if (!ok && tally.failed === 0) {
    // The runner failed outside any test (a suite that would not load, a setup error).
    total.failed += 1;
    failures.push(`${name} (runner failed)`);
  } else if (tally.failed > 0) failures.push(`${name} (${tally.failed} failed)`);
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const field = (o: unknown, k: string): unknown => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined);

const vitestTally = (json: unknown): Tally | undefined =>
  json === undefined
    ? undefined
    : { passed: num(field(json, 'numPassedTests')), failed: num(field(json, 'numFailedTests')), skipped: num(field(json, 'numPendingTests')) + num(field(json, 'numTodoTests')) };

const playwrightTally = (json: unknown): Tally | undefined => {
  const stats = field(json, 'stats');
  if (stats === undefined) return undefined;
  return { passed: num(field(stats, 'expected')) + num(field(stats, 'flaky')), failed: num(field(stats, 'unexpected')), skipped: num(field(stats, 'skipped')) };
};

mkdirSync(results, { recursive: true });
const npx = 'npx';
step('typecheck', npx, ['tsc', '-b']);
step('lint', npx, ['eslint', '--max-warnings', '0', '.']);
const built = step('build', npx, ['tsx', 'scripts/build.ts']);
countedStep('unit', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${path.join(results, 'unit.json')}`], path.join(results, 'unit.json'), vitestTally);
// The client's sync against the real server (child processes killed mid-push, cut uploads,
// doubled requests, wrong clocks, the model test over HTTP): its own config, one file at a time.
countedStep('sync', npx, ['vitest', 'run', '--config', 'tests/sync/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${path.join(results, 'sync.json')}`], path.join(results, 'sync.json'), vitestTally);
if (built) {
  countedStep('end-to-end', npx, ['playwright', 'test'], path.join(results, 'e2e.json'), playwrightTally);
} else {
  total.failed += 1;
  failures.push('end-to-end (not run: build failed)');
}
step('security scan', npx, ['tsx', 'scripts/security-scan.ts']);

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join(', ')}`);
if (total.skipped > 0) console.log(`Skipped: ${total.skipped} (each says why in the output above)`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
