//! The importer scored on real public texts (`tests/corpus/`, issue 18): per
//! document the structure a reader expects, written by hand before the
//! parser ran (see `tests/corpus/README.md`), against what `import_text`
//! makes of it. `cargo test --test import_real -- --nocapture` prints the
//! table (per check kind and overall) and each miss; the test keeps a floor
//! at the measured score so that no change makes it worse.

use std::collections::BTreeMap;

use union_plan::core::export::export;
use union_plan::core::import::import_text;
use union_plan::core::model::Plan;

/// The overall score (percent, rounded down) the importer must keep.
/// Measured before the issue-18 work: 82.4% (378 of 459 checks, 48 texts);
/// after it 97.98% (486 of 496, 47 of 52 texts with every check right).
/// The four `set: heldout` texts were added after the first fixes and
/// scored 94.6% (35 of 37) on their first run; their one failure class
/// (unnumbered part headings) was then fixed, so they are held out no more.
/// Ten more (`set: heldout2`) scored 93.9% (92 of 98) on their first run;
/// after the fixes they showed, the corpus scores 98.8% (587 of 594, 62
/// texts). Fourteen more (`set: heldout3`, 065–078) scored 91.7% (122 of
/// 133) on their first run (misses: titles of flattened texts run into their
/// text, level-1 headings run into their text, 总结工作计划 read as combined,
/// a space-flattened `二、工作思路和措施:` lost, 工作安排 read as plan); the
/// whole corpus then 97.5% (709 of 727, 76 texts). After the fixes: heldout3
/// 132 of 133, the corpus 99.0%. Seven more (`set: heldout4`, 079–085,
/// gathered after those fixes) scored 93.8% (61 of 65) on their first run;
/// after the fixes they showed: 64 of 65, the corpus 99.6% (789 of 792, 83
/// texts). Seven more (`set: heldout5`, 086–092) scored 97.0% (64 of 66) on
/// their first run; after the 方案 fix 65 of 66, the corpus 99.5% (854 of 858,
/// 90 texts). Six more (`set: heldout6`, 093–098) scored 98.2% (54 of 55)
/// on their first run; after the fix 55 of 55, the corpus 99.6% (909 of 913,
/// 96 texts). Twenty-one more (`set: heldout7`, 099–119) scored 90.6% (183
/// of 202) on their first run (misses: a garbled title, a letter's title and
/// a motto title over blank lines not found; 工作报告s read as plans; a
/// `第一部分` top level and `四)` labels not read, with their month lines;
/// headings of texts flattened here run into their text; a heading cut at
/// `常抓不懈`; numbered items under unnumbered labels of a space-flattened
/// text read as headings, four characters of it lost; a year read as 2025;
/// a heading's `(办公室预备)` note dropped); the corpus then 97.9% (1092 of
/// 1115, 117 texts). After the fixes they showed (named-part keywords,
/// sentence openers and months run into a heading; numbered lines under a
/// named part on its own line; the year from agreeing body dates; `四)`
/// labels; month lines with activities run on; reports put to a congress
/// as summaries; report and letter titles): heldout7 196 of 202, the corpus
/// 99.1% (1105 of 1115, 117 texts). Fifteen more (`set: heldout8`,
/// 120–134, gathered after a `第一部分` rank, topic lines over items and
/// flattened-copy fixes) scored 92.9% (130 of 140) on their first run, level-1
/// precision 90.0% and recall 67.5% on the set (misses: four titles — a
/// garbled one, one at the head of a page chunk, one under a cover title
/// broken over three lines, a flattened one ending in `(summary)`; a summary
/// without a title read as a plan; unnumbered `活动主题:` labels of two 方案
/// not read, one with lines broken across blank lines and `一、` / `二、三名`
/// pieces read as headings; a flattened heading run into its text); the
/// corpus then 98.5% (1236 of 1255, 132 texts). After the fixes they showed
/// (a 方案's field labels, numbering out of sequence as text, cover and
/// site-suffixed titles, pinyin in titles, an opening reporting the year,
/// parallel four-character phrases run into their text): heldout8 140 of
/// 140, the corpus 99.3% (1246 of 1255, 132 texts), level-1 precision and
/// recall 98.8% (before this round, on 117 texts: 98.2% and 98.2%); with
/// 110's lost part heading then 99.4% (1247 of 1255). Nine more (`set:
/// heldout9`, 135–143, gathered after those fixes) scored 96.3% (79 of 82)
/// on their first run, level-1 precision and recall 96.0% on the set
/// (misses: a title with a site's mark after it on its line, a 工作報告
/// title read as a plan, a heading cut at a colon inside its bracket); the
/// corpus then 99.2% (1326 of 1337, 141 texts). After the report-title and
/// site-mark fixes: heldout9 81 of 82, the corpus 99.3% (1328 of 1337).
/// Thirteen more (`set: heldout10`, 144–156, gathered after those fixes,
/// many of them women workers' committee texts and 工作要点) scored 94.3%
/// (116 of 123) on their first run, level-1 precision 91.3% and recall
/// 87.5% on the set (misses: a `王东明:在…上的报告` title, a notice title and a
/// flattened title run into `指导思想:` not found; a notice read as a
/// summary with the year 2025 against `2023428`; a flattened heading run
/// into its text; unnumbered `指导思想:` / `重点工作:` labels of a flattened
/// text not read); the corpus then 98.9% (1444 of 1460, 154 texts). After
/// the fixes they showed (speaker and notice titles, `2023上半年` years, a
/// named part's label after a glued title or a sentence, a container after
/// an unnumbered part holding the `一、` headings): heldout10 122 of 123, the
/// corpus 99.3% (1450 of 1460), level-1 precision and recall 98.4%; with
/// a space ending a two-phrase label before `针对…` (091) 99.4% (1451);
/// with a three-phrase label run into a verb (151) heldout10 123 of 123,
/// the corpus 99.5% (1452 of 1460), level-1 precision and recall 98.9%.
/// Fourteen more (`set: heldout11`, 157–170: PDF text layers, an untitled
/// plan, `㈠` labels, three 方案, traditional texts) scored 93.8% (121 of
/// 129) on their first run, level-1 precision 84.6% and recall 86.8% on the
/// set (misses: a title before a placeholder `20_` and a traditional
/// `…總結範文` title not found; a date-first placeholder signature not read;
/// a site's backquote kept in a heading; `1、` headings over `第一,`
/// paragraphs read as an opening and three headings; `1、` headings run into
/// `一是…`); the corpus then 99.0% (1573 of 1589, 168 texts). After the
/// fixes they showed (traditional `範文`, a year after the title word,
/// `第一,` inside `1、` items as text, pinyin read past in run-in headings,
/// a site's backquote, date-first and placeholder-date signatures):
/// heldout11 129 of 129, the corpus 99.5% (1581 of 1589), level-1
/// precision and recall 99.0%.
/// Fourteen more (`set: heldout12`, 171–184, hospital and enterprise
/// unions, flattened and text-layer copies, half-year reports) scored
/// 94.7% (124 of 131) on their first run, level-1 precision 88.2% and
/// recall 83.3% on the set (misses: a flattened report title run into
/// `各位委员,同志们:` and a motto title before `---` not found; a half-year
/// report with the next half's arrangements read as a plan; a lone
/// unnumbered part sentence not read; a copy starting inside a part read
/// as an opening, its page marker dropped; two headings of a flattened
/// text run into their text); the corpus then 99.1% (1576 of 1591, 168
/// texts). After the fixes they showed (salutations after glued titles,
/// 工作纪实 and report-plus-plan titles, a copy starting at `六是…`, a
/// sentence over `一是` points, placeholder years and two-phrase labels
/// run into verbs): heldout12 131 of 131, the corpus 99.5% (1583 of 1591),
/// level-1 precision and recall 99.0%; the floor stays 99.4 (99.497%
/// rounded down).
/// With both sets (heldout11's fixes merged with heldout12's): 99.5%
/// (1712 of 1720, 182 texts), level-1 precision and recall 99.1%.
/// Fourteen more (`set: heldout13`, 185–198, reports to congresses in
/// several layouts, kindergarten 方案, a traditional `計畫` plan, a summary
/// flattened here) scored 92.3% (120 of 130) on their first run, level-1
/// precision and recall 91.7% on the set (misses: a flattened motto title
/// with spaces, a `計畫` title and a flattened title run into its text not
/// found; a year without 年 in a title, `2023工作`, not read; a heading cut
/// at the space after its year; a `指導思想:` label under a part named for
/// it read as a second part; an unnumbered part heading inside a page chunk
/// not read; one year a labelling choice); the corpus then 99.0% (1703 of
/// 1721, 182 texts). After the fixes they showed (`計畫` titles, a title
/// year without 年, `在即将过去的…` after a glued title, a space after a
/// number inside a flattened heading, a part's own label under the heading
/// naming it): heldout13 128 of 130, the corpus 99.4% (1711 of 1721), the
/// old texts unchanged; the floor stays 99.4 (99.42% rounded down).
/// The three sets merged: 1840 of 1850 (99.46%, 196 texts), level-1
/// precision 99.1%, recall 98.9%; the floor 99.4.
/// Fourteen more (`set: heldout14`, 199–212, untitled summaries, street
/// unions, hardship aid, two 职工书屋 方案, traditional and text-layer copies)
/// scored 95.3% (122 of 128) on their first run, level-1 precision 86.7%,
/// recall 96.3% on the set (misses: an untitled summary paragraph followed
/// by next year's plan read as a plan; a four-phrase heading run into its
/// text after a space; a title run into a page chunk's opening and its
/// `建设目标:` part not read); the corpus then 99.2% (1962 of 1978). After
/// the fixes they showed (a paragraph opening with next year after one
/// with this year, a clause of purpose after a 方案's title, a space after
/// three short phrases, 建设目标): heldout14 128 of 128, the corpus 99.5%
/// (1968 of 1978), the old texts unchanged; the floor stays 99.4.
/// Fourteen more (`set: heldout15`, 213–226, flattened and untitled
/// copies, a broken cover title, an unnumbered part heading, a PDF layer
/// broken inside words) scored 96.9% (127 of 131) on their first run,
/// level-1 precision 89.7% and recall 92.9% on the set (misses: a heading
/// run into its text after `*`; a cover title over five short lines with
/// another year than the formal title's `XX年`; an untitled half-year report
/// with the next half's arrangements read as a summary; an unnumbered
/// `xx年上半年工作回顾` over `一、` not read); the corpus then 99.3% (1967 of
/// 1981, 210 texts), the old texts unchanged. After the fixes they showed
/// (an untitled opening announcing the next period's arrangements, a year's
/// part line over `一、`, a masked name after a two-phrase label): heldout15
/// 130 of 131, the corpus 99.4% (1970 of 1981); the floor stays 99.4.
/// Both rounds merged (heldout14 and heldout15): 2098 of 2109 (99.48%,
/// 224 texts), level-1 precision 99.2%, recall 99.0%; the floor 99.4.
/// Eleven more (`set: heldout17`, 241–251, untitled and traditional copies,
/// a text layer broken inside words, two flattened here) scored 99.0% (101
/// of 102) on their first run (miss: two headings of a flattened copy run
/// into their text after `__` and after three phrases between `、`); the
/// corpus then 99.5% (2199 of 2211, 235 texts). After the fix it showed (a
/// blank `__` after a two-phrase label, a longer first phrase before parallel
/// phrases): heldout17 102 of 102, the corpus 99.5% (2200 of 2211), the old
/// texts unchanged; the floor stays 99.4. Two more added then (252, 253,
/// expectations before their first run) scored 18 of 18: heldout17 120 of
/// 120, the corpus 99.5% (2218 of 2229, 237 texts).
/// Twelve more (`set: heldout16`, 227–238: a notice issuing a 工作要点, 述职
/// reports, a 工作汇报, flattened copies, a title written twice) scored 86.7%
/// (98 of 113) on their first run (misses: the 要点's title under the
/// notice's signature; `汇报` titles; a `计划总结` title over a plan; `一,、`
/// labels; a doubled title; headings run into text without punctuation);
/// the corpus then 98.8% (2196 of 2222, 236 texts), the old texts unchanged.
/// After the fixes they showed (`汇报` titles, the organisation named again
/// after a glued title, `notice.rs`, `一,、`, `回顾` run-in): heldout16 106
/// of 113, the corpus 99.2% (2204 of 2222), the old texts unchanged.
/// heldout16 and heldout17 merged: 2324 of 2342 (99.23%, 249 texts), the
/// older texts unchanged; heldout16's seven misses left open (a doubled
/// title, a `计划总结` over a plan body, flattened run-in headings), so the
/// floor is 99.2.
/// Thirteen more (`set: heldout18`, 254–266: page chunks, a forum copy with
/// anti-copy codes, a flattened copy with a page marker and dashes after
/// its title, traditional copies, two flattened here) scored 94.1% (111 of
/// 118) on their first run (misses: a heading at a chunk's end joined to the
/// next chunk; codes kept in the title and headings; the dashes; run-in
/// headings after `202_年是` and before `各级…`); the corpus then 99.0% (2435
/// of 2460, 262 texts), the old texts unchanged. After the fixes they showed
/// (spaced chunks, `marks.rs`, placeholder years, `runin_long.rs`): heldout18
/// 118 of 118; then three of heldout16's seven (a `计划总结` title, run-in
/// headings after a space and before a unit's name): heldout16 109 of 113,
/// the corpus 99.4% (2445 of 2460, 99.39%), the older texts otherwise
/// unchanged; the floor 99.3.
/// Twelve more (`set: heldout19`, 267–278: a city federation's 工作要点,
/// 总结和计划 documents, traditional copies with pinyin, a flat list of
/// items, three flattened here) scored 96.4% (108 of 112) on their first
/// run (misses: a heading made long by pinyin joined to its text as a
/// wrapped line; a flattened `…情况` heading run into `2019年以来`; a
/// flattened title before `某年,`; a list of items read as headings); the
/// corpus then 99.1% (2432 of 2454, 261 texts), the old texts unchanged.
/// After the fixes (a line's width without pinyin, `情况` ends a run-in
/// heading and `2019年以来` opens its text, `某年,` after a glued title):
/// heldout19 111 of 112, the corpus 99.2% (2435 of 2454, 99.22%), the old
/// texts unchanged (2324 of 2342); the item list left (a labelling
/// question); the floor stays 99.2.
/// Both rounds merged (heldout18 and heldout19): 2556 of 2572 (99.38%,
/// 274 texts), level-1 precision 97.0%, recall 99.0%; the floor 99.3.
/// Thirteen more (`set: heldout20`, 280–292: a notice under its own
/// two-line title issuing a 工作要点, 劳动竞赛 方案, a kindergarten's record
/// told month by month, page chunks written with spaces, two flattened
/// here) scored 87.6% (106 of 121) on their first run (misses: the notice's
/// title, so the 要点's title, kind, year, next part and signature, twice
/// with the flattened copy; a run-in `…的政治责任|把…`; `二、競賽目標` not
/// goals; the month record read as a plan's schedule; a title after a
/// chunk number); the corpus then 98.8% (2662 of 2693, 287 texts), the
/// old texts unchanged. After the fixes (`notice` reads a notice title,
/// `notice_flat.rs`, spaced chunks, a scheme's numbered goals, `把` after a
/// long label, month entries in the past-tense count): heldout20 120 of
/// 121, the corpus 99.4% (2676 of 2693, 99.37%), the old texts unchanged
/// (2556 of 2572); the month record's schedule left (a labelling
/// question); the floor stays 99.3.
/// Eleven more (`set: heldout21`, 293–303: a 下半年 plan after a half-year
/// summary, a text layer's doubled title, a page inside a monthly schedule,
/// `——` paragraphs under a news headline, traditional copies, three
/// flattened here) scored 86.5% (90 of 104) on their first run; the corpus
/// then 98.9% (2646 of 2676, 285 texts), the old texts unchanged. After the
/// fixes (month headings keep their items after same-rank items, `下半年`
/// begins the next part, a flattened run-on date and glued month heading, a
/// union title glued to a literary opening, `一、` after `如下:` or a title
/// word, `总结` ends a run-in heading, `——` paragraphs): heldout21 100 of
/// 104, the corpus 99.3% (2656 of 2676, 99.25%), the old texts unchanged
/// (2556 of 2572); the misses left (a doubled title's second copy, a news
/// headline, a lost month's items) keep the floor at 99.2.
/// Both merged (heldout20 and heldout21): 2776 of 2797 (99.25%, 298
/// texts), level-1 precision 96.3%, recall 99.1%; the floor 99.2.
/// Fifteen more (`set: heldout22`, 304–318: a 卫生工会 summary in page
/// chunks, a traditional 交流发言 with its title written twice, a month
/// table whose month numbers run into its items', `二 、` labels, a title
/// glued to `根据…`, a 分工会's flat item list, two flattened here) scored
/// 92.3% (132 of 143) on their first run; the corpus then 98.9% (2908 of
/// 2940, 313 texts), the old texts unchanged. After the fixes (spaced
/// `二 、` labels and `…职能 的…` headings, a union subject after a long
/// label, `动力` ends a label, `根据` after a glued title, the first
/// heading's year, a speaker reporting on the work done, `month_table.rs`,
/// a title written twice): heldout22 142 of 143, the corpus 99.3% (2919 of
/// 2940, 99.29%), the old texts one better (2777 of 2797); 313's item list
/// left (a labelling question, as 272's); the floor stays 99.2.
/// Fifteen more (`set: heldout23`, 319–333: a 国企 总结及计划, traditional
/// texts with pinyin, a flattened 2025 plan in chapters `第一章` with `1.1`
/// sections, a `工作意见` page run into `五、`, a report title and motto after a
/// dash, a `…總結精選` title, a heading run into `随着…`, two flattened here)
/// scored 91.5% (130 of 142) on their first run; the corpus then 98.9%
/// (3049 of 3082, 328 texts), the old texts unchanged. After the fixes
/// (`headline.rs`, a report of year Y opening on Y−1 as a plan, `精选`,
/// `工作意见`, `第一章` and `1.1`, pinyin inside a glued title's word, `随着`
/// after one phrase): heldout23 140 of 142, the corpus 99.3% (3059 of
/// 3082, 99.25%), the old texts unchanged (2919 of 2940); two goals labels
/// left (a section's goals, a main-work container named 目标); the floor
/// stays 99.2.
/// Fifteen more (`set: heldout24`, 334–348: a month table with `一、`
/// activities inside its months, a 分工会 summary with ` |` table cells, a
/// traditional page with every numeral dropped, page chunks, a title
/// written twice over `二○○六年`, run-in headings after a comma, a
/// `第一部分` 总结与要点, a 换届 report, two flattened here) scored 90.9% (130
/// of 143) on their first run; the corpus then 98.9% (3189 of 3225, 343
/// texts), the old texts unchanged. After the fixes (`在…时,` `在2008年中,`
/// `在我…` and a heading's own words again end a run-in label, `为了` after
/// one phrase, the opening's year past a doubled title, a month table's
/// `一、` activities, a six-character doubled title): heldout24 136 of 143,
/// the corpus 99.1% (3195 of 3225, 99.07%), the old texts unchanged (3059
/// of 3082); seven misses left (a header row's cells, numberless items,
/// comma run-ons, two goals and a part-opening label, a 换届 report's next
/// part), so the floor goes to 99.0.
/// Thirteen more (`set: heldout25`, 349–361: a flattened speech title
/// written twice with a space, an untitled traditional plan opening on the
/// year before, steps led by `四月份`, a heading of phrases between `;`, a
/// `明確指導思想,把握總體要求` part, a `格式范文` title, a rules list, a title
/// under the site's first heading, two unnumbered part lines over `一、`, two
/// flattened here) scored 91.0% (111 of 122) on their first run; the corpus
/// then 98.8% (3306 of 3347, 356 texts), the old texts unchanged. After the
/// fixes (a doubled title with a space between, `格式范文` `参考范文`, a plan
/// opening on Y−1 that names Y, a verb + 指导思想 pair, phrases between `;`,
/// `主题` a word headings end on): heldout25 118 of 122, the corpus 99.0%
/// (3313 of 3347, 98.98%), the old texts unchanged (3195 of 3225); four
/// misses left (two schedules of steps led by `N月份`, a title under the
/// site's first heading, unnumbered part lines over `一、`), so the floor
/// goes to 98.9.
/// Fifteen more (`set: heldout26`, 362–376: a depot plan without numbering,
/// a post office summary flattened here and another traditional under a
/// `——` part line, a 方案 whose weekday list a page broke into `一、星期`
/// lines, a `模版(三篇)` title, a meeting's `…大会:主席工作报告`, a text layer
/// with headings run into `今年4月` and `为全面…`, a forestry plan flattened
/// here) scored 92.4% (133 of 144) on their first run; the corpus then 98.7%
/// (3446 of 3491, 371 texts), the old texts unchanged. After the fixes
/// (`…总结和下半年工作安排` as both, meeting report titles, `模版`, a glued
/// title restated by its text, run-in objects after `到`, a lone dash-led
/// heading line, `weekdays.rs`, `以下:`, `今年N月` and `为全面…` openers):
/// heldout26 141 of 144, the corpus 98.9% (3454 of 3491, 98.94%), the old
/// texts unchanged (3313 of 3347); three misses left (a lost part's text
/// read as the opening, a flat list of numbered sentences, a flattened
/// traditional text's phrase lists), so the floor stays 98.9.
/// Fifteen more (`set: heldout27`, 377–391: a port group's summary and its
/// flattened copy, two hardship-help plans from one template, one in page
/// chunks, an untitled drilling company's plan and its flattened copy, a
/// traditional page starting inside a part, a flattened traditional 方案,
/// a vocational school's chunks, a speech under its outline, untitled
/// accounts of work) scored 90.6% (125 of 138) on their first run; the
/// corpus then 98.6% (3579 of 3629, 386 texts), the old texts unchanged.
/// After the fixes (`runin_subject.rs`, `outline.rs`, `在…上的讲话` titles,
/// a union organ after a glued title, honours without intentions as a
/// summary, spaced two-phrase topic lines): heldout27 135 of 138, the
/// corpus 98.9% (3589 of 3629, 98.90%), the old texts unchanged (3454 of
/// 3491); three misses left (two kinds nothing in the text decides, an aim
/// sentence over `一是…` read as a heading), so the floor goes to 98.8.
/// Fifteen more (`set: heldout28`, 392–406: a flattened half-year summary
/// with its announcement cut short, PDF text layers, a yearbook entry, a
/// plan titled 总结 in page chunks, a report abstract, a 方案 with long field
/// labels, traditional and flattened copies, a page under its headline)
/// scored 92.9% (131 of 141) on their first run; the corpus then 98.7%
/// (3720 of 3770, 401 texts), the old texts unchanged. After the fixes
/// (first headings after `请予审议。` and a cut-short `现将…`, long field
/// labels and `活动目标:`, headline titles naming the union, yearbook
/// entries as summaries): heldout28 138 of 141, the corpus 98.9% (3728 of
/// 3770, 98.89%), the old texts one better (3590 of 3629); the floor stays
/// 98.8. Eleven more (`set: heldout30`, 422–432: township and street
/// unions' summaries, PDF text layers flattened as stored, a traditional
/// record with `01.` items, a plan titled 计划 over a review, an untitled
/// report to a full committee) scored 96.1% (99 of 103) on their first
/// run; after the fixes (a salutation then `过去一年` as a summary, a clause
/// of role after a space ending a label): heldout30 101 of 103, the corpus
/// 98.9% (3829 of 3873, 98.86%), the old texts unchanged; the floor stays
/// 98.8.
/// Fifteen more (`set: heldout29`, 407–421: a summary whose top level is
/// `(一)`, a 述职报告 preview with its beginning left out, a 职工书屋 方案,
/// traditional copies with pinyin, a PDF title with the site's category,
/// flattened copies with page marks, spaced notice titles and run-on
/// labels, a title with `(试行)` under it, a site's marks after lines, a
/// second page whose next-year part is `XX年工作構想`) scored 87.6% (127 of
/// 145) on their first run; the corpus then 98.5% (3855 of 3915, 416
/// texts), the old texts unchanged. After the fixes (omission notes, page
/// marks inside lines, `(试行)` lines, purpose openers, quoted first
/// sub-items, `XX年…構想` parts, site addresses and categories, flattened
/// notice titles, abstracts as summaries): heldout29 141 of 145, the corpus
/// 98.8% (3869 of 3915, 98.83%), the old texts unchanged (3728 of 3770);
/// the floor stays 98.8. heldout29 and heldout30 together (each was fixed
/// on its own branch): the corpus 98.8% (3970 of 4018, 98.81%, 427 texts),
/// each set's score the same as on its own. Eleven more (`set:
/// heldout31`, 433–443: half-year and retired staff summaries, a plan whose
/// items open on their month, a speech title `…上的汇报发言`, untitled lines
/// of two phrases with a comma, a 方案, a plan flattened here) scored 97.1%
/// (101 of 104) on their first run; the corpus then 98.8% (4071 of 4122,
/// 98.76%, 438 texts), the old texts unchanged (3970 of 4018). After the
/// fixes (speech titles with a kind word before 发言, a 汇报发言 as a summary,
/// heading lines of two phrases with a comma): heldout31 103 of 104, the
/// corpus 98.8% (4073 of 4122, 98.81%), the old texts unchanged; the floor
/// stays 98.8. Thirteen more (`set: heldout32`, 444–456: school and
/// kindergarten women workers' plans, hospital plans and summaries, a
/// university's summary, traditional copies with pinyin, two flattened
/// copies) scored 96.7% (116 of 120) on their first run; the corpus then
/// 98.8% (4189 of 4242, 98.75%, 451 texts), the old texts unchanged. After
/// the fixes (a bare list of one-sentence `1、` lines is no outline, a
/// glued title ends before `本学期,`, a `三、…` heading run onto the line
/// before it after a space gets its own line; 453's title relabelled with
/// the site's `范文` as the corpus keeps it): heldout32 120 of 120, the
/// corpus 98.9% (4194 of 4242, 98.87%), the old texts one better (4074 of
/// 4122: 272's list); the floor stays 98.8.
/// Twelve more (`set: heldout34`, 470–481: a township summary
/// and plan previewed with `……此处隐藏N个字……` inside a line, a 街道 union's
/// report to its congress, community plans and summaries (one with a page
/// break inside a word), a traditional 職工之家 方案 whose part headings the
/// page lost, a 申报材料 title run into its text, a 帮扶中心 report in page
/// chunks, two 送温暖 accounts, two flattened here) scored 96.4% (107 of 111)
/// on their first run; the corpus then 98.7% (4180 of 4233, 98.75%, 450
/// texts), the old texts unchanged (4073 of 4122). After the fixes (a
/// site's hidden-text note inside a line, `申报材料`/`汇报材料` titles):
/// heldout34 108 of 111, the corpus 98.8% (4181 of 4233, 98.77%), the old
/// texts unchanged; the floor goes to 98.7 (the new texts' misses left
/// bring the overall under 98.8). heldout32 and heldout34 merged: the
/// corpus 98.8% (4302 of 4353, 98.83%, 463 texts), each set keeping its
/// score.
/// Eleven more (`set: heldout33`, 457–467: organ, bureau, bank,
/// company and mine unions' summaries and half-year summaries, two plans,
/// two texts flattened as stored and one flattened here, a PDF with `-、`
/// for `一、`) scored 92.4% (97 of 105) on their first run; the corpus then
/// 98.7% (4170 of 4227, 98.65%, 449 texts), the old texts unchanged (4073
/// of 4122). After the fixes (`…总结材料` titles, a summary's goals heading
/// kept as a section, fill-in blanks after a space inside headings, `-、`
/// as `一、`, the year after a title's second copy): heldout33 103 of 105,
/// the corpus 98.8% (4176 of 4227, 98.79%), the old texts unchanged; the
/// floor goes to 98.7, one decimal below (the eleven new texts weigh the
/// corpus under 98.8 on their own). heldout32, heldout33 and heldout34
/// merged: the corpus 98.8% (4405 of 4458, 98.81%, 474 texts), each set
/// keeping its score; the floor stays 98.7.
/// Eleven more (`set: heldout36`, 495–505: department (分工会) and organ
/// union summaries at universities and a school, university and hospital
/// unions' yearly and year-end summaries, a motto title before `——`, a
/// title over a `???` line the text layer lost, two converted here to
/// traditional and two flattened here) scored 100.0% (107 of 107) on their
/// first run, so no fix was made; the corpus 98.8% (4512 of 4565, 98.84%,
/// 485 texts), the old texts unchanged (4405 of 4458); the floor stays
/// 98.7, one decimal below.
/// Thirteen more (`set: heldout37`, 508–520: a yearly activity plan by
/// quarters, 送温暖 and Spring Festival visiting 方案 (one with `负责单位:`
/// duties after each item), a 厂务公开民主管理 实施方案, a 工会小组 plan, a
/// holiday sports 方案 with a flattened table's header row, a 劳动竞赛
/// 实施方案 as a PDF text layer, a 读书活动 notice, one flattened here and
/// one converted here to traditional) scored 98.4% (120 of 122) on their
/// first run; the corpus then 98.8% (4525 of 4580, 98.80%, 487 texts), the
/// old texts unchanged (4405 of 4458). After the fixes (a flattened title
/// ends before a clause of purpose after a space; a template's masked dates
/// `2016年 X月 X日` give the year): heldout37 122 of 122, the corpus 98.8%
/// (4527 of 4580, 98.84%), the old texts unchanged; the floor stays 98.7.
/// Twelve more (`set: heldout35`, 482–493: a county federation's 工作要点
/// and a township federation's summary flattened as stored, a county
/// education union's 方案 flattened as stored with a typed `二 00 七年`
/// signature, a township's and a village school's plans, a company union's
/// report titled `…总结及…工作安排意见` glued to its date and salutation, a
/// city federation's mid-year report under a motto title, a hospital's
/// 工作意见, a hospital plan in page chunks with Word page fields, two
/// summaries under a site's headline or sample number, one converted here
/// to traditional) scored 89.6% (103 of 115) on their first run; the
/// corpus then 98.6% (4508 of 4573, 98.58%, 486 texts), the old texts
/// unchanged (4405 of 4458). After the fixes (Word page fields as page
/// marks, `精编` after a title, a site's sample number before the title,
/// `安排意见` and `总结及措施` titles, a later year's arrangements as next
/// year's plan, a report title glued to its date and salutation, `(一)`
/// after `…方面:`, a fill-in blank after a run-in sub-item's label, a
/// quoted term before a clause of basis ends a flattened heading, a plan's
/// goals in its opening's last sentence, typed zeros in a Chinese
/// signature year): heldout35 115 of 115, the corpus 98.8% (4520 of 4573,
/// 98.84%), the old texts unchanged; the floor goes to 98.8.
/// heldout35, heldout36 and heldout37 merged: the corpus 98.9% (4749 of
/// 4802, 98.90%, 510 texts), each set keeping its score; the floor goes to
/// 98.8 (four checks above it).
/// Thirteen more (`set: heldout40`, 547–559: a transport bureau union's
/// 总结及2013年工作计划 as a pasted Word copy with a line break inside a
/// sentence, activity and 工作意见 texts in a document site's page chunks,
/// a garden bureau's summary and an organ union's plan in traditional
/// script as stored, a telecom union's summary whose first heading a web
/// copy broke over two lines `一、20xx年度` / `工作总结` with keyword-link
/// lines, two flattened here and one converted here to traditional) scored
/// 97.6% (82 of 84) on the first nine's first run, the corpus then 98.9%
/// (4831 of 4886, 98.87%, 519 texts), the old texts unchanged (4749 of
/// 4802). After the fix (a numbered heading broken at a year or a joining
/// word joined again, also at a space in a flattened text) 84 of 84; four
/// more added then (a hospital summary with a heading run into `在…的今天,`
/// and a year typed `二00四年`, a half-year summary with `一是…` groups and
/// its flattened copy, a `2025工會…總結及2026年工作思路` title) scored 34 of
/// 38 on their first run (one a labelling slip: a site's note not listed in
/// `drop:`). After those fixes (a clause `在…的今天,` ends a run-in
/// heading; a title opening on a year without 年 takes that year; a Chinese
/// year typed with zeros in the text): heldout40 122 of 122, the corpus
/// 98.9% (4871 of 4924, 98.92%, 523 texts), the old texts unchanged (4749
/// of 4802); the floor stays 98.8.
/// Eleven more (`set: heldout38`, 521–531: industry unions — a provincial
/// telecom union's summary with its heading broken after the year, a
/// telecom bureau's 工作意见 and a city transport union's report to its
/// congress flattened as stored, three transport union summaries (one under
/// a site's `文章标题:`, one with `篇一` after its title), a coal company's
/// 工作汇报 under `第一篇:` with comma headings over `1、` items, a county post
/// office's half-year summary, a coal mine's untitled account, one
/// flattened here and one converted here to traditional) scored 87.3% (89
/// of 102) on their first run; the corpus then 98.7% (4838 of 4904,
/// 98.65%, 521 texts), the old texts unchanged (4749 of 4802). After the
/// fixes (a site's article labels around the title; topic lines with one
/// comma and an introducing sentence over `1、` items; a heading broken
/// after its year; a report's `…年工作回顾` part line over text in an
/// unnumbered body, cut out of a flattened text): heldout38 101 of 102, the
/// corpus 98.9% (4851 of 4904, 98.92%), the old texts 4750 of 4802 (190
/// now right); the floor stays 98.8.
/// Merged with heldout40, 521 was found to be the same page as heldout40's
/// 551 (two rounds ran at once) and was dropped; heldout38's first run
/// without it is 81 of 93 (87.1%), and `year_heading.rs`, which its fix
/// added, was dropped for heldout40's more general `heading_wrap.rs`, with
/// every text's score unchanged.
/// Eleven more (`set: heldout39`, 534–544: a unit union's 2023 工作要点 and a
/// city education union's summary flattened as stored, a district
/// federation's half-year summary under a site's cover words, a county
/// education union's 工作要点 with `总体目标:` under each part, a county
/// federation's notice with its 文号 and a title ending `…的` / `通   知`,
/// a 工会小组 term summary, a company's activity 方案 with a budget table,
/// a 街道 summary under a site's collection title, two flattened here and
/// one converted here to traditional) scored 86.2% (94 of 109) on their
/// first run; the corpus then 98.6% (4843 of 4911, 98.62%, 521 texts), the
/// old texts unchanged (4749 of 4802). After the fixes (a site's cover
/// words above the formal title stay in the opening; a part's label
/// written again under each numbered part is text; a title's last word
/// spread on the next line; a flattened notice's 文号 and title get lines;
/// a site's `【实用】` tag after a title; a flattened bare label and space
/// before a named part's words): heldout39 109 of 109, the corpus 98.9%
/// (4859 of 4911, 98.94%), the old texts one better (4750 of 4802: 215's
/// title under its cover words); the floor stays 98.8. heldout38, heldout39
/// and heldout40 merged: the corpus 99.0% (5074 of 5126, 98.99%, 544
/// texts), each set keeping its score; the floor goes to 98.9. Two more
/// pages taken twice were found then and dropped: 530 (heldout38) is the
/// page of heldout33's 463, and 552 (heldout40) the page of heldout38's 522;
/// both had every check right on their first run, so heldout38's first run
/// is 72 of 84 (85.7%) and heldout40's 73 of 75 then 34 of 38. The corpus:
/// 99.0% (5056 of 5108, 98.98%, 542 texts), four checks above the floor.
/// Thirteen more (`set: heldout41`, 560–572: school, kindergarten,
/// university and education-union plans and 工作要点 — a university's
/// half-year key points as numbered task lines with a dotted closing date,
/// a county education union's key points flattened with PDF spaces under
/// its file name, a primary-school union committee's key points with its
/// issuing body and a 文号 `(XX )第 1 号` in page chunks, a 高校 要点 with
/// `(一)` parts, a kindergarten plan in traditional script flattened with
/// `一、计劃背景隨著…` run in, template plans with titles run into their
/// opening, a college plan with a site's pinyin pairs, two flattened here)
/// scored 89.0% (113 of 127) on their first run; the corpus 98.7% (5169 of
/// 5235, 98.74%, 555 texts), the old texts unchanged (5056 of 5108). After
/// the fixes (a masked year after 在 and a year with a space before 年
/// begin a heading's text; a site's pinyin left out of part names; a
/// flattened text's dotted closing date; plain section names; a three-
/// phrase heading up to 40 characters before a space; an issuing body
/// without 文件 and a 文号 with the year before 第; a title glued to its
/// opening under a header block; flattened lines from 80 characters; a
/// unit before its union opening the text): heldout41 124 of 127, the
/// corpus 98.9% (5180 of 5235, 98.95%), the old texts unchanged; the floor
/// stays 98.9.
/// Nine more (`set: heldout43`, 586–594, organs, public institutions and
/// local federations: a 街道總工會 summary in traditional script as stored,
/// a housing bureau organ union's activity plan, an untitled 街道总工会
/// half-year summary, a 镇工会联合会 plan whose first part names a lost
/// table, a 市直机关工会工委 summary with long heading lines, a provincial
/// federation department's 2009 plan, two flattened here and one converted
/// here to traditional) scored 94.0% (78 of 83) on their first run, the
/// corpus then 98.9% (5134 of 5191, 98.90%, 551 texts), the old texts
/// unchanged (5056 of 5108). After the fixes (a long numbered heading line
/// does not run on into a line half as wide again; a flattened text that
/// repeats its heading's first words opens there; a flattened part label
/// glued to an item is cut; a flattened title ends where the text names its
/// union again; an untitled tally to a past date is a summary; a long
/// run-in label may end on 意识): heldout43 82 of 83, the corpus 99.0%
/// (5138 of 5191, 98.98%), the old texts unchanged; the floor stays 98.9.
/// heldout41 and heldout43 merged: the corpus 98.9% (5262 of 5318, 98.95%,
/// 564 texts), each set keeping its score.
/// Eleven more (`set: heldout42`, 573–583: enterprise unions' reports and
/// summaries — a group company's 工会工作报告 in a document site's page
/// chunks with its title glued to `第一部分2020年工作总结`, a power plant
/// union's report under a spaced motto title over two lines and a
/// `——在…上的报告` subtitle, an engine plant union's report under a motto
/// title with no title word above `各位代表、同志们:` and an `一.` label, a
/// company's and a port project's yearly summaries, a chemical company's
/// half-year summary run together with spaces, a mine women's committee
/// page without a title, a mine union's flattened account, two flattened
/// here and one converted here to traditional) scored 90.2% (92 of 102)
/// on their first run (91 of 102 with 573's guiding label corrected after
/// it); the corpus then 98.8% (5148 of 5210, 98.81%, 553 texts), the old
/// texts unchanged (5056 of 5108). After the fixes (a motto title above
/// the salutation; a flattened report's subtitle on a line of its own and
/// one motto line of up to 60 characters over it; a flattened title ends
/// before `第一部分`; the scorer excuses a `第N部分` label run on in a
/// flattened copy): heldout42 99 of 102, the corpus 98.9% (5155 of 5210,
/// 98.94%), the old texts unchanged (5056 of 5108); the floor stays 98.9
/// (two checks above it). Left: 580's title with no title word run into an
/// unnumbered heading sentence and its text (title, guiding, headings).
/// heldout41, heldout42 and heldout43 merged: the corpus 98.9% (5361 of
/// 5420, 98.91%, 575 texts), each set keeping its score; the floor goes
/// back to 98.8 so that the misses left stay counted (98.9 would leave no
/// check to spare).
/// Ten more (`set: heldout45`, 612–621, state enterprises' and workshops'
/// unions: a railway-building group's key points whose text layer repeats
/// the title glued to `指导思想:`, a union office's plan in traditional
/// script with pinyin under a `…--工會辦:…` headline, a workshop union's
/// summary, a salt works' plan from `一、` on, a placeholder company plan,
/// a flattened 目标管理责任书, a power supply union report's sixth page, a
/// learning-team plan, one flattened here and one converted here to
/// traditional) scored 94.6% (88 of 93) on their first run; the corpus
/// then 98.8% (5449 of 5513, 98.84%, 585 texts), the old texts unchanged
/// (5361 of 5420). After the fixes (a title copy glued to a named part's
/// label set apart; 责任书 ends a plan's title; a headline naming the union
/// after a dash; task-led paragraphs before a part counted from the third
/// are a part whose heading was lost): heldout45 93 of 93, the corpus
/// 98.9% (5454 of 5513, 98.93%), every old text's plan and report
/// unchanged byte for byte; the floor stays 98.8.
/// Ten more (`set: heldout44`, 599–608: township, agriculture bureau and
/// county federation unions' summaries and plans — a county federation's
/// half-year summary in traditional script with a site's pinyin, a
/// township summary with masked `X.` items and no opening, a county
/// federation's 2010 summary flattened as stored with a page number before
/// its title, two-phrase headings run into their text, a three-year
/// 指导思想和主要任务 flattened as stored, two flattened here and one
/// converted here to traditional) scored 94.6% (88 of 93) on their first
/// run; the corpus then 98.8% (5449 of 5513, 98.84%, 585 texts), the old
/// texts unchanged (5361 of 5420). After the fixes (after a two-phrase
/// label a clause of purpose or a slogan's verb that a comma ends opens
/// the text, as does the label's last phrase written again; a title may
/// end on `和主要任务`, and `今后` opens a text after a glued title):
/// heldout44 93 of 93, the corpus 98.9% (5454 of 5513, 98.93%), the old
/// texts unchanged.
/// Ten more (`set: heldout46`, 625–634: organ and public-institution
/// unions — a county culture bureau's plan (and flattened here), a district
/// culture bureau's summary, an agricultural institute's 2007 summary (and
/// converted here to traditional), a city organ union's half-year plan, a
/// banner health system's 2012 工作要点 flattened as stored with spaces, a
/// procurement centre's union and 女工委 targets without a title (and
/// flattened here), an untitled unnumbered culture and broadcasting bureau
/// summary) scored 99.0% (95 of 96) on their first run; the corpus then
/// 98.9% (5456 of 5516, 585 texts), the old texts unchanged. Miss: 634's
/// first line `一、工会工作目标（一）加强学习…` read as a title glued to its
/// text (the title word 目标, the sub-item label taken for a bracketed
/// note), so its goals heading kept `（一）`. After the fix (a first line
/// opening with `一、` or `（一）` is no glued title, `title_label`):
/// heldout46 96 of 96, the corpus 98.9% (5457 of 5516, 98.93%), the old
/// texts unchanged; the floor stays 98.8.
/// Ten more (`set: heldout48`, 651–660: school, kindergarten, vocational,
/// college and education bureau unions — a vocational centre's semester
/// plan and a kindergarten's 女工 summary in traditional script as stored,
/// a county education bureau's summary in traditional with a site's
/// pinyin, a league education union's summary with `一、指导思想` run into
/// its text (and flattened here), a city middle school's 2012 summary, a
/// college's ethics-month plan dated `2010、9、3`, a school's untitled
/// ethics-month 方案 citing `〔2014〕16号` (and flattened here), a college's
/// spring activity plan whose items are led by `20xx年3月:`) scored 93.7%
/// (89 of 95) on their first run; the corpus then 98.9% (5639 of 5704,
/// 605 texts), the old texts unchanged (5550 of 5609). After the fixes
/// (a `Y、M、D` date is a signature date; a cited 文号's year is the
/// plan's when nothing else gives one, `cited_year`; a `.` joining a
/// heading's two short phrases before its `。`, `dot_phrase`; a plan's
/// items led by a year and month are its schedule, `dated_items`):
/// heldout48 95 of 95, the corpus 99.0% (5645 of 5704, 98.97%), the old
/// texts unchanged; the floor rises to 98.9.
/// Ten more (`set: heldout47`, 638–647: commerce, finance, non-public and
/// foreign-funded enterprises and regional joint unions — a commerce
/// group's 2010 plan under a spaced motto title (and flattened here), a
/// development zone federation's untitled report announcing its `未来计划`
/// (converted here to traditional, and flattened here), two 经验材料 on
/// setting up unions in foreign-funded and private enterprises (one
/// flattened as stored, one flattened here), a central-bank branch union's
/// account under unnumbered quoted heading lines, a 街道 union's plan for
/// its 社區工聯會 in traditional script) scored 84.8% (78 of 92) on their
/// first run; the corpus then 98.7% (5628 of 5701, 98.72%, 605 texts), the
/// old texts unchanged (5550 of 5609). After the fixes (`经验材料` titles, a
/// summary; a masked name opens the text after a glued title; a spaced
/// motto title, `title_motto`; an opening joining a year's work to `未来`
/// plans is combined; quoted two-phrase topic lines up to 20 characters):
/// heldout47 88 of 92, the corpus 98.9% (5638 of 5701, 98.90%), the old
/// texts unchanged; the floor stays 98.8. Left: headings run into their
/// text in three flattened copies, and 646's items (a labelling question,
/// as 070's).
/// With heldout44–48 merged: the corpus 98.9% (5733 of 5796, 98.91%, 615
/// texts), every set keeping its score; the floor 98.8 (six checks to
/// spare). With heldout45 merged too (612–621, see its entry in the corpus
/// README): the corpus 98.9% (5826 of 5889, 98.93%, 625 texts), every set
/// keeping its score; the floor 98.8 (seven checks to spare).
/// Ten more (`set: heldout49`, 664–673: city, district and county
/// federations of trade unions and a district education union — a notice
/// issuing a 2021 工作要点 with a list of attachments and an `附件1:` mark
/// (and flattened here, and converted here to traditional), a county
/// half-year summary and second-half 安排意见 and a district 2020 summary
/// and 2021 plan as page chunks, a district 2021 summary flattened as
/// stored with spaces, a city 2020 half-year summary with run-in headings
/// (and flattened here), a district 2021 summary in traditional script (and
/// flattened here)) scored 89.0% (89 of 100) on their first run; the corpus
/// then 98.8% (5734 of 5804, 615 texts), the old texts unchanged. After the
/// fixes (a notice's attachment list and `附件1:` mark, lined and flattened,
/// and a traditional `關於…印發` notice title, `notice`, `notice_flat`; a
/// bare `一` of a first sub-item after a heading, `runin_bare_label`):
/// heldout49 100 of 100, the corpus 99.0% (5745 of 5804, 98.98%), the old
/// texts unchanged; the floor stays 98.9. Merged after heldout45 and
/// heldout47: the corpus 98.9% (5926 of 5989, 98.95%, 635 texts), every
/// set keeping its score; the floor 98.8.
/// Twelve more (`set: heldout51`, 690–701: a union's specialised committees
/// and programmes — a `計劃書` activity plan and two summaries in traditional
/// script as stored, a reading-room 方案, a work-safety supervision summary
/// under unnumbered heading lines, a sports 方案 and a labour-contest report
/// flattened as stored, a 劳动保护 plan in page chunks, a reading-campaign
/// summary, a reading-room account under a spaced motto title signed by the
/// union on its line, a sports weekend 方案 under `1、` labels, a school's
/// summary with a flattened table) scored 93.7% (104 of 111) on their first
/// run; the corpus then 98.8% (5930 of 6000, 98.83%, 637 texts), the old
/// texts unchanged (5826 of 5889). After the fixes (`计划书` titles;
/// `近几年来` after a glued title; a run-in `（1）` ends a heading;
/// `flat_guiding`; `title_motto::byline`): heldout51 111 of 111, the corpus
/// 99.0% (5937 of 6000, 98.95%), the old texts unchanged; the floor rises
/// to 98.9.
/// Merged after heldout49: the corpus 99.0% (6037 of 6100, 98.97%, 647
/// texts), every set keeping its score; the floor 98.8 while more rounds
/// are merged.
/// Twelve more (`set: heldout50`, 677–688: high-tech zone, technology
/// enterprise and internet-era unions and the 新就业形态 (快递员, 外卖骑手,
/// 网约车司机) 建会入会 and services — a district's 网上工会 方案 flattened as
/// stored, a district's private technology enterprises' union's 2009
/// summary in page chunks behind a site's addresses, untitled accounts of
/// work for 新业态 workers (one flattened as stored, one flattened here),
/// paragraphs led by two-phrase heading sentences, a case page's headline
/// without a title word, an 经验信息材料 from a text layer, a platform
/// company union's `一是…` account, a 关于…实施方案 with its addressees
/// (and flattened here)) scored 83.9% (94 of 112) on their first run; the
/// corpus then 98.7% (5920 of 6001, 98.65%, 637 texts), the old texts
/// unchanged (5826 of 5889). After the fixes (counts reached so far and
/// decimal rates reached make an untitled text a summary, `tally_now`;
/// two-phrase heading sentences, `一是` points no headings; `信息材料`
/// titles; a headline its lead restates, `title_echo`; a 关于… title
/// before its addressees, `addressees`; a short first point ends a
/// two-phrase label; a site's addresses at the text's start, `url_head`):
/// heldout50 109 of 112, the corpus 98.9% (5935 of 6001, 98.90%), the old
/// texts unchanged; the floor stays 98.8. Left: 681's kind (a present-
/// tense account), 685's heading in a text layer, 687's labels run into
/// their text.
/// Ten more (`set: heldout52`, 703–712: unions in western and
/// ethnic-minority regions — a 西宁 city federation's 2023 summary without
/// title (and flattened here), a city federation's 2024 report on its
/// ethnic-unity work (converted here to traditional, and flattened here), a
/// 桂林 school union's plan as page chunks under the site's file name, a
/// 香格里拉 federation's 工作紀實 traditional as stored (and flattened here),
/// a 昌吉 federation secretary's signed account under a paper's series label,
/// and the 内蒙古 federation's yearbook entry with `【…】` headings) scored
/// 84.4% (81 of 96) on their first run; the corpus then 98.7% (6007 of 6085,
/// 98.72%, 645 texts), the old texts unchanged (5926 of 5989). After the
/// fixes (`【…】` headings with their text after them, `brackets`; a
/// yearbook entry's heading over `【概况】` as its title, `title_entry`; a
/// founding year passed over; `紀` folded to `纪`; a traditional word of
/// time after a glued title; a single spaced pair of phrases between
/// paragraphs as a heading, `topic_alone`; a flattened heading going on
/// before a joining word) and 712 relabelled as 397 (`【概况】` the opening):
/// heldout52 92 of 96, the corpus 98.9% (6018 of 6085, 98.90%), the old
/// texts unchanged (5926 of 5989); the floor 98.8.
/// Five more (`set: heldout53`, 716–720: unions in 黑龙江 and 山西 — a
/// Harbin primary school's term plan and the same converted here to
/// traditional script, a city federation's report under a two-line motto
/// title, a subtitle and a bracketed byline date, and the same flattened
/// here, an organ unions' summary excerpt with no title) scored 93.9% (46
/// of 49) on their first run (misses: the report's year read from its
/// byline date, 2013 for 2012, lined and flattened; the flattened report's
/// title run into the speaker's byline); the corpus then 98.9% (6083 of
/// 6149, 98.93%, 652 texts), the old texts unchanged (6037 of 6100). After
/// the fixes (`byline_date`; a run-on byline after a flattened subtitle,
/// `title_subtitle`): heldout53 49 of 49, the corpus 99.0% (6086 of 6149,
/// 98.98%), the old texts unchanged; the floor stays 98.8 while rounds are
/// merged.
/// The ninth session's ten rounds (heldout44–53) all merged: the corpus
/// 98.9% (6288 of 6357, 98.91%, 674 texts), each set keeping its score;
/// the floor 98.8 (seven checks to spare).
/// Ten more (`set: heldout54`, 729–738: hospital and university unions,
/// 2005–2015 — a medical college's 2009 summary under a 总结及要点 title and
/// the same converted here to traditional script, a county hospital's
/// five-year report flattened as stored and the same converted here, two
/// university reports to their congresses with a motto title or a headline
/// over the speaker's name and a bracketed date, each also flattened here,
/// a hospital summary and a health bureau union's summary, traditional as
/// stored with pinyin) scored 92.8% (90 of 97) on their first run (misses:
/// a subtitle printed after the main title's second line and broken over
/// two lines not read, so no title; a flattened headline before the
/// speaker's name and bracketed date not found; an unnumbered part line
/// over one intro paragraph before `一、`, lined and flattened, not read as
/// the part above them; a flattened unnumbered heading run into its text,
/// twice; a flattened `四、` after `一、` where the site's paywall cut 二 and
/// 三); the corpus then 98.8% (6378 of 6454, 98.82%, 684 texts), the old
/// texts unchanged (6288 of 6357). After the fixes (`title_subtitle::
/// split_mid`; a name before a bracketed date in `title_date`; a part line
/// over an intro paragraph in `headings::part_lines`; `flat_part`'s part
/// line run into its text at a word of time): heldout54 94 of 97, the
/// corpus 98.9% (6382 of 6454, 98.88%), the old texts unchanged (every old
/// text's import the same); the floor stays 98.8.
/// Seven more (`set: heldout55`, 739–745: industry unions — a 邮政局
/// plan with the page's line breaks inside words kept as spaces and the
/// same flattened here, a county 交通運輸 union's 2015 工作思路 in
/// traditional script and the same flattened here, an excerpt of 中铁一局's
/// union report on the next five years, flattened as stored, and the same
/// converted here to traditional, a railway institute's union page with a
/// mirror's pinyin) scored 93.8% (61 of 65) on their first run (misses: a
/// heading run on into its first sub-heading, its label lost, simplified
/// and traditional; the untitled page read as a plan; the flattened
/// traditional title run into `結合…實際`); the corpus then 98.9% (6349 of
/// 6422, 681 texts), the old texts unchanged (6288 of 6357). After the
/// fixes (`runin_echo`, `achieved`, `结合…实际` in `glued_title`, five more
/// folded characters): heldout55 65 of 65, the corpus 98.9% (6353 of 6422,
/// 98.93%), the old texts unchanged (every old import's JSON the same);
/// the floor 98.8.
/// Both merged (the tenth session): the corpus 98.9% (6447 of 6519, 98.90%,
/// 691 texts), each set keeping its score; the floor 98.8.
/// Thirteen more (`set: heldout56`, 746–758: the union's own committees
/// and special plans — a 困难职工帮扶 方案, 教代会 and 职代会 reports, one
/// traditional with a converter's pinyin and doubled commas, one flattened
/// as stored with spaced paragraphs, a 职工之家 方案 flattened as stored, a
/// 女工 plan and the same converted here to traditional, a 职工小家 summary
/// and the same flattened here, a 提案 report, an account `…开展…情况`)
/// scored 91.7% (111 of 121) on their first run; the corpus then 98.8%
/// (6558 of 6640, 98.77%, 704 texts, below the floor), the old texts
/// unchanged (6447 of 6519). After the fixes (titles naming the union's
/// works, `未来的工作计划`, parts `…的总体目标`, `1,、` labels,
/// `title_account`, spaced part lines with `工作的回顾`): heldout56 119 of
/// 121, the corpus 98.9% (6566 of 6640, 98.89%), the old texts unchanged
/// (every old import's JSON the same); the floor 98.8.
/// Thirteen more (`set: heldout57`, 759–771: 2022–2026 texts shaped like
/// document copies — two document-site previews, one with the file name
/// line over its title, an untitled hospital chairman's report, a 2022
/// 总结及计划 title over a summary, a half-year plan with a 时间安排 of
/// frequencies, a school chairman's summary whose second part lost its
/// number, a Markdown kindergarten plan, an untitled outline; three
/// flattened here, two converted here to traditional) scored 93.7% (118 of
/// 126) on their first run; the corpus then 98.8% (6684 of 6766, 98.79%,
/// 717 texts, below the floor), the old texts unchanged (6566 of 6640).
/// After the fixes (`file_name`, `lost_label`, `flat_topic`, runs ending
/// before `过去一年` / after `关系` / before a clause of role or purpose, a
/// flattened title run into a sentence without a comma): heldout57 124 of
/// 126, the corpus 98.9% (6690 of 6766, 98.88%), the old texts unchanged
/// (every old import's JSON the same); the floor 98.8.
/// Eleven more (`set: heldout58`, 772–782: grassroots, regional and
/// new-form-of-work union texts — a district 群团工作部's PDF summary and
/// plan under a `…总结和…计划总结报告` title, a new district union's WeChat
/// review under an exclaimed headline with two-line couplet headings, a
/// township union survey report, an untitled city plan for regional and
/// industry wage bargaining opening on a plan cited in `《…》`; three
/// flattened here, four converted here to traditional) scored 85.6% (89 of
/// 104) on their first run; the corpus then 98.7% (6779 of 6870, 98.68%,
/// 728 texts, below the floor), the old texts unchanged (6690 of 6766).
/// After the fixes (`…总结和…计划总结报告` combined, no glued title inside an
/// open `《`, `space_placeholder`, `couplet`, `title_exclaim`): heldout58 100
/// of 104, the corpus 98.8% (6790 of 6870, 98.84%), the old texts unchanged
/// (every old import's JSON the same); the floor 98.8.
/// Eight more (`set: heldout59`, 783–790: the round's source was public
/// GitHub repositories, which gave two real union texts kept as test
/// strings in programs — a science-park federation's proposal for its
/// model workers' Spring Festival grants, and the ACFTU's notice issuing
/// its labour-dispute rules, flattened as stored with its 文号 under the
/// title and a site's `来源:` line; three flattened here, three converted
/// here to traditional) scored 90.2% (74 of 82) on their first run; the
/// corpus then 98.7% (6864 of 6952, 98.73%, 736 texts, below the floor),
/// the old texts unchanged (6790 of 6870). After the fixes
/// (`notice_issuer`: an issuing body before `关于`, a 文号 under the title,
/// a `来源:` line; the document a notice names as the title; `runin_article`)
/// and one title label corrected to the corpus's convention: heldout59 80
/// of 82, the corpus 98.8% (6870 of 6952, 98.82%), the old texts unchanged
/// (every old import's JSON the same); the floor 98.8.
/// Nine more (`set: heldout60`, 791–799: a crawled mirror of a city senior
/// high school's website on GitHub, its union column — a city federation's
/// 金秋助学 notice, the city education union's call for ideas, a joint
/// notice of the education bureau and union, the school union's
/// announcement, election rules, fun-sports 方案, two 疗休养 notices and a
/// photography-contest notice; all real, none made here) scored 84.4% (76
/// of 90) on their first run; the corpus then 98.6% (6946 of 7042, 98.64%,
/// 745 texts, below the floor), the old texts unchanged (6870 of 6952).
/// After the fixes (private-use glyphs as white space; `title_serial`,
/// `series_line`, `joint_issuers`, `title_notice_wrap`; `工会公告` and `办法`
/// title words, spaced title words; repeated field labels no parts;
/// `sig_org_only`, schools named by number; `event_year`): heldout60 87 of
/// 90, the corpus 98.8% (6959 of 7042, 98.82%), the old texts 6872 of 6952
/// (784's and 788's year now right, nothing else changed); the floor 98.8.
/// Nine more (`set: heldout61`, 800–808: four more pages of that mirror —
/// the school union's 疗休养 方案 with its issuer and date under the title,
/// a 三育人 notice, two contests' 规程 — a faculty union's 2025 summary and a
/// university union's congress report from stored pages, and three variants
/// made here, two flattened, one traditional) scored 88.9% (80 of 90) on
/// their first run; the corpus then 98.7% (7039 of 7132, 98.70%, 754 texts,
/// below the floor), the old texts unchanged (6959 of 7042). After the
/// fixes (`sig_head`, `sig_month_day`, `salute_all`, `runin_purpose`; the
/// `规程` title word): heldout61 88 of 90, the corpus 98.8% (7047 of 7132,
/// 98.81%), the old texts unchanged (every old import's JSON the same); the
/// floor 98.8.
/// Eight more (`set: heldout62`, 809–816, from stored pages: a hospital
/// union's half-year summary, a bureau union's 2018 plan with no headings,
/// a 直属机关 plan flattened as stored, three school union summaries, a
/// university union's 2025 plan traditional and flattened as stored with
/// `第一章` chapters, and one variant flattened here) scored 93.5% (72 of
/// 77) on their first run; the corpus then 98.8% (7119 of 7209, 98.75%,
/// 762 texts, below the floor), the old texts unchanged (7047 of 7132).
/// After the fixes (`title_chapter`, `runin_cause`): heldout62 76 of 77
/// (815's goals, a `1.2年度總目標` section under a chapter, left), the
/// corpus 98.8% (7123 of 7209, 98.81%), the old texts unchanged (every old
/// text's misses the same); the floor 98.8.
/// Eight more (`set: heldout63`, 817–824, from stored pages: a hospital
/// union's 2005 report to its staff congress, a school summary flattened as
/// stored, a community 汇报材料, the second page of a school plan, a
/// kindergarten plan traditional as stored, a county half-year summary and
/// the same flattened here, a school summary that is a flat list) scored
/// 89.6% (69 of 77) on their first run; the corpus then 98.7% (7192 of
/// 7286, 98.71%, 770 texts, below the floor), the old texts unchanged (7123
/// of 7209). After the fixes (`month_span`, `bracket_wrap`, `page_digit`;
/// `汇报材料` titles, `-最新范文` tags, `05…` years, long lists with one
/// item of two sentences): heldout63 76 of 77 (821's list of activities
/// with heading sentences, labelled no headings, left), the corpus 98.8%
/// (7199 of 7286, 98.81%), the old texts unchanged (every old text's
/// misses the same); the floor 98.8.
/// Eight more (`set: heldout64`, 825–832, from stored pages: a unit union's
/// untitled 2018 summary with its 2019 plan and the same flattened here, a
/// county education union's plan traditional as stored, a school summary, a
/// 房管局 union's summary, a school's 三八 activity 方案, a primary school
/// plan, a university union's notice with its 文号 and dated signature)
/// scored 98.7% (76 of 77) on their first run; the corpus then 98.8% (7275
/// of 7363, 98.80%, 778 texts), the old texts unchanged (7199 of 7286). The
/// one miss, the untitled notice's year read from its November signature
/// as next year's, fixed (`event_year::closes_as_notice`: a closing line
/// `特此通知` makes a notice, its own year): heldout64 77 of 77, the corpus
/// 98.8% (7276 of 7363, 98.82%), the old texts unchanged (every old text's
/// misses the same); the floor 98.8.
/// Five more (`set: heldout65`, 833–837, from stored pages, fewer because
/// most hits were in the corpus already or taken by heldout66: a forest
/// farm union's 2015 summary under a `…工作安排` headline and the same
/// converted here to traditional, a retirees' committee's report to its
/// congress, a city federation's 2025 half-year summary and the same
/// flattened here) scored 91.8% (45 of 49) on their first run; the corpus
/// then 98.8% (7321 of 7412, 98.77%, 783 texts, below the floor), the old
/// texts unchanged (7276 of 7363). The misses, the headline's plan word
/// over an account of the year and the year named only deep in the body,
/// fixed (`result_heads`: level-1 headings that each state a result
/// reached make a summary; `body_year`: the one year the body writes,
/// opening two sentences or more): heldout65 49 of 49, the corpus 98.8%
/// (7325 of 7412, 98.83%), the old texts unchanged (every old text's
/// misses the same); the floor 98.8.
/// Eight more (`set: heldout66`, 841–848; public GitHub repositories were
/// searched first as a new source and held no usable text, so from stored
/// pages: a county federation's 双拥 plan under a site's `…计划范文` title
/// and the same flattened here, a retirees' centre union's `工作交流` on
/// 2018, a telecom branch union's 2017 report under a headline with
/// unnumbered heading sentences and the same converted here to
/// traditional, a township summary with no title, a county federation's
/// summary traditional as stored, a township plan that is a flat list of
/// six `(一)` targets) scored 88.0% (66 of 75) on their first run; the
/// corpus then 98.7% (7342 of 7438, 98.71%, 786 texts, below the floor),
/// the old texts unchanged (7276 of 7363). Two misses were a labelling
/// slip (841's and 847's titles written without the site's `范文` against
/// the corpus's sixteen older `…范文` titles; corrected after the run).
/// After the fixes (`title_year_head`: a headline over an opening on the
/// year naming the union is the title, a summary when that sentence holds
/// no word of intention; `工作交流` titles are summaries): heldout66 74 of
/// 75 (846's flat list of `(一)` targets, two of them with a heading
/// sentence, read as six headings, left), the corpus 98.8% (7350 of 7438,
/// 98.82%), the old texts unchanged (every old text's misses the same);
/// the floor 98.8. Then 844 and 845 were withdrawn: their pages are those
/// of 008 and 031, so not held out; without them heldout66's first run is
/// 48 of 57 (84.2%), after the fixes 56 of 57. Both sets merged: the corpus
/// 98.8% (7381 of 7469, 98.82%, 789 texts); the floor 98.8.
/// Eight more (`set: heldout67`, 849–856, from stored pages, five real
/// documents and three variants, searched with years, regions, unit kinds
/// and genres the earlier sets had not tried: a county education union's
/// 2016 summary under a 总结及计划 label, traditional as stored, a college
/// union's 2019 plan with run-in `指导思想:` and `主要目标:` in its opening
/// and the same flattened here, an untitled university union plan for 2020
/// and the same flattened here, a provincial hospital union's summary and
/// the same converted here to traditional, a railway bureau union's report
/// to its committee with an unnumbered `工作的简要回顾` over `(一)` parts)
/// scored 93.7% (74 of 79) on their first run; the corpus then 98.8% (7455
/// of 7548, 98.77%, 797 texts, below the floor), the old texts unchanged
/// (7381 of 7469). The misses, a run-in goals label not read as the goals
/// part (twice), a review line over `(一)` parts not read as their part,
/// two long flattened headings run into their text and a flattened run-in
/// `指导思想:` read as a heading, fixed but the last (`opening_goals`: a
/// short `…目标:` label opening the opening's last sentence; `runin`:
/// `凝心聚力` and `保障` end a label, `精心` opens a long label's text;
/// `review_part`: a `…工作…回顾` line over the first `(一)` in a body with
/// no `一、` ranks as a part above them): heldout67 78 of 79 (854's
/// `指导思想:`, run in mid-paragraph before flattening, left: a flattened
/// copy cannot tell it from a label that began a paragraph), the corpus
/// 98.8% (7459 of 7548, 98.82%), the old texts unchanged (every old text's
/// misses the same); the floor 98.8.
const FLOOR: f64 = 98.8;

