// Sample documents about the existing Kantor Cabang and its permits: the operating permit (R1),
// the statement of start of operations (R2), the financial report (R4) and the Wali Kota's
// approval (R5). The content comes from the application, so a variant that breaks a requirement
// shows the same break on paper (an expired permit, a short report period…).
import type { Application } from '../../../common/domain/application';
import { addMonths } from '../../../common/domain/dates';
import { formatDateLong } from '../../../common/domain/wording';
import type { PdfWriter } from './pdf-layout';
import { chairOf, cityOf, cooperativeLetterhead, rupiah } from './sample-people';

export function operatingPermit(w: PdfWriter, a: Application): void {
  const permit = a.branchOffice.operatingPermit;
  const city = cityOf(a.branchOffice.kabKotaCode);
  w.centered([`PEMERINTAH ${city.toUpperCase()}`, permit?.issuer.toUpperCase() ?? 'DINAS PENANAMAN MODAL DAN PTSP'], 12);
  w.centered([`Jl. Bessai Berinta, Gedung Graha Taman Praja Blok III, ${city}`], 8.5, false);
  w.rule();
  w.space(6);
  w.centered(['IZIN OPERASIONAL KANTOR CABANG', 'KOPERASI SIMPAN PINJAM'], 13);
  w.centered([`Nomor: ${permit?.number ?? '-'}`], 10.5, false);
  w.space(10);
  w.paragraph(
    `Berdasarkan Peraturan Menteri Koperasi dan UKM tentang Perizinan Usaha Simpan Pinjam oleh Koperasi, dan setelah memeriksa permohonan beserta persyaratannya, dengan ini diberikan IZIN OPERASIONAL KANTOR CABANG kepada:`,
  );
  w.fields([
    ['Nama koperasi', a.applicant.name],
    ['Nomor badan hukum', `${a.applicant.legalEntity.number}, tanggal ${formatDateLong(a.applicant.legalEntity.date)}`],
    ['Nomor Induk Berusaha', a.applicant.nib],
    ['Alamat kantor pusat', a.applicant.address],
    ['Nama kantor cabang', a.branchOffice.name],
    ['Alamat kantor cabang', a.branchOffice.address],
    ['Kegiatan usaha', 'Simpan pinjam dari dan untuk anggota'],
    ['Masa berlaku', permit?.validUntil === undefined ? 'Selama koperasi menjalankan kegiatan usaha' : `Sampai dengan ${formatDateLong(permit.validUntil)}`],
  ]);
  w.paragraph('Ketentuan:', { bold: true });
  for (const [i, rule] of [
    'Kantor cabang wajib melaksanakan kegiatan usaha simpan pinjam sesuai ketentuan peraturan perundang-undangan.',
    'Kantor cabang wajib menyampaikan laporan berkala kepada dinas yang membidangi koperasi.',
    'Izin ini tidak dapat dipindahtangankan dan dicabut apabila ketentuan di atas dilanggar.',
  ].entries()) {
    w.paragraph(`${i + 1}. ${rule}`, { indent: 12 });
  }
  w.signature({
    placeDate: `Ditetapkan di ${city.replace('Kota ', '')}, ${permit === undefined ? '' : formatDateLong(permit.date)}`,
    office: ['Kepala Dinas'],
    name: 'Ir. H. Ahmad Suriansyah, M.Si.',
    id: 'NIP 19700512 199603 1 004',
  });
}

export function startOfOperations(w: PdfWriter, a: Application): void {
  cooperativeLetterhead(w, a);
  w.centered(['SURAT KETERANGAN', 'MULAI KEGIATAN USAHA SIMPAN PINJAM KANTOR CABANG'], 12);
  w.centered([`Nomor: 045/KSP-SB/${a.applicationDate.slice(0, 4)}`], 10.5, false);
  w.space(8);
  w.paragraph('Yang bertanda tangan di bawah ini, Ketua Pengurus koperasi:');
  w.fields([
    ['Nama koperasi', a.applicant.name],
    ['Nomor badan hukum', a.applicant.legalEntity.number],
  ]);
  const started = a.branchOffice.operationsStartedOn;
  w.paragraph(
    started === undefined
      ? `menerangkan bahwa ${a.branchOffice.name} belum mencatat tanggal mulai kegiatan usaha simpan pinjam.`
      : `menerangkan dengan sebenarnya bahwa ${a.branchOffice.name}, beralamat di ${a.branchOffice.address}, telah menjalankan kegiatan usaha simpan pinjam sejak tanggal ${formatDateLong(started)} secara terus-menerus sampai dengan surat keterangan ini dibuat.`,
  );
  if (started !== undefined) {
    w.paragraph('Ringkasan kegiatan enam bulan pertama:', { bold: true });
    const rows = [0, 1, 2, 3, 4, 5].map((m, i) => {
      const month = addMonths(started, m);
      return [String(i + 1), formatDateLong(month).replace(/^\d+ /, ''), String(18 + i * 7), rupiah(42_500_000 + i * 9_750_000)];
    });
    w.table(
      [
        { header: 'No', width: 0.6 },
        { header: 'Bulan', width: 2.4 },
        { header: 'Anggota aktif', width: 1.6, align: 'right' },
        { header: 'Pinjaman disalurkan', width: 2.4, align: 'right' },
      ],
      rows,
    );
  }
  w.paragraph('Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.');
  w.signature({ placeDate: `Samarinda, ${formatDateLong(a.applicationDate)}`, office: ['Ketua Pengurus'], name: chairOf(a) });
}

