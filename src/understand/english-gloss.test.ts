import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  countedNounAfter,
  countsItself,
  findGlosses,
  glossedClauseNouns,
  glossedPredicates,
  glossKeys,
  patternAnchors,
  undecidedSenses,
} from './english-gloss.ts';

// Invented sentences, written for this test.
const presidentOf = (text: string) =>
  findGlosses(text).find((match) => /^president/iu.test(match.text))?.gloss;

describe('findGlosses: a word spelt both as a noun and as a verb', () => {
  it('reads the verb where an amount follows it, and keys an amount with 費用', () => {
    const kinds = (text: string) =>
      findGlosses(text)
        .filter((match) => /^cost/iu.test(match.text))
        .map((match) => match.gloss.kind);
    assert.deepEqual(kinds('The bridge cost about 5 billion yen.'), ['verb']);
    assert.deepEqual(kinds('The cost rose sharply.'), ['noun']);
    assert.ok(glossKeys('The bridge cost about 5 billion yen.', (ja) => [ja]).includes('費用'));
  });

  it('gives a figure of size or weight its Japanese unit and what it measures', () => {
    const keys = (text: string) => glossKeys(text, (ja) => [ja]);
    assert.ok(['長さ', 'メートル'].every((key) => keys('The new bridge is 240 meters long.').includes(key)));
    assert.ok(keys('The water pipe is 60 centimeters in diameter.').includes('直径'));
    assert.ok(['重さ', 'トン'].every((key) => keys('The truck weighed about 4 tons.').includes(key)));
    // A length with no dimension after it, or a weight not weighed, says neither.
    assert.ok(!keys('The road runs 240 meters from the station.').includes('長さ'));
    assert.ok(!keys('The ship carried 40 tons of rice.').includes('重さ'));
  });
});

describe('findGlosses: a president is named by the kind of organisation', () => {
  it('reads the sense from the organisation the sentence gives', () => {
    assert.deepEqual(presidentOf("Kenji Sato, the company's president, said sales rose."), {
      kind: 'noun',
      ja: '社長',
    });
    assert.equal(presidentOf("The university's president announced a new campus.")?.ja, '学長');
    assert.equal(
      presidentOf('Aiko Mori, president of the Kita Farmers Association, said prices fell.')?.ja,
      '会長',
    );
    assert.equal(presidentOf('The president of the republic will visit the town.')?.ja, '大統領');
  });

  it('leaves a president whose organisation the sentence does not give unglossed', () => {
    assert.equal(presidentOf('President Lee said the plan would go ahead.'), undefined);
    assert.equal(presidentOf('The president said the school would close.'), undefined);
  });
});

// Invented sentences, written for this test: each word of several senses glossed from its context.
const senseOf = (text: string, word: RegExp, earlier?: string) =>
  findGlosses(text, earlier === undefined ? {} : { earlier }).find((match) => word.test(match.text))?.gloss
    .ja;
const undecided = (text: string) => undecidedSenses(text).map((match) => match.text);

