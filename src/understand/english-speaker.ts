// Who an English news sentence gives its words to: the speaker phrase of its attribution, read
// from the conventions of English news writing (according to X; X said …; "…," X said; "…," said
// X, who …; X told …, X announced …). The attribution check (verify/claim/check-attribution.ts)
// compares it with a Japanese claim's speaker, as it compares a Japanese source's speaker.

// Reporting verbs of news English: a closed class.
const SAY = '(?:said|says|told|announced|added|explained|stated|confirmed)';
// A pronoun speaks for someone named before: no speaker phrase of its own.
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|both)$/iu;
// What follows said when it is the words said, not a speaker: a figure, that, or a finite verb.
const SAID_CLAUSE = /^(?:\d|that\b)|\b(?:is|are|was|were|has|have|had|will|would|could|can)\b/iu;
// A negated or passive auxiliary ending the phrase before said: no one's words (Police have not said
// whether …, It was said that …); a perfect one stays out of the phrase (Police have said → Police).
// (…has not yet said what …: a negation carried on by yet is still one.)
const NOT_SAID =
  /\b(?:(?:has|have|had|did|does|do)\s+(?:not(?:\s+yet)?|never|yet\s+to)|was|were|is|are|not|never)$/iu;
const PERFECT = /\s+(?:has|have|had)$/iu;
// When something was said, after said (closed grammar, as the closing said below reads it): on a
// day, late or early in one, last or this week.
const SAID_WHEN = /^(?:on|late|early|last|this)\s/iu;
// A speaker phrase is a noun phrase: a few words, no clause.
const MAX_WORDS = 8;

function phraseOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  // …, who runs a 40-room inn: the relative clause describes the speaker; the name comes first.
  const phrase = raw
    // …a 31-year-old office worker whose wedding was set for May: the relative clause after the
    // phrase describes the speaker further; it is not part of the phrase.
    .replace(/\s+(?:who|whose|whom)\b.*$/iu, '')
    .replace(/\s+(?:on|late|early|last|this)\s+\w+(?:\s+\w+)?$/iu, '')
    .replace(/^(?:and|but|so)\s+/iu, '')
    .replace(/,$/u, '')
    .trim();
  if (phrase === '' || PRONOUN.test(phrase)) return undefined;
  // X has not said / X did not say: no one's words (Police have not said whether …).
  if (NOT_SAID.test(phrase)) return undefined;
  if (PERFECT.test(phrase)) return phraseOf(phrase.replace(PERFECT, ''));
  const words = phrase.split(/\s+/u);
  if (words.length > MAX_WORDS) return undefined;
  return phrase;
}

/**
 * The speaker phrase of an English sentence (Town officials, a local wholesaler, Emi Kurata), or
 * undefined when it names none or only a pronoun (she said).
 */
