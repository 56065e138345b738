/** A section of the "How to read this model" page: a heading and its paragraphs. */
interface HelpSection {
  id: string;
  heading: string;
  paragraphs: readonly string[];
}

/** One entry of the glossary. */
interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
}

/** Everything the help shows in one language. */
export interface HelpTexts {
  howToTitle: string;
  howTo: readonly HelpSection[];
  /** Heading and lead-in of the generated table of defaults and their sources. */
  defaultsHeading: string;
  defaultsLead: string;
  glossaryTitle: string;
  glossary: readonly GlossaryEntry[];
}
