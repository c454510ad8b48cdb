// Realistic sample applications for tests, sample packets and UI previews. The clean application
// meets R1–R8 when verified on VERIFICATION_DATE; each variant breaks exactly one requirement.
// Kode wilayah: 6474 Kota Bontang (647401 Bontang Selatan, 647402 Bontang Utara, 647403 Bontang
// Barat), 6472 Kota Samarinda.
import { applicationSchema, type Application, type ApplicationInput, type RequirementId } from './application';
import type { CalendarDate } from './dates';
import type { Addressee, IssuingOffice, Official } from './documents/people';
import { snapshotOf, suggestedStatus, type Finding } from './findings';
import { evaluateAll } from './rules';

/**
 * The site visit: Monday 30 March 2026, the 10th working day after the file reached the Dinas
 * on 9 March (18–24 March are Nyepi, Idul Fitri and cuti bersama).
 */
export const VERIFICATION_DATE = '2026-03-30';

/** Builds a NIK: kecamatan code (6 digits) + birth date DDMMYY (+40 on the day for women) + serial. */
export function sampleNik(kecamatan: string, birth: string, female: boolean, serial: number): string {
  const [y, m, d] = birth.split('-');
  const day = Number(d) + (female ? 40 : 0);
  return `${kecamatan}${String(day).padStart(2, '0')}${m ?? ''}${(y ?? '').slice(2)}${String(serial).padStart(4, '0')}`;
}

interface Person {
  readonly name: string;
  readonly female: boolean;
  readonly birth: string;
  readonly kecamatan: string;
  readonly street: string;
}

const kelurahan: Readonly<Record<string, string>> = {
  '647401': 'Kel. Tanjung Laut, Kec. Bontang Selatan',
  '647402': 'Kel. Api-Api, Kec. Bontang Utara',
  '647403': 'Kel. Gunung Telihan, Kec. Bontang Barat',
};

const people: readonly Person[] = [
  { name: 'Siti Rahmawati', female: true, birth: '1984-03-12', kecamatan: '647402', street: 'Jl. Ahmad Yani No. 14, RT 05' },
  { name: 'Andi Baso Pratama', female: false, birth: '1979-11-02', kecamatan: '647401', street: 'Jl. Brigjend Katamso No. 3, RT 12' },
  { name: 'Nur Aisyah', female: true, birth: '1990-07-21', kecamatan: '647403', street: 'Jl. Pupuk Raya No. 27, RT 08' },
  { name: 'Muhammad Ikhsan', female: false, birth: '1987-01-30', kecamatan: '647402', street: 'Jl. Imam Bonjol No. 9, RT 02' },
  { name: 'Hj. Fatimah Zahra', female: true, birth: '1968-09-05', kecamatan: '647401', street: 'Jl. MT Haryono No. 41, RT 15' },
  { name: 'Rudi Hartono', female: false, birth: '1975-04-18', kecamatan: '647403', street: 'Jl. Letjend S. Parman No. 6, RT 11' },
  { name: 'Dewi Lestari', female: true, birth: '1993-12-01', kecamatan: '647402', street: 'Jl. DI Panjaitan No. 22, RT 07' },
  { name: 'Syamsul Bahri', female: false, birth: '1971-06-25', kecamatan: '647401', street: 'Jl. Cipto Mangunkusumo No. 18, RT 04' },
  { name: 'Rina Marlina', female: true, birth: '1988-02-29', kecamatan: '647403', street: 'Jl. KS Tubun No. 5, RT 09' },
  { name: 'Agus Salim', female: false, birth: '1982-08-17', kecamatan: '647402', street: 'Jl. Gajah Mada No. 33, RT 03' },
  { name: 'Wahyuni Saputri', female: true, birth: '1995-05-09', kecamatan: '647401', street: 'Jl. Hayam Wuruk No. 12, RT 10' },
  { name: 'La Ode Hasan', female: false, birth: '1980-10-31', kecamatan: '647403', street: 'Jl. Soekarno-Hatta No. 50, RT 16' },
  { name: 'Sri Wahyuningsih', female: true, birth: '1977-01-14', kecamatan: '647402', street: 'Jl. Pattimura No. 8, RT 06' },
  { name: 'Hendra Gunawan', female: false, birth: '1991-03-03', kecamatan: '647401', street: 'Jl. Jenderal Sudirman No. 71, RT 01' },
  { name: 'Nurhayati', female: true, birth: '1973-07-07', kecamatan: '647403', street: 'Jl. Awang Long No. 2, RT 13' },
  { name: 'Abdul Rahman', female: false, birth: '1969-12-24', kecamatan: '647402', street: 'Jl. Urip Sumoharjo No. 15, RT 05' },
  { name: 'Yuliana Pasande', female: true, birth: '1986-04-11', kecamatan: '647401', street: 'Jl. Selat Makassar No. 29, RT 14' },
  { name: 'Firman Syah', female: false, birth: '1994-09-19', kecamatan: '647403', street: 'Jl. Arief Rahman Hakim No. 4, RT 02' },
  { name: 'Ratna Sari Dewi', female: true, birth: '1981-11-28', kecamatan: '647402', street: 'Jl. Kapten Pierre Tendean No. 10, RT 08' },
  { name: 'Bambang Sutrisno', female: false, birth: '1966-02-08', kecamatan: '647401', street: 'Jl. Piere Tendean No. 37, RT 09' },
  { name: 'Herlina Tandi', female: true, birth: '1989-06-16', kecamatan: '647403', street: 'Jl. Bhayangkara No. 21, RT 12' },
  { name: 'Irwan Setiawan', female: false, birth: '1985-05-27', kecamatan: '647402', street: 'Jl. Slamet Riyadi No. 11, RT 03' },
  { name: 'Mardiana', female: true, birth: '1978-08-03', kecamatan: '647401', street: 'Jl. Mulawarman No. 45, RT 07' },
  { name: 'Yusuf Kalla Putra', female: false, birth: '1992-10-10', kecamatan: '647403', street: 'Jl. Ir. H. Juanda No. 16, RT 04' },
];

