/** Electron main entry (built by electron-vite to out/main/main.js). */
import { startDesktopApp } from './desktop-app.js';

startDesktopApp({ env: process.env, mainDir: import.meta.dirname });