describe('findGlosses: a word of several senses is glossed from its context', () => {
  it('lifts a ban (解除する) but lifts wages (引き上げる)', () => {
    assert.equal(senseOf('The town will lift the ban on night fishing.', /^lift/iu), '解除する');
    assert.equal(senseOf('The prefecture lifted the evacuation order on Monday.', /^lift/iu), '解除する');
    assert.equal(senseOf('The firm will lift wages by 4 percent.', /^lift/iu), '引き上げる');
    assert.deepEqual(undecided('The crane will lift the new bridge deck.'), ['lift']);
  });

  it('replaces X with Y (置き換える), renews what has aged (更新), and leaves other uses unglossed', () => {
    assert.equal(
      senseOf('The city will replace its diesel buses with electric buses.', /^replace/iu),
      '置き換える',
    );
    assert.equal(
      senseOf('The utility plans to replace aging water pipes by 2030.', /^replace/iu),
      '更新する',
    );
    assert.deepEqual(undecided('Kenji Ota will replace the coach next season.'), ['replace']);
  });

  it('lets a count fall (減る) and a level or a price fall (下がる)', () => {
    assert.equal(senseOf('Daily services fell from 412 to 318 a day.', /^fell/iu), '減る');
    assert.equal(senseOf('The dam fell to 18.4 percent of capacity.', /^fell/iu), '下がる');
    assert.equal(senseOf('Land prices fell by 3 percent.', /^fell/iu), '下がる');
  });

  it('posts a result (計上する), offers an amount (提示する) or a service (提供する), and leaves other uses', () => {
    assert.equal(senseOf('The firm posted a net loss of 2 billion yen.', /^posted/iu), '計上する');
    assert.deepEqual(undecided('The town posted a notice on its website.'), ['posted']);
    assert.equal(senseOf('The company offered 8,000 yen.', /^offered/iu), '提示する');
    assert.equal(senseOf('The city will offer free rides to seniors.', /^offer/iu), '提供する');
    assert.deepEqual(undecided('The company offered an apology.'), ['offered']);
  });

  it('asks someone for something (求める), and leaves asking a question unglossed', () => {
    assert.equal(senseOf('The mayor asked residents for their understanding.', /^ask/iu), '求める');
    assert.equal(senseOf('The town asks visitors for help with litter.', /^ask/iu), '求める');
    assert.deepEqual(undecided('Reporters asked the governor of Kita Prefecture about the plan.'), ['asked']);
  });

  it('covers a cost (負担する), covers news (報じる), covers an area (対象とする)', () => {
    assert.equal(senseOf('The state will cover half of the cost.', /^cover/iu), '負担する');
    assert.equal(senseOf('Roughly half is expected to be covered by subsidies.', /^cover/iu), '負担する');
    assert.equal(senseOf('Local papers covered the trial closely.', /^cover/iu), '報じる');
    assert.equal(senseOf('The new service will cover 12 districts.', /^cover/iu), '対象とする');
    assert.deepEqual(undecided('Snow covered the valley.'), ['covered']);
  });

  it('names a council by what the text says, a definite mention by its antecedent', () => {
    assert.equal(senseOf('The city council approved the budget.', /council/iu), '市議会');
    assert.equal(senseOf('The Kita Town Council met on Friday.', /council/iu), '町議会');
    assert.equal(senseOf('A council of five municipalities was formed in May.', /council/iu), '協議会');
    assert.equal(senseOf('An advisory council submitted its report.', /council/iu), '審議会');
    assert.deepEqual(undecided('The council will meet again in June.'), ['council']);
    assert.equal(
      senseOf(
        'The council will meet again in June.',
        /council/iu,
        'Four towns set up a council of local governments. It met twice.',
      ),
      '協議会',
    );
  });

  it('introduces a bill (提出する) but a measure or a system (導入する)', () => {
    assert.equal(senseOf('A lawmaker introduced a bill on night work.', /^introduc/iu), '提出する');
    assert.equal(senseOf('The town put off introducing the measure in April.', /^introduc/iu), '導入する');
  });

  it('raises fares (引き上げる) but raises funds (調達する); cuts fares (引き下げる), jobs (削減する), time (短縮する)', () => {
    assert.equal(senseOf('The line will raise fares in April.', /^rais/iu), '引き上げる');
    assert.equal(senseOf('The startup raised funds from three banks.', /^rais/iu), '調達する');
    assert.deepEqual(undecided('Residents raised concerns about noise.'), ['raised']);
    assert.equal(senseOf('The airline will cut fares on domestic routes.', /^cut/iu), '引き下げる');
    assert.equal(senseOf('The maker will cut 300 jobs.', /^cut/iu), '削減する');
    assert.equal(senseOf('The new tunnel will cut travel time by 20 minutes.', /^cut/iu), '短縮する');
  });

  it('opens by what opens: a station 開業, a school 開校, a hospital 開院, a museum 開館', () => {
    assert.equal(senseOf('The new station will open in March.', /^open/iu), '開業する');
    assert.equal(senseOf('The town will open a new school in April.', /^open/iu), '開校する');
    assert.equal(senseOf('A clinic opened near the port.', /^open/iu), '開院する');
    assert.equal(senseOf('The city museum opened in 1998.', /^opened/iu), '開館する');
    assert.deepEqual(undecided('She opened the letter.'), ['opened']);
  });

  it('tells nouns apart: a power plant or a factory, a rail station or a police station, an official or official figures', () => {
    assert.equal(senseOf('The coal-fired plant will close in 2030.', /plant/iu), '発電所');
    assert.equal(senseOf('The plant will produce chips from 2027.', /plant/iu), '工場');
    assert.equal(senseOf('The police station moved to the port.', /station/iu), '警察署');
    assert.equal(senseOf('Passengers crowded the station.', /station/iu), '駅');
    assert.equal(senseOf('Officials said the road would reopen.', /official/iu), '当局');
    assert.deepEqual(undecided('The official figures came out on Friday.'), ['official']);
    assert.equal(senseOf('The town mayor greeted the visitors.', /mayor/iu), '町長');
    assert.equal(senseOf('The governor of the central bank spoke on Monday.', /governor/iu), '総裁');
    assert.equal(senseOf('The university students held a rally.', /student/iu), '学生');
    assert.equal(senseOf('A research team said the beds had shrunk.', /research team/iu), '研究チーム');
    assert.equal(senseOf('The beds shrank, according to the team.', /team/iu), 'チーム');
    // Transport news counts its drivers (運転手, counted in 人) and says what a firm develops (開発).
    assert.equal(senseOf('The line has 52 drivers.', /driver/iu), '運転手');
    assert.equal(senseOf('The firm developed the engine in five years.', /develop/iu), '開発する');
    // The season and the adjective are other words: not glossed as the verbs.
    assert.equal(senseOf('Prices may rise this fall.', /^fall/iu), undefined);
    assert.equal(senseOf('The count came close to 900.', /^close/iu), undefined);
  });
});

