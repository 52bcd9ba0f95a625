import { isRoleWord } from '../../understand/read-sentence.ts';

// An officer and the body the officer holds office in, as the claim may name either (vrole36).

/**
 * True when `noun` (a participant of the claim) names the body an officer of the source holds
 * office in, or that body's office itself: 栃瀬町 or 栃瀬町長 for 栃瀬町の榊田町長, 県 or 県知事 for 県の
 * 山田知事. `owner` is the body written before the officer with の (ownerBefore); the office is
 * the officer's own title (isRoleWord), so 町長 (the title after 町) or 知事 (a title of its own)
 * joined to the body's name must end the officer's noun. A staff word (職員) names no one office.
 */
export function namesOfficersBody(officer: string, owner: string | undefined, noun: string): boolean {
  if (owner === undefined || owner.length < 2 || /^[同当両本各]/u.test(owner)) return false;
  if (!isRoleWord(officer) || /員$/u.test(officer)) return false;
  if (noun === owner) return true;
  if (!noun.startsWith(owner)) return false;
  const title = noun.slice(owner.length);
  // 穂苅市長 = 穂苅市 + 長, the officer 漆間市長: the title is the body's last character and 長.
  const office = title.length >= 2 ? title : `${owner.slice(-1)}${title}`;
  return office.length >= 2 && isRoleWord(office) && officer.endsWith(office);
}
