import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityChecklist } from './security-checklist';

const root = path.resolve(import.meta.dirname, '../..');

function productionFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('security-checklist.ts'))
    .map((f) => path.join(dir, f));
}

describe('security checklist', () => {
  it("covers each of Electron's 20 recommendations once, in order", () => {
    expect(securityChecklist.map((i) => i.item)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.each(securityChecklist.map((i) => [i.item, i] as const))('item %i points at code that exists', (_n, item) => {
    expect(item.where.length).toBeGreaterThan(0);
    expect(item.verified.length).toBeGreaterThan(0);
    for (const { file, contains } of item.where) {
      const full = path.join(root, file);
      expect(existsSync(full), file).toBe(true);
      expect(readFileSync(full, 'utf8'), `${file} should contain ${contains}`).toContain(contains);
    }
  });

  it('finds nothing the checklist forbids in electron/ production code', () => {
    const files = productionFiles('electron');
    expect(files.length).toBeGreaterThan(5);
    for (const item of securityChecklist) {
      const forbidden = item.absentFromProductionCode;
      if (forbidden === undefined) continue;
      for (const file of files) {
        expect(readFileSync(path.join(root, file), 'utf8'), `${file} uses ${forbidden}`).not.toContain(forbidden);
      }
    }
  });
});
