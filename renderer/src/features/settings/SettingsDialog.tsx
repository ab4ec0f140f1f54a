import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDesktopApi } from '../../platform/desktop-bridge';
import { DesktopSettingsForm } from './DesktopSettingsForm';
import { WebSettingsForm } from './WebSettingsForm';

interface SettingsDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The agent's settings. In the desktop every setting, kept by Electron main per user; in a
 * browser the language and the ring only. Mounted afresh on each opening (settings read anew,
 * nothing half-typed kept).
 */
export function SettingsDialog({ open, onClose }: SettingsDialogProps) {
  const { t } = useTranslation('settings');
  const desktop = getDesktopApi();
  return (
    <Modal
      open={open}
      title={t('title')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={560}
    >
      <div data-testid="settings-dialog" data-mode={desktop === null ? 'web' : 'desktop'}>
        {desktop === null ? (
          <WebSettingsForm onClose={onClose} />
        ) : (
          <DesktopSettingsForm desktop={desktop} onClose={onClose} />
        )}
      </div>
    </Modal>
  );
}
