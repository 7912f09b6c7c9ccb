import { z } from "zod";

/** What a person can choose to get by mail. */
export const MailChoice = {
  reminders: "reminders",
  digest: "digest",
  preRead: "preRead",
  minutes: "minutes",
} as const;
export type MailChoice = (typeof MailChoice)[keyof typeof MailChoice];

export const MAIL_CHOICES: readonly MailChoice[] = Object.values(MailChoice);

/** The language a person's mails are written in. */
export const MailLanguage = { de: "de", en: "en" } as const;
export type MailLanguage = (typeof MailLanguage)[keyof typeof MailLanguage];

/** A person's choices: true for what they want. */
export type MailChoices = Record<MailChoice, boolean>;

/** What a new address gets unless the person says otherwise: everything. */
export const DEFAULT_CHOICES: MailChoices = { reminders: true, digest: true, preRead: true, minutes: true };

/**
 * An e-mail address as a person or a facilitator types it: one plain address
 * (no display name, no list), at most 254 characters. A line break or a comma
 * could smuggle a second recipient or a header into a mail, so neither passes.
 */
export const emailSchema = z
  .string()
  .trim()
  .max(254, "an e-mail address has at most 254 characters")
  .refine((value) => !/[\r\n,;<>"]/.test(value), "an e-mail address is one plain address, like name@example.com")
  .pipe(z.email("not an e-mail address (like name@example.com)"));

/** What the contact form sends: address, language and choices. */
export const contactInputSchema = z.strictObject({
  email: emailSchema,
  language: z.enum([MailLanguage.de, MailLanguage.en]),
  choices: z.strictObject({
    reminders: z.boolean(),
    digest: z.boolean(),
    preRead: z.boolean(),
    minutes: z.boolean(),
  }),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

/**
 * A series' mail settings: days before the due date for a reminder, days before a session for
 * the pre-read, and days a personal link in a mail opens the board.
 */
export interface MailSettings {
  reminderDays: number;
  preReadDays: number;
  linkDays: number;
}

export const DEFAULT_MAIL_SETTINGS: MailSettings = { reminderDays: 3, preReadDays: 2, linkDays: 30 };

/** The validities a facilitator picks for links in mails, in days. */
export const MAIL_LINK_DAYS = [7, 14, 30, 90] as const;

export const mailSettingsSchema = z.strictObject({
  reminderDays: z.number().int().min(1).max(30),
  preReadDays: z.number().int().min(1).max(14),
  linkDays: z
    .number()
    .int()
    .refine((days) => (MAIL_LINK_DAYS as readonly number[]).includes(days), {
      message: `linkDays must be one of ${MAIL_LINK_DAYS.join(", ")}`,
    })
    .optional(),
});
