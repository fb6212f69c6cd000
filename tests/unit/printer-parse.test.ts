import { describe, expect, it } from 'vitest';
import { classifyLpFailure, cleanTitle, isValidQueueName, lpArgs, mediaFor, parseJobId } from '../../src/main/printer/lp';
import { pdfPageSizeMm } from '../../src/main/printer/pdf-renderer';
import { pageSizeMm, RECEIPT_FALLBACK_LENGTH_MM } from '../../src/shared/checklist/paper';
import {
  classifyActiveJob,
  fromIppJobState,
  parseIppJobState,
  parseJobList,
  parseQueueStatus,
  parseSchedulerDown,
} from '../../src/main/printer/lpstat';

// Output captured from CUPS 2.4.2 (Debian 12) in the C locale.
const IDLE = `printer KioskPDF is idle.  enabled since Wed Nov 25 12:09:28 2026
KioskPDF accepting requests since Wed Nov 25 12:09:28 2026
`;
const PRINTING = `printer KioskPDF now printing KioskPDF-9.  enabled since Wed Nov 25 12:09:28 2026
KioskPDF accepting requests since Wed Nov 25 12:09:28 2026
`;
const DISABLED = `printer KioskPDF disabled since Wed Nov 25 12:09:40 2026 -
\tpaper jam
KioskPDF accepting requests since Wed Nov 25 12:09:28 2026
`;
const REJECTING = `printer KioskPDF is idle.  enabled since Wed Nov 25 12:09:28 2026
KioskPDF not accepting requests since Wed Nov 25 12:09:41 2026 -
\tRejecting Jobs
`;
const JOBS = `KioskPDF-1              root              1024   Wed Nov 25 12:09:33 2026
\tStatus: 
\tAlerts: job-printing
\tqueued for KioskPDF
KioskPDF-2              root              1024   Wed Nov 25 12:09:40 2026
\tAlerts: job-hold-until-specified
\tqueued for KioskPDF
KioskPDF-3              root              1024   Wed Nov 25 12:09:40 2026
\tAlerts: none
\tqueued for KioskPDF
KioskPDF-4              root              1024   Wed Nov 25 12:10:01 2026
\tStatus: loadFilename failed: /var/spool/cups/d00004-001: unable to find trailer dictionary
\tAlerts: job-completed-with-errors
\tqueued for KioskPDF
`;

