import type { MatchingMessages } from './en';

const zhCN: MatchingMessages = {
  many_one: '{{count}} 位客户与此来电匹配',
  many_other: '{{count}} 位客户与此来电匹配',
  manyHint: '请先核实身份再选择。可用 ↑ ↓ 键切换。',
  none: '没有客户与此来电匹配。',
  noneHint: '按电话、姓名、保单号或赔案号搜索，然后关联此来电。',
  searchInstead: '都不是？去搜索',
  searchLabel: '查找客户',
  searchPlaceholder: '电话、姓名、保单号或赔案号',
  searching: '正在搜索…',
  noResults: '没有找到“{{query}}”。',
  searchFailed: '搜索失败：{{message}}',
  link: '关联',
  linkLabel: '将此来电关联到 {{name}}',
  linkFailed: '无法关联此来电：{{message}}',
  matchedOn: {
    id: '客户号',
    policy: '保单号',
    claim: '赔案号',
    phone: '电话',
    name: '姓名',
  },
};

export default zhCN;
