/** Tone-specific wording for the fallback cover letter; every phrase reads whole without facts. */
import type { CoverLetterTone } from '../ports.js';

export interface TonePhrases {
  greeting: string;
  opening(role: string): string;
  experience(role: string): string;
  strengths(list: string): string;
  closingParagraph: string;
  closing: string;
}

export const TONE_PHRASES: Readonly<Record<CoverLetterTone, TonePhrases>> = {
  formal: {
    greeting: 'Dear Hiring Manager,',
    opening: (role) =>
      `I am writing to apply for ${role}. I believe my experience makes me a strong candidate.`,
    experience: (role) =>
      `In my most recent position as ${role}, I have built the experience this role asks for.`,
    strengths: (list) => `The position calls for ${list}, all of which my resume demonstrates.`,
    closingParagraph:
      'Thank you for considering my application. I would welcome the opportunity to discuss how I could contribute to your team.',
    closing: 'Sincerely,',
  },
  friendly: {
    greeting: 'Hello,',
    opening: (role) =>
      `I'm excited to apply for ${role}, and I'd love to tell you a bit about myself.`,
    experience: (role) =>
      `Most recently I've worked as ${role}, which has prepared me well for this role.`,
    strengths: (list) =>
      `I noticed you're looking for ${list} — that's right where my experience lies.`,
    closingParagraph:
      "Thanks so much for your time. I'd be glad to chat about how I could help your team.",
    closing: 'Best regards,',
  },
  enthusiastic: {
    greeting: 'Dear Hiring Team,',
    opening: (role) =>
      `I was thrilled to see the opening for ${role}, and I am eager to bring my energy to your team!`,
    experience: (role) =>
      `As ${role}, I have found the kind of work I love most, and I am ready for the next challenge.`,
    strengths: (list) =>
      `Your posting highlights ${list}, and these are exactly the areas I enjoy working in.`,
    closingParagraph:
      'Thank you for reading my application. I would be delighted to talk about how I can make a difference for your team!',
    closing: 'With enthusiasm,',
  },
  concise: {
    greeting: 'Dear Hiring Manager,',
    opening: (role) => `Please accept my application for ${role}.`,
    experience: (role) => `My most recent role is ${role}.`,
    strengths: (list) => `My background covers ${list}.`,
    closingParagraph: 'Thank you for your consideration. I look forward to hearing from you.',
    closing: 'Regards,',
  },
};
