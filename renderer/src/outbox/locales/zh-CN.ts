import type { OutboxMessages } from './en';

const zhCN: OutboxMessages = {
  indicator: {
    pending_one: '{{count}} 项待发送',
    pending_other: '{{count}} 项待发送',
    failed_one: '{{count}} 项未发送',
    failed_other: '{{count}} 项未发送',
    label: '已保存在本机、尚未发送的工作',
  },
  title: '已保存在本机，尚未发送',
  hint: '网关恢复后按顺序发送；关闭窗口不会丢失。',
  kind: {
    wrapUp: '话后处理',
    chatSend: '聊天消息',
  },
  contact: '联系 {{id}}',
  status: {
    pending: '等待发送',
    retrying: '等待发送（已尝试 {{count}} 次）',
    failed: '未发送：{{message}}',
  },
  retry: '重新发送',
  discard: '放弃',
};

export default zhCN;
