// How a period of calendar dates is measured. A period is inclusive: a report "1 Januari to
// 31 Desember 2025" covers the whole of 31 December, so its length is measured up to the day
// after it ends. With dates.ts month arithmetic (clamped at month ends) that gives:
//   1 Jan – 31 Dec          → 12 months
//   1 Feb – 31 Jan          → 12 months
//   28 Feb 2025 – 27 Feb 2026 → 12 months;   1 Mar 2025 – 27 Feb 2026 → 11 months
//   29 Feb 2024 – 27 Feb 2025 → 12 months (29 Feb + 12 months clamps to 28 Feb 2025, the day after)
import type { Period } from '../application';
import { addDays, monthsBetween } from '../dates';
import type { PeriodCheck } from './result';

export function measurePeriod(period: Period): PeriodCheck {
  return { from: period.from, to: period.to, monthsCovered: monthsBetween(period.from, addDays(period.to, 1)) };
}
