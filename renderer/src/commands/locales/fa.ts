import type { CommandsMessages } from './en';

const fa: CommandsMessages = {
  label: {
    paletteOpen: 'باز کردن فهرست فرمان‌ها',
    contactAccept: 'پذیرش تماس ورودی',
    contactEnd: 'پایان تماس',
    contactTransfer: 'انتقال تماس',
    contactNext: 'زبانهٔ تماس بعدی',
    panelNext: 'پنل بعدی',
    panelPrevious: 'پنل قبلی',
    scriptCopyTop: 'کپی نخستین متن پیشنهادی',
    customerSearch: 'جست‌وجوی مشتری',
    presenceToggle: 'تغییر وضعیت (در دسترس / دور)',
    languageCycle: 'تغییر زبان',
    worklistOpen: 'باز کردن فهرست کار پیشگیری از شکایت',
    consoleOpen: 'باز کردن پیشخوان سرپرست',
    settingsOpen: 'باز کردن تنظیمات',
  },
  palette: {
    title: 'فرمان‌ها',
    placeholder: 'نام فرمان را بنویسید…',
    list: 'فرمان‌های در دسترس',
    empty: 'فرمانی یافت نشد',
    hint: '↑ ↓ برای انتخاب، Enter برای اجرا، Esc برای بستن',
  },
  feedback: {
    copied: '«{{title}}» کپی شد',
    copyFailed: 'کپی متن ممکن نشد',
    acceptFailed: 'پذیرش تماس ممکن نشد: {{message}}',
    endFailed: 'پایان دادن به تماس ممکن نشد: {{message}}',
    presenceFailed: 'تغییر وضعیت ممکن نشد: {{message}}',
  },
  shortcutHint: '{{label}} ({{shortcut}})',
};

export default fa;
