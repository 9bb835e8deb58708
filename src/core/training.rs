//! Training mode: for each step of the editor, what the part is for, how
//! officers usually write it, the usual mistakes, and a short example
//! written for the organisation type. Plans and summaries get their own
//! text where the part differs (开头概述 vs 指导思想, 主要成绩 vs 主要工作, …).
//!
//! All text is original to this tool; the tests check that no example
//! carries a template placeholder and that nothing repeats a phrase of the
//! seed documents in shared/fixtures.

use super::model::Kind;
use super::steps::Step;
use serde::Serialize;

#[derive(Serialize, Clone, Debug)]
pub struct Guidance {
    pub step: Step,
    /// What this part is for.
    pub purpose: &'static str,
    /// How officers usually write it.
    pub how: &'static str,
    /// Common mistakes (two to four).
    pub mistakes: Vec<&'static str>,
    /// Short example passages for the organisation type.
    pub examples: Vec<&'static str>,
}

/// The organisation types the example tables are ordered by (ORG_TYPES order).
const ORGS: [&str; 7] = [
    "school",
    "organ",
    "enterprise",
    "community",
    "medical",
    "institution",
    "other",
];

/// Index into the example tables; "" and unknown types use 其他.
fn org_index(org_type: &str) -> usize {
    ORGS.iter().position(|o| *o == org_type).unwrap_or(6)
}

/// Guidance for one step of a document of `kind` for an `org_type`
/// (`ORG_TYPES` id; unknown ids get the 其他 examples). Next year's part of a
/// 总结暨明年计划 is a plan: ask with `Kind::Plan`.
pub fn guidance(step: Step, kind: Kind, org_type: &str) -> Guidance {
    let summary = kind.is_summary();
    let org = org_index(org_type);
    let (purpose, how, mistakes) = general(step, summary);
    let mut mistakes = mistakes.to_vec();
    if step == Step::Main {
        mistakes.push(MAIN_ORG_MISTAKES[org]);
    }
    let table = examples(step, summary);
    Guidance {
        step,
        purpose,
        how,
        mistakes,
        examples: vec![table[org]],
    }
}

type General = (&'static str, &'static str, &'static [&'static str]);

