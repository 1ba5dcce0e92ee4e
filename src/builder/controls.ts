/**
 * The builder's form controls of the elements' attributes (their options, and the editor's words), made from the
 * manifest (attributes.ts), each with its label and its description.
 */
import type { Tag } from '../tags.js';
import { ELEMENT_ATTRIBUTES, WORD_ATTRIBUTES } from './attributes.js';

export const option = (value: string, label = value) => {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
};

/** The options (or the words) the form shows now: attribute name to value, empty values left out. */
export function chosenOptions(fieldset: HTMLFieldSetElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]'))
    if (el.value.trim()) out[el.dataset.attribute!] = el.value.trim();
  return out;
}

/** A labelled control of an attribute, described by the manifest's words. */
function addControl(fieldset: HTMLFieldSetElement, name: string, description: string, control: HTMLElement) {
  const id = `${fieldset.id}-${name}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = name;
  control.id = id;
  control.dataset.attribute = name;
  const about = document.createElement('small');
  about.id = `${id}-about`;
  about.textContent = description;
  control.setAttribute('aria-describedby', about.id);
  fieldset.append(label, control, about);
}

const textField = () => {
  const input = document.createElement('input');
  input.type = 'text';
  input.spellcheck = false;
  return input;
};

/** The fields of the editor's words, the same for every element: they keep what was typed when the chart changes. */
export function showWordControls(fieldset: HTMLFieldSetElement) {
  for (const a of WORD_ATTRIBUTES) addControl(fieldset, a.name, a.description, textField());
}

/** The controls of the element's own attributes: a list where the manifest names the values, else a text field. */
export function showOptionControls(fieldset: HTMLFieldSetElement, tag: Tag) {
  fieldset.querySelectorAll(':scope > :not(legend)').forEach((el) => el.remove());
  const attributes = ELEMENT_ATTRIBUTES[tag] ?? [];
  fieldset.hidden = attributes.length == 0;
  for (const a of attributes) {
    let control: HTMLSelectElement | HTMLInputElement = textField();
    if (a.values.length) {
      control = document.createElement('select');
      control.append(option('', a.default ? `(default: ${a.default})` : '(none)'), ...a.values.map((v) => option(v)));
    }
    addControl(fieldset, a.name, a.description, control);
  }
}
