import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, type Language, type Strings } from '../i18n/index.js';
import { nl } from '../i18n/nl.js';
import { need, peek } from '../parts/index.js';

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;
/** Languages asked for, whose strings are fetched once for the page; every chart updates when they come. */
const asking = new Set<Language>();
/** Languages that could not be fetched (dist/embed.js without embed-en.js or embed-fr.js beside it): charts show Dutch. */
const failed = new Set<Language>();
const updateAll = () => hosts.forEach((h) => h.host.requestUpdate());
/** The loading box's words in every language, there before the language's strings (test/package/parts-es.test.ts). */
const WAIT: Record<Language, string> = { nl: nl.loading, en: 'Loading data…', fr: 'Chargement des données…' };

/**
 * The language of the host: its own `lang` or the nearest ancestor's, Dutch by default. One MutationObserver
 * for the whole page updates every chart when a `lang` attribute changes anywhere.
 */
export class LocaleController implements ReactiveController {
  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language asked for. */
  get asked(): Language {
    return languageOf(this.host.closest('[lang]')?.getAttribute('lang'));
  }

  /** The language shown: the one asked for, or Dutch while (or because) its strings are not at hand. */
  get language(): Language {
    const l = this.asked;
    return l == 'nl' || peek(l) ? l : 'nl';
  }

  /**
   * True while dist/embed.js fetches the strings of English or French (Dutch is in it): the chart waits rather
   * than show Dutch first.
   */
  get pending(): boolean {
    const l = this.asked;
    if (l == 'nl' || peek(l) || failed.has(l)) return false;
    if (!asking.has(l)) {
      asking.add(l);
      need(l).then(updateAll, () => {
        failed.add(l);
        updateAll();
      });
    }
    return true;
  }

  /** The words of the loading box: in the language asked for, also while its strings are on their way. */
  get loading(): string {
    const l = this.asked;
    return WAIT[failed.has(l) ? 'nl' : l];
  }

  get strings(): Strings {
    const l = this.language;
    return l == 'nl' ? nl : peek(l)!;
  }

  hostConnected() {
    hosts.add(this);
    if (!observer) {
      observer = new MutationObserver(updateAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected() {
    hosts.delete(this);
    if (!hosts.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
