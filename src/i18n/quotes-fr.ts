/**
 * The bundled survey's quotes in French, by their Dutch words (see quotes.ts). The build replaces this module
 * with the map alone (scripts/vite/survey-rows.ts), so the French part does not carry the whole survey.
 */
import raw from '../../data/survey-2017.json';
import { quotesIn } from './quotes.js';

export const quotesFr = quotesIn(raw, 'wordsFr');
