import raw from '../../data/survey-2017.json';
import { validateDataset } from './schema.js';

/** The bundled survey: "Sociale mediagebruik bij lokale besturen 2017" (VVSG & Socialemediaburo.be). */
export const survey = validateDataset(raw);
