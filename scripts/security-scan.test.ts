// The gate must be able to fail: an insecure window and a weak CSP are caught.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../electron/main/security-policy';
import { evaluateCsp, scanElectron } from './security-scan';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'verikop-scan-'));
  await writeFile(
    path.join(dir, 'main.ts'),
    [
      "import { BrowserWindow, shell } from 'electron';",
      'export function open(url: string): BrowserWindow {',
      '  void shell.openExternal(url);',
      '  return new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
      '}',
    ].join('\n'),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scanElectron', () => {
  it('blocks an insecure window, openExternal, and missing navigation and permission guards', async () => {
    const outcome = await scanElectron(dir);
    const ids = outcome.blocking.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'OPEN_EXTERNAL_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
    expect(outcome.parseErrors).toEqual([]);
  });
});

describe('evaluateCsp', () => {
  it('passes the policy the app sends', () => {
    expect(evaluateCsp(contentSecurityPolicy)).toEqual([]);
  });

  it.each(["script-src 'self' 'unsafe-inline'", "default-src 'self'; script-src 'self' 'unsafe-eval'", 'script-src *', "default-src 'self'"])(
    'flags the weak policy %j',
    (policy) => {
      expect(evaluateCsp(policy).length).toBeGreaterThan(0);
    },
  );
});
