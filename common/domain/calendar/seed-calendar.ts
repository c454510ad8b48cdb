// The calendar Verikop ships with, until the server publishes a newer one: national holidays
// and cuti bersama for 2025 and 2026 as set by the SKB 3 Menteri, including the amendment of
// 7 August 2025 that added 18 August 2025. Kept as plain JSON-shaped data (a .ts module only
// because common/'s build takes no .json files); validate it with holidayCalendarDocumentSchema.
import type { HolidayCalendarDocumentInput } from './document';

const SKB_2025 = 'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024';
const SKB_2025_AMENDMENT =
  'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (perubahan, 7 Agustus 2025)';
const SKB_2026 = 'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025';

export const seedCalendarDocument = {
  version: 1,
  issuedAt: '2025-11-19',
  years: {
    '2025': {
      holidays: [
        { date: '2025-01-01', name: 'Tahun Baru 2025 Masehi' },
        { date: '2025-01-27', name: 'Isra Mikraj Nabi Muhammad S.A.W.' },
        { date: '2025-01-29', name: 'Tahun Baru Imlek 2576 Kongzili' },
        { date: '2025-03-29', name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)' },
        { date: '2025-03-31', name: 'Idulfitri 1446 Hijriah' },
        { date: '2025-04-01', name: 'Idulfitri 1446 Hijriah' },
        { date: '2025-04-18', name: 'Wafat Yesus Kristus' },
        { date: '2025-04-20', name: 'Kebangkitan Yesus Kristus (Paskah)' },
        { date: '2025-05-01', name: 'Hari Buruh Internasional' },
        { date: '2025-05-12', name: 'Hari Raya Waisak 2569 BE' },
        { date: '2025-05-29', name: 'Kenaikan Yesus Kristus' },
        { date: '2025-06-01', name: 'Hari Lahir Pancasila' },
        { date: '2025-06-06', name: 'Iduladha 1446 Hijriah' },
        { date: '2025-06-27', name: '1 Muharam Tahun Baru Islam 1447 Hijriah' },
        { date: '2025-08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia' },
        { date: '2025-09-05', name: 'Maulid Nabi Muhammad S.A.W.' },
        { date: '2025-12-25', name: 'Kelahiran Yesus Kristus (Natal)' },
      ],
      collectiveLeave: [
        { date: '2025-01-28', name: 'Tahun Baru Imlek 2576 Kongzili', decree: SKB_2025 },
        { date: '2025-03-28', name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)', decree: SKB_2025 },
        { date: '2025-04-02', name: 'Idulfitri 1446 Hijriah', decree: SKB_2025 },
        { date: '2025-04-03', name: 'Idulfitri 1446 Hijriah', decree: SKB_2025 },
        { date: '2025-04-04', name: 'Idulfitri 1446 Hijriah', decree: SKB_2025 },
        { date: '2025-04-07', name: 'Idulfitri 1446 Hijriah', decree: SKB_2025 },
        { date: '2025-05-13', name: 'Hari Raya Waisak 2569 BE', decree: SKB_2025 },
        { date: '2025-05-30', name: 'Kenaikan Yesus Kristus', decree: SKB_2025 },
        { date: '2025-06-09', name: 'Iduladha 1446 Hijriah', decree: SKB_2025 },
        { date: '2025-08-18', name: 'Proklamasi Kemerdekaan Republik Indonesia', decree: SKB_2025_AMENDMENT },
        { date: '2025-12-26', name: 'Kelahiran Yesus Kristus (Natal)', decree: SKB_2025 },
      ],
    },
    '2026': {
      holidays: [
        { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi' },
        { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad S.A.W.' },
        { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili' },
        { date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
        { date: '2026-03-21', name: 'Idulfitri 1447 Hijriah' },
        { date: '2026-03-22', name: 'Idulfitri 1447 Hijriah' },
        { date: '2026-04-03', name: 'Wafat Yesus Kristus' },
        { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)' },
        { date: '2026-05-01', name: 'Hari Buruh Internasional' },
        { date: '2026-05-14', name: 'Kenaikan Yesus Kristus' },
        { date: '2026-05-27', name: 'Iduladha 1447 Hijriah' },
        { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE' },
        { date: '2026-06-01', name: 'Hari Lahir Pancasila' },
        { date: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 Hijriah' },
        { date: '2026-08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia' },
        { date: '2026-08-25', name: 'Maulid Nabi Muhammad S.A.W.' },
        { date: '2026-12-25', name: 'Kelahiran Yesus Kristus (Natal)' },
      ],
      collectiveLeave: [
        { date: '2026-02-16', name: 'Tahun Baru Imlek 2577 Kongzili', decree: SKB_2026 },
        { date: '2026-03-18', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', decree: SKB_2026 },
        { date: '2026-03-20', name: 'Idulfitri 1447 Hijriah', decree: SKB_2026 },
        { date: '2026-03-23', name: 'Idulfitri 1447 Hijriah', decree: SKB_2026 },
        { date: '2026-03-24', name: 'Idulfitri 1447 Hijriah', decree: SKB_2026 },
        { date: '2026-05-15', name: 'Kenaikan Yesus Kristus', decree: SKB_2026 },
        { date: '2026-05-28', name: 'Iduladha 1447 Hijriah', decree: SKB_2026 },
        { date: '2026-12-24', name: 'Kelahiran Yesus Kristus (Natal)', decree: SKB_2026 },
      ],
    },
  },
} satisfies HolidayCalendarDocumentInput;
