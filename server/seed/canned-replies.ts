import type { Language } from '../../shared/domain.js';

/** The canned chat replies every install starts with; agents type them as `/shortcut`. */
const REPLIES: Record<Language, readonly (readonly [shortcut: string, title: string, body: string])[]> = {
  en: [
    ['greet', 'Greeting', 'Hello, thank you for contacting us. I have your details in front of me — how can I help today?'],
    ['wait', 'One moment', 'Thank you for waiting — I am checking that for you right now, it will take about a minute.'],
    ['claim', 'Claim status', 'I can see your claim and where it stands. Let me tell you exactly what happens next and when.'],
    ['sorry', 'Apology', 'I am sorry this has taken so long. That is not the service we want you to have, and I will sort it out.'],
    ['bye', 'Closing', 'Is there anything else I can help you with? Thank you for your patience, and have a good day.'],
  ],
  'zh-CN': [
    ['greet', '问候', '您好，感谢您联系我们。您的资料我已经看到了，请问今天有什么可以帮您？'],
    ['wait', '请稍候', '感谢您的耐心等待，我正在为您查询，大约需要一分钟。'],
    ['claim', '理赔进度', '我这边能看到您的理赔案件和当前进度，我来告诉您接下来的每一步和具体时间。'],
    ['sorry', '致歉', '非常抱歉让您久等了，这不是我们应有的服务，我会负责帮您解决。'],
    ['bye', '结束语', '请问还有其他可以帮您的吗？感谢您的耐心，祝您生活愉快。'],
  ],
  fa: [
    ['greet', 'خوشامد', 'سلام، از تماس شما سپاسگزاریم. اطلاعات شما جلوی من است — امروز چطور می‌توانم کمک کنم؟'],
    ['wait', 'لحظه‌ای صبر کنید', 'از صبر شما متشکرم — همین حالا در حال بررسی هستم، حدود یک دقیقه طول می‌کشد.'],
    ['claim', 'وضعیت خسارت', 'پرونده خسارت شما را می‌بینم. دقیقاً می‌گویم قدم بعدی چیست و کی انجام می‌شود.'],
    ['sorry', 'عذرخواهی', 'متأسفم که این‌قدر طول کشید. این خدمتی نیست که شایسته شماست و خودم پیگیری می‌کنم.'],
    ['bye', 'پایان', 'کار دیگری هست که بتوانم انجام دهم؟ از صبر شما سپاسگزارم، روز خوبی داشته باشید.'],
  ],
};

export const CANNED_REPLIES = (Object.keys(REPLIES) as Language[]).flatMap((language) =>
  REPLIES[language].map(([shortcut, title, body]) => ({ id: `${shortcut}.${language}`, shortcut, title, body, language })),
);
