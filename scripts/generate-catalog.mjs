#!/usr/bin/env node
// Synthetic service-guide catalog for the benchmark and the tests (no dependencies, node: builtins only).
//
//   node scripts/generate-catalog.mjs <outDir> --items N [--seed S] [--defect-rate 0.1] [--clean]
//
// Writes N items, one per file, to <outDir>/<region>/<department>/item-<n>.yaml, in the shape of
// docs' guide-format (structurally valid codes with correct check characters, Chinese content drawn
// from small pools of regions, departments and items). Output is deterministic for a seed. With
// --defect-rate R (even 0), round(N × R) items each get one seeded defect and <outDir>/expected.json lists
// the findings they must produce: [{ file, rule, line }] (file relative to outDir, line 1-based, of
// the YAML node at fault: the scalar, or the `- name:` / `- law:` / `- place:` line of a list entry;
// a defect whose node would span several lines is written in flow style on one line). All other
// items are clean under every per-item rule, and consistent across regions (same baseCode ⇒ same
// name, type and legal basis), so expected.json is the complete list of findings.
// `--clean` empties <outDir> first; without it a non-empty <outDir> is refused.
import { mkdirSync, writeFileSync, readdirSync, rmSync, existsSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (...xs) => {
  let h = 2166136261;
  for (const c of xs.join("|")) h = Math.imul(h ^ c.codePointAt(0), 16777619);
  return h >>> 0;
};

// GB 32100-2015 unified social credit code: 18th character is a mod-31 check character.
const CS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function creditCheckChar(s17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CS.indexOf(s17[i]) * W[i];
  const r = 31 - (sum % 31);
  return CS[r === 31 ? 0 : r];
}
function creditCode(region, slug) {
  const h = hash(region, slug);
  const s17 = `11${region}${h % 3 ? "00" : "MB"}${String(h % 9999991).padStart(7, "0")}`;
  return s17 + creditCheckChar(s17);
}

const TYPE_CODE = {
  "administrative-license": "01",
  "administrative-payment": "05",
  "administrative-confirmation": "07",
  "other-administrative-power": "10",
  "public-service": "20",
  "administrative-filing": "13",
};
const LEVEL_DIGIT = { province: 2, city: 3, county: 4 };
// [region code, name used in department names, centre name, area code, street]
const REGIONS = [
  ["510900", "遂宁市", "遂宁市", "0825", "四川省遂宁市船山区五彩缤纷北路166号"],
  ["510903", "遂宁市船山区", "船山区", "0825", "四川省遂宁市船山区南津路211号"],
  ["510904", "遂宁市安居区", "安居区", "0825", "四川省遂宁市安居区柔刚街道滨江大道88号"],
  ["510921", "蓬溪县", "蓬溪县", "0825", "四川省遂宁市蓬溪县赤城镇上河街158号"],
  ["510923", "大英县", "大英县", "0825", "四川省遂宁市大英县蓬莱镇郪江大道中段69号"],
  ["510981", "射洪市", "射洪市", "0825", "四川省遂宁市射洪市太和街道美丰南路296号"],
  ["510107", "成都市武侯区", "武侯区", "028", "四川省成都市武侯区科华北路62号"],
  ["510500", "泸州市", "泸州市", "0830", "四川省泸州市江阳区酒城大道三段18号"],
  ["510603", "德阳市旌阳区", "旌阳区", "0838", "四川省德阳市旌阳区岷江西路二段52号"],
  ["510700", "绵阳市", "绵阳市", "0816", "四川省绵阳市涪城区九洲大道236号"],
  ["510703", "绵阳市涪城区", "涪城区", "0816", "四川省绵阳市涪城区临园路东段80号"],
  ["511011", "内江市东兴区", "东兴区", "0832", "四川省内江市东兴区汉渝大道1066号"],
  ["511102", "乐山市市中区", "市中区", "0833", "四川省乐山市市中区嘉州大道188号"],
  ["511302", "南充市顺庆区", "顺庆区", "0817", "四川省南充市顺庆区滨江中路一段97号"],
  ["511502", "宜宾市翠屏区", "翠屏区", "0831", "四川省宜宾市翠屏区长江大道东段66号"],
];
const HOURS = [
  "周一至周五 9:00-12:00，13:30-17:30（法定节假日除外）",
  "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）",
  "周一至周五 上午9:00-12:00，下午14:00-17:30；周六上午9:00-12:00延时服务（法定节假日除外）",
];
const WEB = ["pc", "mobile", "window", "kiosk", "wechat"];

// Items. Materials: '@' e-license, '~' optional, '%' from an intermediary, '!' paper original signed on site.
// legal: working days, 'n<d>' natural days, or null. opts: imm (immediate), onsite (reason for one run), fee.
const L = (law, article, text) => ({ law, article, text });
const RE_FEE = {
  basis: "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）",
  items: [
    ["住宅类不动产登记费", "每件80元（含第一本不动产权属证书工本费）"],
    ["非住宅类不动产登记费", "每件550元（含第一本不动产权属证书工本费）"],
  ],
};
const ID_FEE = {
  basis: "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）",
  items: [["居民身份证工本费（换领）", "每证20元"]],
};
const T = {
  food: [
    "17600",
    "administrative-license",
    "食品经营许可（新办）",
    "LO",
    [L("中华人民共和国食品安全法", "第三十五条", "国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。……")],
    20,
    ["食品经营许可申请书", "@营业执照", "@法定代表人（负责人）居民身份证", "食品安全管理制度文本", "主要设备设施布局和操作流程图", "~授权委托书"],
  ],
  place: [
    "19100",
    "administrative-license",
    "公共场所卫生许可",
    "LO",
    [
      L("公共场所卫生管理条例", "第八条", "除公园、体育场（馆）、公共交通工具外的公共场所，经营单位应当及时向卫生行政部门申请办理“卫生许可证”。……"),
      L(
        "公共场所卫生管理条例实施细则",
        "第二十二条",
        "国家对公共场所实行卫生许可证管理。公共场所经营者应当按照规定向县级以上地方人民政府卫生计生行政部门申请卫生许可证。未取得卫生许可证的，不得营业。……",
      ),
    ],
    20,
    [
      "公共场所卫生许可申请表",
      "@营业执照",
      "@法定代表人（负责人）居民身份证",
      "%公共场所卫生检测或者评价报告",
      "公共场所卫生管理制度文本",
      "公共场所平面布局图",
    ],
  ],
  pharmacy: [
    "17300",
    "administrative-license",
    "药品零售企业经营许可",
    "LO",
    [L("中华人民共和国药品管理法", "第五十一条", "……从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证。……")],
    20,
    [
      "药品经营许可证申请表",
      "@营业执照",
      "@法定代表人（负责人）居民身份证",
      "执业药师注册证",
      "质量负责人学历和执业资格材料",
      "经营场所和仓库平面布置图",
      "药品质量管理文件目录",
    ],
  ],
  individual: [
    "01500",
    "administrative-confirmation",
    "个体工商户设立登记",
    "N",
    [
      L("中华人民共和国民法典", "第五十四条", "自然人从事工商业经营，经依法登记，为个体工商户。个体工商户可以起字号。"),
      L(
        "中华人民共和国市场主体登记管理条例",
        "第三条",
        "市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。法律、行政法规规定无需办理登记的除外。……",
      ),
    ],
    3,
    ["个体工商户登记（备案）申请书", "@经营者居民身份证", "经营场所使用承诺书", "~授权委托书"],
    { imm: 1 },
  ],
  equip: [
    "17800",
    "administrative-license",
    "特种设备使用登记",
    "LO",
    [
      L(
        "中华人民共和国特种设备安全法",
        "第三十三条",
        "特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负有特种设备安全监督管理职责的部门办理使用登记，取得使用登记证书。……",
      ),
    ],
    15,
    ["特种设备使用登记表", "@营业执照", "@经办人居民身份证", "特种设备产品合格证", "%特种设备监督检验报告"],
  ],
  foodProd: [
    "17500",
    "administrative-license",
    "食品生产许可（新办）",
    "LO",
    [L("中华人民共和国食品安全法", "第三十五条"), L("食品生产许可管理办法", "第二条", "在中华人民共和国境内，从事食品生产活动，应当依法取得食品生产许可。……")],
    10,
    [
      "食品生产许可申请书",
      "@营业执照",
      "@法定代表人（负责人）居民身份证",
      "食品生产工艺流程图",
      "食品生产加工场所及其周围环境平面图",
      "食品生产主要设备、设施清单",
      "食品安全管理制度文本",
    ],
  ],
  group: [
    "01600",
    "administrative-license",
    "社会团体成立登记",
    "O",
    [
      L("社会团体登记管理条例", "第九条", "申请成立社会团体，应当经其业务主管单位审查同意，由发起人向登记管理机关申请登记。……"),
      L("社会团体登记管理条例", "第十二条"),
    ],
    30,
    ["社会团体成立登记申请书", "业务主管单位批准文件", "社会团体章程草案", "%验资报告", "住所使用权文件", "@拟任负责人居民身份证"],
  ],
  elderlyFiling: [
    "00200",
    "administrative-filing",
    "养老机构备案",
    "LO",
    [
      L("中华人民共和国老年人权益保障法", "第四十三条", "……养老机构登记后即可开展服务活动，并向县级以上人民政府民政部门备案。"),
      L("养老机构管理办法", "第九条"),
    ],
    null,
    ["养老机构备案书", "养老机构服务安全承诺书", "养老机构服务设施平面图", "@法定代表人（负责人）居民身份证", "@营业执照或者事业单位法人证书"],
    { imm: 1, local: 1 },
  ],
  oldAge: [
    "00800",
    "administrative-payment",
    "80周岁以上老年人高龄津贴发放",
    "N",
    [L("中华人民共和国老年人权益保障法", "第三十三条", "……国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。……")],
    null,
    ["高龄津贴申请表", "@申请人居民身份证", "@申请人社会保障卡", "~@代办人居民身份证"],
    { local: 1 },
  ],
  minLiving: [
    "02300",
    "administrative-payment",
    "最低生活保障审核确认",
    "N",
    [L("社会救助暂行办法", "第十一条", "申请最低生活保障，按照下列程序办理：……")],
    30,
    ["最低生活保障申请书", "@申请人居民身份证", "@申请人居民户口簿", "家庭经济状况核对授权书"],
  ],
  unemployment: [
    "04100",
    "administrative-payment",
    "失业保险金申领",
    "N",
    [
      L("中华人民共和国社会保险法", "第四十五条", "失业人员符合下列条件的，从失业保险基金中领取失业保险金：……"),
      L(
        "失业保险条例",
        "第十四条",
        "具备下列条件的失业人员，可以领取失业保险金：（一）按照规定参加失业保险，所在单位和本人已按照规定履行缴费义务满1年的；（二）非因本人意愿中断就业的；（三）已办理失业登记，并有求职要求的。……",
      ),
    ],
    null,
    ["失业保险金申领登记表", "@申领人社会保障卡"],
  ],
  hrService: [
    "12300",
    "administrative-license",
    "人力资源服务许可",
    "L",
    [
      L(
        "人力资源市场暂行条例",
        "第十八条",
        "经营性人力资源服务机构从事职业中介活动的，应当依法向人力资源社会保障行政部门申请行政许可，取得人力资源服务许可证。……",
      ),
    ],
    20,
    ["人力资源服务许可申请表", "@营业执照", "专职工作人员名单及学历材料", "经营场所使用承诺书", "工作规则和管理制度文本"],
  ],
  pension: [
    "13100",
    "public-service",
    "城乡居民基本养老保险参保登记",
    "N",
    [
      L("中华人民共和国社会保险法", "第二十条", "国家建立和完善新型农村社会养老保险制度。……"),
      L("中华人民共和国社会保险法", "第二十二条", "国家建立和完善城镇居民社会养老保险制度。……"),
    ],
    null,
    [],
    { imm: 1 },
  ],
  empCard: ["12500", "public-service", "就业创业证申领", "N", [L("就业服务与就业管理规定", "第六十三条")], null, [], { imm: 1 }],
  dispatch: [
    "12200",
    "administrative-license",
    "劳务派遣经营许可",
    "L",
    [
      L("中华人民共和国劳动合同法", "第五十七条", "经营劳务派遣业务，应当向劳动行政部门依法申请行政许可；经许可的，依法办理相应的公司登记。……"),
      L(
        "劳务派遣行政许可实施办法",
        "第六条",
        "经营劳务派遣业务，应当向所在地有许可管理权限的人力资源社会保障行政部门申请行政许可。未经许可，任何单位和个人不得经营劳务派遣业务。",
      ),
    ],
    20,
    ["劳务派遣经营许可申请书", "@营业执照", "%公司章程和验资机构出具的验资报告", "劳务派遣管理制度文本", "经营场所使用承诺书"],
  ],
  idCard: [
    "16800",
    "other-administrative-power",
    "居民身份证换领",
    "N",
    [L("中华人民共和国居民身份证法", "第十一条", "国家决定换发新一代居民身份证、居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，应当换领新证；……")],
    "n60",
    ["@居民户口簿"],
    { onsite: "需本人到场采集人像和指纹信息", fee: ID_FEE },
  ],
  birth: [
    "03200",
    "administrative-confirmation",
    "出生登记",
    "N",
    [L("中华人民共和国户口登记条例", "第七条", "婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。……")],
    null,
    ["@出生医学证明", "@父亲或者母亲的居民户口簿", "@父母双方居民身份证", "~@父母结婚证"],
    { imm: 1 },
  ],
  hotel: [
    "16400",
    "administrative-license",
    "旅馆业特种行业许可证核发",
    "LO",
    [
      L(
        "旅馆业治安管理办法",
        "第四条",
        "申请开办旅馆，应经主管部门审查批准，经当地公安机关签发特种行业许可证后，向工商行政管理部门申请登记，领取营业执照后，方准开业。……",
      ),
    ],
    20,
    ["旅馆业特种行业许可证申请登记表", "@营业执照", "@法定代表人居民身份证", "旅馆平面图", "旅馆治安保卫制度文本"],
  ],
  medInst: [
    "19300",
    "administrative-license",
    "医疗机构执业登记",
    "LON",
    [L("医疗机构管理条例", "第十五条", "医疗机构执业，必须进行登记，领取《医疗机构执业许可证》。")],
    45,
    [
      "医疗机构执业登记申请书",
      "医疗机构用房产权或者租赁合同",
      "医疗机构规章制度",
      "主要负责人及科室负责人名录和执业证书",
      "@法定代表人（负责人）居民身份证",
      "@营业执照或者事业单位法人证书",
    ],
  ],
  physician: [
    "19500",
    "administrative-license",
    "医师执业注册",
    "N",
    [L("中华人民共和国医师法", "第十三条", "国家实行医师执业注册制度。……卫生健康主管部门应当自受理申请之日起二十个工作日内准予注册，……")],
    20,
    ["医师执业注册申请审核表", "@申请人居民身份证", "@医师资格证书", "%申请人健康体检报告", "拟执业机构的聘用合同"],
  ],
  nurse: [
    "19600",
    "administrative-license",
    "护士执业注册",
    "N",
    [L("护士条例", "第八条", "申请护士执业注册的，应当向批准设立拟执业医疗机构或者为该医疗机构备案的卫生主管部门提出申请。……")],
    20,
    ["护士执业注册申请审核表", "@申请人居民身份证", "@护士资格证书", "%申请人健康体检报告", "拟执业医疗卫生机构出具的拟聘用意见"],
  ],
  realEstate: [
    "21300",
    "administrative-confirmation",
    "国有建设用地使用权及房屋所有权转移登记",
    "NL",
    [
      L("中华人民共和国民法典", "第二百零九条", "不动产物权的设立、变更、转让和消灭，经依法登记，发生效力；未经登记，不发生效力，但是法律另有规定的除外。……"),
      L("不动产登记暂行条例", "第十四条", "因买卖、设定抵押权等申请不动产登记的，应当由当事人双方共同申请。……"),
    ],
    30,
    ["不动产登记申请书", "@买卖双方居民身份证", "@不动产权证书", "不动产买卖合同（网签备案）", "契税完税凭证", "!不动产登记询问笔录"],
    { onsite: "买卖双方须到场核验身份并当面签署询问笔录", fee: RE_FEE },
  ],
  planning: [
    "13400",
    "administrative-license",
    "建设工程规划许可证核发",
    "LO",
    [
      L(
        "中华人民共和国城乡规划法",
        "第四十条",
        "在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门……申请办理建设工程规划许可证。",
      ),
    ],
    20,
    ["建设工程规划许可申请表", "@营业执照", "@不动产权证书", "建设项目批准、核准或者备案文件", "建设工程设计方案", "建设工程设计方案电子报批文件"],
  ],
  rural: [
    "13500",
    "administrative-license",
    "乡村建设规划许可证核发",
    "NLO",
    [
      L(
        "中华人民共和国城乡规划法",
        "第四十一条",
        "在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设的，建设单位或者个人应当向乡、镇人民政府提出申请，……",
      ),
    ],
    20,
    ["乡村建设规划许可申请表", "@申请人居民身份证", "农村宅基地和建房（规划许可）申请表", "建房设计图或者通用图"],
  ],
  construction: [
    "18400",
    "administrative-license",
    "建筑工程施工许可证核发",
    "LO",
    [
      L("中华人民共和国建筑法", "第七条", "建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；……"),
      L(
        "建筑工程施工许可管理办法",
        "第二条",
        "……建设单位在开工前应当依照本办法的规定，向工程所在地的县级以上地方人民政府住房城乡建设主管部门申请领取施工许可证。……",
      ),
    ],
    7,
    ["建筑工程施工许可证申请表", "@营业执照", "@建设工程规划许可证", "施工总承包合同", "建设资金已经落实承诺书"],
  ],
  completion: [
    "00900",
    "administrative-filing",
    "房屋建筑和市政基础设施工程竣工验收备案",
    "LO",
    [
      L(
        "建设工程质量管理条例",
        "第四十九条",
        "建设单位应当自建设工程竣工验收合格之日起15日内，将建设工程竣工验收报告和规划、公安消防、环保等部门出具的认可文件或者准许使用文件报建设行政主管部门或者其他有关部门备案。……",
      ),
    ],
    null,
    ["工程竣工验收备案表", "@营业执照", "工程竣工验收报告", "施工单位签署的工程质量保修书", "~住宅质量保证书和住宅使用说明书"],
    { imm: 1, local: 1 },
  ],
  presale: [
    "18700",
    "administrative-license",
    "商品房预售许可",
    "L",
    [
      L("中华人民共和国城市房地产管理法", "第四十五条", "商品房预售，应当符合下列条件：……"),
      L("城市商品房预售管理办法", "第六条", "商品房预售实行许可制度。开发企业进行商品房预售，应当向房地产管理部门申请预售许可，取得《商品房预售许可证》。……"),
    ],
    10,
    ["商品房预售许可申请表", "@营业执照", "房地产开发企业资质证书", "@建设工程规划许可证", "商品房预售方案", "工程施工进度说明"],
  ],
  freight: [
    "20400",
    "administrative-license",
    "道路货物运输经营许可",
    "LN",
    [
      L("中华人民共和国道路运输条例", "第二十四条", "申请从事货运经营的，应当依法向市场监督管理部门办理有关登记手续后，按照下列规定提出申请……"),
      L("道路货物运输及站场管理规定", "第六条"),
    ],
    20,
    [
      "道路货物运输经营申请表",
      "@负责人居民身份证",
      "@机动车行驶证",
      "@拟聘用驾驶员的机动车驾驶证",
      "@拟聘用驾驶员的道路运输从业资格证",
      "安全生产管理制度文本",
    ],
  ],
  overLimit: [
    "20100",
    "administrative-license",
    "超限运输车辆行驶公路许可",
    "LN",
    [
      L(
        "中华人民共和国公路法",
        "第五十条",
        "超过公路、公路桥梁、公路隧道或者汽车渡船的限载、限高、限宽、限长标准的车辆，不得在有限定标准的公路、公路桥梁上或者公路隧道内行驶，……",
      ),
      L(
        "公路安全保护条例",
        "第三十五条",
        "车辆载运不可解体物品，车货总体的外廓尺寸或者总质量超过公路、公路桥梁、公路隧道的限定标准，确需在公路、公路桥梁、公路隧道行驶的，从事运输的单位和个人应当向公路管理机构申请公路超限运输许可。",
      ),
    ],
    5,
    ["公路超限运输申请表", "@机动车行驶证", "@车辆驾驶人机动车驾驶证", "货物轮廓尺寸和车货总体外廓尺寸示意图"],
  ],
  taxi: [
    "20600",
    "other-administrative-power",
    "出租汽车驾驶员从业资格注册",
    "N",
    [L("出租汽车驾驶员从业资格管理规定", "第二十一条")],
    null,
    ["出租汽车驾驶员从业资格注册申请表", "@道路运输从业资格证", "与出租汽车经营者签订的劳动合同或者经营合同"],
    { imm: 1 },
  ],
};
// department slug -> [name suffix at city level, at county level, window area, items]
const DEPTS = {
  xzspj: ["行政审批局", "行政审批局", "市场准入", ["food", "place", "pharmacy"]],
  scjg: ["市场监督管理局", "市场监督管理局", "市场主体登记", ["individual", "equip", "foodProd"]],
  mzj: ["民政局", "民政局", "社会事务", ["group", "elderlyFiling", "oldAge", "minLiving"]],
  rsj: ["人力资源和社会保障局", "人力资源和社会保障局", "人社综合", ["unemployment", "hrService", "pension", "empCard", "dispatch"]],
  gaj: ["公安局", "公安局", "公安户政", ["idCard", "birth", "hotel"]],
  wjj: ["卫生健康委员会", "卫生健康局", "卫生健康", ["medInst", "physician", "nurse"]],
  zrzyj: ["自然资源和规划局", "自然资源和规划局", "不动产登记", ["realEstate", "planning", "rural"]],
  zjj: ["住房和城乡建设局", "住房和城乡建设局", "工程建设项目", ["construction", "completion", "presale"]],
  jtj: ["交通运输局", "交通运输局", "交通运输", ["freight", "overLimit", "taxi"]],
};
const VARIANTS = ["变更", "延续", "注销", "补证", "迁移", "换证"];
const REPEALED = [
  ["中华人民共和国合同法", "第四十四条"],
  ["中华人民共和国物权法", "第九条"],
  ["中华人民共和国婚姻法", "第八条"],
  ["个体工商户条例", "第八条"],
  ["中华人民共和国民法通则", "第二十六条"],
];
const RULES = [
  "name-format",
  "legal-basis-repealed",
  "legal-basis-citation",
  "time-limit-exceeds-legal",
  "time-limit-note",
  "materials-vague",
  "materials-duplicate",
  "materials-cancelled-proof",
  "materials-e-license",
  "runs-target",
  "runs-reason",
  "fee-basis",
  "address-specific",
  "phone-format",
  "code-format",
];

const plain = (s, flow) =>
  typeof s !== "string" ||
  !(/^[\s\-?:,[\]{}#&*!|>'"%@`~]|\s$|: |\s#|^(true|false|null|y|n|yes|no|on|off)$|^[-+]?[\d._]+([eE][-+]?\d+)?$/i.test(s) || (flow && /[,[\]{}]/.test(s)));
const sc = (v, flow = false) => (v === null ? "null" : plain(v, flow) ? String(v) : JSON.stringify(v));
const flow = (o) =>
  `{ ${Object.entries(o)
    .map(([k, v]) => `${k}: ${sc(v, true)}`)
    .join(", ")} }`;
const unit = (u) => (u === "natural-day" ? "自然日" : "工作日");
const limit = (value, u, note) => ({ value, unit: u, note: note ?? (value === 0 ? "即时办结" : `受理之日起${value}个${unit(u)}`) });

function buildItem(n, combo, round, seed) {
  const rnd = mulberry32(hash(seed, n));
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const [[rc, rname, centre, area, street], slug, key] = combo;
  const [main, type, baseName, subj, laws, legalDays, mats, opt = {}] = T[key];
  const level = rc.endsWith("00") ? "city" : "county";
  const dept = DEPTS[slug];
  let name = baseName,
    sub = "000";
  if (round > 0) {
    const v = VARIANTS[(round - 1) % VARIANTS.length];
    name = `${baseName.replace(/（.*）$/, "").replace(/(设立|成立)登记$/, "登记")}（${v}${round > VARIANTS.length ? Math.ceil(round / VARIANTS.length) : ""}）`;
    sub = String(round).padStart(3, "0");
  }
  const legal = legalDays === null ? null : String(legalDays).startsWith("n") ? limit(+legalDays.slice(1), "natural-day") : limit(legalDays, "working-day");
  const imm = opt.imm || (legal === null && rnd() < 0.4) || (legal !== null && rnd() < 0.12);
  const promised = imm
    ? limit(0, "working-day")
    : legal
      ? limit(Math.max(1, Math.floor(legal.value * (0.05 + 0.3 * rnd()))), legal.unit)
      : limit(1 + Math.floor(rnd() * 10), "working-day");
  const runs = opt.onsite ? 1 : rnd() < 0.1 ? 1 : 0;
  const win = 1 + Math.floor(rnd() * 40);
  return {
    n,
    rc,
    slug,
    level,
    sub,
    main,
    type,
    name,
    local: opt.local,
    subjects: [...subj].map((c) => ({ N: "natural-person", L: "legal-person", O: "other-organization" })[c]),
    department: `${rname}${level === "city" ? dept[0] : dept[1]}`,
    credit: creditCode(rc, slug),
    legalBasis: laws.map((l) => ({ ...l })),
    legal,
    promised,
    processing: imm ? "immediate" : "commitment",
    runs,
    onSiteReason: runs ? (opt.onsite ?? "需现场核验申请材料原件") : undefined,
    onlineDepth: runs ? 2 + Math.floor(rnd() * 2) : 3 + Math.floor(rnd() * 2),
    materials: (mats.length && !mats.includes("~授权委托书") ? [...mats, "~授权委托书"] : mats).map((s) => {
      const e = s.includes("@"),
        nm = s.replace(/[@~%!]/g, "");
      return {
        name: nm,
        form: "original",
        media: s.includes("!") ? "paper" : e ? pick(["electronic", "paper-or-electronic"]) : "paper-or-electronic",
        copies: 1,
        necessity: s.includes("~") ? "optional" : "required",
        source: e ? "government" : s.includes("%") ? "intermediary" : "applicant",
        eLicense: e,
      };
    }),
    address: [
      { place: `${centre}政务服务中心${1 + (win % 4)}楼${dept[2]}区${win}号窗口`, street, hours: pick(HOURS) },
      ...(rnd() < 0.85
        ? [{ place: `${centre}政务服务中心一楼24小时自助服务区（自助终端${1 + (win % 6)}号机）`, street, hours: "全天24小时（自助终端办理、打印）" }]
        : []),
      ...(level === "county" && rnd() < 0.5 ? [{ place: `${centre}各乡镇（街道）便民服务中心综合受理窗口（代收代办）`, hours: pick(HOURS) }] : []),
    ],
    phone: `${area}-${area === "028" ? "8" : ""}${String(2000000 + (hash(rc, slug) % 7999999)).padStart(7, "0")}`,
    complaintPhone: rnd() < 0.6 ? "12345" : undefined,
    fee: opt.fee ? { charged: true, basis: opt.fee.basis, items: opt.fee.items.map(([nm, standard]) => ({ name: nm, standard })) } : { charged: false },
    publishedOn: rnd() < 0.7 ? WEB.filter((_, i) => i < 3 || rnd() < 0.4) : undefined,
    volume: rnd() < 0.6 ? Math.floor(5 + rnd() * rnd() * 5000) : undefined,
  };
}

// Seed one defect; returns [rule, mark] pairs: mark names the emitted node whose line is expected.
function seedDefect(it, rnd) {
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const rule = pick(RULES.filter((r) => r !== "time-limit-exceeds-legal" || it.legal));
  const uniqueBase = () => {
    it.main = `9${String(it.n % 10000).padStart(4, "0")}`;
    it.sub = String(Math.floor(it.n / 10000)).padStart(3, "0");
    it.local = true;
  };
  const addMat = (name, extra = {}) => {
    it.materials.push({ name, form: "original", media: "paper-or-electronic", copies: 1, necessity: "required", source: "other", eLicense: false, ...extra });
    return `m${it.materials.length - 1}`;
  };
  switch (rule) {
    case "name-format":
      it.name = pick([it.name.includes("（") ? it.name.replace("（", "(") : `${it.name}；`, `${it.name}。`, ` ${it.name}`, it.name.replace(/^(..)/, "$1  ")]);
      return [[rule, "name"]];
    case "legal-basis-repealed": {
      const [law, article] = pick(REPEALED);
      it.legalBasis[0] = { law, article };
      uniqueBase();
      return [[rule, "law0"]];
    }
    case "legal-basis-citation":
      it.legalBasis[0] = { law: pick(["相关法律法规", "国家和省有关规定", "有关法律、法规和规章"]), article: pick(["有关规定", "相关条款"]), flow: true };
      uniqueBase();
      return [[rule, "law0"]];
    case "time-limit-exceeds-legal":
      it.processing = "commitment";
      it.promised = limit(it.legal.value + 1 + Math.floor(rnd() * 10), it.legal.unit);
      return [[rule, "promised"]];
    case "time-limit-note": {
      const p = it.promised;
      p.note = `受理之日起${p.value + 2 + Math.floor(rnd() * 8)}个${unit(p.unit)}`;
      return [[rule, "promised"]];
    }
    case "materials-vague":
      return [[rule, addMat(pick(["其他相关材料", "要求的其他材料", "其他材料"]))]];
    case "materials-duplicate": {
      if (!it.materials.length) addMat("申请表", { source: "applicant" });
      return [[rule, addMat(it.materials[0].name, { ...it.materials[0] })]];
    }
    case "materials-cancelled-proof":
      return [[rule, addMat(pick(["亲属关系证明", "居住证明"]))]];
    case "materials-e-license": {
      const names = ["营业执照", "居民身份证", "居民户口簿", "不动产权证书"];
      let i = it.materials.findIndex((m) => names.includes(m.name));
      if (i < 0) {
        addMat(
          names.find((x) => !it.materials.some((m) => m.name === x)),
          { source: "government", eLicense: true },
        );
        i = it.materials.length - 1;
      }
      Object.assign(it.materials[i], { form: "copy", media: "paper" });
      return [[rule, `m${i}.media`]];
    }
    case "runs-target":
      it.runs = 2;
      it.onSiteReason ??= "需现场核验申请材料原件";
      it.onlineDepth = Math.min(it.onlineDepth, 3);
      return [[rule, "runs"]];
    case "runs-reason":
      it.runs = 1;
      it.onSiteReason = undefined;
      it.onlineDepth = Math.min(it.onlineDepth, 3);
      return [[rule, "runs"]];
    case "fee-basis":
      it.fee = { charged: true, items: [{ name: "证照工本费", standard: "每本10元" }], flow: true };
      return [[rule, "fee"]];
    case "address-specific":
      it.address[0] = { place: it.address[0].place.replace(/政务服务中心.*$/, "政务服务中心"), hours: it.address[0].hours };
      return [[rule, "place0"]];
    case "phone-format":
      it.phone = pick([it.phone.replace(/[0-9-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), it.phone.split("-")[1], it.phone.replace("-", "—")]);
      return [[rule, "phone"]];
    case "code-format": {
      const c = it.credit[17],
        i = CS.indexOf(c);
      it.credit = it.credit.slice(0, 17) + CS[(i + 1 + Math.floor(rnd() * 29)) % 31];
      return [[rule, "code"]];
    }
  }
}

function emit(it, marks) {
  const out = ["# yaml-language-server: $schema=../../../schemas/service-guide.schema.json"];
  const lines = {};
  const push = (text, mark) => {
    out.push(text);
    if (mark) lines[mark] = out.length;
  };
  const baseCode = `${it.local ? "51" : "00"}${TYPE_CODE[it.type]}${it.main}${it.sub}`;
  push(`code: "${it.credit}${LEVEL_DIGIT[it.level]}${baseCode}"`, "code");
  push(`baseCode: "${baseCode}"`);
  push(`name: ${sc(it.name)}`, "name");
  push(`type: ${it.type}`);
  push(`level: ${it.level}`);
  push(`region: "${it.rc}"`);
  push(`department: ${it.department}`);
  push(`subjects: [${it.subjects.join(", ")}]`);
  push("legalBasis:");
  it.legalBasis.forEach((b, i) => {
    if (b.flow) {
      push(`  - { law: ${sc(b.law, true)}, article: ${sc(b.article, true)} }`, `law${i}`);
      return;
    }
    push(`  - law: ${sc(b.law)}`, `law${i}`);
    push(`    article: ${sc(b.article)}`);
    if (b.text) push(`    text: ${sc(b.text)}`);
  });
  push("timeLimit:");
  push(`  legal: ${it.legal ? flow(it.legal) : "null"}`, "legal");
  push(`  promised: ${flow(it.promised)}`, "promised");
  push(`processing: ${it.processing}`);
  push(`runs: ${it.runs}`, "runs");
  if (it.onSiteReason) push(`onSiteReason: ${sc(it.onSiteReason)}`);
  push(`onlineDepth: ${it.onlineDepth}`);
  if (!it.materials.length) push("materials: []");
  else push("materials:");
  it.materials.forEach((m, i) => {
    push(`  - name: ${sc(m.name)}`, `m${i}`);
    for (const k of ["form", "media", "copies", "necessity", "source", "eLicense"]) push(`    ${k}: ${m[k]}`, `m${i}.${k}`);
  });
  push("address:");
  it.address.forEach((a, i) => {
    push(`  - place: ${sc(a.place)}`, `place${i}`);
    if (a.street) push(`    street: ${sc(a.street)}`);
    push(`    hours: ${sc(a.hours)}`);
  });
  push(`phone: ${sc(it.phone)}`, "phone");
  if (it.complaintPhone) push(`complaintPhone: "${it.complaintPhone}"`);
  if (!it.fee.charged) push("fee: { charged: false }");
  else if (it.fee.flow) push(`fee: { charged: true, items: [${it.fee.items.map(flow).join(", ")}] }`, "fee");
  else {
    push("fee:", "fee");
    push("  charged: true");
    push(`  basis: ${sc(it.fee.basis)}`);
    push("  items:");
    for (const f of it.fee.items) {
      push(`    - name: ${sc(f.name)}`);
      push(`      standard: ${sc(f.standard)}`);
    }
  }
  if (it.publishedOn) push(`publishedOn: [${it.publishedOn.join(", ")}]`);
  if (it.volume !== undefined) push(`volume: ${it.volume}`);
  return { text: `${out.join("\n")}\n`, expected: marks.map(([rule, mark]) => ({ rule, line: lines[mark] })) };
}

export function generateCatalog({ outDir, items, seed = 1, defectRate, clean = false }) {
  const writeManifest = defectRate !== undefined;
  defectRate ??= 0;
  if (!outDir) throw new Error("outDir is required");
  if (!Number.isInteger(items) || items < 0) throw new Error("items must be a non-negative integer");
  if (!(defectRate >= 0 && defectRate <= 1)) throw new Error("defectRate must be between 0 and 1");
  outDir = resolve(outDir);
  if (existsSync(outDir) && readdirSync(outDir).length) {
    if (!clean) throw new Error(`${outDir} is not empty (use --clean to empty it first)`);
    rmSync(outDir, { recursive: true, force: true });
  }
  const combos = [];
  for (const r of REGIONS) for (const [slug, d] of Object.entries(DEPTS)) for (const key of d[3]) combos.push([r, slug, key]);
  const rnd = mulberry32(hash(seed, "combos"));
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }
  const order = [...Array(items).keys()];
  const drnd = mulberry32(hash(seed, "defects"));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(drnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const defective = new Set(order.slice(0, Math.round(items * defectRate)));
  const expected = [],
    files = [];
  let bytes = 0;
  for (let n = 0; n < items; n++) {
    const it = buildItem(n, combos[n % combos.length], Math.floor(n / combos.length), seed);
    const marks = defective.has(n) ? seedDefect(it, mulberry32(hash(seed, "defect", n))) : [];
    const { text, expected: exp } = emit(it, marks);
    const file = `${it.rc}/${it.slug}/item-${n + 1}.yaml`;
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
    bytes += Buffer.byteLength(text);
    files.push(file);
    for (const e of exp) expected.push({ file, ...e });
  }
  if (writeManifest) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
  }
  return { outDir, files, expected, defective: defective.size, bytes };
}

function main(argv) {
  const usage = "usage: node scripts/generate-catalog.mjs <outDir> --items N [--seed S] [--defect-rate R] [--clean]";
  const opts = { seed: 1, clean: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i],
      v = () => {
        if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
        return argv[++i];
      };
    if (a === "--items") opts.items = Number(v());
    else if (a === "--seed") opts.seed = Number(v());
    else if (a === "--defect-rate") opts.defectRate = Number(v());
    else if (a === "--clean") opts.clean = true;
    else if (a === "-h" || a === "--help") {
      console.log(usage);
      return 0;
    } else if (!a.startsWith("-") && !opts.outDir) opts.outDir = a;
    else throw new Error(`unknown argument ${a}\n${usage}`);
  }
  if (!opts.outDir || opts.items === undefined) throw new Error(usage);
  if (!Number.isInteger(opts.seed)) throw new Error("--seed must be an integer");
  const t0 = performance.now();
  const r = generateCatalog(opts);
  const ms = Math.round(performance.now() - t0);
  console.log(
    `generate-catalog: ${r.files.length} items (${r.defective} with a seeded defect, ${r.expected.length} expected findings) in ${r.outDir}, ${(r.bytes / 1024).toFixed(0)} KiB, avg ${Math.round(r.bytes / Math.max(1, r.files.length))} B/item, seed ${opts.seed}, ${ms} ms`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`generate-catalog: ${e.message}`);
    process.exitCode = 2;
  }
}
