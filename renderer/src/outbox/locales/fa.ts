import type { OutboxMessages } from './en';

const fa: OutboxMessages = {
  indicator: {
    pending_one: '{{count}} در انتظار',
    pending_other: '{{count}} در انتظار',
    failed_one: '{{count}} ارسال نشد',
    failed_other: '{{count}} ارسال نشد',
    label: 'کارهایی که روی این دستگاه ذخیره شده و هنوز ارسال نشده‌اند',
  },
  title: 'این‌جا ذخیره شده، هنوز ارسال نشده',
  hint: 'به محض پاسخ دادن درگاه، به ترتیب ارسال می‌شوند؛ بستن پنجره آن‌ها را از بین نمی‌برد.',
  kind: {
    wrapUp: 'جمع‌بندی تماس',
    chatSend: 'پیام گفتگو',
  },
  contact: 'تماس {{id}}',
  status: {
    pending: 'در انتظار ارسال',
    retrying: 'در انتظار ارسال ({{count}} بار تلاش شد)',
    failed: 'ارسال نشد: {{message}}',
  },
  retry: 'ارسال دوباره',
  discard: 'کنار گذاشتن',
};

export default fa;
