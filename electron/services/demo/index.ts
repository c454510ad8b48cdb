// Demo mode's public surface: the web host's `--demo`, Electron main, and the first-run choice (app.startDemo).
export { DEMO_PASSPHRASE, demoPeople, type DemoPerson, type DemoRole } from './demo-people';
export { seedDemo, type DemoChange, type DemoChangeKind, type DemoSeed, type DemoSeedOptions } from './seed';
export { DEMO_PASSWORD, DemoMode, demoServerDirFor, demoUsernames, type DemoAccount, type DemoStarted } from './demo-mode';
export { startEmbeddedServer, type EmbeddedServer, type ServerLauncher } from './embedded-server';
