// Writes tests/cases/entities.json: the seed articles' entities with spans computed here with
// JavaScript string semantics (UTF-16 indices, as the product reports them), never typed by
// hand. Each entity is located by a context string that occurs once in the article; the
// span is that of `text` inside it (so a clitic in the context stays outside the span).
//   node tools/ner/make_entity_cases.mjs > tests/cases/entities.json
import { readFileSync } from 'node:fs';

const seeds = {
  a: 'tests/data/000_00fe2e4262b66faa.txt',
  b: 'tests/data/003_068320e3f5882409.txt',
};

// [article, text, type, context]
const entities = [
  ['a', 'نيكي_هيلي', 'PER', '#نيكي_هيلي،'],
  ['a', 'فاسيلي نبينزيا', 'PER', 'الروسي، فاسيلي نبينزيا،'],
  ['a', 'بشار الأسد', 'PER', 'نظام بشار الأسد باستخدام'],
  ['a', 'هايلي', 'PER', 'وقالت هايلي:'],
  ['a', 'إدلب', 'LOC', 'قصف إدلب بالكلور'],
  ['a', 'دمشق', 'LOC', '#دمشق.'],
  ['a', 'دمشق', 'LOC', 'الشرقية لدمشق،'],
  ['a', 'الغوطة الشرقية', 'LOC', 'على الغوطة الشرقية في ضواحي'],
  ['a', 'دوما', 'LOC', 'مدينة دوما في'],
  ['a', 'مجلس الأمن', 'ORG', 'لمجلس الأمن حول'],
  ['a', 'الأمم المتحدة', 'ORG', 'لدى الأمم المتحدة،'],
  ['a', 'داعش', 'ORG', 'وتنظيم داعش مسؤولية'],
  ['b', 'ريكس تيلرسون', 'PER', 'الوزير ريكس تيلرسون،'],
  ['b', 'سيرجي لافروف', 'PER', 'سيرجي لافروف، وأكد'],
  ['b', 'حلب', 'LOC', 'مدينة حلب من الجهة'],
  ['b', 'خان شيخون', 'LOC', 'بلدة خان شيخون بسورية'],
  ['b', 'سورية', 'LOC', 'شيخون بسورية،'],
  ['b', 'دارة عزة', 'LOC', 'مدينة دارة عزة،'],
  ['b', 'الفوعة', 'LOC', 'بلدتي الفوعة وكفريا وصلت'],
  ['b', 'كفريا', 'LOC', 'بلدتي الفوعة وكفريا وصلت'],
  ['b', 'دمشق', 'LOC', 'شرق دمشق بهدف'],
  ['b', 'منظمة حظر الأسلحة الكيماوية', 'ORG', 'لمنظمة حظر الأسلحة الكيماوية،'],
  ['b', 'الناتو', 'ORG', 'توسع الناتو بشرق'],
];

// Function words, days, months and verbs of the seeds: never a person, place or organization.
const notEntities = {
  a: ['كيمياوية', 'الكيمياوية', 'وقالت', 'الاثنين', 'شباط', 'فبراير', 'الأحد', 'وأضافت', 'يندد', 'في', 'إن', 'الكلور', 'كانون', 'يناير'],
  b: ['أبريل', 'الجاري', 'وأضاف', 'قالت', 'أمس', 'فيما', 'أعلنت', 'تحدث'],
};

