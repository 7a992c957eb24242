import { describe, expect, it } from 'vitest';
import { addressPolicyFor, classifyHost, refusalReason } from './address-policy';

describe('classifyHost', () => {
  it.each([
    ['example.com', 'public'],
    ['news.sina.com.cn', 'public'],
    ['8.8.8.8', 'public'],
    ['[2606:4700::1111]', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['localhost', 'loopback'],
    ['app.localhost', 'loopback'],
    ['[::1]', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['100.64.0.1', 'private'],
    ['[fd12:3456::1]', 'private'],
    ['intranet', 'private'],
    ['printer.local', 'private'],
    ['169.254.169.254', 'link-local'],
    ['169.254.170.2', 'link-local'],
    ['100.100.100.200', 'link-local'],
    ['metadata.google.internal', 'link-local'],
    ['[fe80::1]', 'link-local'],
    ['[fd00:ec2::254]', 'link-local'],
    ['[::ffff:a9fe:a9fe]', 'link-local'],
    ['[64:ff9b::a9fe:a9fe]', 'link-local'],
    ['0.0.0.0', 'reserved'],
    ['[::]', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ])('%s → %s', (host, kind) => {
    expect(classifyHost(host)).toBe(kind);
  });

  it('sees through the numeric spellings URL normalises', () => {
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://017700000001/', 'http://127.1/']) {
      expect(classifyHost(new URL(url).hostname), url).toBe('loopback');
    }
    expect(classifyHost(new URL('http://[::ffff:169.254.169.254]/').hostname)).toBe('link-local');
  });
});

describe('the policy', () => {
  it('allows loopback only when the Worker itself is served on loopback (auto)', () => {
    expect(addressPolicyFor('http://127.0.0.1:8787/api/clip', 'auto')).toEqual({ allowLoopback: true });
    expect(addressPolicyFor('http://localhost:8787/api/clip', undefined)).toEqual({ allowLoopback: true });
    expect(addressPolicyFor('https://jianbao.me.workers.dev/api/clip', 'auto')).toEqual({ allowLoopback: false });
    expect(addressPolicyFor('http://127.0.0.1:8787/api/clip', 'refuse')).toEqual({ allowLoopback: false });
    expect(addressPolicyFor('https://jianbao.me.workers.dev/api/clip', 'allow')).toEqual({ allowLoopback: true });
  });

  it('refuses link-local and private hosts even when loopback is allowed', () => {
    const local = { allowLoopback: true };
    expect(refusalReason('127.0.0.1', local)).toBeNull();
    expect(refusalReason('169.254.169.254', local)).toMatch(/never/);
    expect(refusalReason('10.0.0.1', local)).toMatch(/private/);
    expect(refusalReason('example.com', { allowLoopback: false })).toBeNull();
    expect(refusalReason('127.0.0.1', { allowLoopback: false })).toMatch(/loopback/);
  });
});
