/**
 * The article's sanitised `html` (the Worker's allow-list: paragraphs, headings, lists, quotes,
 * links, emphasis, code, figures, tables) as Markdown, so exports keep the structure the text
 * alone loses. Pure string work (no DOM): it runs in the Worker, which has none.
 *
 * Input is trusted to be sanitised, but nothing here depends on that for safety: text is
 * escaped, unknown tags are dropped to their text, and raw HTML never passes through.
 */
import { escapeBlockStart, escapeMarkdownInline } from './markdown-escape';

interface ElementNode {
  tag: string;
  attributes: Record<string, string>;
  children: Node[];
}
type Node = ElementNode | string;

/** Elements that never have content. */
const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr']);

/** Elements rendered as blocks (separated by blank lines); everything else is inline. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre',
  'figure', 'figcaption', 'table', 'hr', 'dl', 'dt', 'dd', 'caption', 'thead', 'tbody', 'tfoot', 'tr',
]);

/** Elements dropped with their content should an unsanitised page ever reach this. */
const DROPPED_TAGS = new Set(['script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'noscript', 'head', 'title']);

/** Character references decoded to text (others are left as written; Markdown renders them too). */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', copy: '©', reg: '®', times: '×', deg: '°',
};

function decodeReferences(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_REFERENCES[name] ?? whole;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes[match[1]!.toLowerCase()] = decodeReferences(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Builds a forgiving tree: unknown end tags are ignored, unclosed elements close at their parent's end. */
function parse(html: string): ElementNode {
  const root: ElementNode = { tag: '#root', attributes: {}, children: [] };
  const stack: ElementNode[] = [root];
  const token = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>|([^<]+)|</g;
  let dropping: string | null = null;
  for (const match of html.matchAll(token)) {
    const [whole, closing, rawTag, rest, text] = match;
    if (whole.startsWith('<!--')) continue;
    const tag = rawTag?.toLowerCase();
    if (dropping) {
      if (closing && tag === dropping) dropping = null;
      continue;
    }
    const current = stack[stack.length - 1]!;
    if (text !== undefined || whole === '<') {
      current.children.push(decodeReferences(text ?? '<'));
    } else if (tag && DROPPED_TAGS.has(tag)) {
      if (!closing && !/\/\s*$/.test(rest ?? '')) dropping = tag;
    } else if (tag && closing) {
      const at = stack.map((node) => node.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
    } else if (tag) {
      const element: ElementNode = { tag, attributes: parseAttributes(rest ?? ''), children: [] };
      current.children.push(element);
      if (!VOID_TAGS.has(tag) && !/\/\s*$/.test(rest ?? '')) stack.push(element);
    }
  }
  return root;
}

function textOf(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

const escapeInline = escapeMarkdownInline;

/** `<url>` form when the URL has spaces or parentheses that would end a Markdown link early. */
function linkTarget(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : url;
}

function isHttpUrl(url: string | undefined): url is string {
  return url !== undefined && /^(?:https?:|mailto:)/i.test(url);
}

function renderInline(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeInline(node.replace(/\s+/g, ' '));
      continue;
    }
    const inner = () => renderInline(node.children).trim();
    switch (node.tag) {
      case 'br':
        out += '\\\n';
        break;
      case 'img': {
        const src = node.attributes.src;
        if (isHttpUrl(src)) out += `![${escapeInline(node.attributes.alt ?? '')}](${linkTarget(src)})`;
        break;
      }
      case 'a': {
        const text = inner();
        const href = node.attributes.href;
        out += isHttpUrl(href) && text ? `[${text}](${linkTarget(href)})` : text;
        break;
      }
      case 'strong':
      case 'b': {
        const text = inner();
        out += text ? `**${text}**` : '';
        break;
      }
      case 'em':
      case 'i': {
        const text = inner();
        out += text ? `*${text}*` : '';
        break;
      }
      case 'code': {
        const text = textOf(node).replace(/\s+/g, ' ');
        const fence = '`'.repeat(Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length)) + 1);
        out += text ? `${fence}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${fence}` : '';
        break;
      }
      default:
        // Blocks inside inline context (a <p> inside <a>, say) still show their text.
        out += BLOCK_TAGS.has(node.tag) ? ` ${renderInline(node.children)} ` : renderInline(node.children);
    }
  }
  return out;
}

/** A paragraph of inline Markdown: lines trimmed, block starts escaped, empty when nothing shows. */
function paragraph(nodes: Node[]): string {
  return renderInline(nodes)
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ {2,}/g, ' '))
    .map(escapeBlockStart)
    .join('\n')
    .replace(/^(?:\\\n)+|(?:\\\n)+$/g, '')
    .trim();
}

