// Writes tests/cases/quotes.json: attributed statements ("who said what") in the seed articles
// and in short texts for each rule of ANNOTATION.md, with spans computed here with JavaScript
// string semantics (UTF-16 indices, as the product reports them), never typed by hand. Each
// span is located by a context string that occurs once in its text; the span is that of the
// needle inside it. A field left out (a content's end, a speaker) is not checked.
//   node tools/quotes_eval/make_quote_cases.mjs > tests/cases/quotes.json
import { readFileSync } from 'node:fs';

const seeds = {
  a: 'tests/data/000_00fe2e4262b66faa.txt',
  b: 'tests/data/003_068320e3f5882409.txt',
};

// Statements written from reading the seeds under ANNOTATION.md, not from the analyzer's
// output. [kind, content, cue, speaker]; a span is [needle, context] (context defaults to
// the needle); content [start-needle, context, null] checks where it starts only.
const seedQuotes = {
  a: [
    ['indirect', ['الحكومة الروسية "لم تف بالتزاماتها" بحمايتها للحكومة السورية من المحاسبة'], ['وقالت', 'وقالت الخارجية'],
      ['الخارجية الأميركية', 'وقالت الخارجية الأميركية']],
    ['direct', ['هناك أدلة واضحة'], ['وقالت', 'وقالت السفيرة'], ['السفيرة الأميركية لدى الأمم المتحدة، #نيكي_هيلي']],
    ['direct', ['لدينا معلومات حول استخدام نظام الأسد للكلور ضد شعبه مرارا في الأسابيع الأخيرة، وكان آخرها بالامس (الأحد)'],
      ['وأضافت'], ['السفيرة الأميركية لدى الأمم المتحدة، #نيكي_هيلي']],
    ['indirect', ['موسكو طلبت وقتا لدرس النص قبل تبنيه'], ['وأفاد'], ['دبلوماسيون', 'وأفاد دبلوماسيون']],
    ['direct', ['أخرت روسيا تبني الإعلان، وهو إدانة بسيطة مرتبطة بأطفال سوريين يلاقون صعوبة بالتنفس بسبب الكلور'],
      ['وقالت', 'وقالت هايلي'], ['هايلي', 'وقالت هايلي']],
  ],
  b: [
    ['indirect', ['الوزير ريكس تيلرسون', 'أن الوزير ريكس تيلرسون', null], ['أعلنت', 'فيما أعلنت'],
      ['وزارة الخارجية الأميركية', 'أعلنت وزارة الخارجية الأميركية']],
    ['indirect', ['الغارات شكَّلت غطاء جويا لهجوم بري لقوات النظام والمليشيات الموالية لها في محيط مدينة حلب من الجهة الشمالية'],
      ['وأشارت'], ['مصادر', 'وأشارت مصادر']],
    ['indirect', ['تمكنت من صد الهجوم، وقتلت عددا من جنود النظام خلال المعارك'], ['أكدت', 'فيما أكدت'], ['قوات المعارضة', 'أكدت قوات المعارضة']],
    ['indirect', ['الطائرات', 'أن الطائرات', null], ['وأضافت', 'وأضافت المصادر'], ['المصادر', 'وأضافت المصادر']],
    ['indirect', ['فقد تزامنت الغارات في ريف دمشق مع تجدد هجوم وصف بالعنيف لقوات النظام شرق دمشق بهدف التقدم في الأحياء المحاصرة الواقعة تحت سيطرة المعارضة'],
      ['وحسب'], ['المصادر', 'وحسب المصادر']],
    ['indirect', ['وزيري خارجية البلدين', 'إن وزيري خارجية البلدين', null], ['قالت', 'الكيماوي قالت'],
      ['الخارجية الروسية', 'قالت الخارجية الروسية']],
    ['indirect', ['الوزيرين اتفقا أيضا على إطلاق مجموعة عمل بأسرع وقت ممكن، تكلّف البحث في كيفية إزالة نقاط الخلاف في العلاقات الثنائية التي وصلت إلى أدنى مستوى لها منذ الحرب الباردة، بسبب الأزمة الأوكرانية والنزاع في سورية'],
      ['وأضاف', 'وأضاف البيان'], ['البيان', 'وأضاف البيان']],
    ['indirect', ['توصلت لاتفاق مع النظام حول المعتقلين الذين سيتم الإفراج عنهم، ضمن إطار المرحلة الأولى من اتفاق البلدات الأربع، ووصول حافلات الخارجين من بلدات الفوعة وكفريا والزبداني ومضايا إلى وجهتهم النهائية'],
      ['أوضحت'], ['مصادر بالمعارضة السورية']],
    ['indirect', ['إجلاء مدنيين ومقاتلين من البلدات الأربع المحاصرة في سورية، في إطار اتفاق مبادلة تم التوسط فيه بين الجانبين المتحاربين، انتهى أول من أمس بعد توقف استمر 48 ساعة'],
      ['مشيرة'], ['مصادر بالمعارضة السورية']],
  ],
};
// Verbs in the seeds that are not cues there: أبان and لفت are not listed verbs.
const seedAbsentCues = { a: [], b: ['وأبان', 'لافتة', 'لافتا'] };

