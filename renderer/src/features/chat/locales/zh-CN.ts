import type { ChatMessages } from './en';

const zhCN: ChatMessages = {
  pane: '与客户的对话',
  transcript: '对话记录',
  loading: '正在加载对话…',
  loadFailed: '无法加载对话。',
  retry: '重试',
  empty: '还没有消息。',
  showEarlier_one: '显示更早的 {{count}} 条消息',
  showEarlier_other: '显示更早的 {{count}} 条消息',
  sender: {
    customer: '客户',
    agent: '坐席',
    system: '系统',
  },
  customerTyping: '客户正在输入…',
  composer: {
    label: '回复客户',
    placeholder: '输入回复。Enter 发送，Shift+Enter 换行，输入 / 查找快捷回复。',
    send: '发送',
    counter: '{{count}} / {{max}}',
    overLimit_one: '超出 {{count}} 个字符：请缩短后再发送（最多 {{max}} 个）。',
    overLimit_other: '超出 {{count}} 个字符：请缩短后再发送（最多 {{max}} 个）。',
    sendFailed: '未发送：{{message}}',
    sendFailedHint: '您的内容已保留，可随时重新发送。',
    invalid: '请先输入内容或添加链接。',
  },
  disabled: {
    queued: '该对话仍在排队。',
    offered: '接受对话后即可回复。',
    wrap_up: '对话已结束：请完成话后处理。',
    closed: '该对话已关闭。',
    abandoned: '客户已离开该对话。',
  },
  delivery: {
    sending: '发送中…',
    waiting: '待发送：已保存在本机，连接恢复后发送',
    failed: '未发送：{{message}}',
    retry: '重新发送',
    edit: '编辑',
    discard: '放弃',
  },
  canned: {
    label: '快捷回复',
    loading: '正在加载快捷回复…',
    none: '没有与“/{{query}}”匹配的快捷回复。按 Esc 关闭列表。',
    failed: '无法加载快捷回复。',
  },
  attachment: {
    add: '添加链接',
    url: '链接（http:// 或 https://）',
    name: '向客户显示的名称',
    confirm: '附加',
    cancel: '取消',
    invalidUrl: '请输入 http:// 或 https:// 链接。',
    invalidName: '请为链接命名（最多 200 个字符）。',
    limit: '每条消息最多 {{max}} 个链接。',
    remove: '移除 {{name}}',
    listLabel: '待发送的链接',
  },
  tabs: {
    unread_one: '{{count}} 条未读消息',
    unread_other: '{{count}} 条未读消息',
    waiting: '已等待 {{duration}}',
    waitingLongest: '等待最久',
  },
  script: {
    insert: '插入对话',
    inserted: '已插入',
  },
  whisper: {
    from: '{{name}} 的悄悄话——只有您能看到',
    list: '组长发来的悄悄话',
  },
};

export default zhCN;
