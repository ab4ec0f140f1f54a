import type { WorklistMessages } from './en';

const fa: WorklistMessages = {
  title: 'فهرست کار پیشگیری از شکایت',
  subtitle: 'مشتریانی که باید پیش از شکایت با آن‌ها تماس گرفت، به ترتیب بیشترین ریسک',
  open: 'فهرست کار',
  back: 'بازگشت به تماس‌ها',
  list: 'مشتریانی که باید با آن‌ها تماس گرفت',
  filter: {
    label: 'نمایش',
    active: 'کارهای باز',
    open: 'آزاد',
    claimed: 'برداشته‌شده',
    done: 'انجام‌شده',
  },
  count: '{{shown}} از {{total}}',
  empty: 'فعلاً کسی برای تماس نیست',
  loading: 'در حال بارگذاری فهرست کار…',
  error: 'بارگذاری فهرست کار ممکن نشد.',
  retry: 'تلاش دوباره',
  action: {
    callback: 'تماس تلفنی',
    sms: 'ارسال پیامک',
    advisor_task: 'وظیفهٔ مشاور',
  },
  suggested: 'پیشنهاد: {{action}}',
  notBefore: 'نه پیش از {{time}} (ساعات سکوت)',
  status: {
    open: 'آزاد',
    claimed: 'برداشته‌شده',
    done: 'انجام‌شده',
  },
  claimedByMe: 'برداشته‌شده توسط شما',
  claimedByOther: 'برداشته‌شده توسط {{agent}}',
  claim: 'برداشتن',
  claimConflict: 'همکار دیگری زودتر این مشتری را برداشت.',
  claimFailed: 'برداشتن ممکن نشد: {{message}}',
  outcome: {
    label: 'نتیجه',
    placeholder: 'چه شد؟',
    note: 'یادداشت (اختیاری)',
    submit: 'ثبت نتیجه',
    conflict: 'این مورد دیگر در اختیار شما نیست و نمی‌توانید آن را ببندید.',
    failed: 'ثبت نتیجه ممکن نشد: {{message}}',
  },
  outcomes: {
    resolved: 'حل شد',
    follow_up_booked: 'پیگیری زمان‌بندی شد',
    no_answer: 'پاسخ نداد',
    declined: 'نپذیرفت',
    sms_sent: 'پیامک ارسال شد',
    advisor_assigned: 'مشاور تعیین شد',
  },
  closed: 'بسته شد: {{outcome}}',
};

export default fa;
