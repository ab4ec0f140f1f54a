import type { CommonMessages } from './en';

const zhCN: CommonMessages = {
  app: {
    name: 'Firebreak',
    tagline: '开口之前，客户的故事已在眼前',
  },
  signin: {
    title: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    failed: '登录失败',
    networkError: '无法连接网关，请检查网络后重试。',
    unexpectedError: '出现问题，请重试。',
    noKeyStore: '此电脑没有安全的密钥存储，关闭 Firebreak 后需要重新登录。',
    sessionEnded: '您的会话已结束，请重新登录后继续。',
  },
  header: {
    signOut: '退出登录',
    language: '语言',
    presence: '在线状态',
  },
  presence: {
    available: '空闲',
    busy: '忙碌',
    away: '离开',
    offline: '离线',
    changeFailed: '无法切换状态：{{message}}',
  },
  connection: {
    offline: '离线',
    connecting: '连接中…',
    ready: '已连接',
  },
  desktop: {
    offerTitleVoice: '来电：{{name}}',
    offerTitleChat: '新会话：{{name}}',
    offerBody: '{{tier}} · {{risk}}',
    riskScore: '{{band}}（{{score}}）',
    notScored: '尚未评分',
    notIdentified: '未识别客户',
    contactNotHeld: '该联系不在您的工作台上。',
    customerView: '客户',
    backToContacts: '返回联系列表',
    accept: '接听',
  },
  workspace: {
    idle: '等待下一个来电或会话',
    idleHint: '联络接入的一刻，客户的完整经历就会弹出在这里。',
    contacts: '当前持有的联络',
    endContact: '结束联络',
    endFailed: '无法结束联络：{{message}}',
    unknownCaller: '未识别客户',
    announce: '新{{channel}}：{{name}}',
  },
  channel: {
    voice: '来电',
    chat: '会话',
  },
};

export default zhCN;