export function financialReport(w: PdfWriter, a: Application): void {
  const period = a.financialReportPeriod;
  cooperativeLetterhead(w, a);
  w.centered(['LAPORAN KEUANGAN', a.branchOffice.name.toUpperCase()], 12);
  w.centered([period === undefined ? 'Periode tidak dinyatakan' : `Periode ${formatDateLong(period.from)} s.d. ${formatDateLong(period.to)}`], 10.5, false);
  w.space(8);
  const end = period === undefined ? '' : ` per ${formatDateLong(period.to)}`;
  w.paragraph(`A. Neraca${end}`, { bold: true });
  const money = (header: string) => [
    { header, width: 4 },
    { header: 'Jumlah (Rp)', width: 2, align: 'right' as const },
  ];
  w.table(money('Aset'), [
    ['Kas', rupiah(86_412_500)],
    ['Simpanan di bank', rupiah(412_930_000)],
    ['Piutang pinjaman anggota', rupiah(2_184_750_000)],
    ['Penyisihan piutang tak tertagih', `(${rupiah(43_695_000)})`],
    ['Aset tetap (setelah penyusutan)', rupiah(156_300_000)],
    ['Jumlah aset', rupiah(2_796_697_500)],
  ]);
  w.table(money('Kewajiban dan ekuitas'), [
    ['Simpanan sukarela anggota', rupiah(1_125_400_000)],
    ['Simpanan berjangka anggota', rupiah(842_000_000)],
    ['Kewajiban lain', rupiah(61_280_000)],
    ['Modal kerja dari kantor pusat', rupiah(600_000_000)],
    ['Sisa hasil usaha tahun berjalan', rupiah(168_017_500)],
    ['Jumlah kewajiban dan ekuitas', rupiah(2_796_697_500)],
  ]);
  w.paragraph('B. Perhitungan Sisa Hasil Usaha', { bold: true });
  w.table(money('Uraian'), [
    ['Pendapatan jasa pinjaman', rupiah(412_560_000)],
    ['Pendapatan administrasi dan provisi', rupiah(38_210_000)],
    ['Beban jasa simpanan', `(${rupiah(151_870_000)})`],
    ['Beban karyawan', `(${rupiah(86_400_000)})`],
    ['Beban operasional dan umum', `(${rupiah(44_482_500)})`],
    ['Sisa hasil usaha', rupiah(168_017_500)],
  ]);
  w.paragraph(
    'Laporan ini disusun berdasarkan Standar Akuntansi Keuangan Entitas Privat dan telah dibahas dalam rapat pengurus. Catatan atas laporan keuangan tersedia di kantor pusat koperasi.',
  );
  w.signature({
    placeDate: `Bontang, ${period === undefined ? formatDateLong(a.applicationDate) : formatDateLong(addMonths(period.to, 1))}`,
    office: ['Manajer Kantor Cabang'],
    name: 'Hj. Rosmini Daeng Tawang, S.E.',
  });
}

export function regionalApproval(w: PdfWriter, a: Application): void {
  const approval = a.regionalApproval;
  const city = cityOf(a.subBranch.kabKotaCode);
  w.centered([`WALI ${city.toUpperCase()}`], 13);
  w.rule();
  w.fields(
    [
      ['Nomor', approval?.number ?? '-'],
      ['Sifat', 'Biasa'],
      ['Lampiran', '-'],
      ['Hal', 'Persetujuan Pembukaan Kantor Cabang Pembantu Koperasi Simpan Pinjam'],
    ],
    70,
  );
  w.paragraph(`Yth. Ketua Pengurus ${a.applicant.name}`);
  w.paragraph(`di ${a.applicant.address}`, { indent: 12 });
  w.paragraph(
    `Menindaklanjuti surat permohonan Saudara, dan mengingat ${a.applicant.name} belum memiliki kantor cabang di wilayah ${city}, pada prinsipnya kami MENYETUJUI pembukaan Kantor Cabang Pembantu koperasi Saudara yang beralamat di ${a.subBranch.address}.`,
  );
  w.paragraph(
    'Persetujuan ini diberikan dengan ketentuan bahwa koperasi memenuhi seluruh persyaratan perizinan sesuai peraturan perundang-undangan dan melayani anggota yang berdomisili di wilayah setempat.',
  );
  w.paragraph('Demikian disampaikan untuk dipergunakan sebagaimana mestinya.');
  w.signature({
    placeDate: `${city.replace('Kota ', '')}, ${approval === undefined ? '' : formatDateLong(approval.date)}`,
    office: [approval?.official ?? `Wali ${city}`],
    name: 'Drs. H. Andi Mappaselle, M.Si.',
  });
}
