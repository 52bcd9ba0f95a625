// Story clustering on test/fixtures/stories-holdout: invented feed items written blind to the
// clusterer in stories-dev's format (its README). set1–set5 are development sets now (their
// errors were read: set1 from the start of the set1 round, set2 in the kana 略称 round,
// set3 in the stories11 round).
// set2's floors are a little under its first scored figures (P 0.829, R 0.927, F1 0.875; 7 of 21
// confusable pairs merged), so a change that makes clustering worse on unseen items fails here.
// set1 was scored blind first (P 0.841, R 0.800, F1 0.820); its floors are a little under its
// figures after the rules learnt from it (places say where, not which event; numbered names; a town
// in its prefecture: P 0.949, R 0.877, F1 0.911, 3 of 15 confusable pairs merged), so a change that
// undoes them fails.
// Raised after "one actor, another act" (an item that names the story's event only in its
// background): set1 P 0.978, R 0.864, F1 0.918, 2 of 15 merged; set2 (blind, totals) P 0.869,
// R 0.936, F1 0.901, 5 of 21 merged.
// Raised after names written by a hiragana 略称 (ちぎん ⇄ 千鳥銀行): set2 P 0.869, R 0.947, F1 0.906.
// set3 (written blind in the stories9 round; held out: totals only) was first scored P 0.796,
// R 0.802, F1 0.799 with 10 of 18 confusable pairs merged, and again after that round's rule with the
// same figures; its floors sit a little under them.
// Raised after the event-identity rules of the stories10 round (one actor with nothing of the
// story's event; another town in the lead, the story's town only as background): set2 P 0.926,
// R 0.947, F1 0.937, 3 of 21 merged; set3 (its one totals run of that round) P 0.839, R 0.793,
// F1 0.816, 9 of 18 merged.
// set3 became a development set in the stories11 round; raised after its rules (no events from
// reporting verbs or recap sentences, a kanji numeral inside a name, no corroboration across a time
// conflict): set3 P 0.900, R 0.814, F1 0.855, 5 of 18 merged.
// set4 (written blind in the sholdout4 round; held out until the next blind set was written, a
// development set since) was first scored P 0.842,
// R 0.896, F1 0.868 with 6 of 17 confusable pairs merged (5 of 10 paraphrase pairs split), on main
// before that round's clustering changes (7 of 17 merged as this test counts them: any two items of
// the pair's stories, not only the pair's listed items); its floors sit a little under them.
// set4 became a development set in the stories12 round; raised after an actor named by the kind its
// first report gave it (精密部品メーカー for 精密部品の沖津精機): set4 R 0.906, F1 0.873, 4 of 10
// paraphrase pairs split.
// set5 (written blind in the sholdout5 round; held out: totals only) was first scored P 0.745,
// R 0.848, F1 0.793 with 7 of 17 confusable pairs merged (5 of 11 paraphrase pairs split) on the
// round's base, and the same after its merges; its floors sit a little under them.
// set5 became a development set in the stories13 round; raised after an item that recounts the
// story's event in a later sentence (別の施設で…, …したばかり) counts as another event: set3
// P 0.911, R 0.822, F1 0.864, 4 of 18 merged; set4 P 0.865, F1 0.885, 5 of 17; set5 P 0.762,
// F1 0.803, 6 of 17.
// set6 (written blind in the sholdout6 round; held out: totals only) was first scored P 0.835,
// R 0.846, F1 0.840 with 6 of 16 confusable pairs merged (4 of 12 paraphrase pairs split) on the
// tenth round's base (0a5ea73), before that round's changes, and the same after them; its floors sit
// a little under them. A development set since the eleventh round.
// Raised in the stories14 round after an item that shares with a story of one item nothing but
// its place and a reporting word counts as its setting only: set5 P 0.772, F1 0.808; set6 P 0.844,
// F1 0.845.
// set7 (written blind in the sholdout7 round; held out: totals only) was first scored P 0.887,
// R 0.856, F1 0.871 with 4 of 17 confusable pairs merged (5 of 13 paraphrase pairs split) on the
// eleventh round's base (29d4ff7); its floors sit a little under them. A development set since the
// twelfth round.
// Raised in the stories15 round after a happening the lead times (午後3時半ごろ) on a day a story
// that timed nothing never names counts as another incident: set5 P 0.822, F1 0.835, 5 of 17
// merged; set7 P 0.921, F1 0.887.
// set8 (written blind in the sholdout8 round; held out: totals only) was first scored P 0.872,
// R 0.876, F1 0.874 with 6 of 18 confusable pairs merged (3 of 11 paraphrase pairs split) on the
// twelfth round's base (b00678e); its floors sit a little under them (7 merged by this test's
// count, which counts a pair merged when any item of one shares a cluster with the other). A
// development set since the thirteenth round; with stories15's lead-timed happening (merged then) P 0.896,
// R 0.867, F1 0.881, 5 of 18 merged by eval-stories' count.
// Raised in the stories16 round after a later sentence that recounts the story with a past day and
// にも (港では10日にも…) counts as a recap, against a story of one item too: set6 P 0.853, F1 0.849,
// 5 of 16 merged; set8 P 0.908, R 0.880, F1 0.894, 4 of 18 merged (5 by this test's count).
// set9 (written blind in the sholdout9 round; held out: totals only) was first scored P 0.940,
// R 0.847, F1 0.891 with 2 of 20 confusable pairs merged (6 of 13 paraphrase pairs split) on the
// thirteenth round's base (0ecaa58); its floors sit a little under them. A development set since the
// fourteenth round. set10 (written blind in the sholdout10 round; held out: totals only) was first
// scored P 0.849, R 0.902, F1 0.875 with 3 of 18 confusable pairs merged (5 by this test's count; 1 of 12 paraphrase pairs
// split) on the fourteenth round's base (4ca69ee); its floors sit a little under them.
// Raised in the stories17 round after a follow-up's lead that names the story as what came before
// its own event (行方不明になっていた…, 通行止めとなっていた…, 〜を受け) waives the time conflict:
// set4 R 0.917, F1 0.890; set8 R 0.902, F1 0.905; set9 R 0.864, F1 0.900. And after a story's
// figure repeated (86歳, 312票) counting as naming the story: set4 P 0.864, R 0.929, F1 0.895;
// set5 R 0.859, F1 0.840; set6 R 0.858, F1 0.855; set7 P 0.920, R 0.867, F1 0.893.
// set10 is a development set since the fifteenth round. set11 (written blind in the sholdout11 round;
// held out: totals only) was first scored P 0.872, R 0.833, F1 0.852 with 4 of 18 confusable pairs
// merged (5 by this test's count; 6 of 13 paraphrase pairs split) on the fifteenth round's base
// (8799b18); its floors sit a little under them.
// Raised in the stories19 round after an item that names none of the story's salient phrases,
// none of its figures and none of its events counts as another act (×0.35): set10 P 0.872,
// R 0.912, F1 0.892, 2 of 18 confusable pairs merged (4 by this test's count).
// set11 is a development set since the sixteenth round. set12 (written blind in the sholdout12 round;
// held out: totals only) was first scored P 0.895, R 0.924, F1 0.910 with 3 of 18 confusable pairs
// merged (3 of 13 paraphrase pairs split; the baseline scores 0.907 on it) on the sixteenth round's
// base (502e761); its floors sit a little under them.
// Raised in the stories20 round after a recap sentence that dates the story's event to an earlier
// day than the item's own lead counts as a time conflict (×0.3): set8 P 0.936, R 0.899, F1 0.917,
// 4 confusable pairs merged by this test's count; set11 P 0.919, R 0.833, F1 0.874, 4 by this
// test's count. (set2 moved too, P 0.926 → 0.929, R 0.947 → 0.937, F1 0.937 → 0.933, above its floors.)
// set12 is a development set since the seventeenth round, its floor raised to its figures at the end of
// the sixteenth (P 0.916, R 0.949, F1 0.932, 2 of 18 confusable pairs merged). set13 (written blind in
// the sholdout13 round; held out: totals only) was first scored P 0.943, R 0.865, F1 0.902 with 2 of 18
// confusable pairs merged (4 of 13 paraphrase pairs split; the baseline scores 0.849 on it) on the
// seventeenth round's base (7403d5a); its floors sit a little under them.
// set13 is a development set since the eighteenth round (P 0.943, R 0.865, F1 0.902 at the end of the
// seventeenth). set14 (written blind in the sholdout14 round; held out: totals only) was first scored
// P 0.906, R 0.842, F1 0.873 with 2 of 18 confusable pairs merged (6 of 13 paraphrase pairs split; the
// baseline scores 0.799 on it; 6 by this test's count) on the eighteenth round's base (5a4bf75); its floors
// sit a little under them.
// set14 is a development set since the nineteenth round (unchanged at the end of the eighteenth). set15
// (written blind in the sholdout15 round; held out: totals only) was first scored P 0.874, R 0.911,
// F1 0.892 with 5 of 19 confusable pairs merged (4 of 13 paraphrase pairs split; the baseline scores
// 0.858 on it; 6 by this test's count) on the nineteenth round's base (7af65b0); its
// floors sit a little under them.
// Raised in the stories23 round after a part of the day named with no day (早朝の…, あの朝) meets the
// story's day with that part in the week before: set4 R 0.940, F1 0.900; set7 R 0.880, F1 0.899;
// set14 R 0.864, F1 0.885, 4 of 13 paraphrase pairs split.
// Raised in the stories24 round after a happening timed by its part of the day in the lead, on a day
// more than two days from any the story names, counts as another incident against a story whose
// leads time theirs (×0.5): set4 P 0.883, F1 0.910; set6 P 0.883, F1 0.870; set7 P 0.932, R 0.876,
// F1 0.903 (one confusable pair fewer each by eval-stories' count).
// set15 is a development set since the twentieth round (unchanged at the end of the nineteenth). set16
// (written blind in the sholdout16 round; held out: totals only) was first scored P 0.775, R 0.834,
// F1 0.804 with 7 of 18 confusable pairs merged (5 of 14 paraphrase pairs split; the baseline scores
// 0.713 on it; 7 by this test's count too) on the twentieth round's base (1b5a1e7); its floors sit a
// little under them.
// Raised in the stories26 round after an age in parentheses after the word for a person (男性(63)) is
// read as N歳: set13 R 0.883, F1 0.912; set14 R 0.875, F1 0.890; set15 R 0.919, F1 0.896, 3 of 13
// paraphrase pairs split.
// set16 is a development set since the twenty-first round (unchanged at the end of the twentieth); raised
// in that round after names26's name-tag corrections (a surname before ヶ/ケ/ノ starts a place name):
// P 0.819, F1 0.827. set17
// (written blind in the sholdout17 round; held out: totals only) was first scored P 0.863, R 0.894,
// F1 0.878 with 2 of 18 confusable pairs merged (3 of 13 paraphrase pairs split; the baseline scores
// 0.859 on it; 3 by this test's count) on the twenty-first round's base (b2f3be8); its floors sit a
// little under them.
// Raised in the stories27 round after a lead that gives a person of a kind the story's leads gave,
// with none of their ages (被告(61) against 被告(56)), counts as another incident (×0.5): set3
// P 0.936, F1 0.882, 3 of 18 merged by eval-stories' count; set9 P 0.958, F1 0.909.
// set17 is a development set since the twenty-second round (unchanged at the end of the twenty-first).
// set18 (written blind in the sholdout18 round; held out: totals only) was first scored P 0.808,
// R 0.884, F1 0.844 with 7 of 18 confusable pairs merged (2 of 13 paraphrase pairs split; the
// baseline scores 0.820 on it; 8 by this test's count) on the twenty-second round's base (cf31094);
// its floors sat a little under them. A development set since the twenty-third round; raised at its end
// after stories31 (recap sentences) and stories32 (compounds) to P 0.929, R 0.895, F1 0.912, 3 of 18
// confusable pairs merged (3 by this test's count too).
// set19 (written blind in the sholdout19 round; held out: totals only) was first scored P 0.877,
// R 0.830, F1 0.853 with 5 of 18 confusable pairs merged (5 of 13 paraphrase pairs split; the
// baseline scores 0.729 on it; 5 by this test's count too) on the twenty-third round's base (c0414f0);
// its floors sit a little under them. Unchanged at the end of that round; a development set since the
// twenty-fourth.
// Raised in the stories33 round (two agreeing pieces of evidence from little shared wording; X地区 only
// against districts; earlier-dated setting sentences as recaps; another station's case): set11 P 0.930,
// R 0.844, F1 0.885; set13 P 0.965, R 0.917, F1 0.940, 1 of 18 merged; set17 R 0.916, F1 0.889; set19
// P 0.951, R 0.863, F1 0.905, 1 of 18 merged.
// set20 (written blind in the sholdout20 round; a development set since the twenty-fifth round) was
// first scored P 0.979, R 0.676, F1 0.800 with 1 of 18 confusable pairs merged (7 of 13 paraphrase
// pairs split; the baseline scores 0.709 on it; 1 by this test's count too) on the twenty-fourth
// round's base (d430770), unchanged at that round's end; its floors sit a little under them.
// Raised in the stories34 round (a follow-up that frames its lead by the case it develops keeps a
// higher time-factor floor; 〜が続いていた refers back): set5 P 0.848, R 0.876, F1 0.862, 4 of 17 merged;
// set20 R 0.733, F1 0.839.
// Raised in the stories35 round (case frames 〜について、/ 〜を巡り、/ 〜事故があった; a development framed by
// two phrases one member of the story names is no other act of its actor): set1 R 0.877, F1 0.925; set6
// R 0.868, F1 0.875; set13 R 0.954, F1 0.959; set14 P 0.917, R 0.885, F1 0.901; set16 R 0.873, F1 0.873,
// 6 of 18 confusable pairs merged (by eval-stories' count; this test's passes at 6); set21 R 0.873, F1 0.902.
// set21 (written blind in the sholdout21 round; a development set since the twenty-sixth round) was
// first scored P 0.932, R 0.859, F1 0.894 with 2 of 18 confusable pairs merged (7 of 13 paraphrase
// pairs split; the baseline scores 0.742 on it; 2 by this test's count too) on the twenty-fifth
// round's base (8df5db7), unchanged at that round's end; its floors sit a little under them.
// set22 (written blind in the sholdout22 round; a development set since the twenty-seventh round) was
// first scored P 0.976, R 0.603, F1 0.746 with 2 of 18 confusable pairs merged (8 of 13 paraphrase
// pairs split; the baseline scores 0.655 on it; 2 by this test's count too) on the twenty-sixth
// round's base (d3c3f15), P 0.973, R 0.613, F1 0.752 at that round's end; its floors sit a little under them.
// Raised in the stories36 round (a framed follow-up looks back 42 days to the story of its own case; a
// recap's setting may carry a relative clause; an item about the actor's case is no other act of the
// actor): set20 R 0.743, F1 0.845; set21 R 0.882, F1 0.907; set22 P 0.972, R 0.659, F1 0.786.
// set23 (written blind in the sholdout23 round; a development set since the twenty-eighth round) was
// first scored P 0.919, R 0.887, F1 0.903 with 3 of 18 confusable pairs merged (8 of 13 paraphrase
// pairs split; the baseline scores 0.824 on it; 3 by this test's count too) on the twenty-seventh
// round's base (d1e5a88), unchanged at that round's end (5005237); its floors sit a little under them.
// set24 (written blind in the sholdout24 round; a development set since the twenty-ninth round) was
// first scored P 0.938, R 0.687, F1 0.794 with 2 of 19 confusable pairs merged (9 of 13 paraphrase
// pairs split; the baseline scores 0.715 on it; 2 by this test's count too) on the twenty-eighth
// round's base (5005237), unchanged at that round's end (d23db24); its floors sit a little under them.
// set25 (written blind in the sholdout25 round; a development set since the thirtieth round) was first
// scored P 0.921, R 0.839, F1 0.878 with 1 of 18 confusable pairs merged (8 of 13 paraphrase pairs split;
// the baseline scores 0.826 on it; 2 by this test's count) on the twenty-ninth round's base (d23db24),
// unchanged at that round's end (1b65a64); its floors sit a little under them. Its recall and F1 floors were
// lowered in the thirty-fourth round (vname37: 0.895 / 0.908 → 0.881 / 0.904): its city, a name the tokenizer
// cut into a noun and a verb, is read as a place since, and a suspect's home town then conflicts with the scene.
// set26 (written blind in the sholdout26 round; a development set since the thirty-first round) was
// first scored P 0.963, R 0.673, F1 0.793 with 0 of 19 confusable pairs merged (5 of 13 paraphrase pairs
// split; the baseline scores 0.766 on it; 2 by this test's count) on the thirtieth round's base (1b65a64),
// unchanged at that round's end (b379a0e); its floors sit a little under them.
// set27 (written blind in the sholdout27 round; a development set since the thirty-second round) was
// first scored P 0.939, R 0.781, F1 0.853 with 0 of 18 confusable pairs merged (8 of 13 paraphrase pairs
// split; the baseline scores 0.742 on it; 2 by this test's count) on the thirty-first round's base
// (b379a0e), unchanged at that round's end (3194d9a); its floors sit a little under them.
// set28 (written blind in the sholdout28 round; a development set since the thirty-third round) was first
// scored P 0.968, R 0.704, F1 0.815 with 0 of 18 confusable pairs merged (11 of 13 paraphrase pairs split;
// the baseline scores 0.690 on it; 0 by this test's count, 1 allowed) on the thirty-second round's base
// (3194d9a), unchanged at that round's end (7e97455); its floors sit a little under them. Raised in the
// thirty-third round (stories42: an incident named by its kind frames a lead): P 0.978, R 0.719, F1 0.829;
// set27 raised with it (R 0.841, F1 0.888).
// set29 (written blind in the sholdout29 round; a development set since the thirty-fourth round) was
// first scored P 0.929, R 0.957, F1 0.943 with 2 of 18 confusable pairs merged (1 of 13 paraphrase pairs
// split; the baseline scores 0.790 on it; 2 by this test's count) on the thirty-third round's base
// (7e97455), unchanged at that round's end (7a1ddeb); its floors sit a little under them.
// set30 (written blind in the sholdout30 round; a development set since the thirty-fifth round) was
// first scored P 0.946, R 0.678, F1 0.790 with 0 of 18 confusable pairs merged (12 of 13 paraphrase pairs
// split; the baseline scores 0.722 on it; 1 by this test's count) on the thirty-fourth round's base
// (7a1ddeb), unchanged at that round's end (61201631); its floors sit a little under them.
// set31 (written blind in the sholdout31 round; a development set since the thirty-sixth round) was
// first scored P 0.930, R 0.957, F1 0.943 with 3 of 18 confusable pairs merged (2 of 13 paraphrase pairs
// split; the baseline scores 0.724 on it; 3 by this test's count) on the thirty-fifth round's base
// (61201631), unchanged at that round's end (ef678c9d); its floors sit a little under them.
// set32 (written blind in the sholdout32 round; a development set since the thirty-seventh round) was
// first scored P 0.960, R 0.779, F1 0.860 with 0 of 18 confusable pairs merged (12 of 13 paraphrase pairs
// split; the baseline scores 0.670 on it; 0 by this test's count) on the thirty-sixth round's base
// (ef678c9d), unchanged at that round's end (6170f7f3); its floors sit a little under them.
// set33 (written blind in the sholdout33 round; a development set since the thirty-eighth round) was
// first scored P 0.847, R 0.892, F1 0.869 with 3 of 18 confusable pairs merged (1 of 13 paraphrase pairs
// split; the baseline scores 0.653 on it; 10 by this test's count) on the thirty-seventh round's base
// (6170f7f3), P 0.850, R 0.892, F1 0.870 at that round's end (4e6cde25); its floors sit a little under them.
// set34 (written blind in the sholdout34 round; a development set since the thirty-ninth round) was
// first scored P 0.928, R 0.734, F1 0.820 with 2 of 18 confusable pairs merged (10 of 13 paraphrase pairs
// split; the baseline scores 0.683 on it; 2 by this test's count) on the thirty-eighth round's base
// (4e6cde25), unchanged at that round's end (2f34b9ad), P 0.928, R 0.745, F1 0.827 at the thirty-ninth's
// (stories48); its floors sit a little under them.
// set35 (written blind in the sholdout35 round; a development set since the fortieth round) was first
// scored P 0.752, R 0.829, F1 0.789 with 6 of 18 confusable pairs merged (4 of 13 paraphrase pairs split;
// the baseline scores 0.623 on it; 8 by this test's count) on the thirty-ninth round's base (2f34b9ad),
// unchanged at that round's end (47d93ad3); its floors sit a little under them.
// set36 (written blind in the sholdout36 round; a development set since the forty-first round) was first
// scored P 0.823, R 0.723, F1 0.770 with 3 of 18 confusable pairs merged (13 of 13 paraphrase pairs split;
// the baseline scores 0.511 on it; 3 by this test's count) on the fortieth round's base (47d93ad3),
// unchanged at that round's end (a1ec9830); its floors sit a little under them.
// set37 (written blind in the sholdout37 round; a development set since the forty-second round) was
// first scored P 0.798, R 0.608, F1 0.690 with 6 of 18 confusable pairs merged (7 of 13 paraphrase pairs
// split; the baseline scores 0.626 on it; 10 by this test's count) on the forty-first round's base
// (a1ec9830), P 0.839, R 0.608, F1 0.705 with 4 merged at that round's end (b3a3a319, stories52); its
// floors sit a little under the first read.
// set38 (written blind in the sholdout38 round; a development set since the forty-third round) was
// first scored P 0.815, R 0.586, F1 0.682 with 6 of 18 confusable pairs merged (12 of 13 paraphrase
// pairs split; the baseline scores 0.494 on it; 6 by this test's count) on the forty-second round's
// base (b3a3a319), unchanged at that round's end (c9644103); its floors sit a little under them.
// set39 (written blind in the sholdout39 round; held out: totals only) was first scored P 0.972,
// R 0.775, F1 0.862 with 1 of 18 confusable pairs merged (9 of 13 paraphrase pairs split; the baseline
// scores 0.707 on it; 1 by this test's count) on the forty-third round's base (c9644103); its
// floors sit a little under them.
// Raised in the forty-third round (stories56: past the 21-day window, a story naming the item's named place or
// body below the town): set28 R 0.73, F1 0.835; set38 R 0.6, F1 0.69.
// Raised in the fortieth round (stories50: an actor named in brackets after its kind as the lead's topic, a
// later sentence opening on 同じ + its setting as a recap, the item's own body recalled with 同 + noun;
// stories51: a place called by its kind alone): set6 R 0.89, F1 0.89; set7 R 0.915, F1 0.925; set29 P 0.985,
// F1 0.975; set33 P 0.87, F1 0.88; set34 P 0.935, F1 0.83; set35 P 0.79, R 0.84, F1 0.815.
// Raised in the thirty-ninth round (stories48: a thing called by the head of its kanji compound, where the
// head keeps its reading; stories49: a lead that opens on background read as a recap): set1 R 0.895, F1 0.935;
// set8 P 0.96, F1 0.935; set15 P 0.88, R 0.945, F1 0.915; set22 R 0.71, F1 0.82; set34 R 0.74, F1 0.825.
// Raised in the thirty-eighth round (stories47: a recap sentence's content words count only up to the
// setting it opens with): set7 R 0.905, F1 0.915; set14 P 0.925, R 0.9, F1 0.91; set16 R 0.895, F1 0.89;
// set29 P 0.95, F1 0.96; set32 P 0.975, R 0.795, F1 0.875.
// Raised in the thirty-sixth round (stories45: stories44's wider class of incident kinds, with a kind
// told before a bare case noun counted in a recalled case's frame): set28 R 0.729, F1 0.835; set30
// R 0.687, F1 0.796.
// Raised in the thirty-fourth round (stories43: a figure only the piece and one other item give anchors
// it; N日がかり a span of days; 城下町 no municipality): set13 R 0.966, F1 0.965; set19 R 0.918, F1 0.934;
// set27 R 0.851, F1 0.894; set29 R 0.968, F1 0.948.
// Raised in the twenty-eighth round (stories37: another matter recalled by a period of the calendar is a
// recap, and a recap giving the story's figure weighs twice; qty41: figures written in words read): set12
// P 0.938, R 0.949, F1 0.943 (1 of 18 confusable pairs merged); set23 P 0.973, R 0.909, F1 0.940 (1 of 18).
// Raised in the stories38 round (a case recalled by a dated lead's relative clause frames it where the other
// item names two of the clause's phrases): set20 R 0.753, F1 0.851; set22 R 0.700, F1 0.814.
// Raised in the stories29 round after an item that shares only places and reporting words with a story
// of several items, its lead dated to a day the story never names, scores ×0.5 against it: set16
// P 0.859, R 0.844, F1 0.851 (7 of 18 confusable pairs merged by eval-stories' count, 8 by this test's:
// a second farm now joins the first farm's story rather than the city's).
// Raised in the stories46 round (a word matched by the main translation EDICT gives it, sense-keys.ts, not
// counted as breadth): set13 P 0.975, R 0.970, F1 0.973; set14 R 0.892, F1 0.904; set16 P 0.884, R 0.887,
// F1 0.886; set30 R 0.694, F1 0.800.
// Raised in the forty-first round (stories52: a place written with ノ read whole; a facility named with its
// municipality fused in front, 市民プール ⇄ X市民プール): set5 R 0.882, F1 0.865; set18 R 0.903, F1 0.916;
// set30 P 0.993, R 0.704, F1 0.824; set36 P 0.851, R 0.755, F1 0.800. stories53 (a clock time as a figure on the 24-hour
// clock): set15 R 0.961, F1 0.921; set21 R 0.934, F1 0.933; set30 R 0.709, F1 0.828.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bcubed } from '../scripts/stories-scoring.ts';
import { StoryItemSchema } from '../src/domain/story-item.ts';
import { clusterItems } from '../src/stories/cluster-stories.ts';
import { readItem } from '../src/stories/read-item.ts';
import { createTokenizer } from '../src/text/tokenizer.ts';

