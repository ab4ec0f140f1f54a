import type { WrapUpMessages } from './en';

const zhCN: WrapUpMessages = {
  title: '话后处理',
  timer: {
    label: '话后处理时长',
    left: '剩余 {{time}}',
    over: '已超时 {{time}}',
    elapsed: '已用 {{time}}',
  },
  disposition: {
    label: '处理结果',
    placeholder: '选择结果',
  },
  dispositions: {
    resolved: '已解决',
    information_given: '已告知信息',
    complaint_logged: '已登记投诉',
    follow_up_promised: '已承诺跟进',
    escalated: '已升级',
    transferred: '已转接',
    no_action: '无需处理',
  },
  note: {
    label: '备注',
    placeholder: '经过情况，留给下一位阅读的人',
  },
  voc: {
    title: '客户之声',
    hint: '登记投诉时必填；客户不满意时也请填写。',
    rootCauses: '根因',
    customerWords: '客户原话',
    customerWordsPlaceholder: '请引用客户的原话和语气',
    sentiment: '情绪',
  },
  sentiments: {
    positive: '正面',
    neutral: '中性',
    negative: '负面',
  },
  complaint: {
    title: '投诉工单',
    mode: {
      none: '不建工单',
      create: '新建工单',
      update: '更新未结工单',
    },
    case: '工单',
    casePlaceholder: '选择未结工单',
    caseOption: '{{id}} · {{causes}}',
    noOpen: '该客户没有未结工单',
    owner: '负责人',
    me: '{{name}}（我）',
    due: '截止时间',
    status: '新状态',
    statusUnchanged: '保持不变',
  },
  promise: {
    title: '对客户的承诺',
    description: '承诺内容',
    descriptionPlaceholder: '例如：拿到公估报告后回电',
    due: '截止时间',
    presets: {
      'tomorrow-17': '明天 17:00',
      'friday-17': '周五 17:00',
      'in-3-days': '3 天后',
    },
  },
  errors: {
    disposition: '请选择处理结果',
    rootCauses: '请至少选择一个根因',
    customerWords: '请填写客户原话',
    sentiment: '请选择客户情绪',
    complaintId: '请选择要更新的工单',
    ownerId: '请选择工单负责人',
    dueAt: '请选择截止日期和时间',
    promiseDescription: '请填写承诺内容',
  },
  submit: '完成话后处理',
  failed: '无法完成话后处理：{{message}}',
  saved: '话后处理已保存',
  queued: '话后处理已保存在本机，连接恢复后将自动发送。您可以继续下一项工作。',
};

export default zhCN;