/// One corpus file: its header fields and its text.
struct Doc {
    name: String,
    fields: BTreeMap<String, String>,
    text: String,
}

fn corpus() -> Vec<Doc> {
    let dir = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"));
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let raw = std::fs::read_to_string(dir.join(&name)).unwrap();
            let (head, text) = raw
                .split_once("\n---\n")
                .unwrap_or_else(|| panic!("{name}: no --- line"));
            let fields = head
                .lines()
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .collect();
            Doc {
                name,
                fields,
                text: text.to_string(),
            }
        })
        .collect()
}

/// Heading text as compared: no white space, quotes or Markdown marks,
/// half-width punctuation as full-width, no punctuation at the end.
fn norm(s: &str) -> String {
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && !"\"“”‘’'「」*".contains(*c))
        .map(|c| match c {
            ',' => '，',
            ':' => '：',
            ';' => '；',
            '(' => '（',
            ')' => '）',
            '!' => '！',
            '?' => '？',
            _ => c,
        })
        .collect();
    t.trim_end_matches(['。', '，', '：', '；', '.', '、', '！', '？'])
        .to_string()
}

fn list(v: &str) -> Vec<String> {
    v.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn kind_name(p: &Plan) -> String {
    serde_json::to_value(p.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The level-1 headings the plan keeps in the author's words: its sections,
/// the named parts' own headings (`headings` in the JSON, when present) and
/// the heading of next year's part.
fn author_headings(p: &Plan) -> Vec<String> {
    let mut out: Vec<String> = p.sections.iter().map(|s| norm(&s.heading)).collect();
    if let Ok(v) = serde_json::to_value(p) {
        if let Some(m) = v.get("headings").and_then(|h| h.as_object()) {
            out.extend(m.values().filter_map(|h| h.as_str()).map(norm));
        }
    }
    if let Some(n) = &p.next {
        out.extend(n.title.lines().next().map(norm));
    }
    out.retain(|h| !h.is_empty());
    out.sort();
    out
}

/// Han characters other than numerals: what the text check counts.
fn counted(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) && !"〇一二三四五六七八九十".contains(c)
}

/// Characters of the source missing from the txt export (numerals and
/// characters in `drop:` aside).
fn text_missing(doc: &Doc, p: &Plan) -> String {
    let out = String::from_utf8(export(p, "txt").unwrap_or_default()).unwrap_or_default();
    let mut have: BTreeMap<char, i64> = BTreeMap::new();
    for c in out.chars().filter(|c| counted(*c)) {
        *have.entry(c).or_default() += 1;
    }
    let drop = doc.fields.get("drop").cloned().unwrap_or_default();
    for c in drop.chars().filter(|c| counted(*c)) {
        *have.entry(c).or_default() += 1;
    }
    // `第一,` is numbering like `一、` (derived again on export): its 第 is
    // not counted; nor are the 第 and 部分 of a part label (`第一部分`, the
    // rank above `一、`, at a line's start, or anywhere as a flattened copy
    // runs it on after the title or a sentence), the 第 and 篇 of one at a
    // line's start, nor those of a chapter label anywhere (`第一章`)
    let cs: Vec<char> = doc.text.chars().collect();
    let numeral = |c: &char| "一二三四五六七八九十".contains(*c);
    let ordinal = |i: usize| {
        cs[i] == '第'
            && cs.get(i + 1).is_some_and(numeral)
            && cs[i + 1..]
                .iter()
                .find(|c| !numeral(c))
                .is_some_and(|c| ",，、.．".contains(*c))
    };
    let mut part_label = vec![false; cs.len()];
    for i in 0..cs.len() {
        let line_start = i == 0 || cs[i - 1] == '\n';
        if cs[i] != '第' {
            continue;
        }
        let n = cs[i + 1..].iter().take_while(|c| numeral(c)).count();
        let word: String = cs[i + 1 + n..].iter().take(2).collect();
        let w = if word == "部分" {
            2
        } else if word.starts_with('篇') && line_start || word.starts_with('章') {
            1
        } else {
            0
        };
        if n > 0 && w > 0 {
            for k in [i].into_iter().chain(i + 1 + n..i + 1 + n + w) {
                part_label[k] = true;
            }
        }
    }
    let mut missing = String::new();
    for (_, c) in cs
        .iter()
        .enumerate()
        .filter(|(i, c)| counted(**c) && !ordinal(*i) && !part_label[*i])
    {
        let c = *c;
        let n = have.entry(c).or_default();
        *n -= 1;
        if *n < 0 {
            missing.push(c);
        }
    }
    missing
}

const CHECKS: [&str; 11] = [
    "title",
    "kind",
    "year",
    "guiding",
    "goals",
    "headings",
    "months",
    "next",
    "signature",
    "issuance",
    "text",
];

/// Level-1 headings (found and expected, found, expected), for precision
/// and recall over the corpus.
fn heading_counts(doc: &Doc) -> (usize, usize, usize) {
    let want: Vec<String> = list(&doc.fields.get("headings").cloned().unwrap_or_default())
        .iter()
        .map(|h| norm(h))
        .collect();
    let got = author_headings(&import_text(&doc.text).plan);
    let hits = got.iter().filter(|h| want.contains(h)).count();
    (hits, got.len(), want.len())
}

/// (check, passed, what was found) for every check that applies to `doc`.
fn score(doc: &Doc) -> Vec<(&'static str, bool, String)> {
    let f = |k: &str| doc.fields.get(k).cloned().unwrap_or_default();
    let imp = import_text(&doc.text);
    let p = &imp.plan;
    let mut r = Vec::new();
    let title: String = p.title.lines().collect();
    r.push(("title", norm(&title) == norm(&f("title")), title));
    r.push(("kind", kind_name(p) == f("kind"), kind_name(p)));
    if let Ok(y) = f("year").parse::<i32>() {
        r.push(("year", p.year == y, p.year.to_string()));
    }
    let yes = |k: &str| f(k) == "yes";
    r.push((
        "guiding",
        p.guiding.trim().is_empty() != yes("guiding"),
        p.guiding.chars().take(20).collect(),
    ));
    r.push((
        "goals",
        p.goals.trim().is_empty() != yes("goals"),
        p.goals.chars().take(20).collect(),
    ));
    let mut want: Vec<String> = list(&f("headings")).iter().map(|h| norm(h)).collect();
    want.sort();
    let got = author_headings(p);
    r.push(("headings", got == want, got.join(" | ")));
    let months: Vec<String> = p
        .schedule
        .iter()
        .map(|e| {
            e.months
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    r.push(("months", months == list(&f("months")), months.join(" | ")));
    // a 总结暨计划 always has a `next` (normalize adds an empty one): what
    // counts is whether the import read anything into it
    let next = p.next.as_ref().is_some_and(|n| {
        !n.title.trim().is_empty() || !n.guiding.trim().is_empty() || !n.sections.is_empty()
    });
    r.push(("next", next == yes("next"), next.to_string()));
    let sig = &p.signature;
    let got_sig = match &sig.date {
        None if sig.organization.is_empty() => String::new(),
        d => format!("{} | {}", sig.organization, d.clone().unwrap_or_default()),
    };
    // a signature without a date is written `organisation |` in the header
    let got_sig = got_sig.trim_end().to_string();
    // (compared as headings are: the importer sets `(` `)` full-width)
    r.push((
        "signature",
        norm(&got_sig) == norm(&f("signature")),
        got_sig,
    ));
    if doc.fields.contains_key("issuance") {
        let n = p
            .issuance
            .as_ref()
            .map(|i| i.number.clone())
            .unwrap_or_default();
        r.push(("issuance", norm(&n) == norm(&f("issuance")), n));
    }
    let missing = text_missing(doc, p);
    r.push(("text", missing.is_empty(), missing));
    r
}

#[test]
fn real_texts_score_at_least_the_floor() {
    let docs = corpus();
    assert!(docs.len() >= 40, "the corpus holds {} texts", docs.len());
    let mut tally: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut whole = 0;
    let mut sets: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut h1 = (0, 0, 0);
    for doc in &docs {
        let (hit, got, want) = heading_counts(doc);
        (h1.0, h1.1, h1.2) = (h1.0 + hit, h1.1 + got, h1.2 + want);
        if hit < got {
            println!("EXTRA {} {} heading(s) not expected", doc.name, got - hit);
        }
        let checks = score(doc);
        whole += checks.iter().all(|c| c.1) as usize;
        if let Some(set) = doc.fields.get("set") {
            let t = sets.entry(set.clone()).or_default();
            t.0 += checks.iter().filter(|c| c.1).count() as u32;
            t.1 += checks.len() as u32;
        }
        for (check, ok, found) in checks {
            let t = tally.entry(check).or_default();
            t.1 += 1;
            if ok {
                t.0 += 1;
            } else {
                let want = if check == "text" {
                    "all kept".to_string()
                } else {
                    doc.fields.get(check).cloned().unwrap_or_default()
                };
                misses.push(format!("{} {check}: want «{want}» got «{found}»", doc.name));
            }
        }
    }
    for m in &misses {
        println!("MISS {m}");
    }
    let (mut pass, mut all) = (0, 0);
    println!("\n{:<10} {:>5} {:>5} {:>7}", "check", "pass", "of", "%");
    for c in CHECKS {
        let (p, n) = tally.get(c).copied().unwrap_or_default();
        pass += p;
        all += n;
        let pct = if n == 0 {
            100.0
        } else {
            100.0 * p as f64 / n as f64
        };
        println!("{c:<10} {p:>5} {n:>5} {pct:>6.1}%");
    }
    let overall = 100.0 * pass as f64 / all as f64;
    println!(
        "{:<10} {pass:>5} {all:>5} {overall:>6.1}%  ({} texts)",
        "overall",
        docs.len()
    );
    println!("{whole} of {} texts have every check right", docs.len());
    println!(
        "level-1 headings: precision {:.1}% ({} of {} found), recall {:.1}% ({} of {} expected)",
        100.0 * h1.0 as f64 / h1.1.max(1) as f64,
        h1.0,
        h1.1,
        100.0 * h1.0 as f64 / h1.2.max(1) as f64,
        h1.0,
        h1.2
    );
    for (set, (p, n)) in &sets {
        let first = match set.as_str() {
            "heldout" => " (first run 35 of 37, 94.6%, before unnumbered headings)",
            "heldout2" => {
                " (first run 92 of 98, 93.9%, before 规划 titles, page chunks, run-in sub-items)"
            }
            "heldout3" => " (first run 122 of 133, 91.7%, before run-in headings and titles)",
            "heldout4" => " (first run 61 of 65, 93.8%, before blank-line paragraphs)",
            "heldout5" => " (first run 64 of 66, 97.0%, before 方案 titles)",
            "heldout6" => " (first run 54 of 55, 98.2%, before unnumbered heading lines)",
            "heldout7" => {
                " (first run 183 of 202, 90.6%, before run-in part keywords, `四)` labels, report titles)"
            }
            "heldout8" => " (first run 130 of 140, 92.9%, before labels across blank lines, chunk titles)",
            "heldout9" => " (first run 79 of 82, 96.3%, before site marks after titles, report titles)",
            "heldout10" => {
                " (first run 116 of 123, 94.3%, before speaker and notice titles, labels in flattened text)"
            }
            "heldout11" => {
                " (first run 121 of 129, 93.8%, before `1、` over `第一,`, placeholder dates and years)"
            }
            "heldout12" => " (first run 124 of 131, 94.7%, before flattened and motto titles, half-year reports)",
            "heldout13" => " (first run 120 of 130, 92.3%, before 計畫 titles, years without 年, spaced labels)",
            "heldout14" => " (first run 122 of 128, 95.3%, before untitled summaries with next year's plan, chunk titles)",
            "heldout15" => {
                " (first run 127 of 131, 96.9%, before run-in headings after `*`, cover titles, part lines)"
            }
            "heldout16" => {
                " (first run 98 of 113, 86.7%, before 汇报 titles, notices over 要点, doubled titles)"
            }
            "heldout17" => {
                " (first run 101 of 102, 99.0%, before run-in headings after `__` and three phrases)"
            }
            "heldout18" => {
                " (first run 111 of 118, 94.1%, before spaced page chunks, forum codes, title dashes)"
            }
            "heldout19" => {
                " (first run 108 of 112, 96.4%, before pinyin-wide headings, 某年 after a glued title)"
            }
            "heldout20" => {
                " (first run 106 of 121, 87.6%, before notice titles, spaced chunks, 竞赛目标, month records)"
            }
            "heldout21" => {
                " (first run 90 of 104, 86.5%, before month pages without a heading, 下半年 parts)"
            }
            "heldout22" => {
                " (first run 132 of 143, 92.3%, before spaced labels, a month table's glued numbers)"
            }
            "heldout23" => {
                " (first run 130 of 142, 91.5%, before chapter labels, glued and headline titles)"
            }
            "heldout24" => {
                " (first run 130 of 143, 90.9%, before month tables with `一、` items, lost numbers)"
            }
            "heldout25" => {
                " (first run 111 of 122, 91.0%, before speech titles written twice, plan years, 方案 guiding parts)"
            }
            "heldout26" => {
                " (first run 133 of 144, 92.4%, before 下半年工作安排 titles, dash-led lines, weekday lists)"
            }
            "heldout27" => {
                " (first run 125 of 138, 90.6%, before acting subjects, outlines, honours, spaced topic lines)"
            }
            "heldout28" => {
                " (first run 131 of 141, 92.9%, before report lead-ins, long field labels, headline titles, yearbooks)"
            }
            "heldout29" => {
                " (first run 127 of 145, 87.6%, before omission marks, page marks, (试行) lines, XX年 parts)"
            }
            "heldout30" => {
                " (first run 99 of 103, 96.1%, before salutations over the year gone by, role clauses after a space)"
            }
            "heldout31" => " (first run 101 of 104, 97.1%, before 汇报发言 titles, comma topic lines)",
            "heldout32" => {
                " (first run 116 of 120, 96.7%, before bare one-sentence lists, term-word title ends, run-on 三、 lines)"
            }
            "heldout34" => " (first run 107 of 111, 96.4%, before hidden-text notes in a line, 申报材料 titles)",
            "heldout35" => {
                " (first run 103 of 115, 89.6%, before dated report titles, sample numbers, opening goals, page fields)"
            }
            "heldout33" => {
                " (first run 97 of 105, 92.4%, before 总结材料 titles, a summary's goals heading, `-、` labels)"
            }
            "heldout36" => " (first run 107 of 107, 100.0%, no fixes needed)",
            "heldout37" => {
                " (first run 120 of 122, 98.4%, before a flattened title before 为了, masked dates' years)"
            }
            "heldout38" => {
                " (first run 72 of 84, 85.7%, before site labels by the title, comma topic lines, part lines)"
            }
            "heldout39" => {
                " (first run 94 of 109, 86.2%, before cover words, repeated part labels, spread 通知 titles, site tags)"
            }
            "heldout42" => {
                " (first run 92 of 102, 90.2%, before motto titles over the salutation, flat subtitles, 第一部分)"
            }
            "heldout40" => {
                " (first run 73 of 75, 97.3%, then 556–559 34 of 38, before broken headings, 在…的今天, lead years)"
            }
            "heldout41" => {
                " (first run 113 of 127, 89.0%, before masked years after 在, section names, spaced 文号s)"
            }
            "heldout45" => {
                " (first run 88 of 93, 94.6%, before title copies on 指导思想, 责任书 and dash headlines, lost parts)"
            }
            "heldout46" => " (first run 95 of 96, 99.0%, before a first line opening with 一、 as no glued title)",
            "heldout43" => {
                " (first run 78 of 83, 94.0%, before wide paragraph lines, repeated words, union-named titles, tallies)"
            }
            "heldout48" => {
                " (first run 89 of 95, 93.7%, before Y、M、D dates, cited 文号 years, dotted phrases, dated items)"
            }
            "heldout47" => {
                " (first run 78 of 92, 84.8%, before 经验材料 titles, spaced motto titles, 未来计划 openings)"
            }
            "heldout49" => {
                " (first run 89 of 100, 89.0%, before notices listing attachments, bare 一 sub-items)"
            }
            "heldout50" => {
                " (first run 94 of 112, 83.9%, before counts so far, echoed headlines, addressees, site addresses)"
            }
            "heldout52" => {
                " (first run 81 of 96, 84.4%, before 【…】 headings, 紀實 titles, lone spaced heading lines)"
            }
            "heldout44" => {
                " (first run 88 of 93, 94.6%, before purpose clauses and slogans after two phrases, 主要任务 titles)"
            }
            "heldout51" => {
                " (first run 104 of 111, 93.7%, before 计划书 titles, run-in （1）, guiding labels after 。, bylines)"
            }
            "heldout53" => " (first run 46 of 49, 93.9%, before bracketed byline dates and run-on bylines)",
            "heldout54" => {
                " (first run 90 of 97, 92.8%, before mid-line subtitles, bracketed byline names, part lines over an intro)"
            },
            "heldout55" => {
                " (first run 61 of 65, 93.8%, before echoed sub-headings, untitled accounts, 结合…实际)"
            }
            "heldout56" => {
                " (first run 111 of 121, 91.7%, before union-works titles, 未来的工作计划, …的总体目标, …情况 titles)"
            }
            "heldout57" => {
                " (first run 118 of 126, 93.7%, before file name lines, lost part numbers, 过去一年 and 关系 run-ins)"
            }
            "heldout58" => {
                " (first run 89 of 104, 85.6%, before …计划总结报告 titles, cited 《》 plans, spaced placeholders, couplet headings, exclaimed headlines)"
            }
            "heldout59" => {
                " (first run 74 of 82, 90.2%, before issuing bodies before 关于, 文号 under a notice's title, 来源 lines, articles run on)"
            }
            "heldout60" => {
                " (first run 76 of 90, 84.4%, before private-use glyphs, serial and series lines, joint issuers, wrapped notice titles, repeated field labels, dateless and short-name signatures, event and rules years)"
            }
            "heldout61" => {
                " (first run 80 of 90, 88.9%, before issuers under the title, month-and-day signatures, 规程 titles, everyone-addressed notices, short labels before a purpose clause)"
            }
            "heldout62" => {
                " (first run 72 of 77, 93.5%, before titles run into 第一章, short labels before a clause of cause)"
            }
            "heldout63" => {
                " (first run 69 of 77, 89.6%, before 汇报材料 titles, months opening a sentence, headings broken inside a bracket, page numbers in headings)"
            }
            "heldout64" => " (first run 76 of 77, 98.7%, before untitled notices known by 特此通知)",
            "heldout65" => {
                " (first run 45 of 49, 91.8%, before headings stating results reached, a year the body names throughout)"
            }
            "heldout66" => {
                " (first run 48 of 57, 84.2%, before headlines over an opening on the year, 工作交流 titles)"
            }
            "heldout67" => {
                " (first run 74 of 79, 93.7%, before run-in goals labels, review lines over (一), long flattened labels)"
            }
            _ => "",
        };
        println!(
            "set: {set}{first}: {p} of {n} checks, {:.1}%",
            100.0 * *p as f64 / *n as f64
        );
    }
    assert!(
        overall >= FLOOR,
        "import structure score {overall:.1}% fell below the floor {FLOOR}%"
    );
}

#[test]
fn the_scorer_compares_headings_as_written() {
    assert_eq!(norm("指导思想:"), norm("指导思想"));
    assert_eq!(norm("以“建家”为龙头,促进"), "以建家为龙头，促进");
    assert_ne!(norm("存在的不足"), norm("存在问题"));
    assert!(counted('汉') && !counted('三') && !counted('，'));
}