fn general(step: Step, summary: bool) -> General {
    match (step, summary) {
        (Step::Basic, _) => (
            "基本信息决定材料的标题、年度和文种，也决定检查清单按哪一类单位提醒常规工作、活动安排按什么周期排月份。",
            "单位名称照公章写全称，一般以“工会”或“工会委员会”结尾；单位类型按实际选择；年度写这份计划要执行的年份，或这份总结所回顾的年份。标题按“单位＋年度＋文种”自动生成，较长时可以用回车分成两行。学校按学年安排工作的，可把计划周期选为从二月或九月开始。",
            &[
                "沿用去年的材料，标题里的年份忘了改。",
                "单位名称用简称或口头叫法，与公章、落款不一致。",
                "把总结的年度写成下一年，或把计划年度写成制定计划时的年份。",
            ],
        ),
        (Step::Guiding, false) => (
            "指导思想回答“依据什么、围绕什么、要达到什么效果”，为全年工作定调，是领导审阅时最先读的一段。",
            "一般写一到两段：第一段写指导依据和工作方向，即上级精神、本单位党组织和上级工会的部署、要围绕的中心任务；第二段概括全年工作的总体思路或主线。语言要概括凝练，不展开具体活动。",
            &[
                "大段照搬上级文件的表述，看不出本单位的特点。",
                "把具体活动写进指导思想，与后面的主要工作重复。",
                "提法陈旧，还在用多年前的会议名称和口号。",
            ],
        ),
        (Step::Guiding, true) => (
            "开头概述用一段话交代全年工作的总体情况和总体评价，引出后面的分项总结。",
            "先写在谁的领导下、围绕什么开展工作，再用一两句话概括成效，最后用“现将全年工作总结如下：”一类的过渡句转入正文。篇幅以一段为宜，具体数字留到正文里写。",
            &[
                "开头就罗列数字和活动，显得杂乱，抓不住总体情况。",
                "评价空泛，通篇都是“取得了显著成绩”，却看不出依据。",
                "漏了过渡句，开头和正文衔接生硬。",
            ],
        ),
        (Step::Goals, false) => (
            "工作目标把全年要达到的结果说清楚，便于年中检查进度、年底对照总结。",
            "分条写，每行一个目标，尽量可以衡量：写比例、次数、人数或完成时限。目标要和主要工作一一对应，抓住三到五项重点即可，不必面面俱到。",
            &[
                "目标写成口号，如“全面提升”“再上新台阶”，年底无从对照。",
                "目标定得过高或过多，超出单位的实际能力。",
                "目标与主要工作脱节，列了目标却没有相应的工作安排。",
            ],
        ),
        (Step::Goals, true) => (
            "总结一般不单列工作目标。年初计划列了目标的，可以在这里逐条说明完成情况，让读者一眼看出计划落实得怎样。",
            "可以留空。需要填写时，按年初的目标逐条对照，写明已完成、超额完成或未完成，未完成的简要说明原因；数字要与正文一致。",
            &[
                "把计划里的目标原样抄过来，没有写完成情况。",
                "这里的数字与正文中的数字对不上。",
                "只写完成的目标，回避没有完成的目标。",
            ],
        ),
        (Step::Main, false) => (
            "主要工作是计划的主体：分几个方面列出全年要做的事，每个方面说清楚做什么、怎么做、什么时候做。",
            "一般分四到六个方面，按工会职能或重要程度排列。每个方面用一句话作标题，概括这方面的工作；下面分（一）（二）展开，需要时再分1. 2. 小项。多写具体做法、时间和责任，少写空话。编号由本工具自动生成，不要手工输入。",
            &[
                "只有标题没有内容，或者内容只是把标题换个说法再说一遍。",
                "各方面之间交叉重叠，同一项工作在两处出现。",
                "手工输入“一、”“（一）”等序号，导出后编号重复。",
            ],
        ),
        (Step::Main, true) => (
            "主要成绩逐项写清这一年做了什么、效果怎样，是总结的主体，也是上级工会考核时重点看的部分。",
            "一般分四到五个方面，标题可以直接点明成效，如“民主管理规范有序”。每个方面先概括做法，再用人数、场次、金额等数据说明效果，最好与年初计划逐项对应。数据要准确，经得起核对。",
            &[
                "只写做了什么，不写效果，读起来像流水账。",
                "没有数据，或者同一个数据前后写得不一样。",
                "把计划里的措施改成过去时照抄，看不出实际完成情况。",
            ],
        ),
        (Step::Measures, false) => (
            "落实措施说明靠什么保证计划完成：组织领导、制度、经费和检查考核。",
            "写三到四段，每段讲一个方面：谁负责、怎样分工、经费怎样保障、什么时候检查。措施要与本单位实际相符，不写做不到的承诺。",
            &[
                "措施写成口号，如“加强领导、狠抓落实”，没有具体办法。",
                "把主要工作的内容换个说法再写一遍。",
                "只写组织领导，漏了经费保障和检查考核。",
            ],
        ),
        (Step::Measures, true) => (
            "总结一般不单列落实措施。想写工作中的经验体会时，可以写在这里，也可以作为主要成绩的最后一项。",
            "多数总结这一步可以留空。确需填写时，写今年行之有效的做法和体会，每段一条，用本单位的事实说明，不要写成明年的打算。",
            &[
                "把计划里的落实措施原样留在总结中。",
                "体会空泛，没有结合本单位的具体做法。",
            ],
        ),
        (Step::Schedule, false) => (
            "活动安排把全年工作落到月份上，让职工提前知道、工会按月推进、年底对照检查。",
            "按月份列出，每月两到四项活动，每项一句话写清做什么。节日活动放在当月，经费审查、会员核对等常规工作放在固定月份；活动少的月份可以合并，如“七、八月”。学校可以按学年从二月或九月排起。",
            &[
                "只写节日活动，没有把主要工作中的任务排进去。",
                "个别月份空着，或者把大部分活动都堆在年底。",
                "活动写得太笼统，如“开展文体活动”，看不出具体做什么。",
            ],
        ),
        (Step::Schedule, true) => (
            "总结一般不需要按月列出活动，这一步通常留空；写总结暨明年计划时，请在明年计划部分填写活动安排。",
            "如果单位要求附全年大事记，可以按月份列出已经开展的主要活动，每项写明时间、内容和参加人数。下面的示例是计划中活动安排的写法，供编写明年计划时参考。",
            &[
                "把年初计划的活动安排原样保留，没有删去未开展的活动。",
                "大事记只列活动名称，没有参加人数等实际情况。",
            ],
        ),
        (Step::Problems, false) => (
            "计划中的“需要注意的问题”是可选部分，用来提示执行中要把握的原则和容易出现的偏差。",
            "多数计划不写这一部分。确需写时，写两三条执行要求，如统筹安排活动时间、严格经费使用等，每条一段。",
            &[
                "把去年总结中的问题原样搬过来，没有转化为今年的要求。",
                "要求写得空泛，对执行没有指导作用。",
            ],
        ),
        (Step::Problems, true) => (
            "存在问题和不足是总结不可缺少的部分：实事求是地指出差距，也为制定下一年计划找准方向。",
            "一般写两到四条，用“一是”“二是”分条列出，每条写清问题的具体表现，必要时点明原因；最后可以用一两句话说明改进方向。问题要具体，不要只写“创新不够”四个字。",
            &[
                "只讲成绩不讲问题，或者问题写得轻描淡写。",
                "把问题都归结为经费少、人手紧等客观原因，回避自身不足。",
                "问题与下一年的改进方向对不上。",
            ],
        ),
        (Step::Signature, _) => (
            "落款写明发文单位和成文日期，是材料正式印发和归档的必备要素。",
            "署名单位写全称，与标题中的单位一致；成文日期写材料定稿的日期。计划一般在年度开始前后印发，总结一般在年底或次年年初完成。日期可以用阿拉伯数字，也可以用汉字书写，汉字日期中的零写作“〇”。",
            &[
                "落款单位与标题中的单位名称不一致。",
                "沿用旧稿忘了改日期，成文日期早于或远远晚于所写的年度。",
                "汉字日期中把零写成“0”或“零”。",
            ],
        ),
    }
}

