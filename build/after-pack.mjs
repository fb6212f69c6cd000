// electron-builder afterPack hook: flips Electron's fuses in the packaged binary with
// @electron/fuses, before the installer (NSIS) or the AppImage/.deb is made from it. Fuses are
// compiled-in switches that no command line or environment can turn back:
//   RunAsNode off                      ELECTRON_RUN_AS_NODE cannot turn the kiosk into a plain Node
//   EnableNodeOptionsEnvironmentVariable off   NODE_OPTIONS cannot inject code
//   EnableNodeCliInspectArguments off  --inspect cannot attach a debugger
//   GrantFileProtocolExtraPrivileges off       file:// gets no extra privileges (the page is app://)
//   OnlyLoadAppFromAsar on             only the signed-off app.asar is loaded, not a loose folder
//   EnableEmbeddedAsarIntegrityValidation on   app.asar is checked against its hash (macOS, Windows)
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
};

/** Where the Electron binary is inside the packed app, per platform. */
export function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${name}.app`);
    case 'win32':
      return join(appOutDir, `${name}.exe`);
    default:
      return join(appOutDir, packager.executableName ?? name);
  }
}

export default async function afterPack(context) {
  const binary = electronBinary(context);
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' });
  console.log(`after-pack: fuses set on ${binary}`);
}
