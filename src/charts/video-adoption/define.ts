import { VideoAdoption } from './video-adoption.js';
import { define } from '../../base/define.js';

define('video-adoption', VideoAdoption);

declare global {
  interface HTMLElementTagNameMap {
    'video-adoption': VideoAdoption;
  }
}
export { VideoAdoption };