/// The organisation type's own usual omission in the main part.
const MAIN_ORG_MISTAKES: [&str; 7] = [
    "学校工会漏写教代会、教师节和师德建设等学校特有的工作。",
    "机关工会只写文体活动，忽视了思想引领和机关作风建设。",
    "企业工会漏写劳动竞赛、技能比武和职工创新，与生产经营脱节。",
    "街道工会照搬单位工会的写法，没有体现建会入会、新就业形态劳动者服务和劳动纠纷调处。",
    "医院工会没有写护士节、医师节和医德医风建设，体现不出行业特点。",
    "事业单位工会没有结合本单位的公益服务职能，写成了哪里都能用的通稿。",
    "小单位工会照搬大单位的写法，列了许多实际做不到的活动。",
];

/// The example table of a step, one passage per organisation type (ORGS order).
fn examples(step: Step, summary: bool) -> &'static [&'static str; 7] {
    match (step, summary) {
        (Step::Basic, _) => &BASIC,
        (Step::Guiding, false) => &GUIDING_PLAN,
        (Step::Guiding, true) => &GUIDING_SUMMARY,
        (Step::Goals, false) => &GOALS_PLAN,
        (Step::Goals, true) => &GOALS_SUMMARY,
        (Step::Main, false) => &MAIN_PLAN,
        (Step::Main, true) => &MAIN_SUMMARY,
        (Step::Measures, false) => &MEASURES_PLAN,
        (Step::Measures, true) => &MEASURES_SUMMARY,
        (Step::Schedule, _) => &SCHEDULE,
        (Step::Problems, false) => &PROBLEMS_PLAN,
        (Step::Problems, true) => &PROBLEMS_SUMMARY,
        (Step::Signature, _) => &SIGNATURE,
    }
}

const BASIC: [&str; 7] = [
    "单位名称填“城南实验中学工会”，单位类型选“学校”。按学年安排工作的，计划周期选“学年（2月—次年1月）”，活动安排会从二月排到次年一月，七、八月合为一项。",
    "单位名称填“市自然资源局机关工会委员会”，单位类型选“机关”。机关工会一般按自然年安排工作，标题会生成为“市自然资源局机关工会委员会2026年工作计划”。",
    "单位名称照公章写全称，如“江海机械制造有限公司工会委员会”，不要简写成“江海工会”。单位类型选“企业”后，检查清单会提醒写劳动竞赛和技能比武。",
    "街道总工会填“东湖街道总工会”，社区工会联合会填“东湖街道青石社区工会联合会”，单位类型选“街道社区”。名称里已有“工会”二字的，标题不会重复添加。",
    "单位名称填“市第二人民医院工会”，单位类型选“医疗卫生”。选定后，检查清单会提醒写护士节、医师节和医德医风建设。",
    "单位名称填“市图书馆工会委员会”，单位类型选“事业单位”。写总结时文档类型选“工作总结”，年度填所回顾的年份，例如回顾2026年工作的总结就填2026。",
    "社会组织、律师事务所、中小民营单位等可以选“其他”。单位名称填“滨江社会工作服务中心工会”，年度按计划执行的年份填写。",
];

