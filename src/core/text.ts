/** Lower-cases the first letter of a name for use inside a sentence, but leaves acronyms ("OCMW’s") alone. */
export const sentenceCase = (name: string) =>
  /^\p{Lu}\p{Ll}/u.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
