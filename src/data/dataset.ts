/**
 * The bundled survey whole, as the package exports it (`survey` from `lokale-besturen-charts` and
 * `lokale-besturen-charts/data`): every finding with its words in English and French, and where each respondent
 * count comes from. The charts import src/data/survey.ts instead, which the builds write without those (a chart's
 * quotes in English or French come with that language's strings; the sources are for the data's readers). The
 * builds replace this module as they replace survey.ts (scripts/vite/survey-rows.ts); as written, for the tests
 * and the type checker, it is survey.ts's dataset, the JSON validated.
 */
export { survey } from './survey.js';