const SIGNATURE: [&str; 7] = [
    "署名单位：城南实验中学工会。成文日期：2026年1月20日；按学年制定的计划，也可以写开学前的二月中旬。",
    "署名单位写“市自然资源局机关工会委员会”，与标题一致。计划的成文日期一般在上一年十二月下旬或当年一月，如2025年12月26日。",
    "署名单位：江海机械制造有限公司工会委员会；成文日期：2026年1月8日。需要按老式公文书写时，可选汉字日期“二〇二六年一月八日”。",
    "署名单位：东湖街道总工会。年度总结的成文日期可写2026年12月28日，也可以在次年一月上旬定稿后写实际日期。",
    "署名单位：市第二人民医院工会；成文日期：2026年12月22日。不要署成医院办公室等行政部门的名称。",
    "署名单位：市图书馆工会委员会。成文日期写材料定稿的日期，如2026年1月12日，年份要与标题中的年度相符。",
    "署名单位：滨江社会工作服务中心工会；成文日期：二〇二六年一月六日。汉字日期中的零要写作“〇”。",
];

const GUIDING_PLAN: [&str; 7] = [
    "以习近平新时代中国特色社会主义思想为指导，在学校党支部和区教育工会的领导下，围绕建设优质特色学校的目标，履行好工会各项职能。全年以师德建设为引领、以教代会为平台、以关爱教职工为落脚点，团结带领全校教职工办好人民满意的教育。",
    "认真贯彻落实机关党委和上级工会的部署，坚持围绕中心、服务大局，把工会工作融入模范机关创建。全年突出思想引领和作风建设，做到凝聚人心有载体、服务干部有实效。",
    "紧紧围绕公司全年产值和安全生产目标，以劳动竞赛为抓手，以维护职工权益为基础，以建设职工之家为载体。引导广大职工在岗位上比技能、比贡献，推动企业和职工共同发展。",
    "坚持党建带工建，以推进小微企业建会和新就业形态劳动者入会为重点，织密街道、社区、企业三级工会网络。让辖区职工遇到困难时找得到工会、用得上工会。",
    "坚持以人民健康为中心、以医务职工为依靠，围绕医院等级评审和学科建设任务，发挥工会的桥梁纽带作用。全年以关爱医务人员为重点，营造尊医重卫的良好氛围。",
    "围绕单位公益服务的主责主业，坚持服务职工与服务群众相统一，把工会工作融入业务发展全过程。以建设职工之家为载体，不断增强职工的归属感和使命感。",
    "在上级工会指导和单位党组织支持下，坚持依法建会、民主管会、服务兴会。立足单位规模小、职工年轻的特点，把有限的经费和精力用在职工最关心的事情上。",
];

const GUIDING_SUMMARY: [&str; 7] = [
    "一年来，学校工会在学校党支部的领导下，紧紧围绕教育教学中心工作，做了大量扎实细致的工作，教职工的获得感和满意度进一步提升。现将全年工作总结如下：",
    "今年，机关工会按照机关党委的部署，坚持服务干部职工的工作主线，在思想引领、关爱服务和文体活动等方面取得了新进展。现将主要工作总结如下：",
    "今年，面对市场订单波动和生产任务加重的形势，公司工会团结带领广大职工攻坚克难，为完成全年经营目标作出了积极贡献。现将一年来的工作总结如下：",
    "一年来，街道总工会聚焦扩大覆盖和服务职工两项任务，推动工会组织向楼宇、园区和新业态延伸，工作成效得到区总工会的肯定。现将全年工作总结如下：",
    "今年，医院工会坚持以医务职工为中心，紧扣医院重点工作，在民主管理、技能竞赛和关爱职工等方面扎实推进，较好地完成了年初确定的任务。现将工作情况总结如下：",
    "一年来，单位工会围绕公益服务中心任务，团结带领职工立足岗位作贡献，各项工作稳步推进。现将全年工作情况总结如下：",
    "今年是单位工会成立后的第三年，在上级工会的指导下，工会组织运行日趋规范，服务职工的能力明显增强。现将一年来的工作总结如下：",
];

const GOALS_PLAN: [&str; 7] = [
    "教代会提案办复率达到百分之百。教职工年度体检参检率达到百分之九十五以上。全年开展教职工文体活动不少于八场。",
    "干部职工入会率保持百分之百。全年举办读书分享会不少于四场。力争创建上级模范职工之家。",
    "全年组织劳动竞赛项目不少于六项，培养技术能手二十名以上。一线职工工资正常增长机制有效运行。新员工入职一个月内完成入会。",
    "新建基层工会十二家，新发展会员六百名以上。户外劳动者服务站点全年正常开放。劳动争议调解成功率达到百分之九十。",
    "职代会提案办结率达到百分之百。护理、医技、临床三个系列都开展技能竞赛。一线医务人员疗休养覆盖率达到百分之六十。",
    "职代会按期召开，单位事务公开做到常态化。全年组织业务竞赛不少于三项。职工满意度测评达到百分之九十以上。",
    "职工入会率达到百分之九十五以上。与单位签订集体合同并监督履行。全年开展关爱活动不少于六次。",
];

