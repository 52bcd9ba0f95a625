import type { Token } from '../text/tokenizer.ts';
import { keyOf } from './read-sentence.ts';

// Light verbs (機能動詞, support verbs): verbs whose own meaning fades when they take a noun that
// names an act or an event, so that the noun carries what happened and the verb only says how the
// clause stands to it — the doer performs it (調査を行う = 調査する), brings it about for someone
// else (影響を与える), receives it or asks for it (協力を得る, 協力を求める), it happens (混乱が起きる),
// or someone holds it (疑いを持つ). The dictionary marks the nouns (サ変接続: a noun that takes する)
// but not the verbs, so the verbs are a closed class of Japanese grammar, grouped here by what the
// verb does to the noun's act; a check takes the sub-classes its reading needs.
//
// Which verbs: the verbs of Japanese grammar's 機能動詞 lists, each of which, with a verbal noun,
// says no more than the verbal noun with する or the noun's event taking place.

/** How a light verb stands to the act its noun names. */
export type LightVerbRole =
  /** The doer performs the noun's act: 調査を行う, 改革を進める, 役割を果たす, 重点を置く. */
  | 'performing'
  /** The doer brings the noun's act or effect on another: 影響を与える, 混乱を起こす, 圧力をかける. */
  | 'causing'
  /** The doer asks for the act, gets it, or has it come to them: 協力を求める, 理解を得る, 報告が寄せられる, 取材を受ける. */
  | 'seeking'
  /** The event takes place: 事故が起きる, 問題が生じる, 火災が発生する. */
  | 'occurring'
  /** Someone holds the noun's state: 疑いを持つ, 責任を負う. */
  | 'holding';

const ROLES: ReadonlyMap<string, LightVerbRole> = new Map<string, LightVerbRole>([
  ['行う', 'performing'],
  ['実施', 'performing'],
  ['進める', 'performing'],
  ['果たす', 'performing'],
  ['加える', 'performing'],
  ['置く', 'performing'],
  ['つける', 'performing'],
  ['付ける', 'performing'],
  ['図る', 'performing'],
  ['与える', 'causing'],
  ['及ぼす', 'causing'],
  ['起こす', 'causing'],
  ['かける', 'causing'],
  ['求める', 'seeking'],
  ['得る', 'seeking'],
  ['寄せる', 'seeking'],
  ['受ける', 'seeking'],
  ['起きる', 'occurring'],
  ['起こる', 'occurring'],
  ['生じる', 'occurring'],
  ['発生', 'occurring'],
  ['持つ', 'holding'],
  ['負う', 'holding'],
]);

/** The role of a verb (by its lemma) among the light verbs; undefined for a verb of its own meaning. */
export function lightVerbRole(lemma: string): LightVerbRole | undefined {
  return ROLES.get(lemma);
}

/** True when the verb (by its lemma) is a light verb of one of the given roles, or of any role. */
export function isLightVerb(lemma: string, ...roles: LightVerbRole[]): boolean {
  const role = ROLES.get(lemma);
  return role !== undefined && (roles.length === 0 || roles.includes(role));
}

/**
 * True when the token is a verbal noun as the dictionary marks it (サ変接続: 調査, 協力, 混乱): a
 * noun whose act a light verb carries.
 */
export function isVerbalNoun(token: Pick<Token, 'pos' | 'posDetail'> | undefined): boolean {
  return token?.pos === '名詞' && token.posDetail === 'サ変接続';
}

// Compound case particles (複合格助詞) built on a verb after を: 〜を巡って, 〜を受けて, 〜を踏まえて,
// 〜を除いて, 〜を含めて, 〜をはじめ. The dictionary reads some as one particle when written in kana
// (をめぐって, を通じて, を通して) and splits the others, and these in kanji, into を and a verb. The verb in them tells no act
// of the clause: the phrase marks the noun's role (the topic, the means, the cause, an exception).
const COMPOUND_PARTICLE_VERBS = new Set([
  '巡る',
  'めぐる',
  '通じる',
  '通す',
  '受ける',
  '踏まえる',
  '除く',
  '含める',
  '始め',
  'はじめ',
  '始める',
  'はじめる',
]);

/**
 * True when the verb token at `at` is the verb of a compound case particle: after を, in its
 * て-form (めぐって), its continuative form standing alone (を踏まえ、) or its attributive form
 * before a noun (をめぐる問題).
 */
export function formsCompoundParticle(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  const before = tokens[at - 1];
  if (verb === undefined || before?.pos !== '助詞' || before.surface !== 'を') return false;
  if (!COMPOUND_PARTICLE_VERBS.has(keyOf(verb)) && !COMPOUND_PARTICLE_VERBS.has(verb.baseForm)) return false;
  const next = tokens[at + 1];
  if (next === undefined) return false;
  if (next.pos === '助詞' && /^[てで]$/u.test(next.surface)) return true;
  if (verb.inflection === '連用形' && next.pos === '記号') return true;
  return verb.inflection === '基本形' && next.pos === '名詞';
}
