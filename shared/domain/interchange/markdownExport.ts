// A Cairn export as a folder of Markdown notes with YAML front matter, readable in any editor or in Obsidian.
import { stringify } from 'yaml';
import type { CairnExport, ExportedExperiment, ExportedReflection } from './cairnJson';
import { experimentKindLabels } from '../experiments/kindLabels';
import { attachmentExportPath, rewriteAttachmentLinks } from '../attachments';

export interface ExportedFile {
  /** Path inside the export folder, with "/" separators. */
  path: string;
  text: string;
}

/** A file-name-safe slug of a title: lower-case letters, digits and hyphens, never empty. */
export function slug(title: string, fallback: string): string {
  const cleaned = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return cleaned.length > 0 ? cleaned : fallback;
}

function note(frontMatter: Record<string, unknown>, body: string): string {
  const present = Object.fromEntries(
    Object.entries(frontMatter).filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
  return `---\n${stringify(present, { lineWidth: 0 })}---\n\n${body.trimEnd()}\n`;
}

function section(heading: string, text: string): string {
  return text.trim().length > 0 ? `## ${heading}\n\n${text.trim()}\n\n` : '';
}

export function experimentKindLabel(kind: ExportedExperiment['kind']): string {
  return experimentKindLabels[kind];
}

function labelsFor(ids: readonly string[], names: ReadonlyMap<string, string>): string[] {
  return ids.map((id) => names.get(id)).filter((name): name is string => name !== undefined);
}

function reflectionFile(
  reflection: ExportedReflection,
  valueNames: ReadonlyMap<string, string>,
  experimentNames: ReadonlyMap<string, string>,
  promptTexts: ReadonlyMap<string, string>,
  attachmentPaths: ReadonlyMap<string, string>,
): ExportedFile {
  const name = `${reflection.entryDate}-${slug(reflection.title, 'reflection')}-${reflection.id.slice(0, 8)}.md`;
  const heading = reflection.title.trim().length > 0 ? `# ${reflection.title.trim()}\n\n` : '';
  return {
    path: `reflections/${name}`,
    text: note(
      {
        date: reflection.entryDate,
        title: reflection.title,
        tags: reflection.tags,
        values: labelsFor(reflection.valueIds, valueNames),
        prompt: reflection.promptId === null ? null : (promptTexts.get(reflection.promptId) ?? null),
        experiments: labelsFor(reflection.experimentIds, experimentNames),
        energy: reflection.energy,
        engagement: reflection.engagement,
        created: reflection.createdAt,
        updated: reflection.updatedAt,
        id: reflection.id,
      },
      // Notes sit in reflections/, the files beside them in attachments/: links go up one folder.
      `${heading}${rewriteAttachmentLinks(reflection.body, (hash) => {
        const file = attachmentPaths.get(hash);
        return file === undefined ? null : `../${file}`;
      })}`,
    ),
  };
}

/** Text nested under a list item: every line indented, so a note of several paragraphs stays inside its item. */
function nested(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return '';
  return `\n\n${trimmed
    .split('\n')
    .map((line) => (line.length > 0 ? `  ${line}` : ''))
    .join('\n')}`;
}

/** Sub-items under a person or place; a text of several lines continues inside its sub-item. */
function detailLines(details: readonly (readonly [string, string | null])[]): string {
  return details
    .filter((detail): detail is readonly [string, string] => detail[1] !== null && detail[1].trim().length > 0)
    .map(([label, text]) => `\n  - ${label}: ${text.trim().replace(/\n/g, '\n    ')}`)
    .join('');
}

function personItem(person: ExportedExperiment['people'][number]): string {
  return (
    `- **${person.name}**${person.where ? ` (${person.where})` : ''}${person.learned ? `: ${person.learned}` : ''}` +
    detailLines([
      ['Can give', person.canGive],
      ['Follow up', person.followUpDate],
    ]) +
    nested(person.notes)
  );
}

function placeItem(place: ExportedExperiment['places'][number]): string {
  return (
    `- **${place.name}** (${place.mode === 'online' ? 'online' : 'in person'}${place.where ? `, ${place.where}` : ''})` +
    detailLines([['Follow up', place.followUpDate]]) +
    nested(place.notes)
  );
}

function experimentFile(experiment: ExportedExperiment, valueNames: ReadonlyMap<string, string>): ExportedFile {
  const people = experiment.people.map(personItem).join('\n');
  const places = experiment.places.map(placeItem).join('\n');
  const body =
    `# ${experiment.title}\n\n` +
    section('Hypothesis', experiment.hypothesis) +
    section('Success looks like', experiment.successCriteria) +
    section('Stop if', experiment.stopCriteria) +
    section('Outcome', experiment.outcome) +
    section('What I learned', experiment.learning) +
    section('Why it was dropped', experiment.dropReason) +
    section('People', people) +
    section('Places', places);
  return {
    path: `experiments/${slug(experiment.title, 'experiment')}-${experiment.id.slice(0, 8)}.md`,
    text: note(
      {
        title: experiment.title,
        kind: experimentKindLabels[experiment.kind],
        status: experiment.status,
        values: labelsFor(experiment.valueIds, valueNames),
        planned: experiment.plannedStart ?? null,
        plannedEnd: experiment.plannedEnd,
        started: experiment.actualStart,
        ended: experiment.actualEnd,
        energy: experiment.energy,
        engagement: experiment.engagement,
        id: experiment.id,
      },
      body,
    ),
  };
}

function strategyFile(document: CairnExport): ExportedFile {
  const { strategy } = document;
  const values = document.values
    .filter((value) => value.archivedAt === null)
    .map((value) => `- **${value.label}**${value.description ? ` — ${value.description}` : ''}`)
    .join('\n');
  const versions = [...document.strategyVersions]
    .reverse()
    .map(
      (version) =>
        `### ${version.createdAt.slice(0, 10)}: ${version.changeNote}\n\n` +
        (version.aspiration ? `**Aspiration:** ${version.aspiration}\n\n` : '') +
        (version.strengths ? `**Strengths:** ${version.strengths}\n\n` : '') +
        (version.impact ? `**Impact:** ${version.impact}\n\n` : '') +
        (version.values.length > 0 ? `**Values:** ${version.values.map((value) => value.label).join(', ')}\n\n` : ''),
    )
    .join('');
  const body =
    '# My career strategy\n\n' +
    section('Aspiration', strategy.aspiration) +
    section('Strengths', strategy.strengths) +
    section('Impact', strategy.impact) +
    section('Values', values) +
    (versions ? `## Versions\n\n${versions}` : '');
  return { path: 'strategy.md', text: note({ updated: strategy.updatedAt, versions: document.strategyVersions.length }, body) };
}

/** Every reflection, the strategy with all its versions, and every experiment, each as its own note (attachments' files are added beside them by the caller, at attachmentExportPath). */
export function markdownExport(document: CairnExport): ExportedFile[] {
  const valueNames = new Map(document.values.map((value) => [value.id, value.label]));
  const experimentNames = new Map(document.experiments.map((experiment) => [experiment.id, experiment.title]));
  const promptTexts = new Map(document.prompts.map((prompt) => [prompt.id, prompt.text]));
  const attachmentPaths = new Map(document.attachments.map((attachment) => [attachment.sha256, attachmentExportPath(attachment)]));
  return [
    strategyFile(document),
    ...document.reflections.map((reflection) => reflectionFile(reflection, valueNames, experimentNames, promptTexts, attachmentPaths)),
    ...document.experiments.map((experiment) => experimentFile(experiment, valueNames)),
  ];
}
