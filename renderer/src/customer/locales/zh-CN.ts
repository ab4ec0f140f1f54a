import type { CustomerMessages } from './en';

const zhCN: CustomerMessages = {
  title: '在线咨询',
  start: {
    heading: '与客服人员对话',
    intro: '请告诉我们您的称呼和需要的帮助，客服人员很快就会接入。',
    name: '您的称呼',
    phone: '电话（选填）',
    email: '电子邮箱（选填）',
    language: '语言',
    message: '请问有什么可以帮您？',
    submit: '开始对话',
    invalid: {
      name: '请填写您的称呼（最多 100 个字符）。',
      phone: '只能包含数字、空格以及“+”“(”“)”“-”。',
      email: '请输入有效的电子邮箱地址。',
      language: '请选择语言。',
      message: '请写下您的第一条消息（最多 {{max}} 个字符）。',
    },
    error: {
      rateLimited: '此处发起的对话过多，请稍等一分钟后再试。',
      network: '无法连接在线咨询服务，请检查网络后重试。',
      unexpected: '无法开始对话：{{message}}',
    },
  },
  status: {
    waiting: '正在等待客服人员…',
    connected: '正在与 {{agentName}} 对话',
    connectedUnnamed: '正在与客服人员对话',
    ended: '对话已结束',
  },
  connection: {
    connecting: '正在连接…',
    reconnecting: '正在重新连接…',
    refused: '此对话已失效。如需继续咨询，请开始新的对话。',
    closed: '连接已断开。',
    reconnect: '重新连接',
  },
  transcript: {
    label: '对话记录',
    empty: '还没有消息。',
    you: '您',
    agent: '客服',
    attachments: '链接',
  },
  typing: '客服正在输入…',
  composer: {
    label: '您的消息',
    placeholder: '输入消息。按 Enter 发送，Shift+Enter 换行。',
    send: '发送',
    counter: '{{count}} / {{max}}',
    tooLong: '您的消息有 {{count}} 个字符，上限为 {{max}} 个。请删减后再发送。',
    empty: '请输入内容或添加链接。',
    failed: '消息未发送：{{message}}',
    offline: '您已离线，消息已保留在此处。重新连接后请再次发送。',
    disabled: '对话已结束，无法再发送消息。',
  },
  link: {
    add: '添加链接',
    url: '链接（https://…）',
    name: '链接名称',
    attach: '添加',
    cancel: '取消',
    invalidUrl: '请输入以 http:// 或 https:// 开头的链接。',
    remove: '移除 {{name}}',
    limit: '每条消息最多 {{max}} 个链接。',
  },
  end: {
    button: '结束对话',
    failed: '无法结束对话：{{message}}',
    newChat: '开始新的对话',
  },
};

export default zhCN;