const GOALS_SUMMARY: [&str; 7] = [
    "年初确定的四项目标全部完成：教代会提案21件全部办复，教职工体检参检率达到98%，全年开展文体活动12场，比计划多4场。",
    "年初提出的三项目标中，入会率和主题活动两项已经完成；创建上级模范职工之家已通过初审，将在下一年度继续推进。",
    "劳动竞赛项目计划六项，实际开展七项；培养技术能手计划二十名，实际评出二十四名，各项目标均超额完成。",
    "新建基层工会计划十二家，实际完成十四家；新发展会员计划六百名，实际完成七百二十八名。劳动争议调解成功率达到90.6%。",
    "年初确定的三项目标均已完成，其中技能竞赛由计划的四项增加到十一项，覆盖护理、临床、医技三个系列。",
    "职代会按期召开；业务竞赛开展两项，比计划少一项，原因是专业知识竞赛与上级比赛时间冲突，已并入上级比赛一并组织。",
    "入会率由年初的86%提高到96%，超过百分之九十五的目标；集体合同已经签订并认真履行，关爱活动全年开展八次。",
];

const MAIN_PLAN: [&str; 7] = [
    "深化民主管理，开好教代会。学期初召开教职工代表大会，审议学校工作报告和绩效工资分配方案。会前组织代表深入教研组征集提案，会后由工会跟踪督办，办理结果在校内公示。",
    "加强思想引领，建设书香机关。办好职工书屋，每季度推荐一批好书，举办读书分享会。结合机关作风建设开展“岗位练兵、服务争先”活动，提升窗口服务水平。",
    "围绕生产经营开展劳动竞赛。以产量、质量、安全为主要指标，在各车间开展月度竞赛，按月公布排名。下半年举办焊工、电工技能比武，优胜者授予公司技术能手称号。",
    "扩大工会组织覆盖。以商务楼宇和产业园区为重点，逐家摸排企业建会情况，采取联合建会、区域建会等方式推进组建。联合快递、外卖平台站点开展集中入会，推行扫码入会。",
    "弘扬职业精神，办好护士节和医师节。五月举办护士节表彰和护理技能展示，八月开展医师节庆祝活动。同时以病例讨论的形式组织青年医师临床思维竞赛。",
    "开展岗位建功活动。结合窗口服务特点，举办服务技能比赛和专业知识竞赛。征集职工“微创新”项目，对改进服务流程的成果给予表彰。",
    "规范工会组织运行。按期召开会员大会，选举产生工会委员会和经费审查委员会。建立委员会议、经费管理、帮扶救助等基本制度，做到有章可循。",
];

const MAIN_SUMMARY: [&str; 7] = [
    "关爱服务暖心到位。春节前走访慰问困难教职工6人、退休教师43人，发放慰问金3.2万元；组织126名教职工参加年度体检，为68名女教职工安排专项检查。",
    "文体活动丰富多彩。举办机关职工运动会，设项目9个，参赛干部职工312人次；6个兴趣小组全年活动58次，摄影作品在上级展览中获奖3件。",
    "劳动竞赛助力生产。全年开展竞赛项目7项，参赛职工2300余人次；征集合理化建议412条，采纳153条，创造经济效益约260万元。",
    "组织覆盖持续扩大。全年新建基层工会14家，新发展会员728名，其中新就业形态劳动者263名；9个户外劳动者服务站点全年服务2.1万人次。",
    "职业精神持续弘扬。护士节表彰优秀护士40名，医师节表彰优秀医师35名；开展技能竞赛11项，参赛职工960余人次，3人在上级竞赛中获奖。",
    "岗位建功成效明显。举办业务竞赛2项，参赛职工148人；征集微创新项目27项，其中预约服务流程优化使群众平均等候时间缩短了15分钟。",
    "组织建设更加规范。完成工会委员会换届，新发展会员38名，入会率由86%提高到96%；制定完善委员会议、经费管理等制度5项。",
];

