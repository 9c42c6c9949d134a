// The app's navigation: one entry per area of the method, with the current one marked for assistive tech. It can be
// folded to a narrow rail (each area by its initial) to give a small window's width to the view.
import { CairnMark } from '../../ui/CairnMark';
import { useNavigation, type View } from './navigationStore';
import { useSidebar } from './sidebarState';

const entries: { view: View; label: string; hint: string }[] = [
  { view: 'journal', label: 'Journal', hint: 'Reflections, day by day' },
  { view: 'strategy', label: 'Strategy', hint: 'Aspiration and values' },
  { view: 'experiments', label: 'Experiments', hint: 'Small tests of direction' },
  { view: 'timeline', label: 'Timeline', hint: 'How it evolved' },
  { view: 'insight', label: 'Insight', hint: 'What gives energy' },
  { view: 'search', label: 'Search', hint: 'Find anything you wrote' },
  { view: 'settings', label: 'Settings', hint: 'Data, privacy, backups' },
  { view: 'trash', label: 'Recently deleted', hint: 'Restore within 30 days' },
];

export function Sidebar() {
  const view = useNavigation((state) => state.view);
  const go = useNavigation((state) => state.go);
  const { collapsed, toggle } = useSidebar();
  return (
    <nav className={`sidebar${collapsed ? ' is-collapsed' : ''}`} aria-label="Main">
      <div className="brand">
        <CairnMark />
        <span className={collapsed ? 'visually-hidden' : 'brand-name'}>Cairn</span>
      </div>
      <ul className="nav-list">
        {entries.map((entry) => (
          <li key={entry.view}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === entry.view ? 'page' : undefined}
              onClick={() => go(entry.view)}
              title={collapsed ? entry.label : undefined}
            >
              <span className="nav-initial" aria-hidden="true">
                {entry.label.slice(0, 1)}
              </span>
              <span className={collapsed ? 'visually-hidden' : 'nav-label'}>{entry.label}</span>
              <span className={collapsed ? 'visually-hidden' : 'nav-hint'}>{entry.hint}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-end">
        <p className={collapsed ? 'visually-hidden' : 'sidebar-foot'}>Private and offline. Nothing you write leaves this computer.</p>
        <button
          type="button"
          className="sidebar-toggle"
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Show the sidebar in full' : 'Fold the sidebar'}
          title={collapsed ? 'Show the sidebar in full' : 'Fold the sidebar'}
          onClick={toggle}
        >
          <span aria-hidden="true">{collapsed ? '»' : '«'}</span>
        </button>
      </div>
    </nav>
  );
}
