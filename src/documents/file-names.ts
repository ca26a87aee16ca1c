// Output file names say the agency, the document and the date: DFI-policy-2026-11-22.pdf.

const FOLDS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', ð: 'd' };

/** "Nguyễn Thị Ánh" → "nguyen-thi-anh"; text with no Latin letters gives "". */
export function slug(text: string): string {
  return text
    .replace(/[łŁđĐøØßæÆœŒþð]/g, (c) => FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** DFI-policy-2026-11-22, or DFI-policy-2026-11-22-draft: a draft says so in its name too. */
export function documentFileBase(agencyAcronym: string | undefined, documentSlug: string, asOf: string, draft = false): string {
  return `${slug(agencyAcronym ?? '').toUpperCase() || 'AGENCY'}-${documentSlug}-${asOf}${draft ? '-draft' : ''}`;
}
