// Who told and who was told, when the claim names the teller in a passive (vrole37).

/** The parts of a frame of check-case-roles.ts that this reading looks at. */
interface TellingFrame {
  lemma: string;
  participants: ReadonlyArray<{ noun: string; role: string; marker?: string }>;
  doerless?: true;
}

/**
 * YはXからNをVられた for XはNをVられていた (V asks or tells; the source names no doer): the claim
 * makes X the one who told or asked, and the source says X was the one told or asked the same N.
 * `frame` is the claim's passive (its doer X bound by から), `doerless` the source's passives of the
 * same verb with no doer, each with its subject (が, or a who as its topic) as the one told. The
 * source frame must share the claim's object (N, bound by を in the claim; を or a contrasting は in
 * the source: 日程は知らされていた). `same` compares two nouns as check-case-roles does.
 * Returns the index of the source frame that says so, or -1.
 */
export function toldInstead(
  frame: TellingFrame,
  teller: { noun: string; marker?: string },
  doerless: readonly TellingFrame[],
  same: (a: string, b: string) => boolean,
): number {
  if (teller.marker !== 'kara' || frame.doerless === true) return -1;
  const objects = frame.participants.filter((participant) => participant.marker === 'wo');
  if (objects.length === 0) return -1;
  return doerless.findIndex((other) => {
    const told = other.participants.find(
      (participant) =>
        participant.role === 'other' && participant.marker !== 'wo' && participant.marker !== 'ni',
    );
    if (told === undefined || !same(told.noun, teller.noun)) return false;
    return objects.some((mine) =>
      other.participants.some(
        (theirs) =>
          (theirs.marker === 'wo' || (theirs.marker === 'wa' && theirs.role === 'topic')) &&
          same(theirs.noun, mine.noun),
      ),
    );
  });
}
