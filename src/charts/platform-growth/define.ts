import { PlatformGrowth } from './platform-growth.js';
import { define } from '../../base/define.js';

define('platform-growth', PlatformGrowth);

declare global {
  interface HTMLElementTagNameMap {
    'platform-growth': PlatformGrowth;
  }
}
export { PlatformGrowth };