describe('glossedPredicates: the vocabulary verbs of an English sentence with their polarity', () => {
  const polarity = (text: string) =>
    glossedPredicates(text).map((predicate) => `${predicate.lemma}${predicate.negated ? '¬' : ''}`);

  it('reads an affirmed verb as its Japanese lemma', () => {
    assert.deepEqual(polarity('The town approved the plan on Monday.'), ['承認']);
    assert.deepEqual(polarity('The board will raise the fee to 900 yen.'), ['引き上げる']);
  });

  it('negates a verb after not, n’t, never and their auxiliaries', () => {
    assert.deepEqual(polarity('The assembly did not approve the budget.'), ['承認¬']);
    assert.deepEqual(polarity("The plan hasn't been approved yet."), ['承認¬']);
    assert.deepEqual(polarity('The shop has never opened on Sundays.'), ['開業¬']);
  });

  it('negates the passive of a verb whose subject is no one: it happened to none', () => {
    assert.deepEqual(polarity('No one was injured.'), ['負傷¬']);
    assert.deepEqual(polarity('Nobody aboard the ferry was hurt.'), ['負傷¬']);
    assert.deepEqual(polarity('No one has been arrested so far.'), ['逮捕¬']);
    // A report by no one's group is not a negation of what it reports; hurt with an object is a blow.
    assert.deepEqual(polarity('No one at the pier said the boy was injured.'), ['負傷']);
    assert.deepEqual(polarity('Two men were injured.'), ['負傷']);
    assert.deepEqual(polarity('The rain hurt sales.'), ['打撃を与える']);
  });

  it('negates a verb after the phrases of not doing an act', () => {
    assert.deepEqual(polarity('The city has put off introducing the new system.'), ['導入¬']);
    assert.deepEqual(polarity('The firm declined to announce a date.'), ['発表¬']);
    assert.deepEqual(polarity('The school has yet to submit the report.'), ['提出¬']);
    assert.deepEqual(polarity('The company failed to build the plant on time.'), ['建設¬']);
  });

  it('reads finishing, explaining, commenting and noticing, the verb after not with its auxiliary', () => {
    assert.deepEqual(polarity('The council declined to comment on the matter.'), ['説明¬']);
    assert.deepEqual(polarity('The mayor explained the matter to residents.'), ['説明']);
    assert.deepEqual(polarity('Most riders will not notice the new timetable.'), ['気付く¬']);
    assert.deepEqual(polarity("Passengers didn't notice the smoke."), ['気付く¬']);
    assert.deepEqual(polarity('Workers finished the repairs on Friday.'), ['終える']);
    // The nouns of the same words are no act.
    assert.deepEqual(polarity('A notice about the matter hung at the station.'), []);
    assert.deepEqual(polarity('Her comments drew criticism.'), []);
  });

  it('reads considering as weighing the act (検討), with its polarity', () => {
    assert.deepEqual(polarity('The ward is also considering a late-night ferry.'), ['検討']);
    assert.deepEqual(polarity('The ward has not considered a late-night ferry.'), ['検討¬']);
  });

  it('negates an act expected in the past and turned by but', () => {
    assert.deepEqual(
      polarity('The bridge had been due to reopen in May, but the repairs will take longer.'),
      ['再開¬'],
    );
    assert.deepEqual(polarity('The hall was scheduled to reopen on Monday, but cracks were found.'), [
      '再開¬',
      '見つける',
    ]);
    // No turn, or a plan still ahead: the act is not denied.
    assert.deepEqual(polarity('The hall was scheduled to reopen on Monday.'), ['再開']);
    assert.deepEqual(polarity('The bridge is due to reopen in May, but tolls will stay high.'), ['再開']);
  });

  it('does not negate after "not only", which adds', () => {
    assert.deepEqual(polarity('The city will not only build a park but also a library.'), ['建設']);
  });

  it('reads each verb’s own modality: meant, to come, or stated', () => {
    const modals = (text: string) =>
      glossedPredicates(text).map((predicate) => `${predicate.lemma}:${predicate.modal ?? 'stated'}`);
    assert.deepEqual(modals('The board will raise the fee and aims to introduce a new fare in May.'), [
      '引き上げる:future',
      '導入:intended',
    ]);
    assert.deepEqual(modals('The plan is expected to be approved next week.'), ['承認:intended']);
    assert.deepEqual(modals('The mayor said the town would submit the report.'), ['提出:future']);
    assert.deepEqual(modals('The town approved the plan on Monday.'), ['承認:stated']);
  });

  it('reads each act of an open choice (whether to, whether or not to) as only weighed, not denied', () => {
    const modals = (text: string) =>
      glossedPredicates(text).map(
        (predicate) => `${predicate.lemma}${predicate.negated ? '¬' : ''}:${predicate.modal ?? 'stated'}`,
      );
    assert.deepEqual(modals('The village will decide next week whether to reopen the mountain trail.'), [
      '決める:future',
      '再開:intended',
    ]);
    assert.deepEqual(
      modals('The school board has not decided whether to close or merge the two branch schools.'),
      ['決める¬:stated', '閉鎖:intended', '合併:intended'],
    );
    // The "or not" of the choice denies nothing.
    assert.deepEqual(modals('The council has yet to decide whether or not to raise the parking fee.'), [
      '決める¬:stated',
      '引き上げる:intended',
    ]);
    assert.deepEqual(modals('The school board decided on Monday to merge the two branch schools.'), [
      '決める:stated',
      '合併:stated',
    ]);
  });

  it('reads a denied object (found no sign, none of, nothing) as the act not done', () => {
    const polarity = (text: string) =>
      glossedPredicates(text).map((predicate) => `${predicate.lemma}${predicate.negated ? '¬' : ''}`);
    assert.deepEqual(polarity('Divers searched the lake all day but found no sign of the boat.'), [
      '見つける¬',
    ]);
    assert.deepEqual(polarity('The clinic received none of the vaccine it had ordered.'), ['受け取る¬']);
    assert.deepEqual(polarity('The inspectors found nothing wrong with the brakes.'), ['見つける¬']);
    // A bound on a time is no denial.
    assert.deepEqual(polarity('The town will finish the repairs no later than March.'), ['終える']);
    assert.deepEqual(polarity('Divers found the boat near the pier.'), ['見つける']);
  });

  it('reads lending and pulling over as verbs of the vocabulary', () => {
    const modals = (text: string) =>
      glossedPredicates(text).map((predicate) => `${predicate.lemma}:${predicate.modal ?? 'stated'}`);
    assert.deepEqual(modals('The museum lent two paintings to a gallery in Osaka.'), ['貸し出す:stated']);
    assert.deepEqual(modals('The driver pulled over near the toll gate.'), ['止める:stated']);
  });

  it('reads allowing and bearing a cost, and a modal over a helping verb', () => {
    const modals = (text: string) =>
      glossedPredicates(text).map((predicate) => `${predicate.lemma}:${predicate.modal ?? 'stated'}`);
    // The considering is itself stated (検討している); what is considered is only meant.
    assert.deepEqual(modals('The ward is considering allowing cyclists to use the bridge.'), [
      '検討:stated',
      '認める:intended',
    ]);
    assert.deepEqual(modals('The port authority allowed the ferry to dock.'), ['認める:stated']);
    assert.deepEqual(modals('Residents are now allowed to ride the school bus.'), ['認める:stated']);
    // Acknowledging a fact is 認める too.
    assert.deepEqual(modals('The governor acknowledged that the plan had flaws.'), ['認める:stated']);
    assert.deepEqual(modals('The city said it could help pay for the new roof.'), ['負担:intended']);
    assert.deepEqual(modals('The city paid for the new roof.'), ['負担:stated']);
    assert.deepEqual(modals('Each visitor will pay 500 yen.'), ['支払う:future']);
  });
});

