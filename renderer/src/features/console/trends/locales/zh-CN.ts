import type { TrendsMessages } from './en';

const zhCN: TrendsMessages = {
  title: '趋势',
  subtitle: '近几小时的接触量与风险；近几天的投诉、合作方与主动联系',
  range: {
    hours: '显示的小时数',
    days: '显示的天数',
  },
  updated: '更新于 {{time}}',
  refreshing: '正在刷新…',
  loading: '正在加载趋势…',
  error: '无法加载趋势。',
  retry: '重试',
  empty: '这段时间还没有可显示的数据。',
  noData: '此时段没有数据',
  chart: {
    contacts: '每小时接触量',
    risk: '每小时客户风险',
    rootCause: '按根因统计的投诉',
    line: '按产品线统计的投诉',
    outcomes: '工作清单处理结果',
  },
  series: {
    contacts: '接触量',
    abandoned: '已放弃',
    serviceLevel: '服务水平',
    averageRisk: '平均风险分',
    highRisk: '高风险客户',
  },
  partners: {
    title: '合作方评分卡',
    name: '合作方',
    kind: '类型',
    promisesDue: '到期承诺',
    timeliness: '准时率',
    touchpoints: '触点',
    errorRate: '差错率',
    complaints: '投诉',
    lowTimeliness: '准时率低于 {{threshold}}',
    highErrorRate: '差错率高于 {{threshold}}',
    empty: '此时段内没有合作方处理理赔。',
  },
};

export default zhCN;
