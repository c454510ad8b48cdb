// How much a packet may hold. The numbers bound the memory an import needs (the whole packet is
// held while it is checked, so that nothing is stored before everything passed) and the damage a
// hostile archive can do. A real packet is a dozen scanned PDFs of a few megabytes each.
export interface PacketLimits {
  /** Any one file, after decompression. */
  readonly maxFileBytes: number;
  /** All files together, after decompression; also the largest archive accepted. */
  readonly maxTotalBytes: number;
  /** Entries in the archive or folder, including manifest.json. */
  readonly maxEntries: number;
  /** manifest.json on its own (a member list of 100,000 rows stays well below). */
  readonly maxManifestBytes: number;
  /** Largest uncompressed/compressed ratio of a zip entry, checked while inflating... */
  readonly maxCompressionRatio: number;
  /** ...once the entry has inflated past this many bytes (tiny text files compress very well). */
  readonly ratioCheckAfterBytes: number;
}

const MiB = 1024 * 1024;

export const defaultPacketLimits: PacketLimits = {
  maxFileBytes: 50 * MiB,
  maxTotalBytes: 200 * MiB,
  maxEntries: 200,
  maxManifestBytes: 32 * MiB,
  maxCompressionRatio: 100,
  ratioCheckAfterBytes: MiB,
};
