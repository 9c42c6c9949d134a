// The areas of the method whose tools are not in this build yet: say plainly what each will hold.
import type { View } from './navigationStore';

const descriptions: Partial<Record<View, { title: string; text: string }>> = {
  strategy: {
    title: 'Strategy',
    text: 'Your aspiration, your values as verbs, and the Venn diagram where they meet. Not in this build yet.',
  },
  experiments: {
    title: 'Experiments',
    text: 'Small, cheap tests of a direction: a hypothesis, criteria decided up front, evidence and a learning. Not in this build yet.',
  },
  timeline: {
    title: 'Timeline',
    text: 'How your strategy, experiments and reflections evolved over months and years. Not in this build yet.',
  },
};

export function UpcomingView({ view }: { view: View }) {
  const description = descriptions[view];
  if (!description) return null;
  return (
    <section className="view" aria-labelledby="upcoming-heading">
      <header className="view-header">
        <h1 id="upcoming-heading">{description.title}</h1>
      </header>
      <div className="empty-state">
        <p>{description.text}</p>
      </div>
    </section>
  );
}
