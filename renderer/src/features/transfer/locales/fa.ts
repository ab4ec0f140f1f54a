import type { TransferMessages } from './en';

const fa: TransferMessages = {
  open: 'انتقال',
  title: 'انتقال این تماس',
  modeLabel: 'روش',
  mode: {
    warm: 'گرم: همکار اول می‌پذیرد',
    cold: 'سرد: مستقیم منتقل می‌شود',
  },
  targetKindLabel: 'به',
  targetKind: {
    agent: 'یک کارشناس',
    queue: 'یک صف',
  },
  target: {
    label: 'چه کسی تحویل می‌گیرد',
    agentPlaceholder: 'یک کارشناس انتخاب کنید',
    queuePlaceholder: 'یک صف انتخاب کنید',
    queueOption: '{{name}} · {{count}} در انتظار',
    noAgents: 'کارشناس دیگری وارد نشده است',
    loadFailed: 'بارگذاری فهرست ممکن نشد: {{message}}',
    required: 'تحویل‌گیرنده را انتخاب کنید',
  },
  warmNeedsAgent: 'انتقال گرم فقط به یک کارشناس است',
  note: {
    label: 'یادداشت برای کارشناس بعدی',
    placeholder: 'آنچه پیش از صحبت باید بداند',
    required: 'بنویسید کارشناس بعدی چه باید بداند',
  },
  facts: {
    label: 'موارد تأییدشده با مشتری',
    hint: 'موارد تیک‌خورده همراه تماس منتقل می‌شوند. در صورت نیاز ویرایش کنید.',
    placeholder: 'موردی که تأیید کردید',
    add: 'افزودن مورد',
    remove: 'حذف این مورد',
    include: 'انتقال این مورد',
  },
  submit: 'انتقال',
  cancel: 'انصراف',
  failed: 'انتقال ممکن نشد: {{message}}',
  sentWarm: 'در انتظار پذیرش {{name}}',
  sentCold: 'تماس منتقل شد',
  consult: {
    open: 'مشورت',
    title: 'مشورت با همکار',
    agentLabel: 'همکار',
    agentPlaceholder: 'یک همکار انتخاب کنید',
    empty: 'هنوز پیامی دربارهٔ این تماس نیست',
    placeholder: 'دربارهٔ این تماس بپرسید…',
    send: 'ارسال',
    failed: 'ارسال ممکن نشد: {{message}}',
    to: 'به {{name}}',
    inbox: 'مشورت‌ها',
    inboxTitle: 'پرسش‌های همکاران',
    inboxEmpty: 'همکاری از شما چیزی نپرسیده است',
    about: 'دربارهٔ تماس {{id}}',
    reply: 'پاسخ به {{name}}',
  },
};

export default fa;
