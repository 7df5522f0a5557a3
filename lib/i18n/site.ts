// What readers see: the site's frame, story pages and lists, search, feeds, comment threads and
// what the moderation rules tell a commenter. Carried by the public pages' client chunks.

import { countPhrase, minutes, characters } from "@/lib/arabic/plural";

export const ar = {
  site: {
    name: "خبر",
    tagline: "أخبار سوريا والعالم العربي بلا ضجيج",
    description: "خبر: موقع إخباري عربي مستقل يغطي سوريا والمنطقة والعالم، بالسياسة والاقتصاد والثقافة والرياضة والتكنولوجيا.",
    skipToContent: "انتقل إلى المحتوى",
    skipToComments: "انتقل إلى التعليقات",
    menu: "الأقسام والبحث",
    mainNavigation: "الأقسام",
    home: "الرئيسية",
    footer: "جميع الحقوق محفوظة لموقع خبر. المحتوى التجريبي في هذا الموقع متخيَّل لأغراض العرض.",
    /** The header's account links, on every page. */
    header: {
      signIn: "تسجيل الدخول",
      register: "إنشاء حساب",
      account: "حسابي",
      pendingComments: (n: number) => `${n} بانتظار المراجعة`,
    },
  },
  /** How long ago, for the recent past on lists and comments (after that, the date). */
  ago: {
    moments: "منذ لحظات",
    minutes: (n: number) => `منذ ${countPhrase(n, { zero: "لحظات", one: "دقيقة", two: "دقيقتين", few: "دقائق", many: "دقيقة", other: "دقيقة" })}`,
    hours: (n: number) => `منذ ${countPhrase(n, { zero: "لحظات", one: "ساعة", two: "ساعتين", few: "ساعات", many: "ساعة", other: "ساعة" })}`,
    days: (n: number) => `منذ ${countPhrase(n, { zero: "لحظات", one: "يوم", two: "يومين", few: "أيام", many: "يومًا", other: "يوم" })}`,
  },
  /** What any form may answer: text that cannot be stored, a stale comment form, the database away. */
  guardrails: {
    unstorableText:
      "يحوي هذا الحقل محارف لا يمكن حفظها (محرفًا فارغًا أو رمزًا مبتورًا). احذفها أو أعد كتابة النص ثم أعد المحاولة.",
    databaseUnavailable: "تعذّر الوصول إلى قاعدة البيانات الآن. أعد المحاولة بعد قليل؛ ما كتبته باقٍ في النموذج.",
    commentFormExpired: "مضى وقت طويل على فتح نموذج التعليق. انسخ تعليقك، وحدّث الصفحة، ثم أرسله من جديد.",
    busyTitle: "الموقع مزدحم الآن",
    busy: "يصلنا الآن عدد كبير من الطلبات، فلم نستطع إجابة طلبك. أعد المحاولة بعد ثوانٍ؛ ما كتبته باقٍ في النموذج.",
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
    // The heading over a section's or a tag's list of stories (read by screen readers).
    stories: "أحدث الأخبار",
    pagination: "التنقل بين الصفحات",
    newer: "الأحدث",
    older: "الأقدم",
    pageOf: (page: number, pages: number) => `الصفحة ${page} من ${pages}`,
  },
  /** A story taken down after it went out (its agency withdrew it): what its address says instead. */
  withdrawn: {
    title: "سُحب هذا الخبر",
    at: "سُحب في",
    home: "اقرأ آخر الأخبار في الصفحة الرئيسية",
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
    related: "أخبار ذات صلة",
    imageCredit: (credit: string) => `(${credit})`,
    source: "المصدر:",
    corrections: "تصحيحات وتحديثات",
    correctionLabel: { correction: "تصحيح", clarification: "توضيح", update: "تحديث", withdrawal: "سحب الخبر" },
  },
  // ── Live coverage, as readers see it ──────────────────────────────────────────────
  live: {
    badge: "مباشر",
    coverage: "تغطية مباشرة",
    ended: "انتهت التغطية",
    keyEvents: "أبرز التطورات",
    keyEvent: "حدث بارز",
    updates: "آخر التحديثات",
    edited: "عُدّل",
    empty: "لم تُنشر تحديثات بعد. تابع هذه الصفحة.",
    showNew: (n: number) =>
      `اعرض ${countPhrase(n, { zero: "", one: "تحديثًا جديدًا", two: "تحديثين جديدين", few: "تحديثات جديدة", many: "تحديثًا جديدًا", other: "تحديث جديد" })}`,
    arrived: (n: number) =>
      countPhrase(n, { zero: "", one: "وصل تحديث جديد.", two: "وصل تحديثان جديدان.", few: "تحديثات جديدة وصلت.", many: "تحديثًا جديدًا وصل.", other: "تحديث جديد وصل." }),
    changed: "عُدّل تحديث في التغطية.",
    removed: "حُذف تحديث من التغطية.",
    coverageEnded: "انتهت التغطية المباشرة.",
    older: "تحديثات أقدم",
    newer: "تحديثات أحدث",
    latest: "العودة إلى آخر التحديثات",
    permalink: (time: string) => `رابط تحديث الساعة ${time}`,
    reload: "فاتتك تحديثات كثيرة. أعد تحميل الصفحة لتراها.",
    pageTitle: (headline: string, page: number) => `${headline}: تحديثات سابقة، الصفحة ${page}`,
    pageHeading: (page: number) => `تحديثات سابقة، الصفحة ${page}`,
  },
  // ── Comment threads, as readers see them ──────────────────────────────────────────
  comments: {
    heading: "التعليقات",
    count: (n: number) => countPhrase(n, { zero: "لا تعليقات", one: "تعليق واحد", two: "تعليقان", few: "تعليقات", many: "تعليقًا", other: "تعليق" }),
    replies: (n: number) => countPhrase(n, { zero: "لا ردود", one: "رد واحد", two: "ردّان", few: "ردود", many: "ردًّا", other: "رد" }),
    empty: "كن أول من يعلّق على هذا الخبر.",
    loading: "جارٍ تحميل التعليقات…",
    loadFailed: "تعذّر تحميل التعليقات الآن.",
    openThreadPage: "افتح صفحة التعليقات",
    readAndJoin: "اقرأ التعليقات وشارك في النقاش",
    backToStory: "العودة إلى الخبر",
    threadPageTitle: (headline: string) => `التعليقات على: ${headline}`,
    order: "الترتيب",
    oldestFirst: "الأقدم أولًا",
    newestFirst: "الأحدث أولًا",
    loadMore: "تحميل المزيد من التعليقات",
    moreReplies: (n: number) => `عرض الردود كلها (${n})`,
    threadOf: (name: string) => `تعليق ${name} وردوده`,
    wholeThread: "كل التعليقات",
    edited: "عُدّل",
    guest: "زائر",
    pendingBadge: "بانتظار المراجعة",
    rejectedBadge: "لم يُنشر",
    removed: "حُذف هذا التعليق.",
    heldStub: "هذا التعليق قيد المراجعة.",
    yourPending: "تعليقاتك التي لم تُنشر بعد",
    yourPendingHint: "لا يراها غيرك حتى يراجعها فريق الإشراف.",
    replyTo: (name: string) => `ردّ على ${name}`,
    inReplyTo: (name: string) => `ردًّا على ${name}`,
    closed: "باب التعليق على هذا الخبر مغلق.",
    premoderated: "تُراجَع التعليقات على هذا الخبر قبل نشرها.",
    signInToComment: "سجّل الدخول لتعلّق على هذا الخبر",
    signInOrGuest: "أو علّق زائرًا بالاسم والبريد (تُراجَع تعليقات الزوار قبل نشرها).",
    form: {
      label: "تعليقك",
      replyLabel: "ردّك",
      placeholder: "اكتب تعليقك هنا…",
      hint: "نص فقط: لا تُعرض الروابط صورًا ولا تُفسَّر الرموز. التعليقات المسيئة تُحذف.",
      counter: (used: number, max: number) => `${used} من ${characters(max)}`,
      overLimit: (used: number, max: number) => `${used} من ${characters(max)}: النص أطول من المسموح، اختصره`,
      submit: "أرسل التعليق",
      submitReply: "أرسل الرد",
      sending: "جارٍ الإرسال…",
      retry: "أعد الإرسال",
      cancel: "إلغاء",
      guestName: "اسمك",
      guestEmail: "بريدك الإلكتروني",
      guestEmailHint: "لا يُنشر، يراه فريق الإشراف فقط.",
      honeypot: "اترك هذا الحقل فارغًا",
      signedInAs: (name: string) => `تعلّق باسم ${name}`,
    },
    actions: {
      reply: "رد",
      report: "إبلاغ",
      edit: "تعديل",
      delete: "حذف",
      confirmDelete: "تأكيد الحذف",
      keep: "تراجع",
      save: "حفظ التعديل",
      reportReason: "سبب الإبلاغ",
      reportNote: "تفاصيل (اختياري)",
      sendReport: "أرسل البلاغ",
      toolsFor: (name: string) => `إجراءات على تعليق ${name}`,
    },
    reportReasons: { spam: "رسائل مزعجة أو إعلان", abuse: "إساءة أو تحريض", off_topic: "خارج الموضوع", other: "سبب آخر" },
    done: {
      posted: "نُشر تعليقك.",
      edited: "حُفظ التعديل.",
      deleted: "حُذف تعليقك.",
      reported: "شكرًا، وصل بلاغك إلى فريق الإشراف.",
    },
    errors: {
      empty: "التعليق فارغ. اكتب تعليقك ثم أرسله.",
      tooLong: (max: number) => `التعليق أطول من ${characters(max)}. اختصره ثم أعد الإرسال.`,
      network: "انقطع الاتصال قبل أن يصل الرد. نص تعليقك محفوظ هنا: أعد الإرسال، ولن يُنشر مرتين.",
      tooFast: "أُرسل النموذج أسرع مما يكتب الناس عادةً. انتظر ثوانيَ ثم أعد الإرسال.",
      trap: "تعذّر قبول النموذج. حدّث الصفحة ثم أعد المحاولة.",
      articleUnavailable: "لا يمكن التعليق على هذا الخبر: لم يعد منشورًا أو لم يوجد أصلًا.",
      parentRemoved: "لا يمكن الرد على هذا التعليق لأنه حُذف أو لم يُنشر. علّق على الخبر مباشرة.",
      commentMissing: "لم يعد هذا التعليق متاحًا. حدّث الصفحة.",
      notYours: "لا يمكنك تعديل تعليق كتبه غيرك أو حذفه.",
      editWindowOver: "انتهت مهلة التعديل (5 دقائق بعد النشر)، أو راجع فريق الإشراف التعليق. يمكنك حذفه وكتابة غيره.",
      cannotDelete: "هذا التعليق محذوف أو مرفوض أصلًا.",
      alreadyReported: "سبق أن أبلغت عن هذا التعليق، وبلاغك قيد المراجعة.",
      ownComment: "لا يمكنك الإبلاغ عن تعليقك. يمكنك حذفه إن شئت.",
      notReportable: "لا يمكن الإبلاغ إلا عن تعليق منشور.",
      guestsClosed: "التعليق متاح للمشتركين فقط. سجّل الدخول أو أنشئ حسابًا ثم علّق.",
      guestName: "اكتب اسمك (من حرفين إلى 60 حرفًا).",
      guestNameNoLetter: "اكتب اسمك بحروف تُقرأ: الرموز والمسافات والمحارف الخفية وحدها لا تصنع اسمًا.",
      guestEmail: "اكتب بريدًا إلكترونيًا صالحًا، مثل name@example.com.",
      sanctioned: "حسابك موقوف عن التعليق والإبلاغ حاليًا.",
      emailUnverified:
        "أكّد بريدك الإلكتروني لتعلّق: افتح الرابط الذي أرسلناه إليك عند التسجيل، أو اطلب رابطًا جديدًا من صفحة «حسابي».",
      rateLimited: (wait: number) => `أرسلت تعليقات كثيرة من هذا الاتصال في وقت قصير. انتظر ${minutes(wait)} ثم أعد المحاولة.`,
      keyReused: "تعذّر إرسال هذا النموذج. حدّث الصفحة ثم أعد المحاولة.",
      busy: "لم يُحفظ تعليقك لأن تعليقات أخرى منك تُحفظ في اللحظة نفسها. نصّك باقٍ في الخانة: أعد الإرسال بعد لحظة.",
      reportReason: "اختر سببًا للإبلاغ.",
      noteTooLong: "التفاصيل أطول من المسموح (500 حرف).",
    },
  },

  // ── Comment moderation ─────────────────────────────────────────────────────────────
  // What a commenter is told. Moderators see the rule and its evidence instead, so no
  // message names a listed word or says which list matched.
  moderation: {
    refused: {
      empty: "التعليق فارغ. اكتب تعليقك ثم أرسله.",
      tooLong: (max: number) => `التعليق أطول من ${characters(max)}. اختصره ثم أعد الإرسال.`,
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
  errors: {
    notFoundTitle: "الصفحة غير موجودة",
    notFoundBody: "ربما نُقل هذا الخبر أو حُذف، أو أن الرابط غير صحيح. جرّب الصفحة الرئيسية أو أحد الأقسام.",
    // The 403 page is about the newsroom, but every public page carries it (app/forbidden.tsx).
    forbiddenTitle: "لا تملك صلاحية الوصول",
    forbiddenBody: "هذه الصفحة مخصّصة لفريق آخر في غرفة الأخبار. إذا كنت تحتاج إليها فاطلب الصلاحية من مدير الموقع.",
    unauthorizedTitle: "سجّل الدخول أولًا",
    unauthorizedBody: "هذه الصفحة لمن سجّل الدخول. سجّل الدخول من أعلى الصفحة ثم افتحها من جديد.",
    unavailableTitle: "الخدمة غير متاحة مؤقتًا",
    unavailableBody: "نواجه عطلًا مؤقتًا في الوصول إلى الأخبار. أعد المحاولة بعد قليل، فالموقع يعود تلقائيًا فور زوال العطل.",
    retry: "أعد المحاولة",
    backHome: "العودة إلى الرئيسية",
  },
  tags: {
    kind: "وسم",
    // Quoted, so the tag keeps its own case ending: «أخبار اللاجئون» would be ungrammatical.
    title: (name: string) => `الأخبار الموسومة «${name}»`,
    description: (name: string) => `آخر الأخبار والتقارير الموسومة «${name}» في خبر.`,
    empty: "لا توجد أخبار منشورة بهذا الوسم بعد.",
  },
  authors: {
    // Neutral in gender and number: authors are women, men and whole desks.
    kind: "كتّاب خبر",
    description: (name: string) => `أخبار وتقارير ${name} في خبر.`,
    stories: "أحدث الأخبار",
    empty: "لا توجد أخبار منشورة بهذا الاسم بعد.",
  },
  feeds: {
    title: "خبر: آخر الأخبار",
    sectionTitle: (section: string) => `خبر: ${section}`,
    rss: "تابع عبر RSS",
    copyright: "جميع الحقوق محفوظة لموقع خبر",
    // The page a browser shows when a reader opens a feed's address (lib/feed-page.ts).
    page: {
      kind: "خلاصة أخبار",
      whatTitle: "ما هذه الصفحة؟",
      what: "هذا عنوان خلاصة أخبار (RSS): نسخة من آخر أخبار خبر تقرؤها تطبيقات متابعة الأخبار، تظهر لك هنا صفحةً لأنك فتحتها في المتصفح.",
      howTitle: "كيف تشترك؟",
      how: "انسخ العنوان أدناه والصقه في تطبيق لقراءة الخلاصات (مثل Feedly أو Inoreader أو NetNewsWire)، فتصلك أخبارنا الجديدة فور نشرها، مجانًا ومن دون حساب.",
      address: "عنوان الخلاصة:",
      latest: "الأخبار في هذه الخلاصة",
      visit: "اقرأ الأخبار على موقع خبر",
    },
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
    didYouMean: "هل تقصد",
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
