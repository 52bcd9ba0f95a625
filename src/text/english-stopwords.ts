// Function words and the commonest news verbs. Neither tokenizer tags English parts of speech
// (kuromoji calls every Latin word a proper noun), so this short list is what keeps "the" and
// "said" out of English noun phrases. Drawn from the usual English stopword lists, kept small.
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here ' +
    'of in on at to for from by with without about into onto over under after before since until ' +
    'as per via against between among through during within upon ' +
    'is are was were be been being am do does did done has have had having ' +
    'will would shall should can could may might must ' +
    'i you he she it we they me him her us them my your his its our their mine ' +
    'who whom whose which what when where why how ' +
    'not no yes all any each every some such more most other another ' +
    'also just only very too even still again ' +
    'said says say told tells according new ' +
    // Irregular past tenses: the "-ed" rule in keyphrases cannot see them.
    'rose fell grew made took went came gave got saw knew thought began left won lost'
  ).split(' '),
);

/** True for an English function word or reporting verb (case-insensitive). */
export function isEnglishStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
