// Interface labels in Arabic (default) and English. Only labels: the analyzed text and
// everything derived from it are shown as they are.

export const LABELS = {
  ar: {
    title: 'محلل المقالات العربية',
    tagline: 'الصق مقالًا لترى وسومه وكلماته المفتاحية والأشخاص والأماكن والمنظمات ومن قال ماذا. يعمل بالكامل في متصفحك: لا يُرسل أي نص إلى خادم.',
    langToggle: 'English',
    langToggleLabel: 'Switch the interface to English',
    themeToDark: 'الوضع الداكن',
    themeToLight: 'الوضع الفاتح',
    inputTitle: 'النص',
    inputLabel: 'النص المراد تحليله: اكتب أو الصق مقالًا',
    inputPlaceholder: 'الصق مقالًا عربيًا هنا…',
    samples: 'أمثلة:',
    sample: 'مقال',
    clear: 'مسح',
    remember: 'احفظ النص على هذا الجهاز',
    ready: 'جاهز',
    loading: 'جارٍ تحميل المحلل…',
    analyzing: 'جارٍ التحليل…',
    analyzedIn: (ms) => `حُلّل في ${formatMs(ms, 'ar')}`,
    empty: 'اكتب نصًا أو اختر مثالًا.',
    error: 'خطأ',
    errors: {
      input_too_large: 'النص أطول من الحد المسموح (16 مليون وحدة).',
      worker_crashed: 'توقف المحلل على نحو غير متوقع وأُعيد تشغيله. عدّل النص لتحليله من جديد.',
      worker_failed: 'توقف المحلل مرارًا ولم يُعَد تشغيله. أعد تحميل الصفحة.',
    },
    pasteTooLarge: (n, max) => `لم يُلصق النص: طوله ${n} وحدة والحد ${max} وحدة UTF-16 (نحو 16 مليون حرف). قسّمه والصق كل جزء وحده؛ النص باقٍ في الحافظة.`,
    viewTitle: 'النص مع الإبرازات',
    highlights: 'الإبرازات',
    normalizedTab: 'النص المُطبَّع',
    legend: 'الفئات (اضغط لإخفاء فئة أو إظهارها)',
    profile: 'ملف التطبيع',
    profiles: { search: 'بحث', display: 'عرض', none: 'بلا تطبيع' },
    viewLabel: 'النص مع الإبرازات؛ استخدم الأسهم للتنقل بين العناصر',
    cat: {
      hashtag: 'وسوم', keyword: 'كلمات مفتاحية', PER: 'أشخاص', LOC: 'أماكن', ORG: 'منظمات',
      NUM: 'تواريخ وأرقام', suspect: 'وسوم مشكوك فيها', social: 'إشارات وروابط', quote: 'أقوال',
    },
    type: {
      PER: 'شخص', LOC: 'مكان', ORG: 'منظمة', NUM: 'عدد', PERCENT: 'نسبة مئوية', DATE: 'تاريخ',
      hashtag: 'وسم', keyword: 'كلمة مفتاحية', suspect: 'وسم مشكوك فيه', mention: 'إشارة',
      url: 'رابط', cashtag: 'رمز سهم', quote: 'قول منسوب', cue: 'صيغة الإسناد',
    },
    normalized: 'المُطبَّع',
    score: 'الدرجة',
    why: 'السبب',
    whyText: (w) => {
      const kind = { PER: 'شخص', LOC: 'مكان', ORG: 'منظمة' }[w.entity] || 'اسم';
      const lead = {
        hashtag_in_title: 'وسم ورد في العنوان', hashtag: 'وسم', name_in_title: `${kind} يذكره العنوان`,
        name: `${kind} يذكره المقال`, in_title: 'ورد في العنوان', repeated: 'يتكرر في المقال',
      }[w.code];
      const parts = lead ? [lead] : [];
      parts.push(`${w.count} ${w.count === 1 ? 'مرة' : 'مرات'} في ${w.sentences} ${w.sentences === 1 ? 'جملة' : 'جمل'}`);
      if (w.background >= 0.8) parts.push('نادر في النصوص العامة');
      else if (w.background < 0.45) parts.push('شائع في النصوص العامة');
      return parts.join('؛ ');
    },
    confidence: 'الثقة',
    percent: (p) => formatPercent(p, 'ar'),
    uncertain: 'غير مؤكد',
    speaker: 'القائل',
    cue: 'الإسناد',
    quoteKind: 'النوع',
    quoteKinds: { direct: 'مباشر (بين علامتي تنصيص)', indirect: 'غير مباشر' },
    unattributed: 'غير منسوب',
    quotes: 'من قال ماذا',
    reason: 'السبب',
    reasons: { hash_after_word: 'علامة # بعد الكلمة لا قبلها' },
    occurrences: (n) => `${n} ${n === 1 ? 'مرة' : 'مرات'}`,
    selection: (label, i, n) => `«${label}»: ${i} من ${n}`,
    prev: 'السابق',
    next: 'التالي',
    clearSelection: 'إلغاء التحديد',
    keywords: 'الكلمات المفتاحية',
    entities: 'الكيانات',
    hashtags: 'الوسوم',
    suspectTitle: 'وسوم مشكوك فيها',
    socialTitle: 'إشارات وروابط',
    stats: 'إحصاءات',
    statWords: 'الكلمات',
    statSentences: 'الجمل',
    statChars: 'المحارف',
    statArabic: 'نسبة العربية',
    statReading: 'وقت القراءة',
    minutes: (m) => `${m} دقيقة`,
    none: 'لا شيء',
    export: 'تصدير',
    exportJson: 'تنزيل النتيجة (JSON)',
    copyKeywords: 'نسخ الكلمات المفتاحية',
    exportHtml: 'تنزيل النص المُعلَّم (HTML)',
    copied: 'نُسخت الكلمات المفتاحية',
    privacy: 'لا يغادر أي نص جهازك. لا يُحفظ شيء إلا إذا اخترت ذلك.',
    progress: (pct, s) => `جارٍ تحليل نص طويل… ${pct}% (${s} ث)`,
    annotatedTitle: 'نص مُعلَّم — محلل المقالات العربية',
  },
  en: {
    title: 'Arabic article analyzer',
    tagline: 'Paste an article to see its hashtags, keywords, people, places, organizations and who said what. Runs entirely in your browser: no text is sent to any server.',
    langToggle: 'العربية',
    langToggleLabel: 'بدّل الواجهة إلى العربية',
    themeToDark: 'Dark mode',
    themeToLight: 'Light mode',
    inputTitle: 'Text',
    inputLabel: 'Text to analyze: type or paste an article',
    inputPlaceholder: 'Paste an Arabic article here…',
    samples: 'Samples:',
    sample: 'Article',
    clear: 'Clear',
    remember: 'Keep the text on this device',
    ready: 'Ready',
    loading: 'Loading the analyzer…',
    analyzing: 'Analyzing…',
    analyzedIn: (ms) => `Analyzed in ${formatMs(ms, 'en')}`,
    empty: 'Type some text or pick a sample.',
    error: 'Error',
    errors: {
      input_too_large: 'The text is longer than the limit (16 Mi code units).',
      worker_crashed: 'The analyzer stopped unexpectedly and was restarted. Edit the text to analyze it again.',
      worker_failed: 'The analyzer stopped repeatedly and was not restarted. Reload the page.',
    },
    pasteTooLarge: (n, max) => `Nothing was pasted: the text has ${n} UTF-16 code units and the limit is ${max} (about 16 million characters). Split it and paste the parts one by one; the text is still on your clipboard.`,
    viewTitle: 'Highlighted text',
    highlights: 'Highlights',
    normalizedTab: 'Normalized text',
    legend: 'Categories (press to hide or show one)',
    profile: 'Normalization profile',
    profiles: { search: 'search', display: 'display', none: 'none' },
    viewLabel: 'Highlighted text; use the arrow keys to move between items',
    cat: {
      hashtag: 'Hashtags', keyword: 'Keywords', PER: 'Persons', LOC: 'Places', ORG: 'Organizations',
      NUM: 'Dates & numbers', suspect: 'Suspect hashtags', social: 'Mentions & links', quote: 'Statements',
    },
    type: {
      PER: 'Person', LOC: 'Place', ORG: 'Organization', NUM: 'Number', PERCENT: 'Percentage', DATE: 'Date',
      hashtag: 'Hashtag', keyword: 'Keyword', suspect: 'Suspect hashtag', mention: 'Mention',
      url: 'Link', cashtag: 'Cashtag', quote: 'Statement', cue: 'Attribution',
    },
    normalized: 'Normalized',
    score: 'Score',
    why: 'Why',
    whyText: (w) => {
      const kind = { PER: 'a person', LOC: 'a place', ORG: 'an organization' }[w.entity] || 'a name';
      const lead = {
        hashtag_in_title: 'a hashtag, also in the title', hashtag: 'a hashtag', name_in_title: `${kind} the title names`,
        name: `${kind} the article names`, in_title: 'in the title', repeated: 'repeated in the article',
      }[w.code];
      const parts = lead ? [lead] : [];
      parts.push(`${w.count} ${w.count === 1 ? 'occurrence' : 'occurrences'} in ${w.sentences} ${w.sentences === 1 ? 'sentence' : 'sentences'}`);
      if (w.background >= 0.8) parts.push('rare in general text');
      else if (w.background < 0.45) parts.push('common in general text');
      return parts.join('; ');
    },
    confidence: 'Confidence',
    percent: (p) => formatPercent(p, 'en'),
    uncertain: 'uncertain',
    speaker: 'Speaker',
    cue: 'Attributed by',
    quoteKind: 'Kind',
    quoteKinds: { direct: 'direct (in quotation marks)', indirect: 'indirect (reported)' },
    unattributed: 'Unattributed',
    quotes: 'Who said what',
    reason: 'Reason',
    reasons: { hash_after_word: '# after the word instead of before it' },
    occurrences: (n) => `${n} ${n === 1 ? 'occurrence' : 'occurrences'}`,
    selection: (label, i, n) => `“${label}”: ${i} of ${n}`,
    prev: 'Previous',
    next: 'Next',
    clearSelection: 'Clear selection',
    keywords: 'Keywords',
    entities: 'Entities',
    hashtags: 'Hashtags',
    suspectTitle: 'Suspect hashtags',
    socialTitle: 'Mentions & links',
    stats: 'Statistics',
    statWords: 'Words',
    statSentences: 'Sentences',
    statChars: 'Characters',
    statArabic: 'Arabic share',
    statReading: 'Reading time',
    minutes: (m) => `${m} min`,
    none: 'None',
    export: 'Export',
    exportJson: 'Download result (JSON)',
    copyKeywords: 'Copy keywords',
    exportHtml: 'Download annotated text (HTML)',
    copied: 'Keywords copied',
    privacy: 'No text leaves your device. Nothing is stored unless you choose to.',
    progress: (pct, s) => `Analyzing a long text… ${pct}% (${s} s)`,
    annotatedTitle: 'Annotated text — Arabic article analyzer',
  },
};

