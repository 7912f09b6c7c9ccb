/** One block of a mail: a paragraph, a heading, a list, or a link on a line of its own. */
export type MailBlock =
  | { kind: "p"; text: string }
  | { kind: "h"; text: string }
  | { kind: "list"; items: { text: string; detail?: string }[] }
  | { kind: "link"; label: string; url: string };

/** A mail before it is written out: subject, blocks and footer lines (small print). */
export interface MailDoc {
  subject: string;
  blocks: MailBlock[];
  footer: MailBlock[];
}

/** Text that may end up in a header or on one line: line breaks and other controls become spaces. */
export function oneLine(text: string): string {
  const plain = [...text].map((c) => (isControl(c) ? " " : c)).join("");
  return plain.replace(/ {2,}/g, " ").trim();
}

function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case "p":
      return block.text;
    case "h":
      return `${block.text}\n${"-".repeat(Math.min(block.text.length, 60))}`;
    case "list":
      return block.items.map((item) => `- ${item.text}${item.detail ? `\n  ${item.detail}` : ""}`).join("\n");
    case "link":
      return `${block.label}\n${block.url}`;
  }
}

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case "p":
      return `<p>${escapeHtml(block.text).replace(/\n/g, "<br>")}</p>`;
    case "h":
      return `<h3 style="font-size:16px;margin:18px 0 6px">${escapeHtml(block.text)}</h3>`;
    case "list":
      return `<ul>${block.items
        .map(
          (item) =>
            `<li>${escapeHtml(item.text)}${item.detail ? `<br><span style="color:#555">${escapeHtml(item.detail)}</span>` : ""}</li>`,
        )
        .join("")}</ul>`;
    case "link":
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`;
  }
}

/** The mail as plain text and as simple HTML (no images, no styles an old Outlook would not read). */
export function renderMail(doc: MailDoc): { subject: string; text: string; html: string } {
  const text = [...doc.blocks.map(blockText), "--", ...doc.footer.map(blockText)].join("\n\n") + "\n";
  const body = doc.blocks.map(blockHtml).join("\n");
  const footer = doc.footer.map(blockHtml).join("\n");
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(oneLine(doc.subject))}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;max-width:640px">\n${body}\n` +
    `<hr style="border:0;border-top:1px solid #ccc;margin-top:24px">\n<div style="font-size:12px;color:#666">${footer}</div>\n</body></html>\n`;
  return { subject: oneLine(doc.subject), text, html };
}
