// Indonesian text of the sync core's refusals, in one place.
import { roleLabels, workflowStateLabels, type WorkflowState } from '../domain';

export const syncMessages = {
  notFound: (id: string) => `Berkas ${id} tidak ditemukan atau tidak ditugaskan kepada Anda.`,
  onlyAssignedVerifier: 'Hanya verifikator yang ditugaskan yang dapat mengubah temuan berkas ini.',
  notEditable: (state: WorkflowState) =>
    `Berkas berstatus "${workflowStateLabels[state]}" sehingga tidak dapat diubah. Mulai atau lanjutkan verifikasi terlebih dahulu.`,
  blobMissing: (sha: string) => `Berkas data ${sha.slice(0, 12)}… belum terunggah ke server; unggah dahulu lalu kirim ulang.`,
  waitsForEarlier: 'Perubahan ini menunggu perubahan sebelumnya pada berkas yang sama yang belum dapat diproses; kirim ulang sesudahnya agar urutannya tetap.',
  documentExists: (id: string) => `Dokumen ${id} sudah ada dengan isi yang berbeda; dokumen tidak dapat diganti, buat dokumen baru.`,
  documentNotAllowed: 'Peran Anda tidak dapat melampirkan dokumen jenis ini pada tahap ini.',
  signNeedsLetter: 'Pilih surat rekomendasi yang sudah ditandatangani dan dilampirkan pada berkas ini.',
  reasonOnlyForReturn: 'Alasan hanya diisi saat mengembalikan berkas; alasan rekomendasi penolakan diisi pada keputusan.',
  documentOnlyForSign: 'Dokumen hanya disebutkan saat menandatangani.',
  assignNotAllowed: `Hanya ${roleLabels.supervisor} atau ${roleLabels.admin} yang dapat menugaskan verifikator.`,
  assignClosed: (state: WorkflowState) => `Berkas berstatus "${workflowStateLabels[state]}" tidak dapat dialihkan ke verifikator lain.`,
  unknownVerifier: (id: string) => `Pengguna ${id} bukan verifikator yang aktif.`,
  invalid: (detail: string) => `Operasi tidak valid: ${detail}`,
} as const;
