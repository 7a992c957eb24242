import { describe, expect, it } from 'vitest';
import { autoClipPolicyFor } from '../../extension/auto-clip-policy';
import { DEFAULT_SETTINGS, endpointProblem, isConfigured, normaliseSettings } from '../../extension/settings';

describe('settings', () => {
  it('falls back to defaults field by field for anything stored that is not valid', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(
      normaliseSettings({ endpoint: ' http://127.0.0.1:8787// ', token: ' t ', autoClip: 'always', readSeconds: 2, allowList: 'a.com', denyList: ['b.com'] }),
    ).toEqual({ ...DEFAULT_SETTINGS, endpoint: 'http://127.0.0.1:8787', token: 't', denyList: ['b.com'] });
    expect(normaliseSettings({ readSeconds: '45', autoClip: 'on-open' })).toMatchObject({ readSeconds: 45, autoClip: 'on-open' });
  });

  it('says what is wrong with an endpoint', () => {
    expect(endpointProblem('')).toMatch(/empty/);
    expect(endpointProblem('127.0.0.1:8787')).toMatch(/http/);
    expect(endpointProblem('ftp://example.com')).toMatch(/http:\/\/ or https:\/\//);
    expect(endpointProblem('https://example.com/?a=1')).toMatch(/query/);
    expect(endpointProblem('https://me:pw@example.com')).toMatch(/user name or password/);
    expect(endpointProblem('https://jianbao.me.workers.dev')).toBeNull();
  });

  it('auto-clips only when set up, switched on and allowed for the site', () => {
    const ready = { ...DEFAULT_SETTINGS, endpoint: 'http://127.0.0.1:8787', token: 't' };
    expect(isConfigured(ready)).toBe(true);
    expect(autoClipPolicyFor('https://a.com/x', ready)).toEqual({ mode: 'when-read', readSeconds: 30 });
    expect(autoClipPolicyFor('https://a.com/x', { ...ready, autoClip: 'on-open' })).toEqual({ mode: 'on-open' });
    expect(autoClipPolicyFor('https://a.com/x', { ...ready, autoClip: 'off' })).toEqual({ mode: 'off' });
    expect(autoClipPolicyFor('https://a.com/x', { ...ready, token: '' })).toEqual({ mode: 'off' });
    expect(autoClipPolicyFor('https://a.com/x', { ...ready, denyList: ['a.com'] })).toEqual({ mode: 'off' });
    expect(autoClipPolicyFor(undefined, ready)).toEqual({ mode: 'off' });
  });
});
