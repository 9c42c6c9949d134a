// What each kind of experiment is called, everywhere it is shown or exported: in full, and short for cards and lists.
import type { Experiment } from '../experiment';

export const experimentKindLabels: Record<Experiment['kind'], string> = {
  networking: 'Networking venue or community',
  informational_conversation: 'Informational conversation',
  side_project: 'Side project',
  course: 'Course or learning',
  shadowing: 'Shadowing or volunteering',
  other: 'Other',
};

export const shortExperimentKindLabels: Record<Experiment['kind'], string> = {
  networking: 'Networking',
  informational_conversation: 'Conversation',
  side_project: 'Side project',
  course: 'Learning',
  shadowing: 'Shadowing',
  other: 'Other',
};
