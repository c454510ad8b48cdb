// Each import rule of ARCHITECTURE.md, broken once on purpose: lint must fail with the rule's
// message, and the matching allowed import must pass. Files are linted by virtual path, so the
// fixtures never sit in the real tree.
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: root,
  // Type-aware rules need real files in a tsconfig; the boundary rule does not.
  overrideConfig: [tseslint.configs.disableTypeChecked],
});

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'verikop/boundaries').map((m) => m.message);
}

const cases: readonly { file: string; breaks: string; allowed?: string; expect: RegExp }[] = [
  { file: 'common/domain/x.ts', breaks: "import fs from 'node:fs';", allowed: "import { z } from 'zod';", expect: /common\/ must not import the Node built-in/ },
  { file: 'common/domain/x.ts', breaks: "import path from 'path';", expect: /Node built-in 'path'/ },
  { file: 'common/domain/x.ts', breaks: "import React from 'react';", expect: /only pure libraries/ },
  { file: 'common/domain/x.ts', breaks: "import { a } from '../../electron/services/a';", allowed: "import { a } from '../contract/a';", expect: /must not import from electron\/services/ },
  { file: 'renderer/app/x.ts', breaks: "import fs from 'node:fs';", allowed: "import { z } from 'zod';", expect: /renderer\/ must not import the Node built-in/ },
  { file: 'renderer/app/x.ts', breaks: "import { ipcRenderer } from 'electron';", expect: /must not import 'electron'/ },
  { file: 'renderer/app/x.ts', breaks: "import { a } from '../../electron/services/vault';", allowed: "import { a } from '../../common/domain/dates';", expect: /renderer\/ must not import from electron\/services/ },
  { file: 'renderer/app/x.ts', breaks: "import { a } from '../../server/app';", expect: /must not import from server/ },
  { file: 'renderer/db/x.ts', breaks: "import { useState } from 'react';", allowed: "import Dexie from 'dexie';", expect: /db\/ must not import React/ },
  { file: 'renderer/db/x.ts', breaks: "import { a } from '../features/inbox';", expect: /db\/ must not import features/ },
  { file: 'renderer/features/inbox/x.ts', breaks: "import { a } from '../dossier/internal';", allowed: "import { a } from '../dossier';", expect: /only through its index\.ts/ },
  { file: 'electron/services/x.ts', breaks: "import { app } from 'electron';", allowed: "import fs from 'node:fs';", expect: /must not import 'electron'/ },
  { file: 'electron/services/x.ts', breaks: "import { a } from '../main/window';", expect: /must not import from electron\/main/ },
  { file: 'electron/web-host/x.ts', breaks: "import { app } from 'electron';", allowed: "import { a } from '../services/app-services';", expect: /must not import 'electron'/ },
  { file: 'electron/preload/x.ts', breaks: "import { a } from '../../common/domain/dates';", allowed: "import { contextBridge } from 'electron';", expect: /only common\/contract/ },
  { file: 'electron/preload/x.ts', breaks: "import fs from 'node:fs';", expect: /preload\/ must not import the Node built-in/ },
  { file: 'server/x.ts', breaks: "import { a } from '../electron/services/vault';", allowed: "import { a } from '../common/domain/dates';", expect: /server\/ must not import from electron\/services/ },
  { file: 'server/x.ts', breaks: "import { a } from '../renderer/db/schema';", expect: /must not import from renderer/ },
  { file: 'server/x.ts', breaks: "export * from '../renderer/db/schema';", expect: /must not import from renderer/ },
  { file: 'server/x.ts', breaks: "const m = import('electron'); void m;", expect: /must not import 'electron'/ },
];

describe('import boundaries', () => {
  it.each(cases)('$file: $breaks', async ({ file, breaks, allowed, expect: pattern }) => {
    const errors = await boundaryErrors(file, `${breaks}\nexport {};\n`);
    expect(errors.join('\n')).toMatch(pattern);
    if (allowed !== undefined) expect(await boundaryErrors(file, `${allowed}\nexport {};\n`)).toEqual([]);
  });

  it('lets test files use test libraries, but not production files', async () => {
    expect(await boundaryErrors('common/domain/x.test.ts', "import fc from 'fast-check';\nexport {};\n")).toEqual([]);
    expect(await boundaryErrors('common/domain/x.ts', "import fc from 'fast-check';\nexport {};\n")).not.toEqual([]);
  });
});
