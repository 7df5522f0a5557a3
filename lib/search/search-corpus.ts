// The public search corpus: what readers typed in a trial of real queries, and the story each
// must find. lib/dal/search-corpus.int.test.ts writes these stories into a fresh database and
// runs every query through searchArticles (and "did you mean" for the misspellings), as `npm test` does.

export interface CorpusStory {
  slug: string;
  headline: string;
  body: string;
}

export const corpusStories: readonly CorpusStory[] = [
  {
    slug: "corpus-regime",
    headline: "قوات النظام السوري تتقدم في ريف حلب",
    body: "قال مصدر عسكري إن وحدات الجيش سيطرت على قريتين بعد هجوم استمر يومين، وإن الهجمات تراجعت مساءً.",
  },
  {
    slug: "corpus-isis",
    headline: "مقتل عشرة عناصر من تنظيم داعش قرب تدمر",
    body: "أعلنت وزارة الدفاع أن ضربات جوية أصابت هدفين للتنظيم في البادية، وأن عنصرًا واحدًا أُسر.",
  },
  {
    slug: "corpus-refugees",
    headline: "عودة اللاجئين من لبنان إلى سوريا",
    body: "قالت المفوضية إن لاجئًا من كل عشرة عاد خلال العام، وإن المستشفيات في دمشق استقبلت مرضى من العائدين.",
  },
  {
    slug: "corpus-quake",
    headline: "زلزال بقوة ست درجات يضرب جنوب تركيا",
    body: "شعر سكان حلب بالهزة، وقالت الحكومة إن فرق الإنقاذ تبحث عن مفقودين تحت الأنقاض بعد سلسلة زلازل.",
  },
  {
    slug: "corpus-chips",
    headline: "إنفيديا تكشف عن رقاقات جديدة للذكاء الاصطناعي",
    body: "قالت الشركة إن التكنولوجيا الجديدة تستهلك طاقة أقل، وإن مراكز البيانات تحتاج إلى مئة ميغاواط.",
  },
  {
    slug: "corpus-chips-latin",
    headline: "أسهم Nvidia ترتفع بعد نتائج الربع الثالث",
    body: "ارتفعت الأسهم في بورصة نيويورك بعد إعلان الأرباح.",
  },
  {
    slug: "corpus-governments",
    headline: "حكومات أوروبية تبحث دعم دمشق بعد الحرب",
    body: "اجتمع وزراء من دول عدة لبحث المساعدات، بعد ضربات استهدفت خلايا تابعة لداعش شرق سوريا.",
  },
];

export type CorpusCase = [query: string, slug: string, what: string];

/** Queries that must find the story (the first page of ten is enough). */
export const corpusQueries: readonly CorpusCase[] = [
  // The word being typed after the article, in every clitic form.
  ["الس", "corpus-regime", "الـ and one letter"],
  ["السو", "corpus-regime", "الـ and two letters"],
  ["الهج", "corpus-regime", "الـ before a word the stemmer cut"],
  ["النظام الس", "corpus-regime", "a finished word and الـ being typed"],
  ["قوات الن", "corpus-regime", "a plural and الـ being typed"],
  ["والس", "corpus-regime", "و + الـ"],
  ["فالس", "corpus-regime", "ف + الـ"],
  ["بالس", "corpus-regime", "ب + الـ"],
  ["كالس", "corpus-regime", "ك + الـ"],
  ["للس", "corpus-regime", "ل + الـ written لل"],
  ["وبالس", "corpus-regime", "و + ب + الـ"],
  ["دا", "corpus-isis", "a prefix without the article"],
  ["Nvid", "corpus-chips-latin", "a Latin prefix"],
  // ل before a noun, and the other proclitics.
  ["لداعش", "corpus-isis", "ل before a name"],
  ["لسوريا", "corpus-refugees", "ل before a place"],
  ["لدمشق", "corpus-governments", "ل before a city"],
  ["لحلب", "corpus-quake", "ل before a city"],
  ["بدمشق", "corpus-refugees", "ب before a city"],
  ["وداعش", "corpus-isis", "و before a name"],
  ["فداعش", "corpus-isis", "ف before a name"],
  ["داعش", "corpus-governments", "a name written after ل in the story (لداعش)"],
  // Broken plurals, duals and sound plurals the stemmer reduces apart.
  ["عنصر", "corpus-isis", "the singular finds the broken plural عناصر"],
  ["عناصر", "corpus-isis", "the broken plural"],
  ["هدفان", "corpus-isis", "one dual finds the other (هدفين)"],
  ["هدف", "corpus-isis", "the singular finds the dual"],
  ["لاجئون", "corpus-refugees", "the nominative plural finds اللاجئين"],
  ["لاجئ", "corpus-refugees", "the singular finds the plural"],
  ["مستشفى", "corpus-refugees", "the singular finds المستشفيات"],
  ["زلازل", "corpus-quake", "the broken plural finds زلزال"],
  ["حكومة", "corpus-governments", "the singular finds حكومات"],
  ["هجمات", "corpus-regime", "the plural finds هجوم"],
  ["قرية", "corpus-regime", "the singular finds the dual قريتين"],
  ["وزير", "corpus-governments", "the singular finds وزراء"],
  ["بورصات", "corpus-chips-latin", "the plural finds بورصة"],
  ["أسهم", "corpus-chips-latin", "a broken plural as written"],
  // Spelling the normaliser already folds (kept here so they stay folded).
  ["انفيديا", "corpus-chips", "hamza-less alef"],
  ["عنصرًا", "corpus-isis", "tanween"],
  ["داعـــش", "corpus-isis", "tatweel"],
  ["سورية", "corpus-refugees", "ta marbuta spelling of a place"],
];

/** Misspelt queries: "هل تقصد …؟" must offer the corrected word, and it must find the story. */
export const corpusMisspellings: readonly [typed: string, corrected: string, slug: string][] = [
  ["داعس", "داعش", "corpus-isis"],
  ["مقتتل", "مقتل", "corpus-isis"],
  ["تكنولجيا", "تكنولوجيا", "corpus-chips"],
  ["ميجاواط", "ميغاواط", "corpus-chips"],
];

/** Names the newsroom declared synonyms on /editor/synonyms, and the story each finds. */
export const corpusSynonyms: readonly [spellings: string[], query: string, slug: string][] = [
  [["انفيديا", "Nvidia"], "Nvidia", "corpus-chips"],
  [["انفيديا", "Nvidia"], "انفيديا", "corpus-chips-latin"],
  [["انفيديا", "Nvidia"], "إنفيديا ", "corpus-chips-latin"],
];
