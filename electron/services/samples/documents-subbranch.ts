// Sample documents about the planned Kantor Cabang Pembantu: the member list with NIKs (R3), the
// work plan (R6), the CV of the prospective head and the staff list (R7), and the head's
// competency certificate (R8).
import type { Application } from '../../../common/domain/application';
import { addDays, addMonths, compareDates } from '../../../common/domain/dates';
import { parseNik } from '../../../common/domain/nik';
import { formatDateLong } from '../../../common/domain/wording';
import type { PdfWriter } from './pdf-layout';
import { chairOf, cityOf, cooperativeLetterhead, rupiah } from './sample-people';

export function memberList(w: PdfWriter, a: Application): void {
  const city = cityOf(a.subBranch.kabKotaCode);
  cooperativeLetterhead(w, a);
  w.centered(['DAFTAR ANGGOTA KOPERASI', `YANG BERDOMISILI DI WILAYAH ${city.toUpperCase()}`], 12);
  w.space(6);
  w.paragraph(
    `Daftar anggota ${a.applicant.name} yang berdomisili di wilayah rencana Kantor Cabang Pembantu (${a.subBranch.address}), sesuai buku daftar anggota per ${formatDateLong(a.applicationDate)}.`,
  );
  w.table(
    [
      { header: 'No', width: 0.5, align: 'right' },
      { header: 'Nama anggota', width: 2.2 },
      { header: 'NIK', width: 1.9 },
      { header: 'Alamat', width: 4 },
    ],
    a.members.map((m, i) => [String(i + 1), m.name, m.nik, m.address]),
  );
  w.paragraph(`Jumlah: ${a.members.length} orang.`, { bold: true });
  w.signature({ placeDate: `Samarinda, ${formatDateLong(a.applicationDate)}`, office: ['Ketua Pengurus'], name: chairOf(a) });
}

export function workPlan(w: PdfWriter, a: Application): void {
  const period = a.workPlanPeriod;
  cooperativeLetterhead(w, a);
  w.centered(['RENCANA KERJA', 'KANTOR CABANG PEMBANTU'], 12);
  w.centered([period === undefined ? 'Periode tidak dinyatakan' : `Periode ${formatDateLong(period.from)} s.d. ${formatDateLong(period.to)}`], 10.5, false);
  w.space(8);
  w.paragraph('1. Latar belakang', { bold: true });
  w.paragraph(
    `Jumlah anggota ${a.applicant.name} yang berdomisili di sekitar ${a.subBranch.address} terus bertambah, sementara layanan terdekat berada di ${a.branchOffice.name}. Kantor Cabang Pembantu dibuka untuk mendekatkan layanan simpan pinjam kepada anggota.`,
    { indent: 12 },
  );
  w.paragraph('2. Sasaran per triwulan', { bold: true });
  const rows: string[][] = [];
  if (period !== undefined) {
    for (let start = period.from, q = 1; compareDates(start, period.to) <= 0; start = addMonths(period.from, q * 3), q += 1) {
      const quarterEnd = addDays(addMonths(start, 3), -1);
      const end = compareDates(quarterEnd, period.to) < 0 ? quarterEnd : period.to;
      rows.push([`Triwulan ${q}`, `${formatDateLong(start)} - ${formatDateLong(end)}`, String(15 + q * 5), rupiah(250_000_000 + q * 75_000_000), rupiah(120_000_000 + q * 40_000_000)]);
    }
  }
  w.table(
    [
      { header: 'Triwulan', width: 1.2 },
      { header: 'Periode', width: 2.8 },
      { header: 'Anggota baru', width: 1.2, align: 'right' },
      { header: 'Penyaluran pinjaman', width: 2, align: 'right' },
      { header: 'Penghimpunan simpanan', width: 2, align: 'right' },
    ],
    rows,
  );
  w.paragraph('3. Organisasi', { bold: true });
  const head = a.prospectiveHead;
  w.paragraph(
    `Kantor Cabang Pembantu dipimpin oleh ${head === undefined ? '(belum ditetapkan)' : `${head.name} sebagai ${head.position}`}, dibantu ${a.staff.length} orang karyawan: ${a.staff.map((s) => `${s.name} (${s.position})`).join(', ') || '-'}.`,
    { indent: 12 },
  );
  w.paragraph('4. Sarana dan anggaran', { bold: true });
  w.paragraph(
    `Kantor menempati ruko sewa dua lantai. Anggaran tahun pertama ${rupiah(385_000_000)} untuk sewa, peralatan, sistem informasi, dan biaya operasional, dibiayai dari modal kerja kantor pusat.`,
    { indent: 12 },
  );
  w.signature({ placeDate: `Samarinda, ${formatDateLong(a.applicationDate)}`, office: ['Ketua Pengurus'], name: chairOf(a) });
}

