/**
 * Who a sentence says made a claim, and how sure it is. Japanese news marks both with a small set
 * of endings (〜と述べた, 〜と主張した, 〜によると; 〜の可能性, 〜とみられる, 〜見通し), so a pattern
 * table catches the common cases; English wire copy uses said / according to / may / could.
 */
export interface Stance {
  /** asserted: stated as fact; reported: attributed to someone; hedged: the source is unsure. */
  modality: 'asserted' | 'reported' | 'hedged';
  /** The person or body the claim is attributed to, when the sentence names one. */
  speaker?: string;
}

// Stems, so every form matches: と述べた / と述べている, と説明する / と説明した, と話す / と話した.
const REPORTING_VERB =
  '(?:述べ|語|話(?!し合|題)|強調|主張|指摘|説明|訴え|明らかに|発表|表明|述懐|示|批判|反論|否定|認め|要望|求め|コメント|答え|明か|打ち明け|危惧|懸念を示)';
const REPORTED = [
  new RegExp(`と${REPORTING_VERB}`),
  new RegExp(`」と[^。「」]{0,30}${REPORTING_VERB}`),
  /によると|によれば|関係者は|としている[。]?$|とした[。]?$|という[。]?$|とのことだ/,
  /\b(?:said|says|told|according to|claimed|argued|stated)\b/i,
];
const HEDGED = [
  /可能性|とみられ|と見られ|見通し|見込み|恐れ|おそれ|かもしれない|だろう|でしょう|模様|もよう|ようだ|予想さ|懸念さ|ではないか|か[。」]*$/,
  /\b(?:may|might|could|likely|expected to|possibly|probably)\b/i,
];

// The speaker is the noun phrase before the topic/subject particle that the reporting clause
// hangs on: 「山田太郎市長は、…と述べた」 → 山田太郎市長. Kept short so a whole clause is never taken.
const SPEAKER_BEFORE_TOPIC = /^(?:[^、。「」]{0,12}、)?([^、。「」\s]{2,24}?)(?:は|が)(?:、|「|[^。]*?と)/;
const SPEAKER_ACCORDING_TO = /([^、。「」\s]{2,24}?)(?:によると|によれば)/;
const SPEAKER_AFTER_QUOTE = /」と(?:、)?([^、。「」\s]{2,24}?)(?:は|が)/;

/** Reads the attribution and modality of one sentence. */
export function detectStance(sentence: string): Stance {
  const reported = REPORTED.some((pattern) => pattern.test(sentence));
  if (reported) {
    const speaker =
      SPEAKER_ACCORDING_TO.exec(sentence)?.[1] ??
      SPEAKER_AFTER_QUOTE.exec(sentence)?.[1] ??
      (new RegExp(REPORTING_VERB).test(sentence) ? SPEAKER_BEFORE_TOPIC.exec(sentence)?.[1] : undefined) ??
      /^(?:[A-Z][\w.-]*\s){1,4}(?=said|says|told)/.exec(sentence)?.[0]?.trim();
    return speaker === undefined ? { modality: 'reported' } : { modality: 'reported', speaker };
  }
  if (HEDGED.some((pattern) => pattern.test(sentence))) return { modality: 'hedged' };
  return { modality: 'asserted' };
}
