/**
 * Which hosts POST /api/clip may fetch. The Worker fetches URLs that callers choose, so it must
 * not become a way into networks behind it (SSRF): link-local and cloud-metadata addresses are
 * refused everywhere; private and loopback ranges are refused when deployed. In local
 * development (`npm start`, `wrangler dev`) loopback is allowed, so a page served on the same
 * machine can be clipped.
 *
 * Only literal addresses and well-known names can be judged here: Workers have no DNS API, so
 * a public name that resolves to a private address is left to the platform (deployed Workers
 * cannot reach private networks).
 */

export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'reserved';

/** IPv4 ranges that are not the public internet, and what each is. */
const IPV4_RANGES: ReadonlyArray<{ cidr: string; kind: Exclude<AddressClass, 'public'>; what: string }> = [
  { cidr: '0.0.0.0/8', kind: 'reserved', what: '"this network" (0.0.0.0 reaches the local host on Linux)' },
  { cidr: '127.0.0.0/8', kind: 'loopback', what: 'loopback' },
  { cidr: '10.0.0.0/8', kind: 'private', what: 'RFC 1918 private' },
  { cidr: '172.16.0.0/12', kind: 'private', what: 'RFC 1918 private' },
  { cidr: '192.168.0.0/16', kind: 'private', what: 'RFC 1918 private' },
  { cidr: '100.100.100.200/32', kind: 'link-local', what: 'Alibaba Cloud metadata service' },
  { cidr: '100.64.0.0/10', kind: 'private', what: 'carrier-grade NAT shared space' },
  { cidr: '169.254.0.0/16', kind: 'link-local', what: 'link-local, incl. the 169.254.169.254 metadata service' },
  { cidr: '192.0.0.0/24', kind: 'reserved', what: 'IETF protocol assignments' },
  { cidr: '192.0.2.0/24', kind: 'reserved', what: 'documentation' },
  { cidr: '198.18.0.0/15', kind: 'private', what: 'benchmarking networks' },
  { cidr: '198.51.100.0/24', kind: 'reserved', what: 'documentation' },
  { cidr: '203.0.113.0/24', kind: 'reserved', what: 'documentation' },
  { cidr: '224.0.0.0/4', kind: 'reserved', what: 'multicast' },
  { cidr: '240.0.0.0/4', kind: 'reserved', what: 'reserved, incl. broadcast' },
];

/** IPv6 prefixes that are not the public internet (checked after IPv4-embedding forms). */
const IPV6_RANGES: ReadonlyArray<{ prefix: bigint; bits: number; kind: Exclude<AddressClass, 'public'>; what: string }> = [
  { prefix: 0n, bits: 128, kind: 'reserved', what: 'unspecified (::)' },
  { prefix: 1n, bits: 128, kind: 'loopback', what: 'loopback (::1)' },
  { prefix: 0xfd00_0ec2n << 96n | 0x254n, bits: 128, kind: 'link-local', what: 'AWS IPv6 metadata service' },
  { prefix: 0xfe80n << 112n, bits: 10, kind: 'link-local', what: 'link-local' },
  { prefix: 0xfc00n << 112n, bits: 7, kind: 'private', what: 'unique local' },
  { prefix: 0xfec0n << 112n, bits: 10, kind: 'private', what: 'site-local (deprecated)' },
  { prefix: 0xff00n << 112n, bits: 8, kind: 'reserved', what: 'multicast' },
  { prefix: 0x2001_0db8n << 96n, bits: 32, kind: 'reserved', what: 'documentation' },
];

/** Host names that name the local machine, cloud metadata or intranet-only zones. */
const NAMED_HOSTS: ReadonlyArray<{ pattern: RegExp; kind: Exclude<AddressClass, 'public'>; what: string }> = [
  { pattern: /^(?:.+\.)?localhost$/, kind: 'loopback', what: 'localhost' },
  { pattern: /^(?:metadata|metadata\.google\.internal|metadata\.goog|instance-data(?:\.ec2\.internal)?)$/, kind: 'link-local', what: 'cloud metadata name' },
  { pattern: /\.(?:internal|intranet|local|lan|home\.arpa|corp|localdomain)$/, kind: 'private', what: 'intranet-only zone' },
  { pattern: /^[^.:[\]]+$/, kind: 'private', what: 'single-label (intranet) name' },
];

