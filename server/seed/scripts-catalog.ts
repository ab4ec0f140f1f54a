/**
 * Prepared scripts: the specialist opens with the answer, not with questions. Bodies use only
 * the placeholders in SCRIPT_PLACEHOLDER_NAMES (the desktop fills them from the pop's facts).
 */
import type { JourneyStage, Language, RootCause } from '../../shared/domain.js';

export const SCRIPT_PLACEHOLDER_NAMES = [
  'customerName',
  'claimId',
  'daysLate',
  'promisedDate',
  'policyId',
  'renewalDate',
  'entitlement',
  'advisorName',
  'agentName',
] as const;

export interface ScriptTemplate {
  readonly key: string;
  readonly rootCause: RootCause | null;
  readonly stage: JourneyStage | null;
  readonly marketing: boolean;
  readonly priority: number;
  readonly title: Readonly<Record<Language, string>>;
  readonly body: Readonly<Record<Language, string>>;
}

export const SCRIPT_TEMPLATES: readonly ScriptTemplate[] = [
  {
    key: 'claim-late',
    rootCause: 'timeliness',
    stage: 'claim',
    marketing: false,
    priority: 100,
    title: { 'zh-CN': '理赔超时致歉', en: 'Claim running late', fa: 'عذرخواهی بابت تأخیر خسارت' },
    body: {
      'zh-CN':
        '{customerName}您好，我是{agentName}。我看到您的理赔{claimId}原定{promisedDate}给出结果，现在已经晚了{daysLate}天，非常抱歉。我已为您加急处理，今天下班前给您明确答复，并由我全程跟进到结案。',
      en: "Hello {customerName}, this is {agentName}. I can see claim {claimId} was due a decision on {promisedDate} and is now {daysLate} days late. I'm sorry. I have escalated it, I will call you with a firm answer before the end of today, and I will stay with it until it is closed.",
      fa: '{customerName} عزیز، سلام. {agentName} هستم. می‌بینم قرار بود نتیجه خسارت {claimId} تا {promisedDate} اعلام شود و اکنون {daysLate} روز تأخیر دارد؛ واقعاً متأسفم. پرونده را در اولویت گذاشتم، تا پایان امروز با پاسخ قطعی تماس می‌گیرم و خودم تا پایان پیگیری می‌کنم.',
    },
  },
  {
    key: 'broken-promise',
    rootCause: 'promise_mismatch',
    stage: 'claim',
    marketing: false,
    priority: 90,
    title: { 'zh-CN': '承诺未兑现', en: 'Broken promise', fa: 'قول عمل‌نشده' },
    body: {
      'zh-CN':
        '{customerName}您好，我是{agentName}。我们承诺在{promisedDate}前完成的事情没有做到，这是我们的责任。我现在就为您落实，并把结果和具体时间用短信发给您。',
      en: "{customerName}, I'm {agentName}. We promised this by {promisedDate} and did not deliver; that is on us. I am putting it right now and will text you the outcome and the exact time.",
      fa: '{customerName} عزیز، {agentName} هستم. قول داده بودیم این کار تا {promisedDate} انجام شود و نشد؛ مسئولیتش با ماست. همین حالا پیگیری می‌کنم و نتیجه و زمان دقیق را برایتان پیامک می‌کنم.',
    },
  },
  {
    key: 'adjuster-no-show',
    rootCause: 'attitude',
    stage: 'claim',
    marketing: false,
    priority: 85,
    title: { 'zh-CN': '查勘员爽约致歉', en: 'Adjuster missed the visit', fa: 'عدم حضور ارزیاب' },
    body: {
      'zh-CN':
        '{customerName}您好，查勘员没有按约定到场，我代表公司向您道歉。我已重新安排并确认了新的时间，查勘员会提前30分钟联系您。理赔{claimId}由我{agentName}亲自跟进。',
      en: "{customerName}, the adjuster did not come as agreed and I apologise on the company's behalf. I have booked and confirmed a new time; the adjuster will call you 30 minutes before. I, {agentName}, am following claim {claimId} personally.",
      fa: '{customerName} عزیز، ارزیاب طبق قرار حاضر نشد و از طرف شرکت عذرخواهی می‌کنم. زمان جدیدی هماهنگ و تأیید شد و ارزیاب ۳۰ دقیقه قبل با شما تماس می‌گیرد. پیگیری خسارت {claimId} با خودم، {agentName}، است.',
    },
  },
  {
    key: 'premium-rise',
    rootCause: 'amount',
    stage: 'renewal',
    marketing: false,
    priority: 80,
    title: {
      'zh-CN': '续保涨价：更优方案',
      en: 'Renewal price rise: cheaper cover',
      fa: 'افزایش حق بیمه تمدید: گزینه ارزان‌تر',
    },
    body: {
      'zh-CN':
        '{customerName}您好，关于保单{policyId}（{renewalDate}到期）续保保费上涨，我先为您说明费率变化的原因；另外我可以为您对比一个保障相近、价格更低的方案。',
      en: '{customerName}, about the higher renewal premium for policy {policyId} (renews {renewalDate}): let me explain what changed, and I can also show you cover that is close to what you have at a lower price.',
      fa: '{customerName} عزیز، درباره افزایش حق بیمه تمدید بیمه‌نامه {policyId} (سررسید {renewalDate})، ابتدا دلیل تغییر نرخ را توضیح می‌دهم و می‌توانم گزینه‌ای با پوشش مشابه و قیمت کمتر را هم مقایسه کنم.',
    },
  },
  {
    key: 'refund-delay',
    rootCause: 'timeliness',
    stage: 'refund',
    marketing: false,
    priority: 70,
    title: { 'zh-CN': '退费延迟', en: 'Refund delayed', fa: 'تأخیر در بازپرداخت' },
    body: {
      'zh-CN':
        '{customerName}您好，您保单{policyId}的退费已超过承诺时间，非常抱歉。我已提交加急，不会再有额外挽留环节，今天内告诉您到账时间。',
      en: '{customerName}, the refund for policy {policyId} is past the time we promised. I am sorry. I have escalated it, there will be no more retention steps, and I will tell you today when the money arrives.',
      fa: '{customerName} عزیز، بازپرداخت بیمه‌نامه {policyId} از زمان وعده‌داده‌شده گذشته است؛ متأسفم. درخواست را فوری کردم، مرحله دیگری برای منصرف کردن شما در کار نیست و امروز زمان واریز را اعلام می‌کنم.',
    },
  },
  {
    key: 'data-correction',
    rootCause: 'accuracy',
    stage: 'underwriting',
    marketing: false,
    priority: 65,
    title: { 'zh-CN': '保单信息更正', en: 'Policy data corrected', fa: 'اصلاح اطلاعات بیمه‌نامه' },
    body: {
      'zh-CN':
        '{customerName}您好，保单{policyId}上的信息录入有误，是我们的失误。我已为您更正，批单会通过短信和邮件发送给您。',
      en: '{customerName}, the details on policy {policyId} were entered wrongly; our mistake. I have corrected them and the endorsement is on its way by SMS and email.',
      fa: '{customerName} عزیز، اطلاعات بیمه‌نامه {policyId} اشتباه ثبت شده بود و اشتباه از ما بود. اصلاح شد و الحاقیه از طریق پیامک و ایمیل برایتان ارسال می‌شود.',
    },
  },
  {
    key: 'attitude-apology',
    rootCause: 'attitude',
    stage: 'consultation',
    marketing: false,
    priority: 60,
    title: {
      'zh-CN': '服务态度致歉',
      en: 'Apology for how we treated you',
      fa: 'عذرخواهی بابت برخورد',
    },
    body: {
      'zh-CN':
        '{customerName}您好，我是{agentName}。对于上次沟通中您受到的怠慢，我真诚道歉。您的问题从现在起由我负责，处理到底。',
      en: "{customerName}, I'm {agentName}. I'm sincerely sorry for how you were treated last time. From now on your case is mine and I will see it through.",
      fa: '{customerName} عزیز، {agentName} هستم. بابت برخوردی که دفعه قبل با شما شد صمیمانه عذرخواهی می‌کنم. از این به بعد پرونده شما با من است و تا آخر پیگیری می‌کنم.',
    },
  },
  {
    key: 'wrong-information',
    rootCause: 'professionalism',
    stage: 'sale',
    marketing: false,
    priority: 60,
    title: {
      'zh-CN': '保障说明更正',
      en: 'Correcting what you were told',
      fa: 'اصلاح اطلاعات نادرست',
    },
    body: {
      'zh-CN':
        '{customerName}您好，关于保单{policyId}的保障范围，之前给您的说明不准确，我向您道歉。我把条款原文发给您，并逐条为您解释。',
      en: '{customerName}, what you were told about the cover of policy {policyId} was not accurate, and I apologise. I will send you the policy wording and go through it with you point by point.',
      fa: '{customerName} عزیز، توضیحی که درباره پوشش بیمه‌نامه {policyId} به شما داده شد دقیق نبود؛ عذرخواهی می‌کنم. متن شرایط را برایتان می‌فرستم و بند به بند توضیح می‌دهم.',
    },
  },
  {
    key: 'renewal-reminder',
    rootCause: null,
    stage: 'renewal',
    marketing: false,
    priority: 50,
    title: { 'zh-CN': '续保提醒', en: 'Renewal reminder', fa: 'یادآوری تمدید' },
    body: {
      'zh-CN':
        '{customerName}您好，您的保单{policyId}将于{renewalDate}到期，现在续保可以保持保障不中断。需要我现在为您办理吗？',
      en: '{customerName}, your policy {policyId} expires on {renewalDate}. Renewing now keeps you covered without a gap. Shall I do it for you now?',
      fa: '{customerName} عزیز، بیمه‌نامه {policyId} شما در {renewalDate} منقضی می‌شود. با تمدید الان پوشش شما قطع نمی‌شود. مایلید همین حالا تمدید کنم؟',
    },
  },
  {
    key: 'advisor-review',
    rootCause: null,
    stage: 'repurchase',
    marketing: true,
    priority: 20,
    title: { 'zh-CN': '专属顾问保障检视', en: 'Advisor cover review', fa: 'بررسی پوشش با مشاور' },
    body: {
      'zh-CN':
        '{customerName}您好，作为享有{entitlement}的客户，您的专属顾问{advisorName}为您准备了年度保障检视，方便的话我现在为您预约。',
      en: '{customerName}, as a customer with {entitlement}, your advisor {advisorName} has prepared your annual cover review. Shall I book it for you now?',
      fa: '{customerName} عزیز، شما از {entitlement} برخوردارید و مشاور شما {advisorName} بررسی سالانه پوشش را آماده کرده است. مایلید همین حالا وقت بگذارم؟',
    },
  },
  {
    key: 'health-cross-sell',
    rootCause: null,
    stage: 'repurchase',
    marketing: true,
    priority: 10,
    title: { 'zh-CN': '健康险推荐', en: 'Health cover suggestion', fa: 'پیشنهاد بیمه درمان' },
    body: {
      'zh-CN':
        '{customerName}您好，结合您现有的保单{policyId}，我们有一款健康险可以与现有保障互补，需要我发资料给您了解一下吗？',
      en: '{customerName}, alongside your policy {policyId} we have health cover that fills the gaps in what you have. May I send you the details?',
      fa: '{customerName} عزیز، در کنار بیمه‌نامه {policyId}، یک بیمه درمان داریم که پوشش فعلی شما را کامل می‌کند. اجازه می‌دهید جزئیات را برایتان بفرستم؟',
    },
  },
];
