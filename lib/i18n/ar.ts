// Every user-facing string, in one place for the copy desk.
export const ar = {
  site: {
    name: "خبر",
    tagline: "أخبار سوريا والعالم العربي بلا ضجيج",
    description: "خبر: موقع إخباري عربي مستقل يغطي سوريا والمنطقة والعالم، بالسياسة والاقتصاد والثقافة والرياضة والتكنولوجيا.",
    skipToContent: "انتقل إلى المحتوى",
    mainNavigation: "الأقسام",
    home: "الرئيسية",
    footer: "جميع الحقوق محفوظة لموقع خبر. المحتوى التجريبي في هذا الموقع متخيَّل لأغراض العرض.",
  },
  home: {
    breaking: "عاجل",
    lead: "الخبر الرئيسي",
    latest: "آخر الأخبار",
    moreFrom: (section: string) => `المزيد من ${section}`,
    empty: "لا توجد أخبار منشورة بعد.",
  },
  section: {
    empty: "لا توجد أخبار في هذا القسم بعد.",
    pagination: "التنقل بين الصفحات",
    newer: "الأحدث",
    older: "الأقدم",
    pageOf: (page: number, pages: number) => `الصفحة ${page} من ${pages}`,
  },
  article: {
    by: "بقلم",
    and: "و",
    published: "نُشر في",
    updated: "حُدّث في",
    tags: "الوسوم",
    breaking: "عاجل",
    commentsLink: "تعليق",
    comments: "التعليقات",
    commentsNotOpen: "لم يُفتح باب التعليق على هذا الخبر بعد.",
    related: "أخبار ذات صلة",
    breadcrumb: "مسار التصفح",
  },
  errors: {
    notFoundTitle: "الصفحة غير موجودة",
    notFoundBody: "ربما نُقل هذا الخبر أو حُذف، أو أن الرابط غير صحيح. جرّب الصفحة الرئيسية أو أحد الأقسام.",
    unavailableTitle: "الخدمة غير متاحة مؤقتًا",
    unavailableBody: "نواجه عطلًا مؤقتًا في الوصول إلى الأخبار. أعد المحاولة بعد قليل، فالموقع يعود تلقائيًا فور زوال العطل.",
    retry: "أعد المحاولة",
    backHome: "العودة إلى الرئيسية",
  },
  tags: {
    kind: "وسم",
    title: (name: string) => `أخبار ${name}`,
    description: (name: string) => `آخر الأخبار والتقارير الموسومة «${name}» في خبر.`,
    empty: "لا توجد أخبار منشورة بهذا الوسم بعد.",
  },
  authors: {
    kind: "كاتب في خبر",
    description: (name: string) => `أخبار وتقارير ${name} في خبر.`,
    stories: "أحدث ما كتب",
    empty: "لا توجد أخبار منشورة لهذا الكاتب بعد.",
  },
  feeds: {
    title: "خبر: آخر الأخبار",
    sectionTitle: (section: string) => `خبر: ${section}`,
    rss: "تابع عبر RSS",
    copyright: "جميع الحقوق محفوظة لموقع خبر",
  },
  search: {
    title: "البحث",
    landmark: "البحث في الموقع",
    pageLandmark: "البحث في الأخبار",
    label: "ابحث في خبر",
    placeholder: "ابحث عن خبر أو موضوع…",
    submit: "بحث",
    filters: "تضييق البحث",
    section: "القسم",
    allSections: "كل الأقسام",
    from: "من تاريخ",
    to: "إلى تاريخ",
    apply: "طبّق",
    resultsFor: (query: string) => `نتائج البحث عن «${query}»`,
    resultCount: (count: number, capped = false) => (capped ? `أكثر من ${count} نتيجة` : resultCountWords(count)),
    metaTitle: (query: string) => `البحث عن «${query}»`,
    prompt: "اكتب كلمة أو أكثر للبحث في أخبار خبر: في العناوين والمقدمات والنصوص والوسوم.",
    noResults: (query: string) => `لم نجد أخبارًا تطابق «${query}»`,
    noTerms: "لم نجد في ما كتبته كلمات يمكن البحث عنها. جرّب كلمة عربية أو أكثر.",
    withoutFilters: (count: number) =>
      `ابحث في كل الأقسام والتواريخ (${count > 1000 ? "أكثر من 1000 نتيجة" : resultCountWords(count)})`,
    tryWords: "جرّب البحث عن كلمة واحدة:",
    tipSpelling: "تحقق من إملاء الكلمات، ولا حاجة إلى التشكيل أو الهمزات: البحث يتجاهلها.",
    tipFewerWords: "استخدم كلمات أقل أو أعمّ، أو اسم مكان أو شخص.",
    browseSections: "أو تصفّح الأقسام:",
    pagination: "صفحات نتائج البحث",
    pageOf: (page: number, pages: number) => `الصفحة ${page} من ${pages}`,
    newer: "السابق",
    older: "التالي",
    pastTheEnd: "لا نتائج في هذه الصفحة.",
    firstPage: "العودة إلى الصفحة الأولى من النتائج",
  },
} as const;

/** "نتيجة واحدة", "نتيجتان", "3 نتائج", "11 نتيجة": Arabic counts agree with the number. */
function resultCountWords(count: number): string {
  switch (new Intl.PluralRules("ar").select(count)) {
    case "zero":
      return "لا نتائج";
    case "one":
      return "نتيجة واحدة";
    case "two":
      return "نتيجتان";
    case "few":
      return `${count} نتائج`;
    default:
      return `${count} نتيجة`;
  }
}
