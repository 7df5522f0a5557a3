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
  },
  errors: {
    notFoundTitle: "الصفحة غير موجودة",
    notFoundBody: "ربما نُقل هذا الخبر أو حُذف، أو أن الرابط غير صحيح. جرّب الصفحة الرئيسية أو أحد الأقسام.",
    unavailableTitle: "الخدمة غير متاحة مؤقتًا",
    unavailableBody: "نواجه عطلًا مؤقتًا في الوصول إلى الأخبار. أعد المحاولة بعد قليل، فالموقع يعود تلقائيًا فور زوال العطل.",
    retry: "أعد المحاولة",
    backHome: "العودة إلى الرئيسية",
  },

  // ── Comment moderation ─────────────────────────────────────────────────────────────
  // What a commenter is told. Moderators see the rule and its evidence instead, so no
  // message names a listed word or says which list matched.
  moderation: {
    refused: {
      empty: "التعليق فارغ. اكتب تعليقك ثم أرسله.",
      tooLong: (max: number) => `التعليق أطول من ${max} حرف. اختصره ثم أعد الإرسال.`,
      storyClosed: "باب التعليق على هذا الخبر مغلق.",
      authorBanned: "حسابك ممنوع من التعليق.",
      authorSuspended: (until: string) => `حسابك موقوف عن التعليق حتى ${until}.`,
      rateLimited: "أرسلت تعليقات كثيرة في وقت قصير. انتظر قليلًا ثم أعد المحاولة.",
    },
    rejected: {
      bannedWords: "لم يُنشر تعليقك لأنه يخالف قواعد التعليق في خبر.",
      repeatPost: "لم يُنشر تعليقك لأنك نشرت النص نفسه قبل قليل.",
    },
    pending: {
      links: "يحتوي تعليقك على روابط، وسيظهر بعد أن يراجعه فريق الإشراف.",
      review: "سيظهر تعليقك بعد أن يراجعه فريق الإشراف.",
      premoderatedStory: "تُراجَع التعليقات على هذا الخبر قبل نشرها، وسيظهر تعليقك بعد مراجعته.",
      guest: "تُراجَع تعليقات الزوار قبل نشرها، وسيظهر تعليقك بعد مراجعته.",
      newAuthor: "تُراجَع أولى تعليقات كل قارئ قبل نشرها، وسيظهر تعليقك بعد مراجعته.",
    },
    approved: "نُشر تعليقك.",
  },
} as const;
