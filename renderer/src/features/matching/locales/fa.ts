import type { MatchingMessages } from './en';

const fa: MatchingMessages = {
  many_one: '{{count}} مشتری با این تماس مطابقت دارد',
  many_other: '{{count}} مشتری با این تماس مطابقت دارند',
  manyHint: 'پیش از انتخاب، هویت را تأیید کنید. با ↑ ↓ میان آن‌ها جابه‌جا شوید.',
  none: 'هیچ مشتری‌ای با این تماس مطابقت ندارد.',
  noneHint: 'با شمارهٔ تلفن، نام، شمارهٔ بیمه‌نامه یا شمارهٔ خسارت جست‌وجو کنید و تماس را پیوند دهید.',
  searchInstead: 'هیچ‌کدام؟ جست‌وجو کنید',
  searchLabel: 'یافتن مشتری',
  searchPlaceholder: 'تلفن، نام، شمارهٔ بیمه‌نامه یا خسارت',
  searching: 'در حال جست‌وجو…',
  noResults: 'کسی برای «{{query}}» پیدا نشد.',
  searchFailed: 'جست‌وجو ناموفق بود: {{message}}',
  link: 'پیوند',
  linkLabel: 'پیوند این تماس به {{name}}',
  linkFailed: 'پیوند تماس ممکن نشد: {{message}}',
  matchedOn: {
    id: 'شناسهٔ مشتری',
    policy: 'شمارهٔ بیمه‌نامه',
    claim: 'شمارهٔ خسارت',
    phone: 'تلفن',
    name: 'نام',
  },
};

export default fa;