// Invented sentences, written for this test: the common vocabulary of English news by domain.
const glossOf = (text: string, word: RegExp) => findGlosses(text).find((match) => word.test(match.text));

describe('findGlosses: the common vocabulary of news English', () => {
  it('glosses the verbs of crime, emergencies, business and government in any of their forms', () => {
    assert.equal(glossOf('Police arrested two men near the station.', /^arrest/iu)?.gloss.ja, '逮捕する');
    assert.equal(glossOf('About 40 residents were evacuated.', /^evacuat/iu)?.gloss.ja, '避難させる');
    assert.equal(glossOf('The firm denies the allegations.', /^denies/iu)?.gloss.ja, '否定する');
    assert.equal(glossOf('The town is banning fireworks.', /^banning/iu)?.gloss.ja, '禁止する');
    assert.equal(glossOf('The assembly passed the budget bill.', /^passed/iu)?.gloss.ja, '可決する');
    assert.equal(glossOf('Prices have fallen for a year.', /^fallen/iu)?.past, true);
  });

  it('counts the nouns of news in their own counters, y-plurals included', () => {
    assert.equal(glossOf('Three cities joined the plan.', /^cities/iu)?.gloss.ja, '市');
    assert.equal(glossOf('Two gyms in the city were closed.', /^gyms/iu)?.gloss.ja, '体育館');
    assert.deepEqual(countedNounAfter('The storm damaged 12 vehicles.', 'The storm damaged 12'.length), {
      kind: 'noun',
      ja: '車両',
      counter: '台',
    });
  });

  it('knows a noun that is its own counter (households: 世帯) from one a count of people takes (人)', () => {
    const households = countedNounAfter('The storm flooded 75 households.', 'The storm flooded 75'.length);
    assert.ok(households !== undefined && countsItself(households));
    const people = countedNounAfter('The storm stranded 75 people.', 'The storm stranded 75'.length);
    assert.equal(people?.counter, '人');
    assert.ok(people !== undefined && !countsItself(people));
    const residents = countedNounAfter('The storm stranded 75 residents.', 'The storm stranded 75'.length);
    assert.ok(residents !== undefined && !countsItself(residents));
  });

  it('names a meeting that explains a plan 説明会, however English calls it, counted in 回', () => {
    assert.deepEqual(countedNounAfter('The ward held 14 briefings.', 'The ward held 14'.length), {
      kind: 'noun',
      ja: '説明会',
      counter: '回',
    });
    assert.equal(countedNounAfter('The ward held 3 meetings.', 'The ward held 3'.length)?.counter, '回');
    assert.equal(
      glossOf('Parents attended an information session on Monday.', /^information session/iu)?.gloss.ja,
      '説明会',
    );
  });

  it('reads an event put on the calendar (is scheduled for) as 予定, and a duty (is responsible for) as none', () => {
    assert.deepEqual(glossOf('The vote is scheduled for May 3.', /^is scheduled for/iu)?.gloss, {
      kind: 'modality',
      ja: '予定',
    });
    assert.equal(
      findGlosses('The ward is responsible for the vote.').some((match) => match.gloss.kind === 'modality'),
      false,
    );
  });

  it('reads a figure joined by a hyphen as a measure, not a count', () => {
    assert.equal(countedNounAfter('A 45-year-old man was hurt.', 'A 45'.length), undefined);
    assert.equal(countedNounAfter('The 612-meter bridge closed.', 'The 612'.length), undefined);
  });

  it('glosses a verb of several senses by what it acts on, and not after an article', () => {
    assert.equal(glossOf('The city will hold a meeting on Monday.', /^hold/iu)?.gloss.ja, '開催する');
    assert.equal(glossOf('The city issued an evacuation order.', /^issued/iu)?.gloss.ja, '発令する');
    assert.equal(glossOf('The agency issued a heavy rain warning.', /^issued/iu)?.gloss.ja, '発表する');
    assert.equal(glossOf('Police released the suspect on Friday.', /^released/iu)?.gloss.ja, '釈放する');
    assert.equal(glossOf('The ministry released its annual report.', /^released/iu)?.gloss.ja, '公表する');
    assert.equal(glossOf('Police are investigating the fire.', /^investigat/iu)?.gloss.ja, '捜査する');
    assert.equal(glossOf('The board is investigating the delay.', /^investigat/iu)?.gloss.ja, '調査する');
    assert.deepEqual(undecided('The fund holds a 30 percent stake.'), ['holds']);
    assert.equal(glossOf('The ministry sent 20 rescue teams to the town.', /^sent/iu)?.gloss.ja, '派遣する');
    assert.deepEqual(undecided('The town sent letters to every household.'), ['sent']);
    // A comma inside a figure does not end what the verb acts on.
    assert.equal(glossOf('The firm will cut 1,200 jobs.', /^cut/iu)?.gloss.ja, '削減する');
    assert.deepEqual(undecided('The new rules take effect in May.'), []);
    assert.deepEqual(undecided('Factory workers went on strike over pay.'), []);
    assert.equal(glossOf('Factory workers went on strike over pay.', /^strike/iu)?.gloss.ja, 'ストライキ');
    assert.equal(glossOf('A lightning strike started the blaze.', /^strike/iu), undefined);
  });
});

