// The Content-Security-Policy of the renderer, built in one place so that both doors — Electron's
// app protocol and the web host — send the same policy. Pure: no 'electron' import, so
// electron/main and electron/web-host can both use it.
//
// Why each directive:
// - default-src 'none': anything not listed below is refused, so a new kind of load fails
//   loudly in development instead of quietly widening the policy.
// - script-src 'self': only the bundled scripts; no inline script, no eval (pdf.js runs with
//   isEvalSupported: false).
// - style-src 'self' 'unsafe-inline': MUI's styling engine (emotion) inserts <style> elements at
//   run time. Styles cannot run code; this is the one relaxation and it is deliberate.
// - img/media/connect: the app itself, data:/blob: images made in the page (thumbnails, QR
//   codes), and the vault, where stored files (packet documents, photos, PDFs) are loaded by URL.
// - object-src, frame-src, base-uri, form-action, frame-ancestors 'none': no plugins, no frames,
//   no <base> rewriting, no form posts, and nobody may frame the app (clickjacking).

export interface CspOptions {
  /**
   * Where vault files are served from when that is not the app's own origin, e.g. the Electron
   * vault protocol `verikop-vault:`. The web host serves them from its own origin and passes
   * nothing.
   */
  readonly vaultSource?: string;
}

// A scheme (`verikop-vault:`) or a scheme with a host and optional port. Anything else — spaces,
// semicolons, quotes, wildcards — could change the meaning of the policy, so it is refused.
const sourcePattern = /^[a-z][a-z0-9+.-]*:(\/\/[a-z0-9.-]+(:[0-9]{1,5})?)?$/;

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const vault = options.vaultSource;
  if (vault !== undefined && !sourcePattern.test(vault)) {
    throw new Error(`Invalid CSP source for the vault: ${JSON.stringify(vault)}`);
  }
  const withVault = (...sources: string[]): string[] => (vault === undefined ? sources : [...sources, vault]);
  const directives: readonly (readonly [string, readonly string[]])[] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', withVault("'self'", 'data:', 'blob:')],
    ['media-src', withVault("'self'", 'blob:')],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', withVault("'self'")],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
