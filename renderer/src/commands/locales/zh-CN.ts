import type { CommandsMessages } from './en';

const zhCN: CommandsMessages = {
  label: {
    paletteOpen: '打开命令面板',
    contactAccept: '接听来电',
    contactEnd: '结束接触',
    contactTransfer: '转接当前接触',
    contactNext: '下一个接触标签',
    panelNext: '下一个面板',
    panelPrevious: '上一个面板',
    scriptCopyTop: '复制首条话术',
    customerSearch: '搜索客户',
    presenceToggle: '切换状态（在线 / 离开）',
    languageCycle: '切换语言',
    worklistOpen: '打开投诉预防工作清单',
    consoleOpen: '打开班组控制台',
    settingsOpen: '打开设置',
  },
  palette: {
    title: '命令',
    placeholder: '输入命令…',
    list: '可用命令',
    empty: '没有匹配的命令',
    hint: '↑ ↓ 选择，Enter 执行，Esc 关闭',
  },
  feedback: {
    copied: '已复制“{{title}}”',
    copyFailed: '无法复制话术',
    acceptFailed: '无法接听：{{message}}',
    endFailed: '无法结束接触：{{message}}',
    presenceFailed: '无法更改状态：{{message}}',
  },
  shortcutHint: '{{label}}（{{shortcut}}）',
};

export default zhCN;