function hasBlockChild(node: ElementNode): boolean {
  return node.children.some((child) => typeof child !== 'string' && (BLOCK_TAGS.has(child.tag) || hasBlockChild(child)));
}

function indent(text: string, prefix: string, firstPrefix: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? firstPrefix : line === '' ? '' : prefix) + line)
    .join('\n');
}

function renderTable(table: ElementNode): string {
  const rows: string[][] = [];
  const collect = (node: ElementNode) => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.tag === 'tr') {
        rows.push(child.children.filter((cell): cell is ElementNode => typeof cell !== 'string' && (cell.tag === 'td' || cell.tag === 'th')).map((cell) => paragraph(cell.children).replace(/\n/g, ' ').replace(/\|/g, '\\|')));
      } else if (child.tag !== 'caption') collect(child);
    }
  };
  collect(table);
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return '';
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

function renderBlocks(nodes: Node[]): string[] {
  const blocks: string[] = [];
  let inline: Node[] = [];
  const flush = () => {
    const text = paragraph(inline);
    if (text) blocks.push(text);
    inline = [];
  };
  for (const node of nodes) {
    if (typeof node === 'string' || !BLOCK_TAGS.has(node.tag)) {
      inline.push(node);
      continue;
    }
    flush();
    const block = renderBlock(node);
    if (block) blocks.push(block);
  }
  flush();
  return blocks;
}

function renderBlock(node: ElementNode): string {
  const heading = /^h([1-6])$/.exec(node.tag);
  if (heading) {
    // The export's own `# title` is the only level-1 heading.
    const text = paragraph(node.children).replace(/\n/g, ' ').replace(/^\\/, '');
    return text ? `${'#'.repeat(Math.min(6, Math.max(2, Number(heading[1]))))} ${text}` : '';
  }
  switch (node.tag) {
    case 'hr':
      return '---';
    case 'pre': {
      const text = textOf(node).replace(/^\n/, '').replace(/\s+$/, '');
      const fence = '`'.repeat(Math.max(3, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length + 1)));
      return text ? `${fence}\n${text}\n${fence}` : '';
    }
    case 'blockquote':
      return renderBlocks(node.children)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'ul':
    case 'ol': {
      let number = Number(node.attributes.start ?? 1) || 1;
      const items = node.children.filter((child): child is ElementNode => typeof child !== 'string' && child.tag === 'li');
      return items
        .map((item) => {
          const marker = node.tag === 'ol' ? `${number++}. ` : '- ';
          const body = renderBlocks(item.children).join('\n\n') || '';
          return indent(body, ' '.repeat(marker.length), marker);
        })
        .join(node.children.some((c) => typeof c !== 'string' && hasBlockChild(c)) ? '\n\n' : '\n');
    }
    case 'table':
      return renderTable(node);
    case 'figcaption': {
      const text = paragraph(node.children);
      return text ? `*${text}*` : '';
    }
    default:
      return hasBlockChild(node) ? renderBlocks(node.children).join('\n\n') : paragraph(node.children);
  }
}

/**
 * Converts sanitised article HTML to Markdown: blocks separated by blank lines, headings from
 * `##` down (the file's `# title` stays the only h1), lists, quotes, fenced code, GFM tables,
 * links and images (http(s) only), emphasis; all text escaped. Returns '' when nothing shows.
 */
export function htmlToMarkdown(html: string): string {
  return renderBlocks(parse(html).children).join('\n\n');
}
