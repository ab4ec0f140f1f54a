import type { WrapUpMessages } from './en';

const fa: WrapUpMessages = {
  title: 'جمع‌بندی',
  timer: {
    label: 'کار پس از تماس',
    left: '{{time}} مانده',
    over: '{{time}} بیش از حد مجاز',
    elapsed: 'تاکنون {{time}}',
  },
  disposition: {
    label: 'نتیجهٔ تماس چه بود؟',
    placeholder: 'نتیجه را انتخاب کنید',
  },
  dispositions: {
    resolved: 'حل شد',
    information_given: 'اطلاعات داده شد',
    complaint_logged: 'شکایت ثبت شد',
    follow_up_promised: 'پیگیری وعده داده شد',
    escalated: 'ارجاع به سطح بالاتر',
    transferred: 'منتقل شد',
    no_action: 'اقدامی لازم نبود',
  },
  note: {
    label: 'یادداشت',
    placeholder: 'چه گذشت، برای خوانندهٔ بعدی',
  },
  voc: {
    title: 'صدای مشتری',
    hint: 'برای پروندهٔ شکایت لازم است؛ هر بار که مشتری ناراضی بود مفید است.',
    rootCauses: 'علت‌های ریشه‌ای',
    customerWords: 'سخن خود مشتری',
    customerWordsPlaceholder: 'عین گفتهٔ مشتری و لحن او را بنویسید',
    sentiment: 'احساس',
  },
  sentiments: {
    positive: 'مثبت',
    neutral: 'خنثی',
    negative: 'منفی',
  },
  complaint: {
    title: 'پروندهٔ شکایت',
    mode: {
      none: 'بدون پرونده',
      create: 'پروندهٔ جدید',
      update: 'به‌روزرسانی پروندهٔ باز',
    },
    case: 'پرونده',
    casePlaceholder: 'پروندهٔ باز را انتخاب کنید',
    caseOption: '{{id}} · {{causes}}',
    noOpen: 'این مشتری پروندهٔ بازی ندارد',
    owner: 'مسئول',
    me: '{{name}} (خودم)',
    due: 'مهلت',
    status: 'وضعیت جدید',
    statusUnchanged: 'بدون تغییر',
  },
  promise: {
    title: 'وعده به مشتری',
    description: 'چه وعده‌ای داده شد',
    descriptionPlaceholder: 'مثلاً: پس از گزارش ارزیاب تماس بگیریم',
    due: 'مهلت',
    presets: {
      'tomorrow-17': 'فردا ساعت ۱۷',
      'friday-17': 'جمعه ساعت ۱۷',
      'in-3-days': '۳ روز دیگر',
    },
  },
  errors: {
    disposition: 'نتیجهٔ تماس را انتخاب کنید',
    rootCauses: 'دست‌کم یک علت ریشه‌ای انتخاب کنید',
    customerWords: 'سخن خود مشتری را بنویسید',
    sentiment: 'احساس مشتری را انتخاب کنید',
    complaintId: 'پرونده‌ای را که به‌روز می‌کنید انتخاب کنید',
    ownerId: 'مسئول پرونده را انتخاب کنید',
    dueAt: 'تاریخ و ساعت مهلت را انتخاب کنید',
    promiseDescription: 'بنویسید چه وعده‌ای داده شد',
  },
  submit: 'پایان جمع‌بندی',
  failed: 'پایان جمع‌بندی ممکن نشد: {{message}}',
  saved: 'جمع‌بندی ذخیره شد',
  queued:
    'جمع‌بندی روی این دستگاه ذخیره شد و به محض برقراری اتصال ارسال می‌شود. می‌توانید ادامه دهید.',
};

export default fa;
