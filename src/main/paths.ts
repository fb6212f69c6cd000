import { join } from 'node:path';

/** Where the kiosk keeps its files; derived once from Electron's app paths in index.ts. */
export interface KioskPaths {
  settingsFile: string;
  logFile: string;
  usageFile: string;
  /** Print jobs that could not be cancelled, to cancel at the next start. */
  leftoverJobsFile: string;
  /** Installed signed content bundles (content-bundle/). */
  bundlesDir: string;
  contentDir: string;
  preload: string;
  rendererIndex: string;
}

export function kioskPaths(opts: {
  userData: string;
  appPath: string;
  resourcesPath: string;
  packaged: boolean;
  mainDir: string;
  env: Record<string, string | undefined>;
  contentDirSetting?: string;
}): KioskPaths {
  const defaultContent = opts.packaged ? join(opts.resourcesPath, 'data') : join(opts.appPath, 'data');
  return {
    settingsFile: opts.env.KIOSK_SETTINGS ?? join(opts.userData, 'settings.json'),
    logFile: join(opts.userData, 'logs', 'kiosk.log'),
    usageFile: join(opts.userData, 'usage-counts.json'),
    leftoverJobsFile: join(opts.userData, 'leftover-print-jobs.json'),
    bundlesDir: join(opts.userData, 'content-bundles'),
    contentDir: opts.env.KIOSK_CONTENT_DIR ?? opts.contentDirSetting ?? defaultContent,
    preload: join(opts.mainDir, '../preload/index.cjs'),
    rendererIndex: join(opts.mainDir, '../renderer/index.html'),
  };
}
