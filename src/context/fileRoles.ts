/**
 * Configuration and test-harness files: the files a model could make the
 * tests "pass" by editing (a pytest config that deselects the test, a runner
 * that no longer exits non-zero), and which test output names all the time
 * (pytest's `configfile: pyproject.toml` header). Target selection ranks them
 * last, and drops them unless a failure frame points into them.
 */

const CONFIG_NAMES = new Set([
  "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "pnpm-workspace.yaml", "lerna.json", "nx.json", "turbo.json",
  "tsconfig.json", "jsconfig.json", ".babelrc", ".swcrc", ".nvmrc", ".node-version", ".npmignore",
  "pyproject.toml", "setup.cfg", "setup.py", "pytest.ini", "tox.ini", "noxfile.py", "conftest.py", "pipfile", "pipfile.lock", "poetry.lock", "uv.lock", "manifest.in", ".coveragerc",
  "cargo.toml", "cargo.lock", "build.rs", "rust-toolchain", "rust-toolchain.toml", "clippy.toml", "rustfmt.toml",
  "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "gradle.properties", "build.xml",
  "makefile", "gnumakefile", "cmakelists.txt", "meson.build", "configure.ac", "configure", "go.mod", "go.sum", "go.work",
  "dockerfile", "docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml", "gemfile", "gemfile.lock", "rakefile",
  ".editorconfig", ".gitignore", ".gitattributes", ".gitmodules", ".pre-commit-config.yaml", ".travis.yml", ".gitlab-ci.yml", "azure-pipelines.yml", "jenkinsfile",
]);

// Tool configuration by prefix: jest.config.ts, vitest.config.mjs, .eslintrc.json, babel.config.js, karma.conf.js ...
const CONFIG_PATTERN =
  /^(?:(?:jest|vitest|vite|webpack|rollup|babel|eslint|prettier|playwright|cypress|karma|tsup|esbuild|svelte|next|nuxt|astro|postcss|tailwind|stylelint|commitlint|lint-staged|ava|mocha|nyc|c8)\.(?:config|conf)(?:\.[\w-]+)*|\.(?:eslintrc|prettierrc|mocharc|nycrc|babelrc|stylelintrc|lintstagedrc|c8rc)(?:\.[\w-]+)?|tsconfig\.[\w.-]+\.json|requirements(?:[-_.][\w-]+)?\.txt|.*\.cmake)$/;

// Files that run the tests rather than being tests: custom runners, setup files.
const HARNESS_PATTERN =
  /^(?:test_?runner|run_?tests?|runtests|all_?tests|test_?suite|jest\.setup|vitest\.setup|setup[-_.]?tests?)(?:\.[\w-]+)*$/i;

export type FileRole = "config" | "harness" | "source";

export function fileRole(relPath: string): FileRole {
  const base = relPath.slice(relPath.lastIndexOf("/") + 1);
  const lower = base.toLowerCase();
  if (CONFIG_NAMES.has(lower) || CONFIG_PATTERN.test(lower)) return "config";
  // CI definitions and scripts folders configure the run, whatever the file is called.
  if (/^(?:\.github|\.circleci|\.ci|\.buildkite|ci)\//.test(relPath)) return "config";
  if (HARNESS_PATTERN.test(base)) return "harness";
  return "source";
}

export function isConfigOrHarness(relPath: string): boolean {
  return fileRole(relPath) !== "source";
}