describe('findGlosses: the general news vocabulary (english-news-words.ts)', () => {
  it('glosses the ordinary nouns and verbs of news in every domain', () => {
    const glossed = (text: string) => findGlosses(text).map((match) => (match.gloss as { ja: string }).ja);
    assert.deepEqual(glossed('A fire broke out at a vacant house.'), ['火災', '発生する', '空き家']);
    assert.deepEqual(glossed('The farm culled 30 pigs.'), ['農場', '殺処分する', '豚']);
    assert.deepEqual(glossed('The ordinance will take effect in April.'), ['条例', '予定', '施行される']);
  });

  it('collects a charge (徴収), waste or data (収集), signatures (集める); anything else is undecided', () => {
    assert.equal(senseOf('The town will collect an accommodation tax from April.', /^collect/iu), '徴収する');
    assert.equal(senseOf('The city collects garbage twice a week.', /^collect/iu), '収集する');
    assert.equal(senseOf('Residents collected 5,000 signatures.', /^collect/iu), '集める');
    assert.deepEqual(undecided('She collected her thoughts.'), ['collected']);
  });

  it('reads talks as a labour side’s negotiations (交渉) or as consultations (協議)', () => {
    assert.equal(senseOf('The union will resume wage-related talks on Friday.', /^talks/iu), '交渉');
    assert.equal(senseOf('The two towns held talks on the merger.', /^talks/iu), '協議');
  });

  it('revises a law (改正), a plan (見直す), a forecast (修正); declares only a state of emergency', () => {
    assert.equal(senseOf('The city will revise the ordinance in June.', /^revise/iu), '改正する');
    assert.equal(senseOf('The operator revised its timetable.', /^revised/iu), '見直す');
    assert.equal(senseOf('The bank revised its growth forecast.', /^revised/iu), '修正する');
    assert.equal(senseOf('The prefecture declared a state of emergency.', /^declared/iu), '宣言する');
    assert.deepEqual(undecided('The government declared the town a disaster zone.'), ['declared']);
  });

  it('reads a bear as the animal only where the sentence says so, not to bear a cost', () => {
    assert.equal(senseOf('A bear was spotted near the school.', /^bear/iu), 'クマ');
    assert.equal(senseOf('The town will bear the cost.', /^bear/iu), undefined);
  });
});

