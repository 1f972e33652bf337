/**
 * Crisis lines by locale (see ../shared/BACKGROUND.md). Data, not logic: an app can pass its
 * own list (a local service, a school counsellor) and it is used instead of ours.
 * Numbers change; review this table before each release.
 */

/** What a line is for; the crisis reply picks lines by the risk flags. */
export type ResourceKind = "emergency" | "suicide" | "text" | "domestic_violence" | "child_abuse" | "sexual_assault" | "poison" | "youth" | "directory";

/** One service the person can contact. */
export interface CrisisResource {
  /** Stable id, e.g. "us.988". */
  id: string;
  /** Name as the service calls itself. */
  name: string;
  /** How to reach it, as the person should read it: "call or text 988", "text HOME to 741741". */
  how: string;
  kinds: ResourceKind[];
}

/** The resources for one locale. */
export interface CrisisResourceSet {
  /** The locale asked for. */
  locale: string;
  /** Region the set is for ("US", "GB"...) or "INTL" for the international fallback. */
  region: string;
  /** The local emergency number as written in the reply ("911", "999"...). */
  emergencyNumber: string;
  resources: CrisisResource[];
}

const IASP: CrisisResource = {
  id: "intl.iasp",
  name: "International Association for Suicide Prevention crisis centre directory",
  how: "https://www.iasp.info/crisis-centres-helplines/",
  kinds: ["directory", "suicide"],
};

