// The documents area's public surface: the composition root, the samples command and the demo.
import type { Handlers } from '../../../common/contract';
import type { documentsCalls } from '../../../common/contract/documents';
import type { Vault } from '../vault/vault';
import { documentsHandlers, type DocumentProgress } from './service';

export interface DocumentsAreaOptions {
  readonly vault: Vault;
  /** Issuer named in the documents' electronic-signature statement; BSrE when absent. */
  readonly signatureIssuer?: string | (() => Promise<string | undefined>);
  readonly onProgress?: (progress: DocumentProgress) => void;
}

export function createDocumentsHandlers(options: DocumentsAreaOptions): Handlers<typeof documentsCalls> {
  return documentsHandlers(options);
}

export type { DocumentProgress } from './service';
export type { RenderContext, RenderedDocument, SignatureFieldPlan } from './document-frame';
export { findFontsDir, loadFontFiles, type FontFiles } from './layout/fonts';
export { BSRE_ISSUER, footerStatement } from './parts/footer';
export { renderRecommendationLetter } from './recommendation-letter-pdf';
export { renderVerificationReport } from './verification-report-pdf';
