import type { JourneyStage, Language, RootCause } from '../../shared/domain.js';

/** Entitlement names as they are spoken to the customer, in the script's language. */
const ENTITLEMENTS: Record<string, Record<Language, string>> = {
  dedicated_advisor: { 'zh-CN': '一对一专属顾问', en: 'your dedicated advisor', fa: 'مشاور اختصاصی شما' },
  annual_health_plan: { 'zh-CN': '年度健康计划', en: 'your annual health plan', fa: 'برنامه سلامت سالانه' },
  reserved_events: { 'zh-CN': '专属活动席位', en: 'reserved event places', fa: 'جایگاه ویژه رویدادها' },
  quarterly_callback: { 'zh-CN': '季度专属回访', en: 'a quarterly dedicated callback', fa: 'تماس اختصاصی فصلی' },
  recommendation_priority: { 'zh-CN': '产品推荐优先权', en: 'priority product recommendations', fa: 'اولویت پیشنهاد محصول' },
  health_lectures: { 'zh-CN': '健康讲座', en: 'health lectures', fa: 'سخنرانی‌های سلامت' },
  monthly_callback: { 'zh-CN': '每月回访', en: 'a monthly callback', fa: 'تماس ماهانه' },
  value_added_services: { 'zh-CN': '增值服务推荐', en: 'value-added services', fa: 'خدمات ارزش افزوده' },
  weekly_push: { 'zh-CN': '每周服务推送', en: 'weekly service updates', fa: 'اطلاع‌رسانی هفتگی' },
  care_package: { 'zh-CN': '关怀礼包', en: 'a care package', fa: 'بسته مراقبتی' },
  annual_policy_review: { 'zh-CN': '年度保单检视', en: 'an annual policy review', fa: 'بازبینی سالانه بیمه‌نامه' },
  health_consultation_booking: { 'zh-CN': '健康咨询预约', en: 'a health consultation booking', fa: 'رزرو مشاوره سلامت' },
};

export function entitlementLabel(key: string, lang: Language): string {
  return ENTITLEMENTS[key]?.[lang] ?? key;
}

const CAUSE: Record<RootCause, Record<Language, string>> = {
  timeliness: { 'zh-CN': '时效', en: 'timeliness', fa: 'به‌موقع بودن' },
  attitude: { 'zh-CN': '态度', en: 'attitude', fa: 'برخورد' },
  professionalism: { 'zh-CN': '专业真实度', en: 'professionalism', fa: 'حرفه‌ای بودن' },
  amount: { 'zh-CN': '金额费率', en: 'amount', fa: 'مبلغ' },
  accuracy: { 'zh-CN': '操作准确度', en: 'accuracy', fa: 'دقت' },
  promise_mismatch: { 'zh-CN': '承诺与实际不一致', en: 'promise not kept', fa: 'عمل نکردن به وعده' },
};

const STAGE: Record<JourneyStage, Record<Language, string>> = {
  sale: { 'zh-CN': '销售', en: 'sale', fa: 'فروش' },
  underwriting: { 'zh-CN': '核保', en: 'underwriting', fa: 'صدور' },
  consultation: { 'zh-CN': '咨询', en: 'consultation', fa: 'مشاوره' },
  claim_report: { 'zh-CN': '报案', en: 'claim report', fa: 'اعلام خسارت' },
  rescue: { 'zh-CN': '救援', en: 'rescue', fa: 'امداد' },
  claim: { 'zh-CN': '理赔', en: 'claim', fa: 'خسارت' },
  refund: { 'zh-CN': '退费', en: 'refund', fa: 'بازپرداخت' },
  renewal: { 'zh-CN': '续保', en: 'renewal', fa: 'تمدید' },
  repurchase: { 'zh-CN': '复购', en: 'repurchase', fa: 'خرید مجدد' },
};

/** One short line saying why a script was recommended. */
export function describeReason(input: { causeHit: RootCause | null; stageHit: JourneyStage | null; lang: Language }): string {
  const { causeHit, stageHit, lang } = input;
  const parts: string[] = [];
  if (causeHit) parts.push(lang === 'zh-CN' ? `诉求根因：${CAUSE[causeHit][lang]}` : lang === 'fa' ? `علت ریشه‌ای: ${CAUSE[causeHit][lang]}` : `Root cause: ${CAUSE[causeHit][lang]}`);
  if (stageHit) parts.push(lang === 'zh-CN' ? `当前阶段：${STAGE[stageHit][lang]}` : lang === 'fa' ? `مرحله فعلی: ${STAGE[stageHit][lang]}` : `Current stage: ${STAGE[stageHit][lang]}`);
  if (parts.length === 0) return lang === 'zh-CN' ? '通用开场' : lang === 'fa' ? 'آغاز عمومی گفتگو' : 'General opening';
  return parts.join(' · ');
}
