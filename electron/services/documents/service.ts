// documents.generate: view model from the domain, layout here, bytes into the vault. The PDF is
// a function of the input and of the generation time (its creation date), so callers keep the
// SHA-256 this answers: that unsigned file is what the signers then sign.
import { Failure, type Handlers } from '../../../common/contract';
import type { documentsCalls, DocumentKind } from '../../../common/contract/documents';
import { buildRecommendationLetter, buildVerificationReport, type DocumentResult } from '../../../common/domain';
import type { Vault } from '../vault/vault';
import type { RenderContext, RenderedDocument } from './document-frame';
import { loadFontFiles, type FontFiles } from './layout/fonts';
import { documentsMessages } from './messages';
import { BSRE_ISSUER } from './parts/footer';
import type { PhotoLoader } from './parts/photos';
import { renderRecommendationLetter } from './recommendation-letter-pdf';
import { renderVerificationReport } from './verification-report-pdf';

export interface DocumentProgress {
  readonly requestId?: string;
  readonly kind: DocumentKind;
  readonly step: number;
  readonly steps: number;
  readonly label: string;
}

export interface DocumentsServiceDeps {
  readonly vault: Vault;
  /** Issuer named in the electronic-signature statement: BSrE unless demo mode says otherwise. */
  readonly signatureIssuer?: string | (() => Promise<string | undefined>);
  readonly fontsDir?: string;
  readonly onProgress?: (progress: DocumentProgress) => void;
  readonly now?: () => Date;
}

const STEPS = ['Memeriksa data', 'Menyusun tata letak', 'Menyimpan dokumen', 'Selesai'] as const;

function unwrap<T>(result: DocumentResult<T>): T {
  if (!result.ok) throw new Failure(result.error.code, result.error.message);
  return result.value;
}

/** Photos come from the vault, by hash; a photo the appendix names must be there and be an image. */
function vaultPhotos(vault: Vault, numbers: ReadonlyMap<string, number>): PhotoLoader {
  return async (sha256) => {
    const n = numbers.get(sha256) ?? 0;
    const found = await vault.get(sha256);
    if (found === undefined) throw new Failure('photo_missing', documentsMessages.photoMissing(n));
    if (found.mediaType !== 'image/jpeg' && found.mediaType !== 'image/png') {
      throw new Failure('photo_not_image', documentsMessages.photoNotImage(n));
    }
    return found;
  };
}

export function documentsHandlers(deps: DocumentsServiceDeps): Handlers<typeof documentsCalls> {
  let fonts: Promise<FontFiles> | undefined;
  const context = async (loadPhoto: PhotoLoader): Promise<RenderContext> => {
    fonts ??= loadFontFiles(deps.fontsDir);
    const issuer = typeof deps.signatureIssuer === 'function' ? await deps.signatureIssuer() : deps.signatureIssuer;
    return { fonts: await fonts, signatureIssuer: issuer ?? BSRE_ISSUER, loadPhoto, now: (deps.now ?? (() => new Date()))() };
  };

  return {
    'documents.generate': async (request) => {
      const progress = (step: number): void => {
        deps.onProgress?.({ requestId: request.requestId, kind: request.kind, step, steps: STEPS.length, label: STEPS[step] ?? '' });
      };
      progress(0);
      let rendered: RenderedDocument;
      let recommendation: 'issue' | 'reject';
      if (request.kind === 'verification_report') {
        const view = unwrap(buildVerificationReport(request.input));
        progress(1);
        const photos = vaultPhotos(deps.vault, new Map(view.photos.map((p) => [p.blobSha256, p.number])));
        rendered = await renderVerificationReport(view, await context(photos));
        recommendation = view.recommendation;
      } else {
        const view = unwrap(buildRecommendationLetter(request.input));
        progress(1);
        rendered = await renderRecommendationLetter(view, await context(vaultPhotos(deps.vault, new Map())));
        recommendation = view.recommendation;
      }
      progress(2);
      const stored = await deps.vault.put(rendered.bytes, { mediaType: 'application/pdf' });
      progress(3);
      return {
        sha256: stored.sha256,
        kind: request.kind,
        recommendation,
        pageCount: rendered.pageCount,
        sizeBytes: stored.size,
        signatureFields: [...rendered.signatureFields],
      };
    },
  };
}
