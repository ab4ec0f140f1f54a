import type { SettingsMessages } from './en';

const fa: SettingsMessages = {
  open: 'تنظیمات',
  title: 'تنظیمات',
  loading: 'در حال خواندن تنظیمات…',
  loadFailed: 'خواندن تنظیمات ممکن نشد: {{message}}',
  gateway: {
    label: 'نشانی دروازه',
    placeholder: 'خالی: دروازهٔ پیش‌فرض',
    hint: 'سروری که Firebreak به آن وصل می‌شود. پس از راه‌اندازی دوباره اعمال می‌شود.',
  },
  language: {
    label: 'زبان',
    app: 'پیروی از برنامه',
  },
  sound: {
    label: 'زنگ هنگام پیشنهاد تماس',
    volume: 'بلندی زنگ',
  },
  pop: {
    label: 'هنگام پیشنهاد تماس',
    behaviour: {
      focus: 'Firebreak را جلو بیاور',
      'flash-when-busy': 'جلو بیاور، مگر وقتی در برنامهٔ دیگری تایپ می‌کنید',
      flash: 'فقط دکمهٔ نوار وظیفه چشمک بزند',
    },
    behaviourHint: {
      focus: 'همیشه فوکوس را می‌گیرد، حتی از برنامهٔ دیگر.',
      'flash-when-busy': 'وقتی جای دیگری تایپ می‌کنید فقط چشمک می‌زند تا هیچ کلیدی اینجا نیفتد.',
      flash: 'هرگز فوکوس را نمی‌گیرد؛ هر وقت آماده بودید جابه‌جا شوید.',
    },
    notification: 'نمایش اعلان سیستم (مشتری، سطح، ریسک)',
    compactWindow: 'نمایش پنجرهٔ کوچک همیشه‌رو با دکمهٔ پذیرش',
    acceptShortcut: 'میان‌بر پذیرش (در هر برنامه‌ای کار می‌کند)',
    acceptShortcutPlaceholder: 'برای نمونه CommandOrControl+Shift+A؛ خالی: خاموش',
  },
  startAtLogin: 'اجرای Firebreak هنگام ورود به رایانه',
  webNote:
    'دروازه، رفتار نمایش تماس، اعلان‌ها، میان‌بر و اجرای خودکار از تنظیمات برنامهٔ رومیزی Firebreak هستند.',
  invalid: 'پذیرفته نشد: {{problem}}',
  refused: 'Firebreak تنظیمات را ذخیره نکرد: {{message}}',
  restartNeeded: 'برای استفاده از دروازهٔ تازه، Firebreak را دوباره راه‌اندازی کنید.',
  saved: 'تنظیمات ذخیره شد',
  save: 'ذخیره',
  cancel: 'انصراف',
  close: 'بستن',
};

export default fa;
