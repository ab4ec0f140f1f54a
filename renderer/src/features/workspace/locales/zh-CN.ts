import type { WorkspaceMessages } from './en';

const zhCN: WorkspaceMessages = {
  ringing: {
    label: '来电提醒',
    title: '新的{{channel}}',
    warmTitle: '{{name}} 转来的接触',
    urgent: '紧急',
    countdown: '{{time}} 后转给下一位',
    rangOut: '即将转走…',
    readFirst: '接听前请先看下方客户的完整情况。',
    accept: '接听',
    decline: '拒绝',
    acceptFailed: '无法接听：{{message}}',
    declineFailed: '无法拒绝：{{message}}',
  },
  channel: {
    voice: '来电',
    chat: '在线会话',
  },
  bar: {
    queue: '队列',
    urgent: '紧急',
    wrapUp: '话后处理中',
  },
  handover: {
    title: '由 {{name}} 转来',
    mode: {
      warm: '热转接',
      cold: '冷转接',
    },
    note: '对方的备注',
    facts: '已确认事项——请勿再问',
  },
  pending: {
    waiting: '等待 {{name}} 接受转接',
    hint: '在对方接受之前，接触仍由您负责，请继续服务客户。',
    keepGoing: '继续服务',
    tag: '转给 {{name}}，待接受',
  },
  presence: {
    label: '在线状态',
    state: {
      available: '空闲',
      on_contact: '接触中',
      wrap_up: '话后处理',
      away: '离开',
      offline: '离线',
    },
    reason: {
      break: '休息',
      meeting: '会议',
      training: '培训',
      missed_offer: '错过了来电',
    },
    reasonLabel: '离开原因',
    reasonPlaceholder: '离开的原因？',
    since: '已持续 {{time}}',
    missedOffer: '您错过了一个来电。准备好后请重新上线。',
    awayIdle: '您处于离开状态（{{reason}}）：重新上线前不会收到新的接触。',
    changeFailed: '无法更改在线状态：{{message}}',
  },
};

export default zhCN;
