import { docNumberKey, titleKey } from "../../common/text-keys";

/**
 * Upstream documents every medical-insurance plan of the 14th five-year period
 * answers to, with the titles plans print for them and their 文号. Reviewed by
 * hand; a citation of any alias, or of the 文号, resolves to the one document.
 * `basis` is what a plan's text says when it implements the document without
 * citing it by title (see basis.ts).
 */
export interface KnownDocument {
  key: string;
  title: string;
  docNumber: string;
  aliases: string[];
  /** Phrases (simplified) that name the document's reform without its title. */
  basis?: RegExp;
}

export const CENTRAL_OPINION = "central-opinion";

export const KNOWN_DOCUMENTS: KnownDocument[] = [
  {
    key: CENTRAL_OPINION,
    title: "中共中央 国务院关于深化医疗保障制度改革的意见",
    docNumber: "中发〔2020〕5号",
    aliases: ["关于深化医疗保障制度改革的意见", "中共中央国务院关于深化医疗保障制度改革的意见", "深化医疗保障制度改革的意见"],
    basis: /贯彻(?:落实)?[^。;]{0,40}深化医疗保障制度改革(?:的)?(?:决策部署|重大决策|意见|部署)/,
  },
  {
    key: "national-plan",
    title: "“十四五”全民医疗保障规划",
    docNumber: "国办发〔2021〕36号",
    aliases: ["十四五全民医疗保障规划", "国务院办公厅关于印发“十四五”全民医疗保障规划的通知"],
  },
  {
    key: "fund-supervision-opinion",
    title: "国务院办公厅关于推进医疗保障基金监管制度体系改革的指导意见",
    docNumber: "国办发〔2020〕20号",
    aliases: ["关于推进医疗保障基金监管制度体系改革的指导意见"],
  },
  {
    key: "fund-use-regulation",
    title: "医疗保障基金使用监督管理条例",
    docNumber: "国务院令第735号",
    aliases: [],
  },
];


/** The known document a cited title or 文号 names, if any. */
export function findKnownDocument(title: string, docNumber?: string | null): KnownDocument | undefined {
  const key = titleKey(title);
  const number = docNumber ? docNumberKey(docNumber) : undefined;
  return KNOWN_DOCUMENTS.find(
    (d) => (number && docNumberKey(d.docNumber) === number) || [d.title, ...d.aliases].some((a) => titleKey(a) === key),
  );
}

export function knownDocument(key: string): KnownDocument {
  const d = KNOWN_DOCUMENTS.find((k) => k.key === key);
  if (!d) throw new Error(`no known document ${key}`);
  return d;
}

/**
 * The known documents as Cypher matches them (a query parameter): a reference resolves to
 * one when its document's title key is among `titleKeys` or its printed 文号 has
 * `docNumberKey`; the document's node is the plan of one of those title keys or of
 * `docNumber` (as known-plans.cypher finds it for plan-level IMPLEMENTS).
 */
export const KNOWN_DOCUMENT_KEYS = KNOWN_DOCUMENTS.map((d) => ({
  key: d.key,
  titleKeys: [d.title, ...d.aliases].map(titleKey),
  docNumber: d.docNumber,
  docNumberKey: docNumberKey(d.docNumber),
}));
