// First: zod must be configured before any schema module runs (see zod-config.ts).
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { OutOfService } from './components/OutOfService';
import { StaffLayer } from './staff/StaffLayer';
import './styles.css';
import './flow.css';

/**
 * Startup: load and check the content, read the settings, then draw the kiosk. Broken content
 * (or anything thrown later) shows the out-of-service screen for staff, never a blank page.
 */
async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const api = getApi();
  try {
    const [content, settings] = await Promise.all([api.loadContent(), api.getSettings()]);
    if (!content.ok) {
      // Staff can still get in (hidden corner + PIN) to read what is wrong and fix the printer.
      root.render(
        <>
          <OutOfService errors={content.error} />
          {api.staff ? <StaffLayer api={api.staff} content={null} /> : null}
        </>,
      );
      return;
    }
    const testMode = new URLSearchParams(window.location.search).has('test');
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <App api={api} content={content.value} settings={settings} testMode={testMode} browserPrint={!window.kiosk} />
        </ErrorBoundary>
      </StrictMode>,
    );
  } catch (e) {
    root.render(<OutOfService problem={e instanceof Error ? e.message : String(e)} />);
  }
}

void boot();
