import { InteractionGap } from './interaction-gap.js';
import { define } from '../../base/define.js';

define('interaction-gap', InteractionGap);

declare global {
  interface HTMLElementTagNameMap {
    'interaction-gap': InteractionGap;
  }
}
export { InteractionGap };
