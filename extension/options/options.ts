/**
 * The options page: endpoint and token (with a connection test), auto-clip mode, site lists.
 * Also shows the outbox's last problem, e.g. a token the Worker refuses.
 */
import browser from 'webextension-polyfill';
import { sendToBackground } from '../messages';
import { AUTO_CLIP_MODES, endpointProblem, normaliseEndpoint, READ_SECONDS_RANGE, type AutoClipMode } from '../settings';
import { loadSettings, saveSettings } from '../settings-store';
import { requestContact } from '../endpoint-access';
import { parseSiteList } from '../site-rules';
import { byId } from '../ui/dom';

const form = byId('settings', HTMLFormElement);
const fields = {
  endpoint: byId('endpoint', HTMLInputElement),
  token: byId('token', HTMLInputElement),
  readSeconds: byId('read-seconds', HTMLInputElement),
  allowList: byId('allow-list', HTMLTextAreaElement),
  denyList: byId('deny-list', HTMLTextAreaElement),
};
const testButton = byId('test', HTMLButtonElement);
const allowButton = byId('allow', HTMLButtonElement);
const testResult = byId('test-result', HTMLParagraphElement);
const saveStatus = byId('save-status', HTMLParagraphElement);
const outboxProblem = byId('outbox-problem', HTMLParagraphElement);
const incognito = byId('incognito', HTMLParagraphElement);

function say(target: HTMLElement, tone: 'ok' | 'warn' | 'error', text: string): void {
  target.dataset.tone = tone;
  target.textContent = text;
}

function modeRadio(mode: AutoClipMode): HTMLInputElement {
  return byId(`auto-${mode}`, HTMLInputElement);
}

function selectedMode(): AutoClipMode {
  return AUTO_CLIP_MODES.find((mode) => modeRadio(mode).checked) ?? 'when-read';
}

async function fill(): Promise<void> {
  const settings = await loadSettings();
  fields.endpoint.value = settings.endpoint;
  fields.token.value = settings.token;
  fields.readSeconds.value = String(settings.readSeconds);
  fields.allowList.value = settings.allowList.join('\n');
  fields.denyList.value = settings.denyList.join('\n');
  modeRadio(settings.autoClip).checked = true;
}

async function showOutboxProblem(): Promise<void> {
  const status = await sendToBackground({ type: 'get-outbox-status' });
  const count = status.pending + status.failed;
  const error = status.lastError;
  outboxProblem.hidden = !error || count === 0;
  if (error && count > 0) {
    outboxProblem.dataset.kind = error.kind;
    outboxProblem.textContent = `${count} clip${count === 1 ? '' : 's'} waiting. ${error.message}`;
  }
}

async function showIncognito(): Promise<void> {
  const allowed = await browser.extension.isAllowedIncognitoAccess();
  incognito.textContent = allowed
    ? 'Private (incognito) windows: on. Turn it off in the browser’s extension settings to stop clipping there.'
    : 'Private (incognito) windows: off. Nothing read in a private window is clipped.';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const endpoint = normaliseEndpoint(fields.endpoint.value);
  const problem = endpoint ? endpointProblem(endpoint) : null;
  if (problem) {
    say(saveStatus, 'error', `Not saved. ${problem}`);
    fields.endpoint.setAttribute('aria-invalid', 'true');
    fields.endpoint.focus();
    return;
  }
  fields.endpoint.removeAttribute('aria-invalid');
  const readSeconds = Number(fields.readSeconds.value);
  if (!Number.isInteger(readSeconds) || readSeconds < READ_SECONDS_RANGE.min || readSeconds > READ_SECONDS_RANGE.max) {
    say(saveStatus, 'error', `Not saved. Seconds visible must be a whole number from ${READ_SECONDS_RANGE.min} to ${READ_SECONDS_RANGE.max}.`);
    fields.readSeconds.focus();
    return;
  }
  const saved = await saveSettings({
    endpoint,
    token: fields.token.value,
    autoClip: selectedMode(),
    readSeconds,
    allowList: parseSiteList(fields.allowList.value),
    denyList: parseSiteList(fields.denyList.value),
  });
  fields.endpoint.value = saved.endpoint;
  fields.allowList.value = saved.allowList.join('\n');
  fields.denyList.value = saved.denyList.join('\n');
  say(saveStatus, saved.endpoint && saved.token ? 'ok' : 'warn',
    saved.endpoint && saved.token ? 'Saved.' : 'Saved, but nothing is sent until both Endpoint and Token are set.');
  // Saving retries waiting clips (see background); show where that leaves them.
  window.setTimeout(() => void showOutboxProblem(), 1_500);
});

async function runConnectionTest(): Promise<void> {
  testButton.disabled = true;
  say(testResult, 'warn', 'Testing…');
  try {
    const report = await sendToBackground({ type: 'test-connection', endpoint: fields.endpoint.value, token: fields.token.value });
    say(testResult, report.ok ? 'ok' : 'error', report.message);
    testResult.dataset.kind = report.ok ? 'ok' : report.kind;
    allowButton.hidden = report.ok || report.kind !== 'no-permission';
  } finally {
    testButton.disabled = false;
  }
}

testButton.addEventListener('click', () => void runConnectionTest());

allowButton.addEventListener('click', () => {
  // Straight from the click: browsers only show a permission prompt for a user gesture.
  requestContact(normaliseEndpoint(fields.endpoint.value))
    .then(() => runConnectionTest())
    .catch((error: unknown) => say(testResult, 'error', `Access was not granted: ${String(error)}`));
});

void Promise.all([fill(), showOutboxProblem(), showIncognito()]);