const memberRows = people.map((p, i) => ({
  name: p.name,
  nik: sampleNik(p.kecamatan, p.birth, p.female, 1 + ((i * 37) % 900)),
  address: `${p.street}, ${kelurahan[p.kecamatan] ?? ''}, Kota Bontang`,
}));

const hash = (seed: string): string => seed.repeat(64).slice(0, 64);

/** The clean application as it appears in a packet manifest (plain JSON). */
export function cleanApplicationInput(): ApplicationInput {
  return {
    id: 'app-2026-0042',
    registrationNumber: 'PD/KCP-KSP/2026/000317',
    applicant: {
      name: 'Koperasi Simpan Pinjam Sejahtera Bersama Kaltim',
      legalEntity: { number: 'AHU-0001234.AH.01.26.TAHUN 2019', date: '2019-08-14' },
      nib: '9120001234567',
      address: 'Jl. Juanda No. 88, Kel. Air Hitam, Kec. Samarinda Ulu, Kota Samarinda, Kalimantan Timur',
    },
    branchOffice: {
      name: 'Kantor Cabang Bontang',
      address: 'Jl. Ahmad Yani No. 102, Kel. Api-Api, Kec. Bontang Utara, Kota Bontang',
      kabKotaCode: '6474',
      operatingPermit: {
        number: '503/0145/IOKC/DPMPTSP/2024',
        issuer: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bontang',
        date: '2024-04-15',
        validUntil: '2029-04-14',
      },
      operationsStartedOn: '2024-05-02',
    },
    subBranch: {
      address: 'Jl. Brigjend Katamso No. 27, Kel. Tanjung Laut, Kec. Bontang Selatan, Kota Bontang',
      kabKotaCode: '6474',
      coordinates: { lat: 0.1207, lon: 117.4856 },
    },
    prospectiveHead: {
      name: 'Muhammad Ridwan',
      nik: sampleNik('647402', '1983-05-20', false, 17),
      position: 'Kepala Kantor Cabang Pembantu',
      cvDocumentId: 'doc-r7-cv-pimpinan',
    },
    staff: [
      { name: 'Novi Anggraini', nik: sampleNik('647401', '1996-02-11', true, 42), position: 'Kasir' },
      { name: 'Dimas Aditya', nik: sampleNik('647403', '1998-09-30', false, 8), position: 'Petugas Lapangan' },
    ],
    members: memberRows,
    financialReportPeriod: { from: '2025-01-01', to: '2025-12-31' },
    workPlanPeriod: { from: '2026-04-01', to: '2027-03-31' },
    competencyCertificate: {
      number: 'KOP.1234.00567.2024',
      issuer: 'LSP Koperasi Jasa Keuangan',
      holder: 'Drs. H. Muhammad Ridwan, M.M.',
      validFrom: '2024-06-10',
      validUntil: '2027-06-09',
    },
    documents: [
      { id: 'doc-r1-izin-kc', requirement: 'R1', fileName: 'izin-operasional-kc.pdf', mediaType: 'application/pdf', size: 482_113, sha256: hash('a1'), pages: 2 },
      { id: 'doc-r2-sk-mulai', requirement: 'R2', fileName: 'surat-keterangan-mulai-usaha.pdf', mediaType: 'application/pdf', size: 120_554, sha256: hash('b2'), pages: 1 },
      { id: 'doc-r3-anggota', requirement: 'R3', fileName: 'daftar-anggota-bontang.pdf', mediaType: 'application/pdf', size: 233_019, sha256: hash('c3'), pages: 3 },
      { id: 'doc-r4-lapkeu', requirement: 'R4', fileName: 'laporan-keuangan-kc-2025.pdf', mediaType: 'application/pdf', size: 1_204_771, sha256: hash('d4'), pages: 18 },
      { id: 'doc-r6-renja', requirement: 'R6', fileName: 'rencana-kerja-kcp-2026-2027.pdf', mediaType: 'application/pdf', size: 640_002, sha256: hash('e6'), pages: 9 },
      { id: 'doc-r7-cv-pimpinan', requirement: 'R7', fileName: 'riwayat-hidup-calon-pimpinan.pdf', mediaType: 'application/pdf', size: 98_345, sha256: hash('f7'), pages: 2 },
      { id: 'doc-r7-karyawan', requirement: 'R7', fileName: 'daftar-calon-karyawan.pdf', mediaType: 'application/pdf', size: 45_870, sha256: hash('07'), pages: 1 },
      { id: 'doc-r8-sertifikat', requirement: 'R8', fileName: 'sertifikat-kompetensi.jpg', mediaType: 'image/jpeg', size: 356_208, sha256: hash('18') },
    ],
    applicationDate: '2026-03-02',
    receivedAt: '2026-03-09',
  };
}

