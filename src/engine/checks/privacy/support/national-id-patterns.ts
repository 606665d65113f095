/**
 * National identity numbers, each with a label or a format strict enough not to match a phone
 * number. Sources: the published formats of each number (US SSA, HMRC NINO rules, German
 * BZSt Steuer-ID, INSEE NIR, Spanish DNI/NIE, Brazilian CPF, Chinese resident ID, Japanese
 * My Number, Russian SNILS/INN and internal passport).
 */
export interface NationalIdPattern {
  /** Stable key for params. */
  kind: string;
  /** What the message calls it. */
  name: string;
  re: RegExp;
}

export const NATIONAL_ID_PATTERNS: readonly NationalIdPattern[] = [
  {
    kind: 'us-ssn',
    name: 'US Social Security number',
    // Area 000, 666 and 9xx are never issued, so excluding them avoids dates and other numbers.
    re: /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])|(?:SSN|social\s+security\s+(?:number|no\.?|#))\s*[:#]?\s*\d{3}\s?-?\d{2}\s?-?\d{4}/gi,
  },
  {
    kind: 'uk-nino',
    name: 'UK National Insurance number',
    re: /(?:national\s+insurance(?:\s+(?:number|no\.?))?|NI\s+(?:number|no\.?)|NINO)\s*[:#]?\s*[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b|\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]\b/gi,
  },
  {
    kind: 'de-tax-id',
    name: 'German tax ID (Steuer-ID) or social insurance number',
    re: /(?:steuer-?\s?id(?:entifikationsnummer)?|steuerliche\s+identifikationsnummer|idnr\.?|sozialversicherungsnummer|rentenversicherungsnummer)\s*[:.]?\s*(?:\d[\s/]?){10}\d|(?:sozialversicherungsnummer|rentenversicherungsnummer)\s*[:.]?\s*\d{2}\s?\d{6}\s?[A-Z]\s?\d{3}/gi,
  },
  {
    kind: 'fr-nir',
    name: 'French social security number (NIR)',
    re: /(?:num[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|n°\s*(?:de\s+)?s[ée]cu(?:rit[ée]\s+sociale)?|NIR)\s*[:.]?\s*[12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2A|2B)\s?\d{3}\s?\d{3}(?:\s?\d{2})?/gi,
  },
  {
    kind: 'es-dni',
    name: 'Spanish DNI/NIE',
    re: /(?<![\p{L}])(?:DNI|NIE|NIF)\s*[:.]?\s*(?:\d{8}|[XYZ]\d{7})\s?-?[A-Z](?![\p{L}\d])/giu,
  },
  {
    kind: 'br-cpf',
    name: 'Brazilian CPF',
    re: /(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])|(?<![\p{L}])CPF\s*[:.]?\s*\d{11}(?!\d)/giu,
  },
  {
    kind: 'cn-resident-id',
    name: 'Chinese resident ID number',
    // 6-digit region, a birth date (19xx/20xx, valid month and day), 3 digits and a check character.
    re: /(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g,
  },
  {
    kind: 'jp-my-number',
    name: 'Japanese My Number',
    re: /(?:マイナンバー|個人番号)\s*[:：]?\s*\d{4}\s?-?\d{4}\s?-?\d{4}/g,
  },
  {
    kind: 'ru-id',
    name: 'Russian SNILS, INN or passport number',
    re: /(?<![\d-])\d{3}-\d{3}-\d{3}[\s-]\d{2}(?![\d-])|(?:СНИЛС|ИНН)\s*[:№]?\s*\d{10,12}|паспорт[^\n\d]{0,20}\d{2}\s?\d{2}\s?\d{6}/giu,
  },
  {
    kind: 'passport',
    name: 'passport number',
    re: /(?:passport\s*(?:number|no\.?|#)|reisepass(?:nummer|-?nr\.?)|num[ée]ro\s+de\s+passeport|n[úu]mero\s+de\s+pasaporte|n[úu]mero\s+do\s+passaporte|护照号码?|旅券番号)\s*[:：#]?\s*[A-Z0-9]{6,9}\b/giu,
  },
];
