// Demo mode's public surface: the web host's `--demo` now, Electron main's demo mode later.
export { DEMO_PASSPHRASE, demoPeople, type DemoPerson, type DemoRole } from './demo-people';
export { seedDemo, type DemoChange, type DemoChangeKind, type DemoSeed, type DemoSeedOptions } from './seed';
