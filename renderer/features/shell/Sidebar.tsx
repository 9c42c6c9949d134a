// The app's navigation: one entry per area of the method, with the current one marked for assistive tech.
import { CairnMark } from '../../ui/CairnMark';
import { useNavigation, type View } from './navigationStore';

const entries: { view: View; label: string; hint: string }[] = [
  { view: 'journal', label: 'Journal', hint: 'Reflections, day by day' },
  { view: 'strategy', label: 'Strategy', hint: 'Aspiration and values' },
  { view: 'experiments', label: 'Experiments', hint: 'Small tests of direction' },
  { view: 'timeline', label: 'Timeline', hint: 'How it evolved' },
  { view: 'search', label: 'Search', hint: 'Find anything you wrote' },
  { view: 'settings', label: 'Settings', hint: 'Data, privacy, backups' },
  { view: 'trash', label: 'Recently deleted', hint: 'Restore within 30 days' },
];

export function Sidebar() {
  const view = useNavigation((state) => state.view);
  const go = useNavigation((state) => state.go);
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <CairnMark />
        <span className="brand-name">Cairn</span>
      </div>
      <ul className="nav-list">
        {entries.map((entry) => (
          <li key={entry.view}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === entry.view ? 'page' : undefined}
              onClick={() => go(entry.view)}
            >
              <span className="nav-label">{entry.label}</span>
              <span className="nav-hint">{entry.hint}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="sidebar-foot">Private and offline. Nothing you write leaves this computer.</p>
    </nav>
  );
}
