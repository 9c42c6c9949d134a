// The layering rule: each folder names what it may import (an allow-list, VS Code's code-layering idea), at error level.
import { builtinModules } from 'node:module';
import path from 'node:path';

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Packages a layer may import besides its own code; anything else is an error until it is named here on purpose. */
const pure = ['zod', 'date-fns', 'yaml', 'diff', 'node-diff3', '@upsetjs/venn.js'];
const uiPackages = ['react', 'react-dom', 'zustand', '@tanstack/react-virtual', 'markdown-it', 'fflate'];
const uiScopes = ['d3-', '@codemirror/', '@lezer/'];

/**
 * Feature folders' public modules: what another feature (or the app's routing) may import. Everything else in a
 * feature is private to it. A feature offers its store (state and actions), the views or panels others embed, and
 * the few pure helpers and style sheets those need.
 */
export const featurePublicModules = {
  experiments: ['experimentsStore', 'ExperimentsView', 'FollowUpsPanel'],
  insight: ['insightStore', 'InsightView'],
  interchange: ['exportStore', 'importStore', 'StrategyBrief', 'importFiles', 'ImportReport', 'export.css'],
  journal: ['journalStore', 'JournalView', 'journalCommands', 'reflectionText', 'AppShortcuts'],
  search: ['searchStore', 'SearchView'],
  security: ['securityStore', 'UnlockView', 'DamagedView', 'backupText', 'passphraseRules', 'security.css'],
  settings: ['SettingsView', 'syncStore'],
  shell: ['errorStore', 'navigationStore', 'undoStore', 'Sidebar', 'ErrorSurface', 'UndoToast'],
  strategy: ['strategyStore', 'StrategyView', 'firstRun/firstRunStore', 'firstRun/FirstRunView'],
  timeline: ['timelineStore', 'TimelineView'],
  trash: ['trashStore', 'TrashView'],
  versions: ['versionsStore', 'StrategyCheckInBar', 'CompareVersions', 'TimelapsePlayer', 'versionContent'],
};

/** Each layer: the folders of ours it may import, and the outside modules it may use. */
const layers = {
  shared: { folders: ['shared'], packages: pure, node: false },
  'electron/core': { folders: ['shared', 'electron/core'], packages: [...pure, 'better-sqlite3-multiple-ciphers', 'fflate', 'markdown-it', 'smol-toml'], node: true },
  'electron/browser-host': { folders: ['shared', 'electron/core', 'electron/browser-host'], packages: ['zod'], node: true },
  'electron/main': { folders: ['shared', 'electron/core', 'electron/main'], packages: ['zod', 'electron'], node: true },
  'electron/preload': { folders: ['shared', 'electron/preload'], packages: ['electron'], node: false },
  'renderer/app': { folders: ['shared', 'renderer/ui', 'renderer/app'], packages: [...pure, ...uiPackages], node: false, features: 'public' },
  'renderer/ui': { folders: ['shared', 'renderer/ui'], packages: [...pure, ...uiPackages], node: false },
  feature: {
    // The app's client (with the change feed), and the one saver every editable surface saves through.
    folders: ['shared', 'renderer/ui', 'renderer/app/api', 'renderer/app/client', 'renderer/app/saver'],
    packages: [...pure, ...uiPackages],
    node: false,
    features: 'public',
  },
};

/** Which layer a repository-relative path belongs to, or null for code no rule governs (tests, build scripts). */
export function layerOf(relativePath) {
  const feature = /^renderer\/features\/([^/]+)\//.exec(relativePath);
  if (feature) return { name: 'feature', feature: feature[1] };
  for (const [name, prefix] of [
    ['shared', 'shared/'],
    ['electron/core', 'electron/core/'],
    ['electron/browser-host', 'electron/browser-host/'],
    ['electron/main', 'electron/main/'],
    ['electron/preload', 'electron/preload/'],
    ['renderer/app', 'renderer/app/'],
    ['renderer/ui', 'renderer/ui/'],
  ]) {
    if (relativePath.startsWith(prefix)) return { name };
  }
  return null;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function withoutExtension(relativePath) {
  return relativePath.replace(/\.(tsx?|mjs|cjs|js)$/, '');
}

/** Why `specifier`, imported from `fromPath` (repository-relative), breaks the layering, or null when it is allowed. */
export function layeringViolation(fromPath, specifier, repoRoot) {
  const from = layerOf(fromPath);
  if (!from) return null;
  const rule = layers[from.name];
  const where = from.name === 'feature' ? `renderer/features/${from.feature}` : from.name;

  if (!specifier.startsWith('.')) {
    if (nodeBuiltins.has(specifier)) return rule.node ? null : `${where} runs without Node: '${specifier}' is not available here.`;
    const name = packageName(specifier);
    if (rule.packages.includes(name)) return null;
    if (from.name !== 'feature' && !from.name.startsWith('renderer/')) return `${where} may not import '${name}' (allowed: ${rule.packages.join(', ') || 'none'}).`;
    if (uiScopes.some((scope) => name.startsWith(scope))) return null;
    return `${where} may not import '${name}'; name the package in build/config/layers.js if the renderer should use it.`;
  }

  const target = withoutExtension(path.relative(repoRoot, path.resolve(repoRoot, path.dirname(fromPath), specifier)).split(path.sep).join('/'));
  const targetFeature = /^renderer\/features\/([^/]+)\/(.+)$/.exec(target);
  if (targetFeature) {
    const [, name, module] = targetFeature;
    if (from.name === 'feature' && from.feature === name) return null;
    if (rule.features === 'public' && featurePublicModules[name]?.includes(module)) return null;
    if (rule.features === 'public') {
      return `${where} may reach renderer/features/${name} only through its public modules (${(featurePublicModules[name] ?? []).join(', ')}), not '${module}'.`;
    }
    return `${where} may not import renderer/features/.`;
  }
  if (rule.folders.some((folder) => target === folder || target.startsWith(`${folder}/`))) return null;
  return `${where} may not import '${target}' (allowed: ${rule.folders.join(', ')}).`;
}

/** The ESLint plugin: reports every static, dynamic, re-export and type import that breaks the layering. */
export function layersPlugin(repoRoot) {
  const rule = {
    meta: { type: 'problem', schema: [], messages: { layering: '{{reason}}' } },
    create(context) {
      const fromPath = path.relative(repoRoot, context.filename).split(path.sep).join('/');
      if (!layerOf(fromPath)) return {};
      const check = (node, source) => {
        if (typeof source !== 'string') return;
        const reason = layeringViolation(fromPath, source, repoRoot);
        if (reason) context.report({ node, messageId: 'layering', data: { reason } });
      };
      return {
        ImportDeclaration: (node) => check(node, node.source.value),
        ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
        ExportAllDeclaration: (node) => check(node, node.source.value),
        ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        TSImportType: (node) => {
          const literal = node.argument?.literal ?? node.argument;
          check(node, literal?.value);
        },
        TSExternalModuleReference: (node) => check(node, node.expression.value),
      };
    },
  };
  return { rules: { layers: rule } };
}
