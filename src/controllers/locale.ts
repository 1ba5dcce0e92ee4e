import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, stringsFor, type Language, type Strings } from '../i18n/index.js';

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/**
 * The language of the host: its own `lang` or the nearest ancestor's, Dutch by default. One MutationObserver
 * for the whole page updates every chart when a `lang` attribute changes anywhere.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get language(): Language {
    return languageOf(this.host.closest('[lang]')?.getAttribute('lang'));
  }

  get strings(): Strings {
    return stringsFor(this.language);
  }

  hostConnected() {
    hosts.add(this);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.host.requestUpdate()));
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
