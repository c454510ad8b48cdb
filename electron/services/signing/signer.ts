// What every signer offers, whether the key sits in a local PKCS#12 file or behind the national
// CA's online signing service (BSrE). Callers (the PAdES code, the signing service) see only this
// interface, so a remote signer plugs in without touching them: it fetches its certificate chain
// over the network and sends the DER of the signed attributes to the service, which answers with
// the raw signature after the signer's passphrase or one-time code.

/** Who signs, for people: the appearance stamp, the footer and the certificate list. */
export interface SignerDescription {
  /** `local-p12`: a key held in this installation; `remote`: an online signing service. */
  readonly kind: 'local-p12' | 'remote';
  /** Subject common name of the signing certificate: the person. */
  readonly signerName: string;
  /** NIP from the certificate subject's serialNumber attribute, when the CA put it there. */
  readonly signerNip: string | undefined;
  /** Common name of the CA that issued the signing certificate. */
  readonly issuerName: string;
  /** SHA-256 of the signing certificate's DER, lowercase hex. */
  readonly certificateSha256: string;
}

export interface Signer {
  /** The signing certificate first, then its issuers as far as the signer knows them (DER). */
  certificateChain(): Promise<readonly Uint8Array[]>;
  /**
   * Signs the DER encoding of the CMS signed attributes (a SET, tag 0x31) with the certificate's
   * key: SHA-256 with RSA PKCS#1 v1.5. Answers the raw signature value.
   */
  signSignedAttributes(der: Uint8Array): Promise<Uint8Array>;
  describe(): SignerDescription;
}
