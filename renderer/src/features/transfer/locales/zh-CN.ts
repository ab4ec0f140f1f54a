import type { TransferMessages } from './en';

const zhCN: TransferMessages = {
  open: '转接',
  title: '转接此接触',
  modeLabel: '方式',
  mode: {
    warm: '热转接：对方先接受',
    cold: '冷转接：直接转过去',
  },
  targetKindLabel: '转给',
  targetKind: {
    agent: '坐席',
    queue: '队列',
  },
  target: {
    label: '接手人',
    agentPlaceholder: '选择坐席',
    queuePlaceholder: '选择队列',
    queueOption: '{{name}} · {{count}} 人等待',
    noAgents: '没有其他已登录的坐席',
    loadFailed: '无法加载列表：{{message}}',
    required: '请选择接手人',
  },
  warmNeedsAgent: '热转接只能转给一位坐席',
  note: {
    label: '给下一位坐席的备注',
    placeholder: '对方开口前需要知道的情况',
    required: '请写下下一位坐席需要知道的情况',
  },
  facts: {
    label: '已与客户确认的事项',
    hint: '勾选的事项会随接触一起转过去，可按需修改。',
    placeholder: '一条已确认的事项',
    add: '添加事项',
    remove: '删除此事项',
    include: '转交此事项',
  },
  submit: '转接',
  cancel: '取消',
  failed: '无法转接：{{message}}',
  sentWarm: '等待 {{name}} 接受',
  sentCold: '已转接',
  consult: {
    open: '咨询',
    title: '咨询同事',
    agentLabel: '同事',
    agentPlaceholder: '选择同事',
    empty: '还没有关于此接触的消息',
    placeholder: '就此接触提问…',
    send: '发送',
    failed: '无法发送：{{message}}',
    to: '发给 {{name}}',
    inbox: '咨询',
    inboxTitle: '同事的咨询',
    inboxEmpty: '暂无同事咨询',
    about: '关于接触 {{id}}',
    reply: '回复 {{name}}',
  },
};

export default zhCN;