const FLOORS = [
  { set: 'set1', items: 130, precision: 0.96, recall: 0.895, f1: 0.935, confusablesMerged: 2 },
  { set: 'set2', items: 150, precision: 0.91, recall: 0.935, f1: 0.925, confusablesMerged: 3 },
  { set: 'set3', items: 136, precision: 0.935, recall: 0.84, f1: 0.885, confusablesMerged: 4 },
  { set: 'set4', items: 150, precision: 0.89, recall: 0.935, f1: 0.915, confusablesMerged: 6 },
  { set: 'set5', items: 142, precision: 0.84, recall: 0.875, f1: 0.86, confusablesMerged: 4 },
  { set: 'set6', items: 146, precision: 0.89, recall: 0.89, f1: 0.89, confusablesMerged: 5 },
  { set: 'set7', items: 143, precision: 0.93, recall: 0.915, f1: 0.925, confusablesMerged: 4 },
  { set: 'set8', items: 134, precision: 0.96, recall: 0.89, f1: 0.935, confusablesMerged: 4 },
  { set: 'set9', items: 155, precision: 0.965, recall: 0.895, f1: 0.93, confusablesMerged: 2 },
  { set: 'set10', items: 149, precision: 0.865, recall: 0.905, f1: 0.885, confusablesMerged: 4 },
  { set: 'set11', items: 145, precision: 0.925, recall: 0.85, f1: 0.885, confusablesMerged: 4 },
  { set: 'set12', items: 146, precision: 0.935, recall: 0.945, f1: 0.94, confusablesMerged: 1 },
  { set: 'set13', items: 153, precision: 0.97, recall: 0.965, f1: 0.97, confusablesMerged: 1 },
  { set: 'set14', items: 155, precision: 0.925, recall: 0.9, f1: 0.91, confusablesMerged: 6 },
  { set: 'set15', items: 148, precision: 0.88, recall: 0.955, f1: 0.92, confusablesMerged: 6 },
  { set: 'set16', items: 142, precision: 0.88, recall: 0.895, f1: 0.89, confusablesMerged: 6 },
  { set: 'set17', items: 145, precision: 0.86, recall: 0.91, f1: 0.885, confusablesMerged: 3 },
  { set: 'set18', items: 143, precision: 0.92, recall: 0.9, f1: 0.915, confusablesMerged: 3 },
  { set: 'set19', items: 145, precision: 0.95, recall: 0.915, f1: 0.93, confusablesMerged: 1 },
  { set: 'set20', items: 150, precision: 0.97, recall: 0.75, f1: 0.845, confusablesMerged: 1 },
  { set: 'set21', items: 145, precision: 0.93, recall: 0.93, f1: 0.93, confusablesMerged: 2 },
  { set: 'set22', items: 149, precision: 0.97, recall: 0.71, f1: 0.82, confusablesMerged: 2 },
  { set: 'set23', items: 146, precision: 0.97, recall: 0.94, f1: 0.955, confusablesMerged: 1 },
  { set: 'set24', items: 149, precision: 0.935, recall: 0.68, f1: 0.79, confusablesMerged: 2 },
  { set: 'set25', items: 146, precision: 0.92, recall: 0.875, f1: 0.9, confusablesMerged: 2 },
  { set: 'set26', items: 145, precision: 0.96, recall: 0.67, f1: 0.79, confusablesMerged: 2 },
  { set: 'set27', items: 145, precision: 0.94, recall: 0.85, f1: 0.89, confusablesMerged: 2 },
  { set: 'set28', items: 145, precision: 0.975, recall: 0.73, f1: 0.835, confusablesMerged: 1 },
  { set: 'set29', items: 145, precision: 0.985, recall: 0.965, f1: 0.975, confusablesMerged: 2 },
  { set: 'set30', items: 145, precision: 0.99, recall: 0.705, f1: 0.825, confusablesMerged: 1 },
  { set: 'set31', items: 145, precision: 0.925, recall: 0.955, f1: 0.94, confusablesMerged: 3 },
  { set: 'set32', items: 145, precision: 0.975, recall: 0.795, f1: 0.875, confusablesMerged: 0 },
  { set: 'set33', items: 145, precision: 0.87, recall: 0.89, f1: 0.88, confusablesMerged: 10 },
  { set: 'set34', items: 145, precision: 0.935, recall: 0.74, f1: 0.83, confusablesMerged: 2 },
  { set: 'set35', items: 145, precision: 0.79, recall: 0.84, f1: 0.815, confusablesMerged: 8 },
  { set: 'set36', items: 145, precision: 0.85, recall: 0.75, f1: 0.795, confusablesMerged: 3 },
  { set: 'set37', items: 145, precision: 0.795, recall: 0.605, f1: 0.685, confusablesMerged: 10 },
  { set: 'set38', items: 145, precision: 0.81, recall: 0.6, f1: 0.69, confusablesMerged: 6 },
  { set: 'set39', items: 145, precision: 0.97, recall: 0.77, f1: 0.86, confusablesMerged: 1 },
];

