import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu-template';

const flatten = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('menuTemplate', () => {
  it('has the Indonesian top-level menus', () => {
    expect(menuTemplate({ developer: false }).map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Jendela', 'Bantuan']);
  });

  it('offers no devtools and no reload in production', () => {
    const roles = flatten(menuTemplate({ developer: false })).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'about']));
  });

  it('offers devtools to developers', () => {
    const roles = flatten(menuTemplate({ developer: true })).map((i) => i.role);
    expect(roles).toContain('toggleDevTools');
  });

  it('labels every item in Indonesian and runs no code of its own', () => {
    for (const item of flatten(menuTemplate({ developer: true }))) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toMatch(/^[A-Z][a-z]+( [A-Za-z]+)*$/);
      expect(item.label).not.toMatch(/\b(File|Edit|View|Window|Help|Quit|Copy|Paste)\b/);
      expect(item.click).toBeUndefined();
    }
  });
});
