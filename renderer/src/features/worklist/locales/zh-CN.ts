import type { WorklistMessages } from './en';

const zhCN: WorklistMessages = {
  title: '投诉预防工作清单',
  subtitle: '在客户投诉之前主动联系，风险最高者优先',
  open: '工作清单',
  back: '返回来电',
  list: '待联系的客户',
  filter: {
    label: '显示',
    active: '待办',
    open: '未认领',
    claimed: '已认领',
    done: '已完成',
  },
  count: '{{shown}} / {{total}}',
  empty: '目前没有需要联系的客户',
  loading: '正在加载工作清单…',
  error: '无法加载工作清单。',
  retry: '重试',
  action: {
    callback: '回电',
    sms: '发送短信',
    advisor_task: '顾问任务',
  },
  suggested: '建议：{{action}}',
  notBefore: '{{time}} 之前勿扰（免打扰时段）',
  status: {
    open: '未认领',
    claimed: '已认领',
    done: '已完成',
  },
  claimedByMe: '由你认领',
  claimedByOther: '已由 {{agent}} 认领',
  claim: '认领',
  claimConflict: '该客户已被其他坐席抢先认领。',
  claimFailed: '认领失败：{{message}}',
  outcome: {
    label: '处理结果',
    placeholder: '结果如何？',
    note: '备注（可选）',
    submit: '记录结果',
    conflict: '该事项已不归你处理，无法关闭。',
    failed: '无法记录结果：{{message}}',
  },
  outcomes: {
    resolved: '已解决',
    follow_up_booked: '已预约跟进',
    no_answer: '无人接听',
    declined: '客户拒绝',
    sms_sent: '已发短信',
    advisor_assigned: '已指派顾问',
  },
  closed: '已关闭：{{outcome}}',
};

export default zhCN;