describe('story clustering on the blind stories-holdout sets', () => {
  for (const floor of FLOORS)
    it(`keeps ${floor.set} at B-cubed precision ≥ ${floor.precision}, recall ≥ ${floor.recall}, F1 ≥ ${floor.f1} at most ${floor.confusablesMerged} confusable pairs merged and wire copies whole`, async () => {
      const dir = join(import.meta.dirname, 'fixtures', 'stories-holdout', floor.set);
      const lines = (file: string) =>
        readFileSync(join(dir, file), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as Record<string, unknown>);
      const tokenizer = await createTokenizer();
      const items = lines('items.jsonl').map((line) => StoryItemSchema.parse(line));
      assert.equal(items.length, floor.items);
      const gold = new Map(lines('gold.jsonl').map((line) => [String(line.id), String(line.story)]));
      const hard = JSON.parse(readFileSync(join(dir, 'hard_cases.json'), 'utf8')) as {
        wire_copy_groups: Array<{ original: string; copies: string[] }>;
        confusable_pairs: Array<{ stories: string[] }>;
      };
      const predicted = new Map(
        clusterItems(items.map((item) => readItem(item, tokenizer))).map((a) => [a.id, a.story]),
      );
      const score = bcubed(predicted, gold);
      assert.ok(score.precision >= floor.precision, `precision ${score.precision.toFixed(3)}`);
      assert.ok(score.recall >= floor.recall, `recall ${score.recall.toFixed(3)}`);
      assert.ok(score.f1 >= floor.f1, `F1 ${score.f1.toFixed(3)}`);
      const storiesOf = (label: string | undefined) =>
        new Set([...gold].filter(([, story]) => story === label).map(([id]) => predicted.get(id)));
      const merged = hard.confusable_pairs.filter(({ stories: [left, right] }) => {
        const others = storiesOf(right);
        return [...storiesOf(left)].some((story) => others.has(story));
      });
      assert.ok(merged.length <= floor.confusablesMerged, `${merged.length} confusable pairs merged`);
      for (const group of hard.wire_copy_groups)
        for (const copy of group.copies) assert.equal(predicted.get(copy), predicted.get(group.original));
    });
});
