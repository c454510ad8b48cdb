// R3: at least 20 members domiciled in the kab/kota of the planned KCP. Domicile is read from
// the NIK (digits 1–4 are the kab/kota code); a member counts once however often the NIK is
// listed, and rows that cannot count are reported by their 1-based row number so the verifier
// can find them in the submitted list.
import type { Application } from '../application';
import { ruleFacts as t } from '../messages';
import { parseNik } from '../nik';
import type { DuplicateNikRow, InvalidNikRow, OutsideAreaRow, R3Result } from './result';

export const REQUIRED_MEMBERS = 20;

export function checkR3(app: Application): R3Result {
  const code = app.subBranch.kabKotaCode;
  const invalid: InvalidNikRow[] = [];
  const duplicates: DuplicateNikRow[] = [];
  const outsideArea: OutsideAreaRow[] = [];
  const firstRowOf = new Map<string, number>();
  let distinctInArea = 0;

  app.members.forEach((member, index) => {
    const row = index + 1;
    const parsed = parseNik(member.nik);
    if (!parsed.ok) {
      invalid.push({ row, name: member.name, nik: member.nik, reason: parsed.reason });
      return;
    }
    const { nik, kabKotaCode } = parsed.value;
    const firstRow = firstRowOf.get(nik);
    if (firstRow !== undefined) {
      duplicates.push({ row, firstRow, name: member.name, nik });
      return;
    }
    firstRowOf.set(nik, row);
    if (kabKotaCode === code) distinctInArea += 1;
    else outsideArea.push({ row, name: member.name, nik, kabKotaCode });
  });

  const facts = [t.membersCounted(distinctInArea, code, app.members.length), t.membersRequired(REQUIRED_MEMBERS)];
  if (invalid.length > 0) facts.push(t.membersInvalid(invalid.map((r) => r.row)));
  if (duplicates.length > 0) facts.push(t.membersDuplicate(duplicates.map((r) => r.row)));
  if (outsideArea.length > 0) facts.push(t.membersOutside(outsideArea.map((r) => r.row), code));
  return {
    requirement: 'R3',
    outcome: distinctInArea >= REQUIRED_MEMBERS ? 'meets' : 'fails',
    facts,
    details: { kabKotaCode: code, requiredMembers: REQUIRED_MEMBERS, distinctInArea, invalid, duplicates, outsideArea },
  };
}