const MEASURES_PLAN: [&str; 7] = [
    "工会委员会每月召开一次例会，委员按分工联系教研组和年级组。活动经费纳入年度预算，较大开支事先报学校党支部同意。",
    "机关工会委员会每季度研究一次工作，重要事项报机关党委同意后实施。各处室明确一名工会小组长，负责本小组的活动组织和信息报送。",
    "劳动竞赛奖励资金由公司行政列入年度预算，工会经费重点保障帮扶救助。每季度检查一次计划执行情况，年底向职代会报告全年工作。",
    "工作人员按片区联系基层工会，每家基层工会都有专人指导。建会入会、集体协商等任务纳入社区年度考核，每季度通报一次进度。",
    "活动安排避开门诊高峰和手术集中的时段，采取分批次、小规模的方式进行。技能竞赛成绩与科室质量考核和个人评优挂钩。",
    "重点活动逐项制定方案，明确责任人、时间节点和经费预算。加强与业务部门的沟通，争取在场地和时间上的支持。",
    "工会主席负总责，委员分工联系各部门。大额开支经委员会集体研究，年底由经费审查委员会审查后向会员公布。",
];

const MEASURES_SUMMARY: [&str; 7] = [
    "一年来的体会是：工会工作只有紧扣教育教学中心，才能得到学校党支部和行政的支持；只有把教职工的小事当大事办，才能赢得教职工的信任。",
    "我们的体会是：机关工会活动贵在常态，兴趣小组每月一次的固定活动，比一年一次的大型活动更能凝聚人心。",
    "实践证明，把竞赛指标分解到班组、按月讲评，比年底一次性评比更能调动职工的积极性。",
    "我们体会到，新就业形态劳动者入会的关键在于服务跟得上：站点有热水、能充电、有地方歇脚，劳动者才愿意走进工会。",
    "一年的实践表明，关心医务人员要从排班、休息这些具体问题入手，活动安排越贴近临床实际，参加的人就越多。",
    "我们的体会是：岗位建功要与业务工作同部署、同考核，职工才会把竞赛当作提升本领的机会，而不是额外负担。",
    "我们的体会是：小单位工会要量力而行，把有限的经费集中用在帮扶困难职工和职工最盼望的几件事上。",
];

const SCHEDULE: [&str; 7] = [
    "九月：召开新学期工会委员会议；庆祝教师节，表彰师德标兵，慰问退休教师；发放金秋助学金。七、八月合为一项，安排暑期疗休养和夏送清凉。",
    "十一月：开展工会经费审查；核对会员信息，规范会籍管理；组织工会干部业务培训。",
    "五月：开展五一劳动节表彰；组织青年职工五四主题活动；举办焊工、电工技能比武。六月安排安全生产月活动和应急演练。",
    "一月：开展新春送温暖，走访慰问困难职工和户外劳动者；为快递员、外卖送餐员发放新春慰问品。七月开办职工子女暑期托管班。",
    "五月：举办护士节表彰大会；组织护理技能竞赛决赛。八月：开展医师节庆祝活动；组织职工分批疗休养。",
    "三月：开展三八节女职工健康讲座；启动“最美职工”推荐评选。五月结合劳动节表彰“最美职工”。",
    "十二月：开展年度工作总结，评选优秀会员；编制下一年度经费预算；摸排困难职工情况，做好送温暖准备。",
];

const PROBLEMS_PLAN: [&str; 7] = [
    "各项活动要避开教学高峰和考试周，尽量安排在课后或周末，不影响正常教学秩序。工会经费要专款专用，不得用于发放津贴补贴。",
    "机关工会活动要严格执行中央八项规定精神，节日慰问品按标准发放，不搞铺张浪费。各项活动坚持自愿参加，不硬性摊派。",
    "劳动竞赛要把安全放在首位，不能以牺牲安全换取产量。活动安排要兼顾倒班职工，尽量错开生产高峰。",
    "入会工作要尊重劳动者意愿，不搞强制入会，也不追求虚假数字。对辖区企业的指导服务要依法依规，不干预企业正常经营。",
    "各项活动要服从医疗工作需要，确保不影响临床诊疗和患者安全。慰问和表彰要严格执行行业廉洁从业规定。",
    "工会活动要与单位业务统筹安排，避开服务高峰期。经费开支要符合事业单位财务管理规定，做到公开透明。",
    "工作安排要量力而行，优先保证困难帮扶和节日慰问。经费使用要账目清楚，定期向会员公开。",
];

