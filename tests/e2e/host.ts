// The web host started by global-setup.ts, as the tests see it.
export const hostEnv = { launchUrl: 'VERIKOP_E2E_LAUNCH_URL', dataDir: 'VERIKOP_E2E_DATA_DIR' } as const;

export interface TestHost {
  /** Opens the app with this launch's secret (the host swaps it for a cookie). */
  readonly launchUrl: string;
  readonly origin: string;
  readonly secret: string;
  readonly dataDir: string;
}

export function testHost(): TestHost {
  const launchUrl = process.env[hostEnv.launchUrl];
  const dataDir = process.env[hostEnv.dataDir];
  if (launchUrl === undefined || dataDir === undefined) throw new Error('The web host of global-setup.ts is not running');
  const url = new URL(launchUrl);
  return { launchUrl, origin: url.origin, secret: url.searchParams.get('k') ?? '', dataDir };
}