/** Built-in table, keyed by region. Extend by passing `override` to crisisResources. */
export const CRISIS_DIRECTORY: Record<string, Omit<CrisisResourceSet, "locale">> = {
  US: {
    region: "US",
    emergencyNumber: "911",
    resources: [
      { id: "us.911", name: "Emergency services", how: "call 911", kinds: ["emergency"] },
      { id: "us.988", name: "988 Suicide & Crisis Lifeline", how: "call or text 988", kinds: ["suicide"] },
      { id: "us.ctl", name: "Crisis Text Line", how: "text HOME to 741741", kinds: ["text", "suicide"] },
      { id: "us.dv", name: "National Domestic Violence Hotline", how: "call 1-800-799-7233", kinds: ["domestic_violence"] },
      { id: "us.childhelp", name: "Childhelp National Child Abuse Hotline", how: "call 1-800-422-4453", kinds: ["child_abuse"] },
      { id: "us.rainn", name: "RAINN National Sexual Assault Hotline", how: "call 1-800-656-4673", kinds: ["sexual_assault"] },
      { id: "us.poison", name: "Poison Control", how: "call 1-800-222-1222", kinds: ["poison"] },
    ],
  },
  CA: {
    region: "CA",
    emergencyNumber: "911",
    resources: [
      { id: "ca.911", name: "Emergency services", how: "call 911", kinds: ["emergency"] },
      { id: "ca.988", name: "9-8-8 Suicide Crisis Helpline", how: "call or text 988", kinds: ["suicide", "text"] },
      { id: "ca.khp", name: "Kids Help Phone", how: "call 1-800-668-6868 or text CONNECT to 686868", kinds: ["youth", "child_abuse", "text"] },
    ],
  },
  GB: {
    region: "GB",
    emergencyNumber: "999",
    resources: [
      { id: "gb.999", name: "Emergency services", how: "call 999", kinds: ["emergency"] },
      { id: "gb.samaritans", name: "Samaritans", how: "call 116 123", kinds: ["suicide"] },
      { id: "gb.shout", name: "Shout", how: "text SHOUT to 85258", kinds: ["text", "suicide"] },
      { id: "gb.refuge", name: "National Domestic Abuse Helpline (Refuge)", how: "call 0808 2000 247", kinds: ["domestic_violence"] },
      { id: "gb.nspcc", name: "NSPCC helpline", how: "call 0808 800 5000", kinds: ["child_abuse"] },
      { id: "gb.childline", name: "Childline", how: "call 0800 1111", kinds: ["youth", "child_abuse"] },
    ],
  },
  IE: {
    region: "IE",
    emergencyNumber: "112 or 999",
    resources: [
      { id: "ie.112", name: "Emergency services", how: "call 112 or 999", kinds: ["emergency"] },
      { id: "ie.samaritans", name: "Samaritans", how: "call 116 123", kinds: ["suicide"] },
      { id: "ie.50808", name: "50808", how: "text HELLO to 50808", kinds: ["text", "suicide"] },
      { id: "ie.womensaid", name: "Women's Aid", how: "call 1800 341 900", kinds: ["domestic_violence"] },
      { id: "ie.childline", name: "Childline (ISPCC)", how: "call 1800 66 66 66", kinds: ["youth", "child_abuse"] },
    ],
  },
  AU: {
    region: "AU",
    emergencyNumber: "000",
    resources: [
      { id: "au.000", name: "Emergency services", how: "call 000", kinds: ["emergency"] },
      { id: "au.lifeline", name: "Lifeline", how: "call 13 11 14", kinds: ["suicide"] },
      { id: "au.1800respect", name: "1800RESPECT", how: "call 1800 737 732", kinds: ["domestic_violence", "sexual_assault"] },
      { id: "au.khl", name: "Kids Helpline", how: "call 1800 55 1800", kinds: ["youth", "child_abuse"] },
    ],
  },
  ES: {
    region: "ES",
    emergencyNumber: "112",
    resources: [
      { id: "es.112", name: "Emergencias", how: "llama al 112", kinds: ["emergency"] },
      { id: "es.024", name: "Línea 024 de atención a la conducta suicida", how: "llama al 024", kinds: ["suicide"] },
      { id: "es.016", name: "016, atención a víctimas de violencia de género", how: "llama al 016", kinds: ["domestic_violence", "sexual_assault"] },
      { id: "es.anar", name: "Fundación ANAR (niños y adolescentes)", how: "llama al 900 20 20 10", kinds: ["youth", "child_abuse"] },
    ],
  },
  MX: {
    region: "MX",
    emergencyNumber: "911",
    resources: [
      { id: "mx.911", name: "Emergencias", how: "llama al 911", kinds: ["emergency", "domestic_violence", "child_abuse"] },
      { id: "mx.lineavida", name: "Línea de la Vida", how: "llama al 800 911 2000", kinds: ["suicide"] },
    ],
  },
  FR: {
    region: "FR",
    emergencyNumber: "112",
    resources: [
      { id: "fr.112", name: "Urgences", how: "appelle le 112 (ou le 15, SAMU)", kinds: ["emergency"] },
      { id: "fr.3114", name: "3114, numéro national de prévention du suicide", how: "appelle le 3114", kinds: ["suicide"] },
      { id: "fr.3919", name: "Violences Femmes Info", how: "appelle le 3919", kinds: ["domestic_violence", "sexual_assault"] },
      { id: "fr.119", name: "Allô Enfance en Danger", how: "appelle le 119", kinds: ["child_abuse", "youth"] },
    ],
  },
  DE: {
    region: "DE",
    emergencyNumber: "112",
    resources: [
      { id: "de.112", name: "Notruf", how: "ruf die 112 an", kinds: ["emergency"] },
      { id: "de.telefonseelsorge", name: "TelefonSeelsorge", how: "ruf 0800 111 0 111 oder 0800 111 0 222 an", kinds: ["suicide"] },
      { id: "de.hilfetelefon", name: "Hilfetelefon Gewalt gegen Frauen", how: "ruf 116 016 an", kinds: ["domestic_violence", "sexual_assault"] },
      { id: "de.nummergegenkummer", name: "Nummer gegen Kummer (Kinder und Jugendliche)", how: "ruf 116 111 an", kinds: ["youth", "child_abuse"] },
    ],
  },
  IT: {
    region: "IT",
    emergencyNumber: "112",
    resources: [
      { id: "it.112", name: "Numero unico di emergenza", how: "chiama il 112", kinds: ["emergency"] },
      { id: "it.telefonoamico", name: "Telefono Amico Italia", how: "chiama lo 02 2327 2327", kinds: ["suicide"] },
      { id: "it.1522", name: "1522, antiviolenza e stalking", how: "chiama il 1522", kinds: ["domestic_violence", "sexual_assault"] },
      { id: "it.114", name: "114 Emergenza Infanzia", how: "chiama il 114", kinds: ["child_abuse", "youth"] },
    ],
  },
  PT: {
    region: "PT",
    emergencyNumber: "112",
    resources: [
      { id: "pt.112", name: "Emergência", how: "liga para o 112", kinds: ["emergency"] },
      { id: "pt.sns24", name: "SNS 24 (aconselhamento psicológico)", how: "liga para o 808 24 24 24", kinds: ["suicide"] },
      { id: "pt.vozamiga", name: "SOS Voz Amiga", how: "liga para o 213 544 545", kinds: ["suicide"] },
      { id: "pt.apav", name: "APAV, apoio à vítima", how: "liga para o 116 006", kinds: ["domestic_violence", "sexual_assault"] },
    ],
  },
  BR: {
    region: "BR",
    emergencyNumber: "192",
    resources: [
      { id: "br.192", name: "SAMU (emergência médica)", how: "ligue 192", kinds: ["emergency"] },
      { id: "br.cvv", name: "CVV, Centro de Valorização da Vida", how: "ligue 188", kinds: ["suicide"] },
      { id: "br.180", name: "Central de Atendimento à Mulher", how: "ligue 180", kinds: ["domestic_violence", "sexual_assault"] },
      { id: "br.100", name: "Disque 100 (direitos humanos, crianças)", how: "ligue 100", kinds: ["child_abuse", "youth"] },
    ],
  },
  INTL: {
    region: "INTL",
    emergencyNumber: "your local emergency number (112 in the EU and many other countries)",
    resources: [
      { id: "intl.emergency", name: "Emergency services", how: "call your local emergency number (112 in the EU and many other countries)", kinds: ["emergency"] },
      IASP,
    ],
  },
};

