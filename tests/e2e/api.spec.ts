// The typed client in the page (renderer/platform/api.ts) over the real web bridge and host:
// results round-trip, bad input comes back typed, and a broken transport is a Result, never a
// throw.
import { expect, test, type Page } from '@playwright/test';
import type { Api } from '../../renderer/platform/client';
import { testHost } from './host';

type ApiWindow = Window & { verikopApi: Api };

async function openApp(page: Page): Promise<void> {
  const host = testHost();
  await page.goto(host.launchUrl);
  await page.goto(`${host.origin}/#/tentang`);
  await expect(page.locator('[data-field="version"]')).not.toBeEmpty();
}

test('a contract call round-trips through the bridge', async ({ page }) => {
  await openApp(page);
  const result = await page.evaluate(() => (window as unknown as ApiWindow).verikopApi.call('app.info', {}));
  expect(result).toEqual({ ok: true, value: expect.objectContaining({ name: 'Verikop', host: 'web', dataDir: testHost().dataDir }) as unknown });
  const byName = await page.evaluate(() => (window as unknown as ApiWindow).verikopApi['app.info']({}));
  expect(byName).toEqual(result);
});

test('bad input gets a typed bad_input error naming the problem', async ({ page }) => {
  await openApp(page);
  const result = await page.evaluate(() =>
    (window as unknown as ApiWindow).verikopApi.call('app.info', { unexpected: true } as unknown as Record<string, never>),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  expect(result.ok ? '' : result.error.message).toMatch(/^Masukan tidak valid: .*unexpected/);
});

test('an unknown call gets unknown_call', async ({ page }) => {
  await openApp(page);
  const result = await page.evaluate(() =>
    (window as unknown as { verikopApi: { call: (n: string, i: unknown) => Promise<unknown> } }).verikopApi.call('app.nope', {}),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
});

test('a host that is gone or answers nonsense is `unavailable`, in Indonesian', async ({ page }) => {
  await openApp(page);
  const call = (): Promise<unknown> => page.evaluate(() => (window as unknown as ApiWindow).verikopApi.call('app.info', {}));

  await page.route('**/rpc/**', (route) => route.abort('connectionrefused'));
  expect(await call()).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/tidak dapat dihubungi/) as unknown } });

  await page.unroute('**/rpc/**');
  await page.route('**/rpc/**', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }));
  expect(await call()).toMatchObject({ ok: false, error: { code: 'unavailable' } });

  await page.unroute('**/rpc/**');
  await page.route('**/rpc/**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"ok":"yes"}' }));
  expect(await call()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
});

test('the About screen shows a failed call and recovers on retry', async ({ page }) => {
  await page.route('**/rpc/app.info', (route) => route.abort('connectionrefused'));
  await page.goto(testHost().launchUrl);
  await page.goto(`${testHost().origin}/#/tentang`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Informasi aplikasi tidak dapat dimuat.');
  await expect(alert).toContainText('tidak dapat dihubungi');
  await expect(page.locator('[data-field="version"]')).toHaveCount(0);

  await page.unroute('**/rpc/app.info');
  await alert.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.locator('[data-field="version"]')).not.toBeEmpty();
  await expect(alert).toHaveCount(0);
});

test('events from the stream reach listeners; payloads that break the contract do not', async ({ page }) => {
  // Real Chromium EventSource and the real bridge, fed a stream in the host's format (the host
  // side of /events is tested over real sockets in electron/web-host/server.test.ts).
  const stream = [
    { name: 'app.updateReady', payload: { version: 7 } },
    { name: 'app.other', payload: { version: '0.0.1' } },
    { name: 'app.updateReady', payload: { version: '2.0.0' } },
  ]
    .map((e) => `data: ${JSON.stringify(e)}\n\n`)
    .join('');
  await page.route('**/events', (route) => route.fulfill({ status: 200, contentType: 'text/event-stream', body: `data: {broken\n\n${stream}` }));
  await openApp(page);
  const first = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const stop = (window as unknown as ApiWindow).verikopApi.on('app.updateReady', (payload) => {
          stop();
          resolve(payload.version);
        });
      }),
  );
  expect(first).toBe('2.0.0');
});
