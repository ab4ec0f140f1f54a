/**
 * The fake Menu: buildFromTemplate keeps the template's items so a test can read what the user
 * sees (labels, enabled, checked) and click them as the OS delivers clicks.
 */
import type {
  KeyboardEvent,
  MenuItem as ElectronMenuItem,
  MenuItemConstructorOptions,
} from 'electron';
import type { FakeMenu, FakeMenuItem } from '../../../electron/testing/fake-electron.js';

type MenuItemType = FakeMenuItem['type'];

export class MenuItem implements FakeMenuItem {
  readonly type: MenuItemType;
  readonly label: string;
  readonly id: string | undefined;
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  private readonly onClick: MenuItemConstructorOptions['click'];

  constructor(
    options: MenuItemConstructorOptions,
    private readonly menu: Menu,
  ) {
    this.type = options.type ?? (options.submenu === undefined ? 'normal' : 'submenu');
    this.label = options.label ?? '';
    this.id = options.id;
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.checked = options.checked ?? false;
    this.onClick = options.click;
  }

  click(): boolean {
    if (!this.enabled || !this.visible || this.type === 'separator') return false;
    if (this.type === 'checkbox') this.checked = !this.checked;
    if (this.type === 'radio') this.menu.checkInGroup(this);
    const event: KeyboardEvent = { triggeredByAccelerator: false };
    this.onClick?.(this as unknown as ElectronMenuItem, undefined, event);
    return true;
  }
}

export class Menu implements FakeMenu {
  static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu {
    return new Menu(template);
  }

  readonly items: MenuItem[];

  constructor(template: readonly MenuItemConstructorOptions[] = []) {
    this.items = template.map((options) => new MenuItem(options, this));
  }

  getMenuItemById(id: string): MenuItem | null {
    return this.items.find((item) => item.id === id) ?? null;
  }

  item(label: string): MenuItem {
    const found = this.items.find((item) => item.label === label);
    if (found === undefined) {
      const labels = this.items.map((item) => JSON.stringify(item.label)).join(', ');
      throw new Error(`No menu item labelled ${JSON.stringify(label)}; the menu has ${labels}.`);
    }
    return found;
  }

  /** As Electron does: adjacent radio items form a group, and one click checks one of them. */
  checkInGroup(clicked: MenuItem): void {
    const index = this.items.indexOf(clicked);
    let start = index;
    while (start > 0 && this.items[start - 1]?.type === 'radio') start -= 1;
    for (let i = start; this.items[i]?.type === 'radio'; i += 1) {
      const item = this.items[i];
      if (item !== undefined) item.checked = item === clicked;
    }
  }
}