export function englishSpeakerOf(text: string): string | undefined {
  const t = text.trim();
  // according to X (the phrase ends at punctuation).
  const according = /\baccording to ([^,.;:"“”]+)/iu.exec(t);
  if (according !== undefined && according !== null) return phraseOf(according[1]);
  // X, a title or description in apposition, said … (Ken Sato, the company's president, said …):
  // the subject opening the sentence, when it is a noun phrase — no verb of a clause in it (Power
  // was cut, its president, Ken Sato, said: the words, then the speaker).
  const apposed =
    /^([A-Z][^,;:"“”]*?),\s+(?:the|a|an|its|their|his|her)\s[^,;:"“”]*,\s+(?:said|says|told|announced|added)\b/u.exec(
      t,
    );
  if (
    apposed !== null &&
    !SAID_CLAUSE.test(apposed[1] as string) &&
    !/\b\w{2,}ed\b/u.test(apposed[1] as string)
  )
    return phraseOf(apposed[1]);
  // "…," said X[, who …] / …, said X.
  // …but not a subject's said after a clause set off by commas (X, which sold the units, said 44 of
  // them are occupied): what follows it is what was said, a clause, not a speaker.
  const saidX = /([,”"])\s*said\s+([^,.;:"“”]+)/iu.exec(t);
  const afterQuote = saidX !== null && (saidX[1] !== ',' || /["”]$/u.test(t.slice(0, saidX.index)));
  const saidWords = (saidX?.[2] ?? '').replace(/\s+(?:who|whose|whom)\b.*$/iu, '');
  // …, X said on Monday: a time after said tells when it was said, not who (the phrase before said
  // is the speaker, read below).
  const saidWhen = !afterQuote && SAID_WHEN.test(saidWords);
  if (saidX !== null && !saidWhen && (afterQuote || !SAID_CLAUSE.test(saidWords))) return phraseOf(saidX[2]);
  // …, X said [on Tuesday]. / "…," X said. / …, its president, Ken Sato, said: a title and a name
  // in apposition, each between commas, are one speaker phrase.
  const ending = new RegExp(
    String.raw`(?:^|[,”"]\s*)([^,;:"“”]+?(?:,\s*[^,;:"“”]+?,)?)\s+${SAY}(?:\s+(?:on|late|early|last|this)\s+\w+(?:\s+\w+)?)?\s*\.?$`,
    'iu',
  ).exec(t);
  if (ending !== null) return phraseOf(ending[1]);
  // X said (that) … / X told reporters … at the start.
  // The subject may carry a non-restrictive clause between commas (X, which runs the line, said …).
  const opening = new RegExp(String.raw`^([^,;:"“”]+?)\s+${SAY}\b`, 'iu').exec(
    t.replace(/^([^,;:"“”]+?),\s+(?:which|who)\b[^,;:"“”]*,(?=\s+(?:said|says|told|announced)\b)/iu, '$1'),
  );
  if (opening !== null) {
    // X apologized at a news conference and said …: the subject of the first verb said it too — a
    // run of capitalized words (a title and a name) before a verb in the past.
    const subject = new RegExp(
      String.raw`^((?:[A-Z][\w'-]*\s+){1,5})[a-z]+ed\b[^;:"“”]*?\band\s+${SAY}\b`,
      'u',
    ).exec(t);
    return phraseOf(subject?.[1] ?? opening[1]);
  }
  // …, and X said …: a second clause giving the speaker (Two were hurt, and police said the road …).
  const joined = new RegExp(String.raw`[,;]\s+(?:and|but)\s+([^,;:"“”]+?)\s+${SAY}\b`, 'iu').exec(t);
  if (joined !== null) return phraseOf(joined[1]);
  return undefined;
}

/**
 * The words an English news sentence describes its speaker with: the speaker phrase and what stands
 * in apposition after it ("…," said Ken Mori, a 29-year-old bank clerk; …, said Aya Ono, head of the
 * parks section), up to the end of the sentence or a relative clause (who, whose). Undefined where
 * the sentence names no speaker (englishSpeakerOf).
 */
export function englishSpeakerDescription(text: string): string | undefined {
  const phrase = englishSpeakerOf(text);
  if (phrase === undefined) return undefined;
  const t = text.trim();
  const at = t.indexOf(phrase);
  if (at < 0) return phrase;
  const rest = t.slice(at + phrase.length);
  // The apposition: ", a 29-year-old bank clerk" or ", 44, a nurse", closed by the sentence's end or
  // a relative clause; none where the sentence goes on after the phrase in another way.
  // …or closed by the verb of saying when the phrase opens the sentence (Aya Ono, head of the parks
  // section, said …).
  const apposition =
    (at === 0 ? /^(,\s*[^,;:"“”]+?),\s+(?:said|says|told|announced|added)\b/u.exec(rest) : null) ??
    /^((?:,\s*[^,;:"“”]+?)+?)(?:,?\s+(?:who|whose|whom)\b|[.!?]?\s*$)/iu.exec(rest);
  return apposition === null ? phrase : `${phrase}${apposition[1]}`;
}
