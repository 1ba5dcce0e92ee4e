import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, stringsFor, type Language, type Strings } from '../i18n/index.js';
import { need, peek } from '../extras/index.js';

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;
/** French could not be fetched (dist/embed.js without embed-fr.js beside it): charts show Dutch. */
let frenchFailed = false;
const updateAll = () => hosts.forEach((h) => h.host.requestUpdate());

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

  /** The language shown: the one asked for, or Dutch while (or because) French is not at hand. */
  get language(): Language {
    const l = this.asked;
    return l == 'fr' && !peek('fr') ? 'nl' : l;
  }

  /** True while dist/embed.js fetches French: the chart waits rather than show Dutch first. */
  get pending(): boolean {
    if (this.asked != 'fr' || peek('fr') || frenchFailed) return false;
    need('fr').then(updateAll, () => {
      frenchFailed = true;
      updateAll();
    });
    return true;
  }

  get strings(): Strings {
    const l = this.language;
    return l == 'fr' ? peek('fr')! : stringsFor(l)!;
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