const PROBLEMS_SUMMARY: [&str; 7] = [
    "一是部分工会活动形式单一，年轻教师参与的积极性不高。二是教代会提案质量不高，涉及学校长远发展的建议偏少。",
    "一是活动内容对青年干部的吸引力不够，参与面有待扩大。二是个别工会小组作用发挥不明显，全年活动较少。",
    "一是劳动竞赛主要集中在生产车间，辅助岗位参与较少。二是对青年职工的需求了解不够，服务方式比较传统。三是个别分会台账不够规范。",
    "一是小微企业人员流动大，部分新建工会运行不稳定。二是新就业形态劳动者入会后联系不够紧密，服务跟进不及时。",
    "一是临床一线人员参加工会活动的时间难以保证，参与面不均衡。二是对规培人员、合同制人员的关心关爱还需加强。",
    "一是活动内容与职工多样化的需求还有差距。二是岗位建功活动与业务工作结合不够紧密，部分科室参与不积极。",
    "一是工会干部均为兼职，工作精力有限。二是活动多集中在节假日，日常联系职工不够经常。",
];

// ---------------------------------------------------------------------------
// Test helpers shared with `templates`: the seed documents as 14-character
// windows, copied phrases, ASCII punctuation next to Chinese.

/// Phrases this long (letters, digits and CJK only) must not come from the seeds.
#[cfg(test)]
pub(crate) const COPY_WINDOW: usize = 14;

