// What the printable strategy brief shows, chosen from a Cairn export: pure, so it is tested without a DOM.
import { shortened } from '../../../shared/domain/text';
import type { CairnExport, ExportedExperiment } from '../../../shared/domain/interchange/cairnJson';
import { experimentKindLabel } from '../../../shared/domain/interchange/markdownExport';

export const BRIEF_VERSIONS = 5;
export const EVIDENCE_PER_VALUE = 4;

export interface BriefValue {
  id: string;
  label: string;
  description: string;
  colour: string;
}

export interface BriefExperiment {
  id: string;
  title: string;
  kind: string;
  status: ExportedExperiment['status'];
  when: string;
  outcome: string;
  learning: string;
}

export interface BriefEvidence {
  value: BriefValue;
  reflections: { id: string; entryDate: string; title: string; excerpt: string }[];
}

export interface BriefContent {
  aspiration: string;
  strengths: string;
  impact: string;
  values: BriefValue[];
  versions: { id: string; date: string; changeNote: string }[];
  experiments: BriefExperiment[];
  evidence: BriefEvidence[];
}

const statusOrder: Record<ExportedExperiment['status'], number> = { running: 0, concluded: 1, planned: 2, idea: 3, dropped: 4 };

function excerpt(body: string, max = 160): string {
  const plain = body.replace(/[#*_>`[\]]/g, '').replace(/\s+/g, ' ').trim();
  return shortened(plain, max);
}

function when(experiment: ExportedExperiment): string {
  const start = experiment.actualStart ?? experiment.plannedStart;
  const end = experiment.actualEnd ?? experiment.plannedEnd;
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  return '';
}

export function briefContent(document: CairnExport): BriefContent {
  const values = document.values
    .filter((value) => value.archivedAt === null)
    .sort((a, b) => a.position - b.position)
    .map(({ id, label, description, colour }) => ({ id, label, description, colour }));
  const newestFirst = [...document.reflections].sort((a, b) => b.entryDate.localeCompare(a.entryDate) || b.createdAt.localeCompare(a.createdAt));
  return {
    aspiration: document.strategy.aspiration,
    strengths: document.strategy.strengths,
    impact: document.strategy.impact,
    values,
    versions: [...document.strategyVersions]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, BRIEF_VERSIONS)
      .map((version) => ({ id: version.id, date: version.createdAt.slice(0, 10), changeNote: version.changeNote })),
    experiments: [...document.experiments]
      .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || b.updatedAt.localeCompare(a.updatedAt))
      .map((experiment) => ({
        id: experiment.id,
        title: experiment.title,
        kind: experimentKindLabel(experiment.kind),
        status: experiment.status,
        when: when(experiment),
        outcome: experiment.outcome.trim(),
        learning: experiment.learning.trim(),
      })),
    evidence: values
      .map((value) => ({
        value,
        reflections: newestFirst
          .filter((reflection) => reflection.valueIds.includes(value.id))
          .slice(0, EVIDENCE_PER_VALUE)
          .map((reflection) => ({
            id: reflection.id,
            entryDate: reflection.entryDate,
            title: reflection.title.trim() || 'Untitled reflection',
            excerpt: excerpt(reflection.body),
          })),
      }))
      .filter((group) => group.reflections.length > 0),
  };
}
