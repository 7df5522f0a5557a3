// What the story's log says each person did (part of the newsroom area, lib/i18n/newsroom.ts):
// a verb agreeing with the person after their name, or a noun that fits anyone.

import type { AddressForm } from "@/db/schema/enums";

export const storyEvents: Record<AddressForm | "neutral", Record<string, string>> = {
  masculine: {
    created: "أنشأ الخبر",
    submitted: "أرسله للمراجعة",
    returned: "أعاده مسودة",
    published: "نشره",
    scheduled: "جدوله",
    unscheduled: "ألغى جدولته",
    unpublished: "ألغى نشره",
    archived: "أرشفه",
    unarchived: "أخرجه من الأرشيف",
    restored: "استعاد نسخة سابقة",
    slug_changed: "غيّر الرابط",
    corrected: "أضاف تصحيحًا",
  },
  feminine: {
    created: "أنشأت الخبر",
    submitted: "أرسلته للمراجعة",
    returned: "أعادته مسودة",
    published: "نشرته",
    scheduled: "جدولته",
    unscheduled: "ألغت جدولته",
    unpublished: "ألغت نشره",
    archived: "أرشفته",
    unarchived: "أخرجته من الأرشيف",
    restored: "استعادت نسخة سابقة",
    slug_changed: "غيّرت الرابط",
    corrected: "أضافت تصحيحًا",
  },
  neutral: {
    created: "إنشاء الخبر",
    submitted: "الإرسال للمراجعة",
    returned: "الإعادة مسودة",
    published: "نشر الخبر",
    scheduled: "جدولة النشر",
    unscheduled: "إلغاء الجدولة",
    unpublished: "إلغاء النشر",
    archived: "الأرشفة",
    unarchived: "الإخراج من الأرشيف",
    restored: "استعادة نسخة سابقة",
    slug_changed: "تغيير الرابط",
    corrected: "إضافة تصحيح",
  },
};
