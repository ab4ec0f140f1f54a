import type { SettingsMessages } from './en';

const zhCN: SettingsMessages = {
  open: '设置',
  title: '设置',
  loading: '正在读取设置…',
  loadFailed: '无法读取设置：{{message}}',
  gateway: {
    label: '网关地址',
    placeholder: '留空：使用默认网关',
    hint: 'Firebreak 连接的服务器。重启后生效。',
  },
  language: {
    label: '语言',
    app: '跟随应用',
  },
  sound: {
    label: '有来电或会话时响铃',
    volume: '铃声音量',
  },
  pop: {
    label: '有来电或会话时',
    behaviour: {
      focus: '把 Firebreak 切到最前',
      'flash-when-busy': '切到最前，但您正在其他应用中输入时除外',
      flash: '只闪烁任务栏按钮',
    },
    behaviourHint: {
      focus: '总是抢占焦点，即使您在其他应用中。',
      'flash-when-busy': '您在别处输入时只闪烁，按键不会误入本窗口。',
      flash: '从不抢占焦点，由您决定何时切换。',
    },
    notification: '显示系统通知（客户、等级、风险）',
    compactWindow: '显示带“接听”按钮的置顶小窗口',
    acceptShortcut: '接听快捷键（在任何应用中有效）',
    acceptShortcutPlaceholder: '例如 CommandOrControl+Shift+A；留空：关闭',
  },
  startAtLogin: '登录电脑时启动 Firebreak',
  webNote: '网关、弹屏方式、通知、快捷键和开机启动是 Firebreak 桌面应用中的设置。',
  invalid: '未被接受：{{problem}}',
  refused: 'Firebreak 未保存设置：{{message}}',
  restartNeeded: '请重启 Firebreak 以使用新的网关。',
  saved: '设置已保存',
  save: '保存',
  cancel: '取消',
  close: '关闭',
};

export default zhCN;
