/**
 * Files that look like they hold secrets. The reading tools never read them,
 * search never shows a line of them, and target selection never offers them:
 * a model's context is sent to a provider, and a prompt-injected model could
 * otherwise ask for the deploy key. The rules go by name only (reading a file
 * to decide whether it is secret would already have read it).
 */

interface SecretRule {
  /** How the rule is shown to the model and in docs. */
  label: string;
  test: (baseLower: string, relLower: string) => boolean;
}

const SECRET_RULES: readonly SecretRule[] = [
  { label: ".env*", test: (b) => b.startsWith(".env") },
  { label: "*.pem", test: (b) => b.endsWith(".pem") },
  { label: "*.key", test: (b) => b.endsWith(".key") },
  // Certificate bundles and Java keystores carry private keys too.
  { label: "*.p12 / *.pfx / *.jks / *.keystore", test: (b) => /\.(p12|pfx|jks|keystore)$/.test(b) },
  // SSH keys under their usual names (the .pub halves too: the rule is by name, and they are never needed to fix a test).
  { label: "id_rsa* / id_dsa* / id_ecdsa* / id_ed25519*", test: (b) => /^id_(rsa|dsa|ecdsa|ed25519)/.test(b) },
  // AWS/GCP style credentials files, and git's credential store.
  { label: "credentials files", test: (b) => /^\.?credentials(\.[a-z0-9]+)?$/.test(b) || b === ".git-credentials" },
  // Files that hold registry or login tokens by convention.
  { label: ".netrc / .npmrc / .pypirc / .pgpass / .htpasswd", test: (b) => [".netrc", "_netrc", ".npmrc", ".pypirc", ".pgpass", ".htpasswd"].includes(b) },
  { label: ".ssh/, .aws/, .gnupg/", test: (_b, rel) => /(^|\/)\.(ssh|aws|gnupg)\//.test(rel) },
];

/** The rule a repository-relative path matches when it looks like a secret, else undefined. */
export function secretRuleFor(relPath: string): string | undefined {
  const relLower = relPath.toLowerCase();
  const baseLower = relLower.slice(relLower.lastIndexOf("/") + 1);
  return SECRET_RULES.find((rule) => rule.test(baseLower, relLower))?.label;
}

export function isSecretLookingPath(relPath: string): boolean {
  return secretRuleFor(relPath) !== undefined;
}

/** The rules as a list for messages and docs. */
export const SECRET_RULE_LABELS: readonly string[] = SECRET_RULES.map((r) => r.label);
