/**
 * React components for the elements: `import { AdoptionChart } from 'lokale-besturen-charts/react'`. One component
 * per element of the registry (src/elements.ts), named as its class, made by @lit/react's `createComponent`:
 * properties are set as properties (`data={…}` included), and each event of the elements is a prop, `chart-select`
 * as `onChartSelect`. Importing this module registers every element, as `lokale-besturen-charts/define` does.
 *
 * React is the page's own (an optional peer dependency, left out of the build); this module is not part of
 * dist/embed.js. React 19 also takes the elements as they are (`<adoption-chart onchart-select={…}>`, typed by
 * `lokale-besturen-charts/react-jsx`); these components add camel-cased event props and work with React 17 and 18.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TAGS, elements, type Tag } from './elements.js';
import { define } from './base/define.js';

for (const tag of TAGS) define(tag, elements[tag]);

/** An event by its name, as `HTMLElementEventMap` types it (a plain `CustomEvent` for a name it does not have). */
type EventOf<Name extends string> = Name extends keyof HTMLElementEventMap
  ? HTMLElementEventMap[Name]
  : CustomEvent<unknown>;

/**
 * The events of the elements, by the prop that listens to each (`on` and the event's name in camel case).
 * test/package/react.test.ts checks that every event of custom-elements.json is here. `chart-ready` and
 * `chart-error` are the events of issue 18 (item 2), typed by `HTMLElementEventMap` where it has them.
 */
export const events = {
  onChartSelect: 'chart-select' as EventName<EventOf<'chart-select'>>,
  onChartReady: 'chart-ready' as EventName<EventOf<'chart-ready'>>,
  onChartError: 'chart-error' as EventName<EventOf<'chart-error'>>,
};

/** The element class of a tag (`elements[tag]` alone is, for a generic tag, the union of every class). */
type ElementOf<T extends Tag> = InstanceType<(typeof elements)[T]>;

const component = <T extends Tag>(tag: T) =>
  createComponent<ElementOf<T>, typeof events>({
    react: React,
    tagName: tag,
    elementClass: elements[tag] as unknown as new () => ElementOf<T>,
    events,
    displayName: elements[tag].name,
  });

export const AdoptionChart = component('adoption-chart');
export const PlatformGrowth = component('platform-growth');
export const InteractionGap = component('interaction-gap');
export const VideoAdoption = component('video-adoption');
export const PlatformMatrix = component('platform-matrix');
export const SurveyFigure = component('survey-figure');

/** Every component by its element's tag. */
export const components = {
  'adoption-chart': AdoptionChart,
  'platform-growth': PlatformGrowth,
  'interaction-gap': InteractionGap,
  'video-adoption': VideoAdoption,
  'platform-matrix': PlatformMatrix,
  'survey-figure': SurveyFigure,
} as const satisfies Record<Tag, unknown>;
