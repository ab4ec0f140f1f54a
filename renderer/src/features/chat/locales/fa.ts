import type { ChatMessages } from './en';

const fa: ChatMessages = {
  pane: 'گفت‌وگو با مشتری',
  transcript: 'گفت‌وگو',
  loading: 'در حال بارگیری گفت‌وگو…',
  loadFailed: 'بارگیری گفت‌وگو ممکن نشد.',
  retry: 'تلاش دوباره',
  empty: 'هنوز پیامی نیست.',
  showEarlier_one: 'نمایش {{count}} پیام قبلی',
  showEarlier_other: 'نمایش {{count}} پیام قبلی',
  sender: {
    customer: 'مشتری',
    agent: 'کارشناس',
    system: 'سامانه',
  },
  customerTyping: 'مشتری در حال نوشتن است…',
  composer: {
    label: 'پاسخ به مشتری',
    placeholder:
      'پاسخ را بنویسید. Enter می‌فرستد، Shift+Enter خط تازه، / پاسخ آماده را پیدا می‌کند.',
    send: 'ارسال',
    counter: '{{count}} / {{max}}',
    overLimit_one: '{{count}} نویسه بیش از حد: پیام را کوتاه کنید تا ارسال شود (حداکثر {{max}}).',
    overLimit_other: '{{count}} نویسه بیش از حد: پیام را کوتاه کنید تا ارسال شود (حداکثر {{max}}).',
    sendFailed: 'ارسال نشد: {{message}}',
    sendFailedHint: 'متن شما نگه داشته شد؛ هر وقت آماده بودید دوباره بفرستید.',
    invalid: 'ابتدا چیزی بنویسید یا پیوندی بیفزایید.',
  },
  disabled: {
    queued: 'این گفت‌وگو هنوز در صف است.',
    offered: 'برای پاسخ، گفت‌وگو را بپذیرید.',
    wrap_up: 'گفت‌وگو پایان یافته است: کارهای پس از تماس را تمام کنید.',
    closed: 'این گفت‌وگو بسته شده است.',
    abandoned: 'مشتری این گفت‌وگو را ترک کرد.',
  },
  delivery: {
    sending: 'در حال ارسال…',
    waiting: 'در انتظار: روی این دستگاه ذخیره شد و با برقراری اتصال ارسال می‌شود',
    failed: 'ارسال نشد: {{message}}',
    retry: 'ارسال دوباره',
    edit: 'ویرایش',
    discard: 'کنار گذاشتن',
  },
  canned: {
    label: 'پاسخ‌های آماده',
    loading: 'در حال بارگیری پاسخ‌های آماده…',
    none: 'هیچ پاسخ آماده‌ای با «/{{query}}» جور نیست. Esc این فهرست را می‌بندد.',
    failed: 'بارگیری پاسخ‌های آماده ممکن نشد.',
  },
  attachment: {
    add: 'افزودن پیوند',
    url: 'پیوند (http:// یا https://)',
    name: 'نامی که مشتری می‌بیند',
    confirm: 'پیوست',
    cancel: 'انصراف',
    invalidUrl: 'یک پیوند http:// یا https:// وارد کنید.',
    invalidName: 'برای پیوند نامی بگذارید (حداکثر ۲۰۰ نویسه).',
    limit: 'حداکثر {{max}} پیوند در هر پیام.',
    remove: 'حذف {{name}}',
    listLabel: 'پیوندهای آماده‌ی ارسال',
  },
  tabs: {
    unread_one: '{{count}} پیام خوانده‌نشده',
    unread_other: '{{count}} پیام خوانده‌نشده',
    waiting: 'در انتظار: {{duration}}',
    waitingLongest: 'بیشترین انتظار',
  },
  script: {
    insert: 'درج در گفت‌وگو',
    inserted: 'درج شد',
  },
  whisper: {
    from: 'نجوا از {{name}} — فقط شما این را می‌بینید',
    list: 'نجواهای سرپرست',
  },
};

export default fa;