// [name, input, statements, exact]: `exact` pins the number of statements.
const synthetic = [
  ['indirect_with_named_speaker', 'وقال وزير الخارجية الروسي سيرجي لافروف إن المحادثات ستستأنف الأسبوع المقبل.',
    [['indirect', ['المحادثات ستستأنف الأسبوع المقبل'], ['وقال'], ['وزير الخارجية الروسي سيرجي لافروف']]], true],
  ['direct_after_colon', 'وقال المتحدث باسم الجيش: "لن نتراجع عن مواقعنا".',
    [['direct', ['لن نتراجع عن مواقعنا'], ['وقال'], ['المتحدث باسم الجيش']]], true],
  ['quote_before_its_cue', '"الوضع خطير"، قال الوزير أمس في مؤتمر صحفي.',
    [['direct', ['الوضع خطير'], ['قال'], ['الوزير', 'قال الوزير']]], true],
  ['pronoun_speaker_two_sentences_later',
    'قال رئيس الوزراء محمد سالم إن الحكومة ستخفض الضرائب. وارتفعت الأسعار في الأسواق. وأضاف أن الموازنة الجديدة جاهزة.',
    [['indirect', ['الحكومة ستخفض الضرائب'], ['قال', 'قال رئيس'], ['رئيس الوزراء محمد سالم']],
      ['indirect', ['الموازنة الجديدة جاهزة'], ['وأضاف'], ['رئيس الوزراء محمد سالم']]], true],
  ['pronoun_speaker_agrees_in_gender',
    'قالت الوزيرة ليلى حسن إن الخطة جاهزة. ثم تحدث الرئيس سمير علي عن الاقتصاد. وأضافت أن التنفيذ يبدأ غدا.',
    [['indirect', ['التنفيذ يبدأ غدا'], ['وأضافت'], ['الوزيرة ليلى حسن']]], false],
  ['participle_cue_after_comma', 'وأكد المسؤول أن الاتفاق صامد، مشيرا إلى أن الهدنة ستمدد.',
    [['indirect', ['الاتفاق صامد'], ['وأكد'], ['المسؤول']],
      ['indirect', ['الهدنة ستمدد'], ['مشيرا'], ['المسؤول', 'وأكد المسؤول']]], true],
  ['source_phrase_after_the_clause', 'قتل عشرة أشخاص في الانفجار، بحسب الشرطة.',
    [['indirect', ['قتل عشرة أشخاص في الانفجار'], ['بحسب'], ['الشرطة']]], true],
  ['source_phrase_wafqan_li_apart', 'ووفقا لـ وزارة الصحة، ارتفع عدد الإصابات إلى مئة.',
    [['indirect', ['ارتفع عدد الإصابات إلى مئة'], ['ووفقا لـ'], ['وزارة الصحة']]], true],
  ['source_phrase_wafqan_attached', 'ووفقا للوزير، فإن المفاوضات انتهت.',
    [['indirect', ['المفاوضات انتهت'], ['ووفقا'], ['للوزير']]], true],
  ['source_phrase_naqlan_an', 'وذكرت الصحيفة نقلا عن مصادر مطلعة أن المحادثات ستستأنف.',
    [['indirect', ['المحادثات ستستأنف'], ['وذكرت'], ['الصحيفة']],
      ['indirect', ['المحادثات ستستأنف'], ['نقلا عن'], ['مصادر مطلعة']]], true],
  ['accordance_is_not_a_source', 'وفقا للقانون، تجرى الانتخابات كل أربع سنوات.', [], true],
  ['nested_quotation_marks', 'وقال المتحدث: "إن ما يسمى "خارطة الطريق" فشل".',
    [['direct', ['إن ما يسمى "خارطة الطريق" فشل'], ['وقال'], ['المتحدث']]], true],
  ['nested_guillemets', 'وأضاف الوزير: «إن ما يسمى «خارطة الطريق» فشل».',
    [['direct', ['إن ما يسمى «خارطة الطريق» فشل'], ['وأضاف'], ['الوزير']]], true],
  ['unclosed_mark_stops_at_paragraph_end', 'وقال الوزير: "الوضع خطير جدا.\nوفي سياق آخر، افتتح المحافظ المعرض الدولي للكتاب.',
    [['direct', ['الوضع خطير جدا'], ['وقال'], ['الوزير']]], true],
  ['emoji_before_quote', '😀🇸🇾 وقالت المتحدثة: "نحن مستعدون للحوار".',
    [['direct', ['نحن مستعدون للحوار'], ['وقالت'], ['المتحدثة']]], true],
  ['negated_and_future_cues_say_nothing', 'لم يقل الوزير إن الاتفاق انتهى. وسيعلن الرئيس غدا أن الانتخابات تأجلت.', [], true],
  ['verb_without_content_clause', 'وأعلن الوزير استقالته بعد أن خسر حزبه الانتخابات.', [], true],
  ['scare_quotes_are_not_statements', 'نشرت صحيفة "الأهرام" تقريرا عن عملية "عناقيد الغضب".', [], true],
  ['verbal_noun_cue', 'ونقلت الوكالة عن الوزير قوله إن الاتفاق قريب.',
    [['indirect', ['الاتفاق قريب'], ['قوله'], ['الوزير', 'عن الوزير']]], true],
  ['redundant_saying_word_joins_the_cue', 'وأضاف قائلا: "سنواصل العمل".',
    [['direct', ['سنواصل العمل'], ['وأضاف قائلا'], null]], true],
];

