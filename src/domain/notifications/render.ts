/**
 * One email content, two renderings: plain text (read by simple mail clients and screen readers) and HTML.
 * Every text that comes from the spreadsheet is escaped in the HTML: a precision containing `<script>` or `<b>`
 * shows exactly as it was typed.
 */
import { EMAIL_TEXT as T } from '../messages/emails';

export interface Fact {
  label: string;
  value: string;
}

export interface Link {
  label: string;
  url: string; // '' when not yet available
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'list'; title: string; items: string[] }
  | { kind: 'links'; title: string; links: Link[] }
  | { kind: 'highlight'; title: string; text: string };

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped, with the user's line breaks kept. */
const htmlText = (text: string): string => escapeHtml(text).replace(/\r\n?|\n/g, '<br>');

/** Only web links become clickable: anything else (a `javascript:` text…) is shown as plain text. */
// Web links, and the questionnaire, which is a ready-to-send email (mailto:).
const isWebLink = (url: string): boolean => /^(https?:\/\/|mailto:)\S+$/i.test(url.trim());

/** A subject is one header line: line breaks typed in a name must not reach it. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function renderText(blocks: Block[]): string {
  return blocks.map(textBlock).join('\n\n') + '\n';
}

function textBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'facts':
      return block.facts.map(textFact).join('\n');
    case 'list':
      return [`${block.title} :`, ...block.items.map((item) => `- ${item}`)].join('\n');
    case 'links':
      return [
        `${block.title} :`,
        ...block.links.map((link) => `- ${link.label} : ${link.url.trim() || T.links.notYetAvailable}`),
      ].join('\n');
    case 'highlight':
      return `${block.title}\n${block.text}`;
  }
}

function textFact({ label, value }: Fact): string {
  const lines = value.split(/\r\n?|\n/);
  return lines.length === 1 ? `${label} : ${value}` : [`${label} :`, ...lines.map((line) => `   ${line}`)].join('\n');
}

const STYLE = {
  body: 'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f1f1f;max-width:640px',
  label: 'text-align:left;vertical-align:top;padding:4px 12px 4px 0;color:#555555;font-weight:normal;white-space:nowrap',
  value: 'vertical-align:top;padding:4px 0',
  highlight: 'background:#fff2cc;border-left:4px solid #f1c232;padding:8px 12px;margin:16px 0',
  title: 'font-weight:bold;margin:16px 0 4px',
};

export function renderHtml(blocks: Block[]): string {
  return `<div lang="fr" style="${STYLE.body}">\n${blocks.map(htmlBlock).join('\n')}\n</div>`;
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${htmlText(block.text)}</p>`;
    case 'facts':
      return `<table style="border-collapse:collapse">\n${block.facts.map(htmlFact).join('\n')}\n</table>`;
    case 'list':
      return `<p style="${STYLE.title}">${htmlText(block.title)}</p>\n<ul>${block.items
        .map((item) => `<li>${htmlText(item)}</li>`)
        .join('')}</ul>`;
    case 'links':
      return `<p style="${STYLE.title}">${htmlText(block.title)}</p>\n<ul>${block.links.map(htmlLink).join('')}</ul>`;
    case 'highlight':
      return (
        `<div style="${STYLE.highlight}"><p style="margin:0 0 4px;font-weight:bold">${htmlText(block.title)}</p>` +
        `<p style="margin:0">${htmlText(block.text)}</p></div>`
      );
  }
}

const htmlFact = ({ label, value }: Fact): string =>
  `<tr><th scope="row" style="${STYLE.label}">${htmlText(label)}</th>` +
  `<td style="${STYLE.value}">${htmlText(value)}</td></tr>`;

function htmlLink({ label, url }: Link): string {
  const target = url.trim();
  if (target === '') return `<li>${htmlText(label)} : ${htmlText(T.links.notYetAvailable)}</li>`;
  if (!isWebLink(target)) return `<li>${htmlText(label)} : ${htmlText(target)}</li>`;
  return `<li><a href="${escapeHtml(target)}">${htmlText(label)}</a></li>`;
}