/** The clean application, parsed: meets every applicable requirement on VERIFICATION_DATE. */
export const cleanApplication = (): Application => applicationSchema.parse(cleanApplicationInput());

const variant = (mutate: (input: ApplicationInput) => void) => (): Application => {
  const input = cleanApplicationInput();
  mutate(input);
  return applicationSchema.parse(input);
};

const samarindaBranch = (input: ApplicationInput): void => {
  input.branchOffice.name = 'Kantor Cabang Samarinda';
  input.branchOffice.address = 'Jl. KH. Agus Salim No. 21, Kel. Sidodadi, Kec. Samarinda Ulu, Kota Samarinda';
  input.branchOffice.kabKotaCode = '6472';
};

/**
 * For each requirement, the clean application changed so that exactly that requirement fails
 * on VERIFICATION_DATE (every other applicable requirement still meets).
 */
export const applicationFailing: { readonly [R in RequirementId]: () => Application } = {
  // The permit ran out on the Friday before the site visit.
  R1: variant((a) => {
    if (a.branchOffice.operatingPermit) a.branchOffice.operatingPermit.validUntil = '2026-03-27';
  }),
  // 3 Sep 2025 + 6 months = 3 Mar 2026, one day after the application: five whole months.
  R2: variant((a) => (a.branchOffice.operationsStartedOn = '2025-09-03')),
  // 24 rows but only 17 distinct Bontang members: a duplicate, an invalid NIK, two from Samarinda
  // (and rows 21–24 dropped).
  R3: variant((a) => {
    const rows = a.members.slice(0, 17);
    const first = rows[0];
    if (first) rows.push({ ...first, name: `${first.name} (ganda)` });
    rows.push({ name: 'Sulastri', nik: sampleNik('647402', '1983-02-30', true, 3), address: 'Jl. Pattimura No. 2, RT 06, Kel. Api-Api, Kec. Bontang Utara, Kota Bontang' });
    rows.push({ name: 'Rahmat Hidayat', nik: sampleNik('647203', '1987-10-12', false, 21), address: 'Jl. Pahlawan No. 7, Kel. Dadi Mulya, Kec. Samarinda Ulu, Kota Samarinda' });
    rows.push({ name: 'Evi Susanti', nik: sampleNik('647205', '1990-01-23', true, 9), address: 'Jl. Cendana No. 15, Kel. Teluk Lerong Ilir, Kec. Samarinda Ulu, Kota Samarinda' });
    a.members = rows;
  }),
  // The 2024 report ended before 2 Mar 2025, more than 12 months before the application.
  R4: variant((a) => (a.financialReportPeriod = { from: '2024-01-01', to: '2024-12-31' })),
  // The parent branch is in Samarinda and no approval of the Wali Kota Bontang was submitted.
  R5: variant(samarindaBranch),
  // An eleven-month plan (1 Apr 2026 – 28 Feb 2027).
  R6: variant((a) => (a.workPlanPeriod = { from: '2026-04-01', to: '2027-02-28' })),
  // No staff listed.
  R7: variant((a) => (a.staff = [])),
  // The certificate belongs to someone else.
  R8: variant((a) => {
    if (a.competencyCertificate) a.competencyCertificate.holder = 'Drs. Ahmad Fauzi, M.M.';
  }),
};

