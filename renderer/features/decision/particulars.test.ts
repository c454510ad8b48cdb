import { describe, expect, it } from 'vitest';
import { recommendationLetterInputSchema, verificationReportInputSchema } from '../../../common/contract/documents';
import { buildRecommendationLetter, buildVerificationReport, type CalendarDate } from '../../../common/domain';
import { cleanApplication, sampleSupervisor, sampleTeam, sampleHeadOfAgency, suggestedFindings, VERIFICATION_DATE } from '../../../common/domain/fixtures';
import { defaultLetterSettings, documentInputs, forgetLegacy, legacyLetterNumbers, legacyLetterSettings, type LetterSettings } from './particulars';

const date = VERIFICATION_DATE as CalendarDate;
const app = cleanApplication();
const findings = suggestedFindings(app, date);
const [first, second] = sampleTeam;
if (first === undefined || second === undefined) throw new Error('two team members in the fixtures');

// The form holds name, NIP and position only (no rank).
const person = ({ name, nip, position }: { name: string; nip: string; position: string }) => ({ name, nip, position });

const settings: LetterSettings = {
  ...defaultLetterSettings,
  addressLines: 'Jl. Bessai Berinta, Bontang Lestari\nBontang 75325',
  team: [person(first), { name: '', nip: '', position: '' }],
  acknowledgedBy: person(sampleSupervisor),
  signatory: person(sampleHeadOfAgency),
  verificationUrl: 'https://verikop.bontangkota.go.id/verifikasi',
  carbonCopies: 'Wali Kota Bontang\n\nArsip',
};
const numbers = { report: '500.3/021/DKUKMP/2026', letter: '500.3/022/DKUKMP/2026' };

describe('documentInputs', () => {
  it('builds inputs the contract and the domain builders accept', () => {
    const inputs = documentInputs(app, findings, settings, numbers, date);
    if (!inputs.ok) throw new Error(inputs.problems.join('; '));
    const report = verificationReportInputSchema.parse(inputs.report);
    const letter = recommendationLetterInputSchema.parse(inputs.letter);
    expect(report.team).toHaveLength(1);
    expect(report.office.addressLines).toEqual(['Jl. Bessai Berinta, Bontang Lestari', 'Bontang 75325']);
    expect(letter.carbonCopies).toEqual(['Wali Kota Bontang', 'Arsip']);
    expect(buildVerificationReport(report).ok).toBe(true);
    expect(buildRecommendationLetter(letter).ok).toBe(true);
  });

  it('keeps a second team member when one is given', () => {
    const inputs = documentInputs(app, findings, { ...settings, team: [person(first), person(second)] }, numbers, date);
    expect(inputs.ok && inputs.report.team).toHaveLength(2);
  });

  it('names each field that is missing or wrong, once', () => {
    const inputs = documentInputs(app, findings, { ...settings, acknowledgedBy: { ...sampleSupervisor, nip: '123' }, verificationUrl: 'http://x.id' }, { report: '', letter: numbers.letter }, date);
    expect(inputs.ok).toBe(false);
    if (inputs.ok) return;
    expect(inputs.problems).toContain('Nomor Berita Acara: Nomor surat wajib diisi');
    expect(inputs.problems.some((p) => p.startsWith('Mengetahui (Kepala Bidang): NIP harus 18 digit'))).toBe(true);
    expect(inputs.problems.some((p) => p.startsWith('Alamat verifikasi dokumen'))).toBe(true);
    expect(new Set(inputs.problems).size).toBe(inputs.problems.length);
  });

  it('refuses a team of nobody and an office without an address, in Indonesian', () => {
    const inputs = documentInputs(app, findings, defaultLetterSettings, numbers, date);
    expect(inputs.ok).toBe(false);
    if (inputs.ok) return;
    expect(inputs.problems).toContain('Tim Teknis: Berita Acara memerlukan paling sedikit satu anggota Tim Teknis');
    expect(inputs.problems).toContain('Alamat dinas (satu per baris): isi paling sedikit satu baris alamat untuk kop surat');
  });
});

describe('particulars an earlier version left in localStorage', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return {
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
  };

  it('are read once to be carried over, then forgotten', () => {
    const storage = memory();
    storage.setItem('verikop.letterSettings.v1', JSON.stringify(settings));
    storage.setItem(`verikop.letterNumbers.v1:${app.id}`, JSON.stringify(numbers));
    expect(legacyLetterSettings(storage)).toEqual(settings);
    expect(legacyLetterNumbers(storage, app.id)).toEqual(numbers);
    expect(legacyLetterNumbers(storage, 'other')).toBeUndefined();
    forgetLegacy(storage, app.id);
    expect(storage.length).toBe(0);
    expect(legacyLetterSettings(storage)).toBeUndefined();
  });

  it('are ignored when of the wrong shape', () => {
    const storage = memory();
    storage.setItem('verikop.letterSettings.v1', '{"team": 3}');
    expect(legacyLetterSettings(storage)).toBeUndefined();
  });
});
