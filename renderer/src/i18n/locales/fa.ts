import type { CommonMessages } from './en';

const fa: CommonMessages = {
  app: {
    name: 'Firebreak',
    tagline: 'پیش از سلام، کل ماجرای مشتری پیش روی شماست',
  },
  signin: {
    title: 'ورود',
    username: 'نام کاربری',
    password: 'گذرواژه',
    submit: 'ورود',
    usernameRequired: 'نام کاربری را وارد کنید',
    passwordRequired: 'گذرواژه را وارد کنید',
    failed: 'ورود ناموفق بود',
    networkError: 'دسترسی به درگاه ممکن نیست. اتصال را بررسی کنید و دوباره تلاش کنید.',
    unexpectedError: 'مشکلی پیش آمد. دوباره تلاش کنید.',
    noKeyStore:
      'این رایانه انبار کلید امنی ندارد؛ پس از بستن Firebreak باید دوباره وارد شوید.',
    sessionEnded: 'نشست شما به پایان رسید. برای ادامه دوباره وارد شوید.',
  },
  header: {
    signOut: 'خروج',
    language: 'زبان',
    presence: 'وضعیت حضور',
  },
  presence: {
    available: 'آماده',
    busy: 'مشغول',
    away: 'غایب',
    offline: 'آفلاین',
    changeFailed: 'تغییر وضعیت ممکن نشد: {{message}}',
  },
  connection: {
    offline: 'آفلاین',
    connecting: 'در حال اتصال…',
    ready: 'متصل',
  },
  desktop: {
    offerTitleVoice: 'تماس ورودی: {{name}}',
    offerTitleChat: 'گفتگوی تازه: {{name}}',
    offerBody: '{{tier}} · {{risk}}',
    riskScore: '{{band}} ({{score}})',
    notScored: 'ریسک هنوز محاسبه نشده',
    notIdentified: 'مشتری شناسایی نشد',
    contactNotHeld: 'این تماس روی میز شما نیست.',
    customerView: 'مشتری',
    backToContacts: 'بازگشت به تماس‌ها',
    accept: 'پذیرش',
  },
  workspace: {
    idle: 'در انتظار تماس بعدی',
    idleHint: 'به محض ارائهٔ تماس، ماجرای کامل مشتری اینجا نمایش داده می‌شود.',
    contacts: 'تماس‌های در دست شما',
    endContact: 'پایان تماس',
    endFailed: 'پایان دادن به تماس ممکن نشد: {{message}}',
    unknownCaller: 'مشتری ناشناس',
    announce: '{{channel}} جدید: {{name}}',
  },
  channel: {
    voice: 'تماس تلفنی',
    chat: 'گفتگو',
  },
};

export default fa;