describe('patternAnchors (which vocabulary patterns findGlosses runs on a text)', () => {
  it('reads the letters each alternative must begin with, up to an optional one', () => {
    assert.deepEqual(patternAnchors(/\bferr(?:y|ies)\b/giu), ['ferr']);
    assert.deepEqual(patternAnchors(/\bdocks?\b/giu), ['dock']);
    assert.deepEqual(patternAnchors(/\b(?:moor|moored|mooring)\b/giu), ['moor', 'moored', 'mooring']);
    assert.deepEqual(patternAnchors(/\b(?:harbou?r\s+master|pier)\b/giu), ['harbo', 'pier']);
  });

  it('gives none where a match may begin otherwise (every text reads the pattern)', () => {
    assert.equal(patternAnchors(/\b(?:(?:is|are)\s+due)\s+to\b/giu), undefined);
    assert.equal(patternAnchors(/\bquay|wharf/giu), undefined);
    assert.equal(patternAnchors(/ferry/giu), undefined);
    assert.equal(patternAnchors(/\b\w+port\b/giu), undefined);
  });

  it('finds a word written in capitals, and every word of a long sentence, as before', () => {
    // Invented: a word in capitals, a verb's past, a phrase of two words.
    const text = 'THE CITY said on Monday that the council will review the budget bill.';
    const words = findGlosses(text).map((match) => match.text.toLowerCase());
    assert.ok(words.includes('city'));
    assert.ok(words.includes('said'));
    assert.ok(words.includes('budget bill'));
  });
});

