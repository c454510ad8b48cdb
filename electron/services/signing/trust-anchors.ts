// The CA certificates this installation trusts for verification, as files under
// `<dataDir>/trust-anchors/` (PEM or DER): BSrE's root and intermediates in production, the demo
// CA in demo mode. A file that is not a certificate is skipped rather than trusted.
import { X509Certificate } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';

const CERT_FILE = /\.(pem|crt|cer|der)$/i;

export class TrustAnchors {
  constructor(readonly dir: string) {}

  static forDataDir(dataDir: string): TrustAnchors {
    return new TrustAnchors(join(dataDir, 'trust-anchors'));
  }

  /** DER of every readable CA certificate in the folder. */
  async load(): Promise<Uint8Array[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.dir);
    } catch {
      return [];
    }
    const anchors: Uint8Array[] = [];
    for (const name of names.filter((n) => CERT_FILE.test(n)).sort()) {
      try {
        const cert = new X509Certificate(await fsp.readFile(join(this.dir, name)));
        if (cert.ca) anchors.push(Uint8Array.from(cert.raw));
      } catch {
        // Not a certificate: ignored, and therefore not trusted.
      }
    }
    return anchors;
  }

  /** Adds a CA certificate (e.g. the demo CA), named by its fingerprint. */
  async add(der: Uint8Array): Promise<void> {
    const cert = new X509Certificate(der);
    await fsp.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await fsp.writeFile(join(this.dir, `${cert.fingerprint256.replace(/:/g, '').toLowerCase()}.pem`), cert.toString(), { mode: 0o600 });
  }
}
