// "Move to…": a menu button listing the statuses this experiment may move to.
import { MenuButton } from '../../ui/MenuButton';
import { nextStatuses, statusLabels, type ExperimentStatus } from '../../../shared/domain/experiments/transitions';

interface MoveMenuProps {
  title: string;
  status: ExperimentStatus;
  onMove(to: ExperimentStatus): void;
}

export function MoveMenu({ title, status, onMove }: MoveMenuProps) {
  const actions = nextStatuses[status].map((to) => ({ id: to, label: statusLabels[to], onSelect: () => onMove(to) }));
  return (
    <MenuButton ariaLabel={`Move to… “${title}”`} menuLabel={`Move “${title}” to`} actions={actions}>
      Move to…
    </MenuButton>
  );
}