// Short inputs for clitics and context rules: [name, input, [[text, type, context]...], absent words]
const synthetic = [
  ['clitics_outside_spans', 'قال مسؤول إن الوفد توجه لروسيا أمس، وبدمشق عقد لقاء مع مندوب الأمم المتحدة.',
    [['روسيا', 'LOC', 'لروسيا'], ['دمشق', 'LOC', 'وبدمشق'], ['الأمم المتحدة', 'ORG', 'الأمم المتحدة']],
    ['قال', 'أمس', 'مسؤول']],
  ['title_before_person', 'التقى الرئيس الفرنسي إيمانويل ماكرون في باريس يوم الخميس وفدا من حزب العمال البريطاني.',
    [['إيمانويل ماكرون', 'PER', 'إيمانويل ماكرون'], ['باريس', 'LOC', 'باريس']],
    ['الخميس', 'التقى', 'الرئيس', 'حزب العمال البريطاني', 'الرئيس الفرنسي']],
  // Clitics stay outside names the tagger finds: و, ب, ل, وب...
  ['clitics_outside_model_names', 'وفي الخرطوم، التقى المبعوث ممثلين عن السودان وتشاد وبحث معهم الوضع في دارفور ولبنان.',
    [['الخرطوم', 'LOC', 'وفي الخرطوم'], ['تشاد', 'LOC', 'وتشاد'], ['دارفور', 'LOC', 'دارفور'], ['لبنان', 'LOC', 'ولبنان']],
    ['وتشاد', 'ولبنان', 'المبعوث']],
  // Foreign names in Arabic letters with no title before them.
  ['transliterated_names_without_title', 'وقال فلاديمير بوتين إن موسكو لن تتراجع، فيما رد جون كيري من واشنطن.',
    [['فلاديمير بوتين', 'PER', 'فلاديمير بوتين'], ['جون كيري', 'PER', 'جون كيري'], ['موسكو', 'LOC', 'موسكو'], ['واشنطن', 'LOC', 'واشنطن']],
    ['وقال', 'فيما']],
  // ANERcorp's convention: a nationality adjective after an organization is not part of it.
  ['organization_then_adjective', 'وأعلن حزب الله اللبناني في بيان أن الاتحاد الأوروبي لم يرد بعد.',
    [['حزب الله', 'ORG', 'حزب الله اللبناني'], ['الاتحاد الأوروبي', 'ORG', 'الاتحاد الأوروبي']],
    ['حزب الله اللبناني', 'اللبناني', 'وأعلن']],
  // Brands, media and companies written in Latin letters inside Arabic text.
  ['latin_script_names', 'وأعلنت شركة Google أنها ستتعاون مع Toyota في تطوير السيارات، بحسب ما نقلت BBC عن مصادر في طوكيو.',
    [['Google', 'ORG', 'شركة Google'], ['Toyota', 'ORG', 'Toyota'], ['BBC', 'ORG', 'BBC'], ['طوكيو', 'LOC', 'طوكيو']],
    ['أنها', 'بحسب']],
  // A club named after its city, in a sports paragraph.
  ['club_named_after_city', 'وفي دوري أبطال أوروبا، فاز ليون على ضيفه بورتو بهدفين مقابل هدف، وسجل المهاجم كريم بنزيمة هدف الفوز في الدقيقة الأخيرة من المباراة.',
    [['ليون', 'ORG', 'فاز ليون'], ['بورتو', 'ORG', 'بورتو'], ['كريم بنزيمة', 'PER', 'كريم بنزيمة']],
    ['المهاجم', 'الدقيقة']],
  // A ruler's ordinal is part of the name, 11-19 included (ANERcorp's convention).
  ['regnal_names', 'واستقبل العاهل المغربي الملك محمد السادس في الرباط وفدا فرنسيا، وفي عهد الملك لويس الرابع عشر بني قصر فرساي.',
    [['محمد السادس', 'PER', 'محمد السادس'], ['لويس الرابع عشر', 'PER', 'لويس الرابع عشر'], ['الرباط', 'LOC', 'الرباط']],
    ['محمد', 'لويس', 'السادس', 'لويس الرابع']],
  // A whole بن/آل chain is one name.
  ['bin_chains', 'وأصدر الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة قرارا جديدا، ورحب به ولي العهد السعودي الأمير محمد بن سلمان.',
    [['محمد بن راشد آل مكتوم', 'PER', 'محمد بن راشد آل مكتوم'], ['محمد بن سلمان', 'PER', 'محمد بن سلمان']],
    ['آل مكتوم', 'محمد', 'راشد']],
  // A surname alone, after the full name earlier in the article.
  ['surname_alone_after_full_name', 'قال الباحث الفرنسي جان لوك ماريون إن الدراسة شملت ألف مريض.\nوأوضح ماريون في مؤتمر صحفي أن النتائج ستنشر الشهر المقبل.',
    [['جان لوك ماريون', 'PER', 'جان لوك ماريون'], ['ماريون', 'PER', 'وأوضح ماريون']],
    ['الباحث', 'وأوضح']],
  // A surname alone is found by its spelling variants, but a common word spelled like it
  // (كوريا / كرة) stays a word.
  ['surname_variant_not_common_word', 'سجل اللاعب خوان كوريا هدفا بعد أن تلقى كرة عرضية من زميله، ثم سدد كرة قوية في المرمى.',
    [['خوان كوريا', 'PER', 'خوان كوريا']],
    ['كرة', 'كرة عرضية']],
];

// A paragraph repeated to about 1 MB of UTF-8: every repetition gives the same mentions (the
// document-wide steps, linking and spreading names, stay exact at that size).
const paragraph = 'قال الرئيس الأمريكي جورج بوش في واشنطن إن الأمم المتحدة ستدعم الحل. ';
const repeat = Math.ceil(1_000_000 / Buffer.byteLength(paragraph));

function span(text, needle, context) {
  const at = text.indexOf(context);
  if (at < 0 || text.indexOf(context, at + 1) >= 0) throw new Error(`context must occur once: ${context}`);
  const inner = context.indexOf(needle);
  if (inner < 0) throw new Error(`${needle} not in ${context}`);
  return { start: at + inner, end: at + inner + needle.length };
}

const cases = [];
for (const [key, file] of Object.entries(seeds)) {
  const text = readFileSync(file, 'utf8');
  const expect = entities
    .filter(([k]) => k === key)
    .map(([, needle, type, context]) => ({ ...span(text, needle, context), text: needle, type }));
  const absent = notEntities[key].flatMap((w) => ['PER', 'LOC', 'ORG'].map((type) => ({ text: w, type })));
  cases.push({
    name: `seed_entities_${file.split('/').pop().replace('.txt', '')}`,
    op: 'analyze',
    input_file: file,
    expect: { entities: expect },
    absent: { entities: absent },
  });
}
for (const [name, input, items, words] of synthetic) {
  cases.push({
    name: `entities_${name}`,
    op: 'analyze',
    input,
    expect: { entities: items.map(([needle, type, context]) => ({ ...span(input, needle, context), text: needle, type })) },
    absent: { entities: words.flatMap((w) => ['PER', 'LOC', 'ORG'].map((type) => ({ text: w, type }))) },
  });
}
cases.push({
  name: 'entities_one_megabyte_repeats_exactly',
  op: 'analyze',
  input: paragraph,
  repeat,
  count: [
    { array: 'entities', match: { text: 'جورج بوش', type: 'PER' }, n: repeat },
    { array: 'entities', match: { text: 'واشنطن', type: 'LOC' }, n: repeat },
    { array: 'entities', match: { text: 'الأمم المتحدة', type: 'ORG' }, n: repeat },
  ],
});
process.stdout.write(JSON.stringify(cases, null, 1) + '\n');