// Locales whose region has no entry fall back to INTL; language-only "es" likewise.
const REGION_ALIASES: Record<string, string> = { UK: "GB" };

/** The number or address in a resource's "how" ("call 911" -> "911", "ruf die 112 an" -> "112"). */
export function contactNumber(how: string): string {
  return how.replace(/^(?:call or text|call|text|llama al|appelle le|appelle|liga para o|ligue|ruf die|ruf|chiama il|chiama lo)\s+/i, "").replace(/\s+an$/, "");
}

/** Where people writing each language most often are, when the locale says nothing about it. */
const LANGUAGE_REGION: Record<string, string> = { es: "ES", fr: "FR", pt: "BR", de: "DE", it: "IT" };

/**
 * The locale whose resources fit a person writing in `lang`: the app's locale when its language
 * is the person's (or the person writes English), otherwise the person's language's own region
 * ("en-US" app, a message in German -> "de-DE"), so a crisis line they can call is named.
 */
export function resourceLocale(locale: string, lang: string): string {
  const localeLang = (locale || "").toLowerCase().slice(0, 2);
  if (lang === "en" || localeLang === lang || !LANGUAGE_REGION[lang]) return locale;
  return `${lang}-${LANGUAGE_REGION[lang]}`;
}

/** The region part of a BCP 47 locale ("en-GB" -> "GB"), or "" when absent. */
export function regionOf(locale: string): string {
  const parts = (locale || "").replace(/_/g, "-").split("-");
  const region = (parts.find((p, i) => i > 0 && /^[A-Za-z]{2}$/.test(p)) ?? "").toUpperCase();
  return REGION_ALIASES[region] ?? region;
}

/**
 * Crisis resources for a locale ("en-US", "en-GB", "es-MX"...); anything unknown gets the
 * international fallback (local emergency number + IASP directory). `override`, when given,
 * replaces the built-in list (keep an "emergency" entry in it: the reply leads with it).
 */
export function crisisResources(locale: string, override?: CrisisResource[]): CrisisResourceSet {
  const base = CRISIS_DIRECTORY[regionOf(locale)] ?? CRISIS_DIRECTORY.INTL;
  if (!override || override.length === 0) return { locale, ...base, resources: [...base.resources] };
  const emergency = override.find((r) => r.kinds.includes("emergency"));
  const emergencyNumber = emergency ? contactNumber(emergency.how) : base.emergencyNumber;
  return { locale, region: base.region, emergencyNumber, resources: [...override] };
}

/** The first resource of a kind, if the set has one. */
export function resourceOf(set: CrisisResourceSet, kind: ResourceKind): CrisisResource | undefined {
  return set.resources.find((r) => r.kinds.includes(kind));
}
