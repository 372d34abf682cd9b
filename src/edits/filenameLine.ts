/**
 * Decides whether a line of prose just before a block names the file the
 * block edits (aider style: `src/foo.ts` alone on the line before the fence).
 */

// Files commonly named without an extension; anything else needs a `.` or a `/`.
const EXTENSIONLESS = new Set([
  "Makefile", "makefile", "GNUmakefile", "Dockerfile", "Containerfile", "Rakefile", "Gemfile",
  "Procfile", "Jenkinsfile", "Vagrantfile", "Justfile", "justfile", "Brewfile", "LICENSE",
  "README", "CODEOWNERS", "BUILD", "WORKSPACE",
]);

/** Removes the decorations models put around a file name: `**x**`, `` `x` ``, `# x`, `x:`. */
export function stripFilenameDecoration(trimmedLine: string): string {
  let name = trimmedLine.replace(/:+$/, "");
  name = name.replace(/^#+/, "").trim();
  name = name.replace(/^[`*]+|[`*]+$/g, "");
  // Markdown escapes underscores (\_\_init\_\_.py); a name with other backslashes is a Windows path.
  const otherBackslash = /\\(?!_)/.test(name);
  return (otherBackslash ? name : name.replace(/\\_/g, "_")).trim();
}

/** The file name on this line, or undefined when the line is not just a file name. */
export function filenameOnLine(trimmedLine: string, knownPaths?: ReadonlySet<string>): string | undefined {
  if (trimmedLine === "" || trimmedLine === "...") return undefined;
  const name = stripFilenameDecoration(trimmedLine);
  if (name === "" || name.length > 300 || /\s/.test(name)) return undefined;
  if (/[<>|"'{}()[\]=,;]/.test(name)) return undefined;
  if (knownPaths?.has(name)) return name;
  if (/[./\\]/.test(name) && /[A-Za-z0-9_]/.test(name)) {
    // "..." style ellipses and sentences ending in "." are not file names.
    if (/^\.+$/.test(name) || name.endsWith(".")) return undefined;
    return name;
  }
  return EXTENSIONLESS.has(name) ? name : undefined;
}
