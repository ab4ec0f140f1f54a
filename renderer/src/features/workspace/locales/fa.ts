import type { WorkspaceMessages } from './en';

const fa: WorkspaceMessages = {
  ringing: {
    label: 'تماس ورودی',
    title: '{{channel}} ورودی',
    warmTitle: 'انتقال از {{name}}',
    urgent: 'فوری',
    countdown: 'تا {{time}} دیگر به نفر بعدی می‌رود',
    rangOut: 'در حال انتقال به نفر بعدی…',
    readFirst: 'پیش از پاسخ، ماجرای مشتری را در پایین بخوانید.',
    accept: 'پذیرش',
    decline: 'رد',
    acceptFailed: 'پذیرش تماس ممکن نشد: {{message}}',
    declineFailed: 'رد تماس ممکن نشد: {{message}}',
  },
  channel: {
    voice: 'تماس',
    chat: 'گفت‌وگو',
  },
  bar: {
    queue: 'صف',
    urgent: 'فوری',
    wrapUp: 'در حال جمع‌بندی',
  },
  handover: {
    title: 'منتقل‌شده از {{name}}',
    mode: {
      warm: 'انتقال گرم',
      cold: 'انتقال سرد',
    },
    note: 'یادداشت همکار',
    facts: 'تأییدشده — دوباره نپرسید',
  },
  pending: {
    waiting: 'در انتظار پذیرش انتقال از سوی {{name}}',
    hint: 'تا وقتی همکار نپذیرفته، تماس با شماست؛ به کمک به مشتری ادامه دهید.',
    keepGoing: 'ادامه می‌دهم',
    tag: 'انتقال به {{name}} در انتظار',
  },
  presence: {
    label: 'وضعیت حضور',
    state: {
      available: 'آماده',
      on_contact: 'در تماس',
      wrap_up: 'در حال جمع‌بندی',
      away: 'غایب',
      offline: 'آفلاین',
    },
    reason: {
      break: 'استراحت',
      meeting: 'جلسه',
      training: 'آموزش',
      missed_offer: 'تماسی را از دست دادید',
    },
    reasonLabel: 'دلیل غیبت',
    reasonPlaceholder: 'چرا می‌روید؟',
    since: 'به مدت {{time}}',
    missedOffer: 'تماسی را از دست دادید. وقتی آماده بودید دوباره روشن کنید.',
    awayIdle: 'شما غایب هستید ({{reason}}): تا دوباره روشن نکنید تماسی ارائه نمی‌شود.',
    changeFailed: 'تغییر وضعیت ممکن نشد: {{message}}',
  },
};

export default fa;
