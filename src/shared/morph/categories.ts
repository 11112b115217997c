// The grammatical categories the morphology speaks of, and the classes of
// letters its spelling rules turn on ("after к, г, х, ж, ш, ч, щ write и, not ы").

/** Grammatical case; singular and plural forms share the case name. */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep';
export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'];

export type GrammaticalNumber = 'sg' | 'pl';

/** Grammatical gender; a person's sex uses the same words (PersonGender). */
export type Gender = 'male' | 'female' | 'neuter';

/** One form of a word or phrase, lower case. */
export interface WordForm {
  form: string;
  case: Case;
  plural: boolean;
}

export const VELAR = /[гкх]$/;
export const HUSHING = /[жшчщ]$/;
export const VELAR_OR_HUSHING = /[кгхжшчщ]$/;
export const HUSHING_OR_C = /[жшчщц]$/;
