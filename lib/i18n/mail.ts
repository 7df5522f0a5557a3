// The e-mails Khabar sends, and the pages their links open. Server-only: no client component needs them.

export const ar = {
  mail: {
    greeting: (name: string) => `مرحبًا ${name}،`,
    signature: (site: string) => `فريق ${site}`,
    ignore: "إن لم تطلب هذا فتجاهل هذه الرسالة، ولن يتغيّر شيء في حسابك.",
    linkFallback: "إن لم يعمل الزر فانسخ هذا الرابط إلى متصفحك:",
    verify: {
      subject: (site: string) => `أكّد بريدك الإلكتروني في ${site}`,
      body: "شكرًا لتسجيلك. أكّد أن هذا البريد بريدك لتستطيع التعليق على الأخبار. الرابط صالح لمدة يومين ولمرة واحدة.",
      action: "تأكيد البريد الإلكتروني",
    },
    reset: {
      subject: (site: string) => `إعادة تعيين كلمة المرور في ${site}`,
      body: "طلب أحدهم إعادة تعيين كلمة مرور حسابك. اختر كلمة مرور جديدة من الرابط التالي، وهو صالح لمدة 30 دقيقة ولمرة واحدة.",
      action: "اختيار كلمة مرور جديدة",
    },
    setPassword: {
      subject: (site: string) => `حسابك في غرفة أخبار ${site}`,
      body: (role: string) => `أنشأ لك أحد المديرين حسابًا بدور «${role}». اختر كلمة مرورك من الرابط التالي، وهو صالح لمدة 3 أيام ولمرة واحدة.`,
      action: "اختيار كلمة المرور",
    },
    passwordChanged: {
      subject: (site: string) => `تغيّرت كلمة مرورك في ${site}`,
      body: "تغيّرت كلمة مرور حسابك للتو، وخرجت كل الجلسات المفتوحة على أجهزتك.",
      notYou: "إن لم يكن هذا التغيير منك فاطلب رابطًا جديدًا من «نسيت كلمة المرور؟» في صفحة الدخول فورًا.",
    },
    emailChanged: {
      subject: (site: string) => `تغيّر بريدك الإلكتروني في ${site}`,
      body: (email: string) => `صار بريد حسابك الإلكتروني ${email}، وستصل إليه رسائلنا من الآن.`,
      notYou: "إن لم يكن هذا التغيير منك فتواصل مع فريق الموقع فورًا.",
    },
    reply: {
      subject: (replier: string) => `ردّ جديد من ${replier} على تعليقك`,
      body: (replier: string, story: string) => `ردّ جديد من ${replier} على تعليقك على «${story}»:`,
      action: "قراءة الرد",
      why: "وصلتك هذه الرسالة لأنك طلبت إشعارك بالردود على تعليقاتك.",
    },
    rejected: {
      subject: (site: string) => `لم يُنشر تعليقك في ${site}`,
      body: (story: string) => `راجع المشرفون تعليقك على «${story}» ولم ينشروه.`,
      reason: (reason: string) => `السبب: ${reason}`,
    },
    sanctioned: {
      subject: (site: string) => `أُوقفت عن التعليق في ${site}`,
      suspended: (until: string) => `أوقفك المشرفون عن التعليق والإبلاغ حتى ${until}.`,
      banned: "منعك المشرفون من التعليق والإبلاغ.",
      reason: (reason: string) => `السبب: ${reason}`,
    },
    moderationWhy: "وصلتك هذه الرسالة لأنك طلبت إشعارك بقرارات المشرفين.",
    unsubscribe: "إيقاف الإشعارات بالبريد",
  },
  outbox: {
    title: "البريد الصادر",
    link: "البريد الصادر",
    intro: "آخر 100 رسالة أرسلها الموقع أو ينتظر إرسالها. في العرض التجريبي بلا SMTP_URL تبقى الرسائل هنا ولا تُرسل، فيظهر نصها كاملًا.",
    empty: "لا رسائل بعد.",
    to: "إلى",
    subject: "الموضوع",
    status: "الحالة",
    createdAt: "وقت الإنشاء",
    statuses: { queued: "في الانتظار", sending: "قيد الإرسال", sent: "أُرسلت", kept: "محفوظة (بلا SMTP)", failed: "تعذّر إرسالها" },
    attempts: (n: number) => `المحاولات: ${n}`,
    showText: "نص الرسالة",
  },
} as const;