describe('findGlosses: a possibility (may, might, could) as a modality of its own', () => {
  it('glosses may, might and could as 可能性, not the month May', () => {
    const modalities = (text: string) =>
      findGlosses(text)
        .filter((gloss) => gloss.gloss.kind === 'modality')
        .map((gloss) => gloss.gloss.ja);
    assert.deepEqual(modalities('The town may close the pool.'), ['可能性']);
    assert.deepEqual(modalities('The bus operator could cut services.'), ['可能性']);
    assert.deepEqual(modalities('The pool closed in May.'), []);
    assert.deepEqual(modalities('The town will close the pool.'), ['予定']);
  });
});

describe('senses of lay, recorded, draw, put out and see, decided by what they act on', () => {
  const verbs = (text: string) =>
    findGlosses(text)
      .filter((match) => match.gloss.kind === 'verb')
      .map((match) => match.gloss.ja);
  it('glosses each in the sense its object gives', () => {
    assert.deepEqual(verbs('Crews laid new cables along the river.'), ['敷設する']);
    assert.deepEqual(verbs('The firm laid off 30 workers.'), ['解雇する']);
    assert.deepEqual(verbs('The hall recorded 9,000 visitors.'), ['記録する']);
    assert.deepEqual(verbs('The fair drew about 5,000 people.'), ['集める']);
    assert.deepEqual(verbs('Crews put out the blaze.'), ['消し止める']);
    assert.deepEqual(verbs('The clinic sees 20 patients a day.'), ['診察する']);
    assert.deepEqual(verbs('The van caught fire.'), ['出火する']);
  });
  it('reads no act where the object gives another sense', () => {
    assert.deepEqual(verbs('The plan drew criticism.'), []);
    assert.deepEqual(verbs('The firm put out a statement.'), []);
    assert.deepEqual(verbs('We saw the parade.'), []);
    assert.deepEqual(verbs('The hall recorded a message.'), []);
  });
  it('keys the period of a count or an amount (annual → 年間, monthly → 月額)', () => {
    const keys = (text: string) => glossKeys(text, (ja) => [ja]);
    assert.ok(keys('Annual ridership rose to 9,000.').includes('年間'));
    assert.ok(keys('A monthly fee of 500 yen applies.').includes('月額'));
    assert.ok(!keys('Ridership rose to 9,000.').includes('年間'));
  });
  it('keys a share of a whole (part of → 一部), not a part alone', () => {
    const keys = (text: string) => glossKeys(text, (ja) => [ja]);
    assert.ok(keys('The city closed part of the park.').includes('一部'));
    assert.ok(!keys('The city closed the park.').includes('一部'));
    assert.ok(!keys('The plant makes parts for cars.').includes('一部'));
  });
  it('reads take as かかる only before a length of time', () => {
    const ja = (text: string) =>
      findGlosses(text)
        .filter((gloss) => gloss.gloss.kind === 'verb')
        .map((gloss) => gloss.gloss.ja);
    assert.deepEqual(ja('The work will take about three weeks.'), ['かかる']);
    assert.deepEqual(ja('The trip took 40 minutes.'), ['かかる']);
    assert.deepEqual(ja('The festival took place on Sunday.'), []);
    assert.deepEqual(ja('Divers took samples of the water.'), []);
  });
  it('keys a place close by (near → 近く), not nearly or nearby', () => {
    const keys = (text: string) => glossKeys(text, (ja) => [ja]);
    assert.ok(keys('The town opened a clinic near the old pier.').includes('近く'));
    assert.ok(!keys('Nearly 40 clinics opened in the town.').includes('近く'));
    assert.ok(!keys('A nearby clinic opened on Friday.').includes('近く'));
  });
});

describe('glossedClauseNouns: what an English verb is said of, in its own clause', () => {
  const nounsOf = (text: string, verb: string) => {
    const predicate = glossedPredicates(text).find((one) => one.lemma === verb);
    assert.ok(predicate, verb);
    return glossedClauseNouns(text, predicate);
  };

  it('gives the doer and the object of the verb, not the nouns of another clause', () => {
    const text = 'The prefecture will subsidize the bus route, and the city will close the library.';
    assert.deepEqual(nounsOf(text, '補助'), ['県', 'バス路線']);
    assert.deepEqual(nounsOf(text, '閉鎖'), ['市', '図書館']);
  });

  it('says for how long where the clause runs until further notice (当面)', () => {
    assert.ok(nounsOf('The museum will be closed until further notice.', '閉鎖').includes('当面'));
    assert.ok(!nounsOf('The museum will be closed on Monday.', '閉鎖').includes('当面'));
  });

  it("carries a verb's other uses as lemmas (construction began → 始まる)", () => {
    const began = glossedPredicates('Construction of the bridge began.');
    assert.ok(
      began.some((one) => one.forms?.includes('始まる')),
      JSON.stringify(began),
    );
  });
});
