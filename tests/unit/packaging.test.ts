import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

/**
 * Installable (issue 13): the electron-builder config is valid for electron-builder itself and
 * names its targets, the fuses are the six the probe asks for, the scripts say plainly what is
 * missing where Electron's binary is, and the supervisor files in deploy/ are the ones the
 * operator guide quotes. Packaging itself needs the Electron binary, absent here.
 */
const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const docs = readFileSync(join(root, 'docs/operators.md'), 'utf8');
const hasElectronBinary = existsSync(join(root, 'node_modules/electron/path.txt'));

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema check', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('names its targets: Windows NSIS per machine, Linux AppImage and .deb; name, icon, version', () => {
    expect(config.productName).toBe('TRICARE Sign-In Navigator');
    expect(pkg.productName).toBe(config.productName);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.asar).toBe(true);
    expect(config.extraResources).toEqual([{ from: 'data', to: 'data', filter: ['*.json'] }]);
    const icon = PNG.sync.read(readFileSync(join(root, config.icon)));
    expect(Math.min(icon.width, icon.height)).toBeGreaterThanOrEqual(256);
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs');
  });

  it('flips the six fuses in its afterPack hook', async () => {
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    const hook = (await import(join(root, 'build/after-pack.mjs'))) as { FUSES: Record<string, unknown>; default: unknown; electronBinary: (c: unknown) => string };
    const { FuseV1Options, FuseVersion } = (await import('@electron/fuses')) as typeof import('@electron/fuses');
    expect(hook.FUSES).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    });
    expect(typeof hook.default).toBe('function');
    const packager = { appInfo: { productFilename: 'TRICARE Sign-In Navigator' }, executableName: 'tricare-signin-navigator' };
    expect(hook.electronBinary({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe('/o/TRICARE Sign-In Navigator.exe');
    expect(hook.electronBinary({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe('/o/tricare-signin-navigator');
  });
});

describe('scripts where the Electron binary is missing', () => {
  it.skipIf(hasElectronBinary)('npm start says in one plain line what is missing and that start:web runs the same kiosk', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/start.mjs')], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm start: the Electron binary is not installed \(.*\); `npm run start:web` runs the same kiosk in a browser\.$/);
  });

  it.skipIf(hasElectronBinary)('npm run dist says why it skips (exit 0 only with --if-possible, for CI)', () => {
    const skip = spawnSync(process.execPath, [join(root, 'scripts/dist.mjs'), '--if-possible'], { cwd: root, encoding: 'utf8' });
    expect(skip.status).toBe(0);
    expect(skip.stdout).toMatch(/^dist: skipped — packaging needs the Electron binary: .*cannot be downloaded on this machine/);
    expect(spawnSync(process.execPath, [join(root, 'scripts/dist.mjs')], { cwd: root, encoding: 'utf8' }).status).toBe(1);
  });
});

describe('npm run start:web', () => {
  it('serves the built renderer on 127.0.0.1 only, nothing outside it, and prints the address', async () => {
    const port = 4182 + 17;
    const child = spawn(process.execPath, [join(root, 'scripts/start-web.mjs'), '--no-build', '--no-browser', '--port', String(port), '--root', join(root, 'tests/unit/fixtures-web')], { cwd: root });
    try {
      const said = await new Promise<string>((ok, fail) => {
        let out = '';
        child.stdout.on('data', (b) => {
          out += String(b);
          if (out.includes('\n')) ok(out);
        });
        child.on('exit', () => fail(new Error(`start:web exited: ${out}`)));
        setTimeout(() => fail(new Error('no address printed')), 10_000);
      });
      expect(said.trim()).toBe(`start:web: the kiosk is at http://127.0.0.1:${port}/`);
      const get = (p: string) => fetch(`http://127.0.0.1:${port}${p}`);
      expect(await (await get('/')).text()).toContain('fixture page');
      expect((await get('/index.html')).headers.get('cache-control')).toBe('no-store');
      for (const p of ['/../package.json', '/%2e%2e/package.json', '/%2e%2e%2f%2e%2e%2fpackage.json', '/sub', '/nope.js']) expect((await get(p)).status).toBe(404);
    } finally {
      child.kill();
    }
  });
});

describe('start on boot: the files in deploy/ are the ones the operator guide quotes', () => {
  const unit = readFileSync(join(root, 'deploy/linux/tricare-kiosk.service'), 'utf8');
  const directive = (name: string) => unit.split('\n').filter((l) => l.startsWith(`${name}=`));

  it('the systemd unit runs the app under cage and always restarts it', () => {
    expect(directive('Restart')).toEqual(['Restart=always']);
    const [exec] = directive('ExecStart');
    expect(exec).toMatch(/^ExecStart=\/usr\/bin\/cage (-\S+ )*-- \/usr\/bin\/(\S+)/);
    // the binary cage starts is the one the .deb installs
    expect(exec).toContain(`/usr/bin/${config.linux.executableName} `);
    expect(unit).toMatch(/^\[Install\]\nWantedBy=graphical\.target$/m);
  });

  it('docs/operators.md quotes the unit’s ExecStart and Restart lines exactly', () => {
    const block = /```ini\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    const quoted = block.trim().split('\n');
    expect(quoted).toEqual([...directive('ExecStart'), ...directive('Restart')]);
    expect(docs).toContain('deploy/linux/tricare-kiosk.service');
  });

  it('docs/operators.md quotes the Shell Launcher call of deploy/windows/install-shell-launcher.ps1, and the script points at the installed exe', () => {
    const script = readFileSync(join(root, 'deploy/windows/install-shell-launcher.ps1'), 'utf8');
    const block = /```powershell\n([\s\S]*?)```/.exec(docs)?.[1]?.trim() ?? '';
    expect(block).not.toBe('');
    expect(script.split('\n').map((l) => l.trim())).toContain(block);
    expect(script).toMatch(/\$RestartShell = 0/);
    expect(script).toContain(`C:\\Program Files\\${config.productName}\\${config.productName}.exe`);
  });
});
