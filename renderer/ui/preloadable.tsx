// A component whose code loads on demand, and renders at once once its code is here: React.lazy alone suspends on
// every first render, and React holds a suspended view's fallback on screen for at least 300 ms.
import { lazy, type ComponentType, type JSX } from 'react';

export interface Preloadable<P extends object> {
  Component: (props: P) => JSX.Element;
  /** Starts (or joins) the download; resolves once the component can render without suspending. */
  preload(): Promise<ComponentType<P>>;
  isReady(): boolean;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let ready: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then((component) => {
      ready = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    const Ready = ready;
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload, isReady: () => ready !== null };
}
