import type { TrendsMessages } from './en';

const fa: TrendsMessages = {
  title: 'روندها',
  subtitle: 'تماس‌ها و ریسک در ساعت‌های اخیر؛ شکایت‌ها، شرکای تجاری و پیگیری‌ها در روزهای اخیر',
  range: {
    hours: 'بازهٔ ساعتی',
    days: 'بازهٔ روزانه',
  },
  updated: 'به‌روزرسانی: {{time}}',
  refreshing: 'در حال به‌روزرسانی…',
  loading: 'در حال بارگذاری روندها…',
  error: 'روندها بارگذاری نشد.',
  retry: 'تلاش دوباره',
  empty: 'هنوز چیزی برای نمایش در این بازه نیست.',
  noData: 'در این بازه داده‌ای نیست',
  chart: {
    contacts: 'تماس‌ها در هر ساعت',
    risk: 'ریسک مشتریان در هر ساعت',
    rootCause: 'شکایت‌ها بر پایهٔ علت ریشه‌ای',
    line: 'شکایت‌ها بر پایهٔ رشتهٔ بیمه',
    outcomes: 'نتایج فهرست کار',
  },
  series: {
    contacts: 'تماس‌ها',
    abandoned: 'رهاشده',
    serviceLevel: 'سطح خدمت',
    averageRisk: 'میانگین امتیاز ریسک',
    highRisk: 'مشتریان پرریسک',
  },
  partners: {
    title: 'کارنامهٔ شرکای تجاری',
    name: 'شریک تجاری',
    kind: 'نوع',
    promisesDue: 'تعهدهای سررسیده',
    timeliness: 'به‌موقع',
    touchpoints: 'نقاط تماس',
    errorRate: 'نرخ خطا',
    complaints: 'شکایت‌ها',
    lowTimeliness: 'کمتر از {{threshold}} به‌موقع',
    highErrorRate: 'نرخ خطا بیش از {{threshold}}',
    empty: 'در این بازه هیچ شریک تجاری‌ای روی پرونده‌های خسارت کار نکرده است.',
  },
};

export default fa;
