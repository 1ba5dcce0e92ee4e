/**
 * The bundled survey's quotes in English, by their Dutch words (see quotes.ts). The build replaces this module
 * with the map alone (scripts/vite/survey-rows.ts), so the English part does not carry the whole survey.
 */
import raw from '../../data/survey-2017.json';
import { quotesIn } from './quotes.js';

export const quotesEn = quotesIn(raw, 'wordsEn');