export function headCv(w: PdfWriter, a: Application): void {
  const head = a.prospectiveHead;
  w.centered(['DAFTAR RIWAYAT HIDUP'], 13);
  w.space(8);
  const nik = head === undefined ? undefined : parseNik(head.nik);
  const born = nik?.ok === true ? `${cityOf(nik.value.kabKotaCode)}, ${nik.value.birthDay}-${nik.value.birthMonth}-19${String(nik.value.birthYear2).padStart(2, '0')}` : '-';
  w.paragraph('A. Data pribadi', { bold: true });
  w.fields([
    ['Nama lengkap', head?.name ?? '-'],
    ['NIK', head?.nik ?? '-'],
    ['Tempat, tanggal lahir', born],
    ['Jabatan yang diusulkan', head?.position ?? '-'],
    ['Alamat', 'Jl. Gajah Mada No. 7, RT 11, Kel. Api-Api, Kec. Bontang Utara, Kota Bontang'],
  ]);
  w.paragraph('B. Pendidikan', { bold: true });
  w.table(
    [
      { header: 'Jenjang', width: 1.2 },
      { header: 'Lembaga', width: 3.4 },
      { header: 'Tahun lulus', width: 1.2 },
    ],
    [
      ['S1 Manajemen', 'Universitas Mulawarman, Samarinda', '2006'],
      ['S2 Manajemen Keuangan', 'Universitas Mulawarman, Samarinda', '2014'],
    ],
  );
  w.paragraph('C. Pengalaman kerja', { bold: true });
  w.table(
    [
      { header: 'Periode', width: 1.4 },
      { header: 'Jabatan dan tempat kerja', width: 4.4 },
    ],
    [
      ['2007 - 2012', 'Staf kredit, Koperasi Kredit Sinar Harapan, Samarinda'],
      ['2012 - 2019', `Kepala bagian simpan pinjam, ${a.applicant.name}`],
      ['2019 - sekarang', `Wakil manajer, ${a.branchOffice.name}`],
    ],
  );
  w.paragraph('Demikian daftar riwayat hidup ini saya buat dengan sebenarnya.');
  w.signature({ placeDate: `Bontang, ${formatDateLong(a.applicationDate)}`, office: ['Yang membuat,'], name: head?.name ?? '-' });
}

export function staffList(w: PdfWriter, a: Application): void {
  cooperativeLetterhead(w, a);
  w.centered(['DAFTAR CALON PIMPINAN DAN KARYAWAN', 'KANTOR CABANG PEMBANTU'], 12);
  w.space(6);
  const head = a.prospectiveHead;
  const rows = [
    ...(head === undefined ? [] : [[head.name, head.nik, head.position, 'S2 Manajemen Keuangan']]),
    ...a.staff.map((s, i) => [s.name, s.nik, s.position, i % 2 === 0 ? 'D3 Akuntansi' : 'SMA / sederajat']),
  ].map((row, i) => [String(i + 1), ...row]);
  w.table(
    [
      { header: 'No', width: 0.5, align: 'right' },
      { header: 'Nama', width: 2.2 },
      { header: 'NIK', width: 1.9 },
      { header: 'Jabatan', width: 2.2 },
      { header: 'Pendidikan', width: 1.8 },
    ],
    rows,
  );
  if (a.staff.length === 0) w.paragraph('Calon karyawan belum diusulkan.', { bold: true });
  w.signature({ placeDate: `Samarinda, ${formatDateLong(a.applicationDate)}`, office: ['Ketua Pengurus'], name: chairOf(a) });
}

export function competencyCertificate(w: PdfWriter, a: Application): void {
  const cert = a.competencyCertificate;
  w.centered([cert?.issuer.toUpperCase() ?? 'LEMBAGA SERTIFIKASI PROFESI'], 12);
  w.centered(['Terlisensi oleh Badan Nasional Sertifikasi Profesi'], 8.5, false);
  w.rule();
  w.space(14);
  w.centered(['SERTIFIKAT KOMPETENSI'], 18);
  w.centered([`Nomor: ${cert?.number ?? '-'}`], 10.5, false);
  w.space(14);
  w.centered(['Dengan ini menyatakan bahwa'], 10.5, false);
  w.centered([cert?.holder ?? '-'], 15);
  w.space(6);
  w.centered(['telah kompeten pada bidang', 'Manajemen Usaha Simpan Pinjam - Kualifikasi Pimpinan Cabang'], 10.5, false);
  w.space(10);
  w.fields([
    ['Berlaku sejak', cert === undefined ? '-' : formatDateLong(cert.validFrom)],
    ['Berlaku sampai dengan', cert === undefined ? '-' : formatDateLong(cert.validUntil)],
  ]);
  w.paragraph('Sertifikat ini dapat diverifikasi melalui sistem informasi sertifikasi BNSP.', { size: 9 });
  w.signature({
    placeDate: `Jakarta, ${cert === undefined ? '' : formatDateLong(cert.validFrom)}`,
    office: ['Ketua LSP'],
    name: 'Dr. Ir. Bambang Wicaksono, M.M.',
  });
}
