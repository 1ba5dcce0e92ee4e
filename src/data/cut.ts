/**
 * A text as a message quotes it: cut at `max` characters, with "…" where it was cut, so that a huge value (an id,
 * a URL, an attribute of 20 MB) neither freezes the page nor fills the console.
 */
export const cut = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max)}…` : text);