export function formatMs(ms, lang) {
  const locale = lang === 'ar' ? 'ar' : 'en';
  if (ms < 1000) return `${ms.toLocaleString(locale, { maximumFractionDigits: ms < 10 ? 1 : 0 })} ${lang === 'ar' ? 'م.ث' : 'ms'}`;
  return `${(ms / 1000).toLocaleString(locale, { maximumFractionDigits: 2 })} ${lang === 'ar' ? 'ث' : 's'}`;
}

/**
 * Formats one number in `lang` ahead of need: the first number a page formats in a language
 * loads that locale's data (11-35 ms in Chromium 156), better paid while an analysis runs in
 * the worker than when its result is drawn.
 */
export function prepareNumbers(lang) {
  formatMs(0, lang);
}

/** A probability as a whole percentage, in the interface language's digits (٨٧٪, 87%). */
export function formatPercent(p, lang) {
  return (Math.round(p * 100) / 100).toLocaleString(lang === 'ar' ? 'ar' : 'en', { style: 'percent' });
}

/** The interface language to start with: an explicit lang attribute, else the browser's. */
export function pickLang(explicit) {
  const l = (explicit || '').toLowerCase();
  if (l.startsWith('en')) return 'en';
  if (l.startsWith('ar')) return 'ar';
  return 'ar';
}
