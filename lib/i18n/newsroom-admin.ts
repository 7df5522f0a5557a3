// User administration's strings, part of the newsroom area (lib/i18n/newsroom.ts).

import { aboutPeople, type Person } from "@/lib/arabic/addressing";

export const admin = {
  usersTitle: "المستخدمون",
  errorPage: {
    title: "تعذّر فتح هذه الصفحة",
    body: "حدث خطأ غير متوقع في صفحات الإدارة. أعد المحاولة بعد قليل.",
  },
  search: "ابحث بالاسم أو البريد",
  searchSubmit: "بحث",
  name: "الاسم",
  email: "البريد",
  role: "الدور",
  status: "الحالة",
  actions: "إجراءات",
  active: "نشط",
  deactivated: "معطّل",
  deactivate: "تعطيل",
  reactivate: "إعادة التفعيل",
  changeRole: "تغيير الدور",
  applyRole: "تطبيق",
  addressedAs: "صيغة الذكر في الرسائل",
  createUser: "إضافة مستخدم",
  create: "إضافة",
  created: (person: Person) =>
    aboutPeople(
      [person],
      {
        masculine: (name) => `أُضيف ${name}، وأُرسل إلى بريده الإلكتروني رابط يختار به كلمة مروره.`,
        feminine: (name) => `أُضيفت ${name}، وأُرسل إلى بريدها الإلكتروني رابط تختار به كلمة مرورها.`,
      },
      (name) => `أُضيف حساب «${name}»، وأُرسل إلى بريده الإلكتروني رابط لاختيار كلمة المرور.`,
    ),
  passwordByMail: "لا تختر كلمة مرور لزميلك: نرسل إلى بريده رابطًا يختارها به بنفسه، صالحًا لمدة 3 أيام.",
  updated: "حُفظ التغيير.",
  noUsers: "لا يوجد مستخدمون يطابقون البحث.",
  lastAdmin: "لا يمكن تعطيل آخر مدير نشط أو تغيير دوره: عيّن مديرًا آخر أولًا.",
  notSelf: "لا يمكنك تعطيل حسابك أنت.",
  userMissing: "لم يعد هذا المستخدم موجودًا. حدّث الصفحة.",
};
