/**
 * The build replaces this module. Vite, wherever it reads vite.config.ts (`vite build` of the embed script and of
 * the ES modules, the dev server, Storybook), loads instead of this file the module that `surveyModule` in
 * scripts/vite/survey-rows.ts writes from data/survey-2017.json: the same `survey` export, checked by
 * `validateDataset` at build time and written as rows (one array of values per finding, the field names once),
 * which the module turns back into the records `validateDataset` gives. So built code carries neither the JSON's
 * repeated field names nor the validator (that stays in the editor-data part, for editor data). This is the survey
 * the charts draw, written `lean`: without the words in English and French (they come with their language's
 * strings) and the sources of the respondent counts; src/data/dataset.ts, the package's `survey` export, has them.
 * test/build/survey-rows.test.ts checks that both give the same dataset.
 *
 * The tests and the type checker use this file as written: the JSON, validated when the module loads. Keep its
 * export and the rows module's in step.
 */
import raw from '../../data/survey-2017.json';
import { validateDataset } from './schema.js';

/** The bundled survey: "Sociale mediagebruik bij lokale besturen 2017" (VVSG & Socialemediaburo.be). */
export const survey = validateDataset(raw);