/** Parent branch in Samarinda, with the Wali Kota Bontang's approval: R5 applies and meets. */
export const applicationWithRegionalApproval = variant((a) => {
  samarindaBranch(a);
  a.regionalApproval = { number: '500.2/215/Ekon', date: '2026-01-19', official: 'Wali Kota Bontang' };
  a.documents.push({ id: 'doc-r5-persetujuan', requirement: 'R5', fileName: 'persetujuan-wali-kota.pdf', mediaType: 'application/pdf', size: 210_431, sha256: hash('5e'), pages: 1 });
});

/**
 * Findings that accept every suggestion of the rules, each backed by page 1 of the documents
 * submitted for that requirement ("tidak berlaku" needs none); a verifier's note on failures.
 */
export function suggestedFindings(app: Application, verificationDate: CalendarDate): Finding[] {
  return evaluateAll(app, verificationDate).map((r) => {
    const status = suggestedStatus(r) ?? 'fails';
    const docs = app.documents.filter((d) => d.requirement === r.requirement);
    return {
      requirement: r.requirement,
      status,
      computed: snapshotOf(r, verificationDate),
      note: status === 'fails' ? r.facts.join(' ') : '',
      evidence: status === 'not_applicable' ? [] : docs.map((d) => ({ kind: 'document' as const, documentId: d.id, page: 1 })),
    };
  });
}

export const sampleOffice: IssuingOffice = {
  government: 'PEMERINTAH KOTA BONTANG',
  agency: 'Dinas Koperasi, Usaha Kecil Menengah, dan Perdagangan',
  addressLines: ['Kompleks Perkantoran Pemerintah Kota Bontang, Jl. Bessai Berinta, Bontang Lestari', 'Bontang, Kalimantan Timur 75325'],
  place: 'Bontang',
  region: 'Kota Bontang',
};

export const sampleAddressee: Addressee = {
  title: 'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bontang',
  place: 'Bontang',
};

export const sampleTeam: readonly Official[] = [
  { name: 'Andi Pratiwi Rahman, S.E.', nip: '198203152008012007', position: 'Analis Koperasi Ahli Muda', rank: 'Penata Tk. I (III/d)' },
  { name: 'Yusran Hamid, S.H.', nip: '198911022014031002', position: 'Pengawas Koperasi Ahli Pertama', rank: 'Penata Muda Tk. I (III/b)' },
];

export const sampleSupervisor: Official = {
  name: 'Ir. Hj. Nurul Hidayah, M.M.',
  nip: '197805122005012003',
  position: 'Kepala Bidang Koperasi dan Usaha Mikro',
  rank: 'Pembina (IV/a)',
};

export const sampleHeadOfAgency: Official = {
  name: 'Drs. Syahrul Ramadhan, M.Si.',
  nip: '197001201996031004',
  position: 'Kepala Dinas Koperasi, Usaha Kecil Menengah, dan Perdagangan Kota Bontang',
  rank: 'Pembina Utama Muda (IV/c)',
};