describe('lp', () => {
  it('builds an argument array: queue, title, media, PDF on stdin', () => {
    expect(lpArgs('KioskPDF', { title: 'TRICARE checklist', paper: 'letter' })).toEqual([
      '-d', 'KioskPDF', '-t', 'TRICARE checklist', '-o', 'media=Letter', '--', '-',
    ]);
    expect(lpArgs('Q', { title: 't', paper: 'a4' })).toContain('media=A4');
    expect(lpArgs('Q', { title: 't', paper: 'receipt80' }).find((a) => a.startsWith('media='))).toMatch(/^media=Custom\.80x\d+mm$/);
  });

  it('asks for a roll cut to the PDF\'s own length (read from its /MediaBox)', () => {
    const pdf = (box: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj\n<< /Type /Page /MediaBox ${box} >>\nendobj\n`);
    const receipt = pdf('[0 0 227.03999 1134]');
    expect(pdfPageSizeMm(receipt)).toEqual({ widthMm: expect.closeTo(80.1, 1), heightMm: expect.closeTo(400, 1) });
    expect(mediaFor('receipt80', receipt)).toBe('Custom.80x400mm');
    expect(lpArgs('Q', { title: 't', paper: 'receipt80' }, receipt)).toContain('media=Custom.80x400mm');
    expect(mediaFor('receipt80', new TextEncoder().encode('%PDF garbage'))).toBe(`Custom.80x${RECEIPT_FALLBACK_LENGTH_MM}mm`);
    expect(mediaFor('letter', receipt)).toBe('Letter');
  });

  it('cuts a receipt to its content, within limits; sheets keep their size', () => {
    expect(pageSizeMm('receipt80', 400)).toEqual({ widthMm: 80, heightMm: 418 });
    expect(pageSizeMm('receipt80', 5)).toEqual({ widthMm: 80, heightMm: 100 });
    expect(pageSizeMm('receipt80', 99_999)).toEqual({ widthMm: 80, heightMm: 2000 });
    expect(pageSizeMm('receipt80')).toEqual({ widthMm: 80, heightMm: RECEIPT_FALLBACK_LENGTH_MM });
    expect(pageSizeMm('receipt80', Number.NaN).heightMm).toBe(RECEIPT_FALLBACK_LENGTH_MM);
    expect(pageSizeMm('a4', 400)).toEqual({ widthMm: 210, heightMm: 297 });
  });

  it('keeps titles printable and short', () => {
    expect(cleanTitle('a\nb\u0007c\u200bd')).toBe('a b c d');
    expect(cleanTitle('x'.repeat(200))).toHaveLength(80);
    expect(cleanTitle(' \n ')).toBe('checklist');
  });

  it('accepts only real queue names (never something lp would read as an option)', () => {
    expect(isValidQueueName('KioskPDF')).toBe(true);
    expect(isValidQueueName('Front_Desk.2-b')).toBe(true);
    for (const bad of ['', '-o', 'a b', 'a;b', 'a/b', '$(x)', 'x'.repeat(128)]) expect(isValidQueueName(bad)).toBe(false);
  });

  it('reads the job id from the <queue>-<n> token only', () => {
    expect(parseJobId('request id is KioskPDF-12 (1 file(s))\n', 'KioskPDF')).toBe('KioskPDF-12');
    expect(parseJobId('la id de solicitud es KioskPDF-7 (0 archivo(s))', 'KioskPDF')).toBe('KioskPDF-7');
    expect(parseJobId('request id is Other-3 (1 file(s))', 'KioskPDF')).toBeUndefined();
    expect(parseJobId('request id is KioskPDF-x', 'KioskPDF')).toBeUndefined();
    expect(parseJobId('request id is Kiosk.PDF-4 (1 file(s))', 'Kiosk.PDF')).toBe('Kiosk.PDF-4');
    expect(parseJobId('request id is KioskXPDF-4', 'Kiosk.PDF')).toBeUndefined();
  });

  it('maps lp complaints to failure types', () => {
    expect(classifyLpFailure('lp: Destination "KioskPDF" is not accepting jobs.')).toBe('queue-rejecting');
    expect(classifyLpFailure('lp: Error - The printer or class does not exist.')).toBe('queue-missing');
    expect(classifyLpFailure('lp: Unknown destination "Nope".')).toBe('queue-missing');
    expect(classifyLpFailure('lp: Scheduler is not running.')).toBe('spooler-down');
    expect(classifyLpFailure('lp: Unable to connect to server: Connection refused')).toBe('spooler-down');
    expect(classifyLpFailure('lp: something else entirely')).toBe('job-failed');
  });
});

describe('lpstat: queue', () => {
  it('reads enabled/accepting, and the reason staff gave', () => {
    expect(parseQueueStatus(IDLE, 'KioskPDF')).toEqual({ enabled: true, accepting: true });
    expect(parseQueueStatus(PRINTING, 'KioskPDF')).toEqual({ enabled: true, accepting: true });
    expect(parseQueueStatus(DISABLED, 'KioskPDF')).toEqual({ enabled: false, accepting: true, reason: 'paper jam' });
    expect(parseQueueStatus(REJECTING, 'KioskPDF')).toEqual({ enabled: true, accepting: false, reason: 'Rejecting Jobs' });
  });

  it('does not mistake another queue for ours', () => {
    expect(parseQueueStatus(IDLE.replaceAll('KioskPDF', 'KioskPDF2'), 'KioskPDF')).toBeUndefined();
    expect(parseQueueStatus('', 'KioskPDF')).toBeUndefined();
  });

  it('knows when the scheduler is down', () => {
    expect(parseSchedulerDown('scheduler is not running\n')).toBe(true);
    expect(parseSchedulerDown('scheduler is running\n')).toBe(false);
  });
});

describe('lpstat: jobs', () => {
  it('parses the long job list into ids, reasons and status', () => {
    const jobs = parseJobList(JOBS);
    expect(jobs.map((j) => j.id)).toEqual(['KioskPDF-1', 'KioskPDF-2', 'KioskPDF-3', 'KioskPDF-4']);
    expect(jobs[0]).toEqual({ id: 'KioskPDF-1', reasons: ['job-printing'] });
    expect(jobs[2]?.reasons).toEqual([]);
    expect(jobs[3]?.status).toMatch(/^loadFilename failed/);
    expect(parseJobList('KioskPDF-5  root  1024  Wed Nov 25 12:09:33 2026\n').map((j) => j.id)).toEqual(['KioskPDF-5']);
    expect(parseJobList('')).toEqual([]);
  });

  it('classifies not-finished jobs by their reasons', () => {
    const state = (id: string) => classifyActiveJob(parseJobList(JOBS).find((j) => j.id === id)!.reasons);
    expect(state('KioskPDF-1')).toBe('printing');
    expect(state('KioskPDF-2')).toBe('held');
    expect(state('KioskPDF-3')).toBe('queued');
    expect(state('KioskPDF-4')).toBe('failed');
    expect(classifyActiveJob(['job-held-for-review'])).toBe('held');
    expect(classifyActiveJob(['printer-stopped'])).toBe('queued');
    expect(classifyActiveJob(['document-format-error', 'job-printing'])).toBe('failed');
  });

  it('reads ipptool job states, telling completed from cancelled and aborted', () => {
    expect(parseIppJobState('        job-state (enum) = canceled\n')).toBe('canceled');
    expect(parseIppJobState('        job-state (enum) = completed\n')).toBe('completed');
    expect(parseIppJobState('status-code = client-error-not-found (Job #99 does not exist.)')).toBeUndefined();
    expect(fromIppJobState('completed')).toBe('done');
    expect(fromIppJobState('canceled')).toBe('failed');
    expect(fromIppJobState('aborted')).toBe('failed');
    expect(fromIppJobState('pending-held')).toBe('held');
    expect(fromIppJobState('processing')).toBe('printing');
    expect(fromIppJobState('pending')).toBe('queued');
  });
});
