/**
 * The domain phrase lexicon: policy concepts of medical insurance, each with the
 * wordings plans use for it (simplified; matched on cleaned task text). A shared
 * concept is evidence an auditor can read ("both name DRG"), a blocking key for
 * candidate pairs, and one component of the score. Synonyms are the point: 集团采购
 * in Qingyuan and 集中带量采购 in Sichuan are one concept.
 *
 * Data, reviewed by hand from the five seed documents; `generic` concepts occur in
 * most tasks of a plan and are kept for evidence but not used as blocking keys.
 */
export interface Concept {
  key: string;
  variants: string[];
  generic?: boolean;
}

export const CONCEPTS: Concept[] = [
  { key: "DRG", variants: ["drg", "疾病诊断相关分组"] },
  { key: "DIP", variants: ["dip", "按病种分值", "病种分值付费", "区域点数法"] },
  { key: "按病种付费", variants: ["按病种付费", "按病种(病组)付费", "单病种付费"] },
  { key: "按床日付费", variants: ["按床日付费"] },
  { key: "按人头付费", variants: ["按人头付费", "按人头包干", "人头包干付费"] },
  { key: "按项目付费", variants: ["按项目付费"] },
  { key: "总额预算", variants: ["总额预算", "总额控制", "总额预决算", "总额管理"] },
  { key: "支付方式改革", variants: ["支付方式改革", "多元复合式医保支付", "多元复合医保支付", "支付方式综合改革"] },
  { key: "带量采购", variants: ["带量采购", "集中采购", "集团采购", "联盟采购", "集采"] },
  { key: "医用耗材", variants: ["医用耗材", "高值耗材"] },
  { key: "招采", variants: ["招采", "挂网", "招标、采购"] },
  { key: "医疗服务价格", variants: ["医疗服务价格"] },
  { key: "医药价格", variants: ["医药价格", "药品价格", "价格形成机制", "价格监测", "价格治理"] },
  { key: "异地就医", variants: ["异地就医", "跨省直接结算", "跨省异地"] },
  { key: "直接结算", variants: ["直接结算", "一站式结算", "一单制结算"] },
  { key: "长期护理保险", variants: ["长期护理", "长护", "失能等级", "失能人员"] },
  { key: "基金监管", variants: ["基金监管", "监督检查", "飞行检查", "专项检查", "稽核"] },
  { key: "欺诈骗保", variants: ["欺诈骗保", "骗保", "欺诈骗取"] },
  { key: "智能监控", variants: ["智能监控", "智能监管", "大数据监管", "视频监控"] },
  { key: "双随机一公开", variants: ["双随机"] },
  { key: "门诊共济", variants: ["门诊共济", "个人账户", "普通门诊统筹", "门诊统筹"] },
  { key: "门诊慢特病", variants: ["门诊慢特病", "门诊特定病种", "慢特病"] },
  { key: "医疗救助", variants: ["医疗救助", "救助对象", "托底保障", "重特大疾病"] },
  { key: "大病保险", variants: ["大病保险", "大病(补充)", "大额医疗费用补助", "大额医疗费用补充", "补充医疗保险", "补充保险"] },
  { key: "防范因病返贫", variants: ["因病返贫", "因病致贫", "返贫致贫", "致贫返贫", "脱贫攻坚", "乡村振兴"] },
  { key: "资助参保", variants: ["资助参保", "资助重点救助对象参保", "全额资助"] },
  { key: "三重制度", variants: ["三重制度", "三重保障", "多重保障"] },
  { key: "医保信息平台", variants: ["医保信息平台", "医疗保障信息平台", "信息平台", "信息系统", "信息化"] },
  { key: "医保电子凭证", variants: ["电子凭证"] },
  { key: "互联网+", variants: ["互联网+"] },
  { key: "数据安全", variants: ["数据安全", "信息安全", "网络安全", "个人隐私"] },
  { key: "医保目录", variants: ["医保目录", "药品目录", "耗材目录", "目录动态调整", "三个目录"] },
  { key: "谈判药品", variants: ["谈判药品", "双通道", "准入谈判"] },
  { key: "定点医药机构", variants: ["定点医药机构", "定点管理", "两定机构", "定点申请", "定点机构", "定点医疗机构", "定点零售药店"] },
  { key: "协议管理", variants: ["协议管理", "服务协议", "协议考核", "履行协议", "协议范本"] },
  { key: "信用", variants: ["信用评价", "信用管理", "守信", "失信", "信用记录", "信用监管"] },
  { key: "经办服务", variants: ["经办服务", "经办管理", "经办机构", "综合柜员制", "经办大厅", "经办能力", "经办体系"] },
  { key: "政务服务", variants: ["政务服务", "服务事项清单", "通办", "一次办"] },
  { key: "好差评", variants: ["好差评"] },
  { key: "标准化", variants: ["标准化", "贯标", "编码标准", "业务标准"] },
  { key: "待遇清单", variants: ["待遇清单"] },
  { key: "多层次医疗保障", variants: ["多层次医疗保障"] },
  { key: "商业健康保险", variants: ["商业健康保险", "商业保险", "商保", "商业医疗保险"] },
  { key: "医疗互助", variants: ["医疗互助", "慈善"] },
  { key: "生育保险", variants: ["生育保险", "生育津贴", "生育医疗费用"] },
  { key: "重大疫情", variants: ["重大疫情", "突发疫情", "先救治", "疫情"] },
  { key: "统筹层次", variants: ["统筹层次", "市级统筹", "省级统筹", "市地级统筹", "自治区级统筹", "市(地)级统筹"] },
  { key: "筹资", variants: ["筹资", "基准费率", "缴费基数", "费率"] },
  { key: "参保", variants: ["全民参保", "应保尽保", "依法参保", "参保缴费", "灵活就业", "参保质量", "参保率"] },
  { key: "预算管理", variants: ["预算管理", "预算绩效", "收支预算", "基金预算", "预算编制"] },
  { key: "风险预警", variants: ["风险预警", "风险评估", "预警机制", "精算", "收支平衡"] },
  { key: "基本医疗保险制度", variants: ["基本医疗保险制度", "基本医保制度", "覆盖全民"] },
  { key: "待遇保障", variants: ["待遇保障", "待遇水平", "住院待遇", "门诊待遇", "报销比例", "支付比例"], generic: true },
  { key: "两病", variants: ["两病", "高血压", "糖尿病"] },
  { key: "中医药", variants: ["中医", "中药", "民族医", "藏药"] },
  { key: "医养结合", variants: ["医养结合", "老龄化", "养老服务"] },
  { key: "协商谈判", variants: ["协商谈判", "谈判机制", "协商共治"] },
  { key: "医疗服务能力", variants: ["医疗服务能力", "诊疗行为", "合理用药", "医联体", "医共体", "分级诊疗"] },
  { key: "医药服务可及性", variants: ["可及性", "短缺药品", "处方流转", "零售药店", "执业药师"] },
  { key: "区域协同", variants: ["区域协同", "协同发展", "双城经济圈", "同城化", "一体化发展", "区域合作"] },
  { key: "内部控制", variants: ["内部控制", "内控"] },
  { key: "治理创新", variants: ["治理创新", "法人治理", "社会力量", "共建共治", "社会化治理"] },
  { key: "法治", variants: ["法治", "行政执法", "执法", "法律法规", "依法行政"] },
  { key: "队伍建设", variants: ["队伍建设", "干部", "人才", "培训"] },
  { key: "组织领导", variants: ["组织领导", "党的领导", "组织保障", "党的建设"] },
  { key: "宣传", variants: ["宣传", "舆情", "舆论", "政策解读"] },
  { key: "规划实施", variants: ["规划实施", "规划落实", "监测评估", "绩效考核", "目标考核", "监督评估"] },
  { key: "财政投入", variants: ["财政补助", "财政保障", "投入保障", "财政专户", "补助资金"] },
  { key: "大数据", variants: ["大数据", "数据共享", "信息共享", "区块链", "人工智能", "云计算"] },
  { key: "医疗保障", variants: ["医疗保障", "医保"], generic: true },
  { key: "医保基金", variants: ["医保基金", "医疗保障基金", "基金"], generic: true },
];

/**
 * Headings of chapters that hold every task of a plan: matching them says nothing
 * (主要任务 in one plan "is" 主要任务 in all), so they take part in no link.
 */
export const CONTAINER_HEADINGS = ["主要任务", "主要任务和重点工作", "重点任务", "主要任务和重大举措", "总体要求", "指导思想"];

/** Concepts named in a cleaned text, in lexicon order. */
export function conceptsIn(cleaned: string, lexicon: Concept[] = CONCEPTS): string[] {
  const lower = cleaned.toLowerCase();
  return lexicon.filter((c) => c.variants.some((v) => lower.includes(v))).map((c) => c.key);
}

const GENERIC = new Set(CONCEPTS.filter((c) => c.generic).map((c) => c.key));

/** Concepts specific enough to propose a candidate pair. */
export function isBlockingConcept(key: string): boolean {
  return !GENERIC.has(key);
}
