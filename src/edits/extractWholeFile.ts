/**
 * The file content in a whole-file reply: the first fenced block tagged with
 * `lang` (case-insensitive), else the first fenced block of any tag. A reply
 * with no fence at all is taken whole. Undefined when the reply is empty or its
 * only fence is never closed (a cut-off reply must not overwrite a file).
 * The returned text ends with a newline unless it is empty.
 */
export function extractWholeFile(reply: string, lang?: string): string | undefined {
  const lines = reply.replace(/\r\n/g, "\n").split("\n");
  const blocks: { tag: string; body: string }[] = [];
  let sawFence = false;
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i] ?? "");
    if (!open) continue;
    sawFence = true;
    const marker = open[1] ?? "```";
    const close = new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end] ?? "")) end++;
    if (end >= lines.length) break;
    const bodyLines = lines.slice(i + 1, end);
    blocks.push({ tag: (open[2] ?? "").toLowerCase(), body: bodyLines.length === 0 ? "" : `${bodyLines.join("\n")}\n` });
    i = end;
  }
  if (!sawFence) return reply.trim() === "" ? undefined : ensureNewline(reply.replace(/\r\n/g, "\n"));
  const wanted = lang?.toLowerCase();
  const tagged = wanted === undefined ? undefined : blocks.find((b) => b.tag === wanted);
  return (tagged ?? blocks[0])?.body;
}

function ensureNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
