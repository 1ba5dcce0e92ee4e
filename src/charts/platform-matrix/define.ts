import { PlatformMatrix } from './platform-matrix.js';
import { define } from '../../base/define.js';

define('platform-matrix', PlatformMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'platform-matrix': PlatformMatrix;
  }
}
export { PlatformMatrix };