// A long paragraph with a quotation mark never closed, repeated: no quotation may run past
// its paragraph, and the analysis stays linear.
const runaway = 'وقال المسؤول: "هذا بيان طويل لا ينتهي بعلامة إغلاق\n';

function span(text, [needle, context = needle]) {
  const at = text.indexOf(context);
  if (at < 0 || text.indexOf(context, at + 1) >= 0) throw new Error(`context must occur once: ${context}`);
  const inner = context.indexOf(needle);
  if (inner < 0) throw new Error(`${needle} not in ${context}`);
  return { start: at + inner, end: at + inner + needle.length, text: needle };
}

function statement(text, [kind, content, cue, speaker]) {
  const q = { kind, content: span(text, content), cue: span(text, cue) };
  if (content.length === 3) q.content = { start: q.content.start };  // where it starts only
  if (speaker === null) q.speaker = null;
  else if (speaker) q.speaker = span(text, speaker);
  return q;
}

const cases = [];
for (const [key, file] of Object.entries(seeds)) {
  const text = readFileSync(file, 'utf8');
  cases.push({
    name: `seed_quotes_${file.split('/').pop().replace('.txt', '')}`,
    op: 'analyze',
    input_file: file,
    expect: { quotes: seedQuotes[key].map((s) => statement(text, s)) },
    absent: { quotes: seedAbsentCues[key].map((w) => ({ cue: { text: w } })) },
  });
}
for (const [name, input, statements, exact] of synthetic) {
  const c = {
    name: `quotes_${name}`,
    op: 'analyze',
    input,
    expect: { quotes: statements.map((s) => statement(input, s)) },
  };
  if (exact) c.exact = ['quotes'];
  cases.push(c);
}
cases.push({
  name: 'quotes_unclosed_marks_stay_in_their_paragraph',
  op: 'analyze',
  input: runaway,
  repeat: 2000,
  count: [{ array: 'quotes', match: { kind: 'direct', content: { text: 'هذا بيان طويل لا ينتهي بعلامة إغلاق' } }, n: 2000 }],
});
process.stdout.write(`${JSON.stringify(cases, null, 1)}\n`);
