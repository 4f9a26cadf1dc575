/**
 * Who receives an email. A blank or malformed address is set aside (and reported to the CFA staff) rather than
 * passed to MailApp, which would throw on it and lose the whole notification.
 */
import { z } from 'zod';
import type { Apprentice } from '../types';
import { EMAIL_TEXT as T } from '../messages/emails';

const EMAIL = z.email();

export function isValidEmail(address: string): boolean {
  return typeof address === 'string' && address.trim().length <= 254 && EMAIL.safeParse(address.trim()).success;
}

export interface Candidate {
  who: string; // French description, used when the address is missing
  address: string;
}

/** Valid addresses once each (case-insensitive, first spelling kept); the others are set aside. */
export function sortRecipients(candidates: Candidate[]): { to: string[]; invalidRecipients: string[] } {
  const to: string[] = [];
  const invalidRecipients: string[] = [];
  const seen = new Set<string>();
  for (const { who, address } of candidates) {
    const trimmed = (address ?? '').trim();
    const entry = trimmed === '' ? T.missingAddress(who.trim()) : trimmed;
    const key = entry.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    (trimmed !== '' && isValidEmail(trimmed) ? to : invalidRecipients).push(entry);
  }
  return { to, invalidRecipients };
}

/** `Léa MARTIN`: the way French administrations write a name, so that first and last names are never mixed up. */
export function personName(firstName: string, lastName: string): string {
  return `${(firstName ?? '').trim()} ${(lastName ?? '').trim().toUpperCase()}`.trim();
}

/** The apprentice, the tutor, the trainer and the other trainers: everyone concerned by this apprentice. */
export function apprenticeRecipients(apprentice: Apprentice): { to: string[]; invalidRecipients: string[] } {
  return sortRecipients([
    { who: T.roles.apprentice(personName(apprentice.firstName, apprentice.lastName)), address: apprentice.email },
    {
      who: T.roles.tutor(personName(apprentice.tutorFirstName, apprentice.tutorLastName)),
      address: apprentice.tutorEmail,
    },
    {
      who: T.roles.trainer(personName(apprentice.trainerFirstName, apprentice.trainerLastName)),
      address: apprentice.trainerEmail,
    },
    // An empty item of the `;`-separated list is nobody, not a missing address.
    ...(apprentice.otherTrainers ?? [])
      .filter((address) => (address ?? '').trim() !== '')
      .map((address) => ({ who: T.roles.otherTrainer, address })),
  ]);
}