#[cfg(test)]
fn normalize(s: &str) -> Vec<char> {
    s.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Every 14-character window of the seed documents, or None (with a
/// SKIPPED notice) when they are absent and UNION_PLAN_NO_FIXTURES=1.
#[cfg(test)]
pub(crate) fn seed_windows() -> Option<std::collections::HashSet<String>> {
    let dir = std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/fixtures/seed"
    ));
    if !dir.is_dir() {
        if std::env::var("UNION_PLAN_NO_FIXTURES").as_deref() == Ok("1") {
            eprintln!(
                "SKIPPED: seed fixtures not found at {} (UNION_PLAN_NO_FIXTURES=1); copied-phrase check not run",
                dir.display()
            );
            return None;
        }
        panic!(
            "seed fixtures not found at {}: the shared/ folder must sit beside the crate \
             (set UNION_PLAN_NO_FIXTURES=1 to skip this check)",
            dir.display()
        );
    }
    let mut set = std::collections::HashSet::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("read seed dir") {
        let path = entry.expect("seed entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("read seed file");
        let cs = normalize(&text);
        for w in cs.windows(COPY_WINDOW) {
            set.insert(w.iter().collect::<String>());
        }
    }
    assert!(
        files >= 4,
        "expected the four seed documents in {}",
        dir.display()
    );
    Some(set)
}

/// The first 14-character phrase of `text` that also occurs in the seeds.
#[cfg(test)]
pub(crate) fn copied_phrase(
    text: &str,
    seeds: &std::collections::HashSet<String>,
) -> Option<String> {
    normalize(text)
        .windows(COPY_WINDOW)
        .map(|w| w.iter().collect::<String>())
        .find(|w| seeds.contains(w))
}

/// ASCII , : ; ( ) ! ? next to a Chinese character, with some context.
#[cfg(test)]
pub(crate) fn ascii_punct_near_cjk(s: &str) -> Option<String> {
    let is_cjk =
        |c: char| ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c);
    let cs: Vec<char> = s.chars().collect();
    for (i, c) in cs.iter().enumerate() {
        if ",:;()!?".contains(*c) {
            let prev = i.checked_sub(1).and_then(|j| cs.get(j)).copied();
            let next = cs.get(i + 1).copied();
            if prev.is_some_and(is_cjk) || next.is_some_and(is_cjk) {
                let a = i.saturating_sub(6);
                let b = (i + 6).min(cs.len());
                return Some(cs[a..b].iter().collect());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::check;
    use crate::core::model::{Plan, ORG_TYPES};

    fn all() -> Vec<(Step, Kind, &'static str, Guidance)> {
        let mut out = Vec::new();
        for step in Step::ALL {
            for kind in [Kind::Plan, Kind::Summary] {
                for (org, _) in ORG_TYPES {
                    out.push((step, kind, org, guidance(step, kind, org)));
                }
            }
        }
        out
    }

    fn texts(g: &Guidance) -> Vec<&'static str> {
        let mut v = vec![g.purpose, g.how];
        v.extend(g.mistakes.iter().copied());
        v.extend(g.examples.iter().copied());
        v
    }

    #[test]
    fn every_step_org_and_kind_has_purpose_how_mistakes_and_examples() {
        for (step, kind, org, g) in all() {
            let at = format!("{step:?} {kind:?} {org}");
            assert_eq!(g.step, step);
            assert!(g.purpose.chars().count() >= 15, "{at}: purpose");
            assert!(g.how.chars().count() >= 30, "{at}: how");
            assert!((2..=4).contains(&g.mistakes.len()), "{at}: mistakes");
            assert!(!g.examples.is_empty(), "{at}: examples");
            for e in &g.examples {
                let sentences = e.matches(['。', '：', '；']).count();
                assert!((1..=6).contains(&sentences), "{at}: example length: {e}");
                assert!(e.chars().count() >= 30, "{at}: example too short: {e}");
            }
        }
    }

    #[test]
    fn plans_and_summaries_get_their_own_guidance_where_the_part_differs() {
        for step in [
            Step::Guiding,
            Step::Goals,
            Step::Main,
            Step::Measures,
            Step::Problems,
        ] {
            for (org, _) in ORG_TYPES {
                let p = guidance(step, Kind::Plan, org);
                let s = guidance(step, Kind::Summary, org);
                assert_ne!(p.purpose, s.purpose, "{step:?}");
                assert_ne!(p.examples, s.examples, "{step:?} {org}");
            }
        }
        // The combined kind reads as a summary; key points as a plan.
        let c = guidance(Step::Main, Kind::SummaryAndPlan, "school");
        assert_eq!(
            c.examples,
            guidance(Step::Main, Kind::Summary, "school").examples
        );
        let k = guidance(Step::Main, Kind::KeyPoints, "school");
        assert_eq!(
            k.examples,
            guidance(Step::Main, Kind::Plan, "school").examples
        );
        assert!(
            guidance(Step::Guiding, Kind::Summary, "medical").examples[0].ends_with("总结如下：")
        );
    }

    #[test]
    fn examples_are_specific_to_the_org_type() {
        let ids: Vec<&str> = ORG_TYPES.iter().map(|(o, _)| *o).collect();
        assert_eq!(ids, ORGS.to_vec(), "example tables follow ORG_TYPES order");
        for kind in [Kind::Plan, Kind::Summary] {
            let mut distinct: Vec<Vec<&str>> = ORG_TYPES
                .iter()
                .map(|(o, _)| guidance(Step::Main, kind, o).examples)
                .collect();
            distinct.sort();
            distinct.dedup();
            assert!(
                distinct.len() >= 5,
                "{kind:?}: only {} distinct",
                distinct.len()
            );
        }
        assert!(guidance(Step::Main, Kind::Plan, "enterprise").examples[0].contains("技能比武"));
        assert!(guidance(Step::Main, Kind::Plan, "medical").examples[0].contains("护士节"));
        assert!(guidance(Step::Main, Kind::Plan, "school").examples[0].contains("教代会"));
        assert!(guidance(Step::Main, Kind::Plan, "school")
            .mistakes
            .iter()
            .any(|m| m.contains("教师节")));
        // Unknown and empty org types fall back to 其他.
        assert_eq!(
            guidance(Step::Main, Kind::Plan, "").examples,
            guidance(Step::Main, Kind::Plan, "other").examples
        );
        assert_eq!(
            guidance(Step::Main, Kind::Plan, "shipyard").examples,
            guidance(Step::Main, Kind::Plan, "other").examples
        );
    }

    #[test]
    fn no_guidance_text_has_a_placeholder_the_checklist_would_flag() {
        for (step, kind, org, g) in all() {
            for t in texts(&g) {
                let p = Plan {
                    organization: "城南实验中学工会".into(),
                    guiding: t.to_string(),
                    ..Plan::default()
                };
                let hits: Vec<String> = check(&p)
                    .into_iter()
                    .filter(|f| f.id.starts_with("placeholder:"))
                    .map(|f| f.message)
                    .collect();
                assert!(hits.is_empty(), "{step:?} {kind:?} {org}: {hits:?}");
                assert!(!t.contains("某") && !t.to_lowercase().contains("xx"), "{t}");
            }
        }
    }

    #[test]
    fn guidance_uses_full_width_punctuation() {
        for (step, kind, org, g) in all() {
            for t in texts(&g) {
                assert_eq!(
                    ascii_punct_near_cjk(t),
                    None,
                    "{step:?} {kind:?} {org}: {t}"
                );
            }
        }
    }

    #[test]
    fn no_guidance_text_copies_a_phrase_from_the_seed_files() {
        let Some(seeds) = seed_windows() else {
            return;
        };
        assert!(seeds.len() > 1000);
        for (step, kind, org, g) in all() {
            for t in texts(&g) {
                if let Some(w) = copied_phrase(t, &seeds) {
                    panic!("{step:?} {kind:?} {org}: “{w}” is copied from a seed file");
                }
            }
        }
        // The check itself finds a copied phrase.
        let sample = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/fixtures/seed/organ-union-plan.txt"
        ))
        .expect("seed");
        let line = sample
            .lines()
            .find(|l| l.chars().count() > 40)
            .expect("long line");
        assert!(copied_phrase(line, &seeds).is_some());
    }
}
