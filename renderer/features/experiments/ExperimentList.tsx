// Every experiment in a table that sorts by any column; the title opens the experiment.
import { useState } from 'react';
import { statusLabels } from '../../../shared/domain/experiments/transitions';
import { sortExperiments, type SortKey, type SortOrder } from './experimentSort';
import { formatDay, shortKindLabels } from './experimentText';
import { useExperiments } from './experimentsStore';

const columns: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Experiment' },
  { key: 'kind', label: 'Kind' },
  { key: 'status', label: 'Status' },
  { key: 'start', label: 'Start' },
  { key: 'end', label: 'End' },
  { key: 'energy', label: 'Energy' },
  { key: 'updated', label: 'Last changed' },
];

export function ExperimentList() {
  const items = useExperiments((state) => state.items);
  const select = useExperiments((state) => state.select);
  const [order, setOrder] = useState<SortOrder>({ key: 'updated', direction: 'descending' });
  const sorted = sortExperiments(items, order);

  return (
    <div className="list-wrap">
      <table className="experiment-table">
        <caption className="visually-hidden">Experiments, sortable by any column</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={order.key === column.key ? order.direction : undefined}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    setOrder((current) => ({
                      key: column.key,
                      direction: current.key === column.key && current.direction === 'ascending' ? 'descending' : 'ascending',
                    }))
                  }
                >
                  {column.label}
                  <span className="sort-arrow" aria-hidden="true">
                    {order.key === column.key ? (order.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((experiment) => (
            <tr key={experiment.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => select(experiment.id)}>
                  {experiment.title}
                </button>
              </th>
              <td>{shortKindLabels[experiment.kind]}</td>
              <td>
                <span className="status-pill" data-status={experiment.status}>
                  {statusLabels[experiment.status]}
                </span>
              </td>
              <td>{formatDay(experiment.actualStart ?? experiment.plannedStart)}</td>
              <td>{formatDay(experiment.actualEnd ?? experiment.plannedEnd)}</td>
              <td>{experiment.energy ? `${experiment.energy} / 5` : ''}</td>
              <td>{formatDay(experiment.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
