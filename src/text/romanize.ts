/**
 * Katakana (or hiragana) reading → lower-case Hepburn romaji as English-language news writes
 * Japanese names: long vowels dropped (トウキョウ → tokyo, サトウ → sato), ン → n, small tsu doubles the next
 * consonant. Used to align a Japanese name (山田太郎, reading ヤマダタロウ) with its spelling in an
 * English source (Taro Yamada).
 */
export function romanize(reading: string): string {
  const kana = toKatakana(reading.normalize('NFKC'));
  let out = '';
  let double = false;
  for (let i = 0; i < kana.length; i++) {
    const pair = kana.slice(i, i + 2);
    let syllable: string | undefined;
    if (DIGRAPHS[pair] !== undefined) {
      syllable = DIGRAPHS[pair];
      i++;
    } else {
      const char = kana[i] as string;
      if (char === 'ッ') {
        double = true;
        continue;
      }
      if (char === 'ー') continue;
      syllable = MONOGRAPHS[char];
    }
    if (syllable === undefined) continue;
    if (double) {
      out += syllable.startsWith('ch') ? 't' : (syllable[0] ?? '');
      double = false;
    }
    out += syllable;
  }
  // Long vowels as English-language news spells names: ou/oo → o, uu → u (Satou → Sato, Yuuko → Yuko).
  return out.replace(/ou|oo/gu, 'o').replace(/uu/gu, 'u');
}

function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

const MONOGRAPHS: Record<string, string> = {
  ア: 'a',
  イ: 'i',
  ウ: 'u',
  エ: 'e',
  オ: 'o',
  カ: 'ka',
  キ: 'ki',
  ク: 'ku',
  ケ: 'ke',
  コ: 'ko',
  ガ: 'ga',
  ギ: 'gi',
  グ: 'gu',
  ゲ: 'ge',
  ゴ: 'go',
  サ: 'sa',
  シ: 'shi',
  ス: 'su',
  セ: 'se',
  ソ: 'so',
  ザ: 'za',
  ジ: 'ji',
  ズ: 'zu',
  ゼ: 'ze',
  ゾ: 'zo',
  タ: 'ta',
  チ: 'chi',
  ツ: 'tsu',
  テ: 'te',
  ト: 'to',
  ダ: 'da',
  ヂ: 'ji',
  ヅ: 'zu',
  デ: 'de',
  ド: 'do',
  ナ: 'na',
  ニ: 'ni',
  ヌ: 'nu',
  ネ: 'ne',
  ノ: 'no',
  ハ: 'ha',
  ヒ: 'hi',
  フ: 'fu',
  ヘ: 'he',
  ホ: 'ho',
  バ: 'ba',
  ビ: 'bi',
  ブ: 'bu',
  ベ: 'be',
  ボ: 'bo',
  パ: 'pa',
  ピ: 'pi',
  プ: 'pu',
  ペ: 'pe',
  ポ: 'po',
  マ: 'ma',
  ミ: 'mi',
  ム: 'mu',
  メ: 'me',
  モ: 'mo',
  ヤ: 'ya',
  ユ: 'yu',
  ヨ: 'yo',
  ラ: 'ra',
  リ: 'ri',
  ル: 'ru',
  レ: 're',
  ロ: 'ro',
  ワ: 'wa',
  ヰ: 'i',
  ヱ: 'e',
  ヲ: 'o',
  ン: 'n',
  ヴ: 'vu',
  ァ: 'a',
  ィ: 'i',
  ゥ: 'u',
  ェ: 'e',
  ォ: 'o',
};

const DIGRAPHS: Record<string, string> = {
  キャ: 'kya',
  キュ: 'kyu',
  キョ: 'kyo',
  ギャ: 'gya',
  ギュ: 'gyu',
  ギョ: 'gyo',
  シャ: 'sha',
  シュ: 'shu',
  ショ: 'sho',
  ジャ: 'ja',
  ジュ: 'ju',
  ジョ: 'jo',
  チャ: 'cha',
  チュ: 'chu',
  チョ: 'cho',
  ニャ: 'nya',
  ニュ: 'nyu',
  ニョ: 'nyo',
  ヒャ: 'hya',
  ヒュ: 'hyu',
  ヒョ: 'hyo',
  ビャ: 'bya',
  ビュ: 'byu',
  ビョ: 'byo',
  ピャ: 'pya',
  ピュ: 'pyu',
  ピョ: 'pyo',
  ミャ: 'mya',
  ミュ: 'myu',
  ミョ: 'myo',
  リャ: 'rya',
  リュ: 'ryu',
  リョ: 'ryo',
};