function ipv4ToNumber(address: string): number | null {
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return null;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

function ipv4Class(value: number): AddressClass {
  for (const { cidr, kind } of IPV4_RANGES) {
    const [base, bits] = cidr.split('/') as [string, string];
    const size = 2 ** (32 - Number(bits));
    const start = ipv4ToNumber(base)!;
    if (value >= start && value < start + size) return kind;
  }
  return 'public';
}

/** Parses the (already normalised, bracket-less) IPv6 text that URL gives into a 128-bit number. */
function ipv6ToBigInt(address: string): bigint | null {
  let text = address;
  // A trailing dotted IPv4 (URL normally rewrites it as hex, but be lenient).
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToNumber(dotted[1]!);
    if (v4 === null) return null;
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/** IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4): the IPv4 inside decides. */
function embeddedIpv4(value: bigint): number | null {
  if (value >> 32n === 0xffffn) return Number(value & 0xffff_ffffn); // ::ffff:a.b.c.d
  if (value >> 32n === 0x0064_ff9b_0000_0000_0000_0000n) return Number(value & 0xffff_ffffn); // 64:ff9b::/96
  if (value >> 112n === 0x2002n) return Number((value >> 80n) & 0xffff_ffffn); // 2002:aabb:ccdd::/48
  return null;
}

function ipv6Class(value: bigint): AddressClass {
  const v4 = embeddedIpv4(value);
  if (v4 !== null) return ipv4Class(v4);
  for (const { prefix, bits, kind } of IPV6_RANGES) {
    const shift = BigInt(128 - bits);
    if (value >> shift === prefix >> shift) return kind;
  }
  return 'public';
}

/**
 * Classifies the host of a URL (as `new URL(...).hostname` gives it: lower case, IPv4 in
 * dotted form, IPv6 in brackets) as public, loopback, private, link-local (incl. cloud
 * metadata) or reserved.
 */
export function classifyHost(hostname: string): AddressClass {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) {
    const value = ipv6ToBigInt(host.slice(1, -1));
    return value === null ? 'reserved' : ipv6Class(value);
  }
  const v4 = ipv4ToNumber(host);
  if (v4 !== null) return ipv4Class(v4);
  for (const { pattern, kind } of NAMED_HOSTS) if (pattern.test(host)) return kind;
  return 'public';
}

/** Whether the deployment lets clips reach loopback (local development only). */
export interface AddressPolicy {
  allowLoopback: boolean;
}

/**
 * Why a host may not be fetched, as a sentence for the API's error, or null when it may.
 * Link-local, metadata and reserved addresses are refused always, private ones whenever
 * deployed or local, loopback unless the policy allows it.
 */
export function refusalReason(hostname: string, policy: AddressPolicy): string | null {
  const kind = classifyHost(hostname);
  switch (kind) {
    case 'public':
      return null;
    case 'loopback':
      return policy.allowLoopback ? null : `${hostname} is a loopback address; only local development clips those`;
    case 'private':
      return `${hostname} is in a private network range; the Worker does not fetch those`;
    case 'link-local':
      return `${hostname} is a link-local or cloud-metadata address; the Worker never fetches those`;
    case 'reserved':
      return `${hostname} is a reserved address`;
  }
}

/** Settings of `CLIP_LOOPBACK` (wrangler.toml [vars]): `auto` is the default. */
export type LoopbackSetting = 'auto' | 'allow' | 'refuse';

/**
 * The policy for one request. `auto` allows loopback only when the Worker itself was reached on
 * a loopback host — true under `wrangler dev` and never for a deployed Worker, whose requests
 * arrive for its public host name.
 */
export function addressPolicyFor(requestUrl: string, setting: string | undefined): AddressPolicy {
  if (setting === 'allow') return { allowLoopback: true };
  if (setting === 'refuse') return { allowLoopback: false };
  return { allowLoopback: classifyHost(new URL(requestUrl).hostname) === 'loopback' };
}
