// Colloquial ways people name each figure of the format, beyond its printed labels and the
// synonyms beside them in format.ts: what a citizen, a hotline operator or a clerk would say.
// Keyed by the catalogue's own ids; read by question understanding (as terms, and as the words
// that may stand in a question about that figure). The keys are typed by those ids, so a misspelt
// key does not compile (it would otherwise be silently never read).
import type {
  ActiveColumnId, ActiveRowId, BreakdownId, ColumnGroupId, RequestColumnId, RequestRowId, ReviewColumnId, ReviewGroupId,
  ReviewSumId, RowGroupId,
} from './format.ts';

export interface Paraphrases { zh: string[]; en: string[] }

/** A figure of the format as question understanding keys it (`req_row:granted`, targetKey in understand/match.ts). */
export type TargetKey =
  | `req_row:${RequestRowId}` | `req_group:${RowGroupId}` | `req_col:${RequestColumnId}` | `req_colgroup:${ColumnGroupId}`
  | `rev_group:${ReviewGroupId}` | `rev_sum:${ReviewSumId}` | `rev_col:${ReviewColumnId}`
  | `act_row:${ActiveRowId}` | `act_col:${ActiveColumnId}` | `breakdown:${BreakdownId}`;

const BY_TARGET = {
  // ------------------------------------------------------------ section 三: rows

  'req_row:received': {
    zh: ['今年收到的申请', '本年收到申请', '新来的申请', '今年新申请', '新接到的申请', '当年新收', '本年度收到申请',
      '年内收到申请', '今年递交的申请', '新申请件', '当年申请量', '本年申请件数', '今年接的申请', '新收件量'],
    en: ['new applications', 'applications this year', 'requests this year', 'requests lodged', 'new filings', 'requests submitted this year'],
  },
  'req_row:carried_over': {
    zh: ['上年度未办完', '去年留下来的申请', '去年没处理完', '上年积压申请', '年初在办', '上年转入', '去年带过来',
      '上年未结', '往年结转', '前一年结转', '去年遗留的申请', '上年余留', '年初结存', '上年底在办'],
    en: ['from the previous year', 'prior-year requests', 'held over from last year', 'opening backlog', 'pending at start of year', 'inherited requests'],
  },
  'req_row:granted': {
    zh: ['全部给了', '全都公开', '全给公开', '完整公开', '同意全部公开', '都给公开了', '照单全给', '全部提供',
      '全部满足', '予以公开件', '准予提供', '完全同意公开', '一点没遮全给', '全部答复公开', '答应公开', '同意公开'],
    en: ['granted fully', 'full grants', 'provided in full', 'all information provided', 'complete disclosure', 'wholly granted'],
  },
  'req_row:partly_granted': {
    zh: ['只公开了一部分', '公开了一半', '遮掉一部分再给', '部分公开件', '部分提供', '打码后公开', '删掉敏感内容后公开',
      '涂黑部分再公开', '给了一部分', '一部分公开一部分不公开', '删减后公开', '有保留地公开', '遮盖后提供', '只给了部分内容', '节选公开'],
    en: ['partial release', 'redacted', 'released with redactions', 'partly released', 'part-granted', 'granted partially'],
  },
  'req_row:refused_state_secret': {
    zh: ['涉及国家秘密', '保密信息', '涉密信息', '密级文件', '涉密文件', '国家机密', '因为涉密不给', '保密不公开',
      '属于密件', '定了密级', '涉及保密事项', '属于机密'],
    en: ['national secrets', 'classified information', 'secret information', 'official secrets', 'because it is secret'],
  },
  'req_row:refused_law_forbidden': {
    zh: ['法律不让公开', '法律规定不能公开', '法规明令禁止', '其他法律禁止', '依法禁止公开', '法律法规不允许公开',
      '行政法规禁止', '法定禁止公开', '因法律禁止不给', '有法律规定不能公开', '法律明文禁止公开', '法规不准公开'],
    en: ['barred by law', 'legally prohibited', 'law forbids disclosure', 'prohibited by statute', 'banned by other laws'],
  },
  'req_row:refused_three_safety': {
    zh: ['危及国家安全', '影响社会稳定', '危害公共安全', '危及经济安全', '三安全', '危害稳定', '影响安全稳定',
      '危及社会稳定', '涉及安全稳定', '可能影响稳定', '威胁国家安全', '危及公共安全', '经济安全', '三个安全一个稳定'],
    en: ['public safety', 'economic security', 'endangers security', 'threatens stability', 'security and stability'],
  },
  'req_row:refused_third_party': {
    zh: ['涉及他人隐私', '侵犯别人权益', '涉及别人合法权益', '他人合法权益', '涉及商业秘密', '保护他人隐私', '涉及第三人利益',
      '第三方不愿意公开', '第三方反对', '侵害第三方权益', '涉及个人信息', '会损害他人权益', '别人的隐私', '因涉及别人不给'],
    en: ['other people\'s rights', 'personal information', 'rights of others', 'third-party interests', 'commercial confidentiality', 'someone else\'s privacy'],
  },
  'req_row:refused_internal': {
    zh: ['人事管理信息', '后勤管理信息', '内部工作流程', '内部人事信息', '机关内部事务', '单位内部的事', '内部流程',
      '内部管理信息', '后勤信息', '内部人事后勤', '属于内部信息', '机关内部管理', '内部工作事项'],
    en: ['internal personnel matters', 'internal administration', 'internal workflow', 'in-house affairs', 'internal management information'],
  },
  'req_row:refused_process': {
    zh: ['过程稿', '磋商信函', '请示报告', '内部请示', '会议讨论记录', '草稿', '还没定稿', '未定稿', '过程性材料',
      '决策过程信息', '内部讨论稿', '中间稿', '请示件', '研究过程中的材料'],
    en: ['working drafts', 'internal deliberations', 'consultation letters', 'requests for instructions', 'pre-decisional information'],
  },
  'req_row:refused_enforcement_file': {
    zh: ['执法卷宗', '执法档案', '案件卷宗', '处罚案卷', '执法材料', '办案材料', '执法记录', '案件材料',
      '行政执法档案', '执法文书卷宗', '执法案件材料', '查处卷宗'],
    en: ['enforcement case records', 'case dossiers', 'law-enforcement files', 'investigation files', 'enforcement case file', 'enforcement case files',
      'administrative enforcement case file', 'administrative enforcement case files', 'enforcement file', 'case file'],
  },
  'req_row:refused_query': {
    zh: ['查询类事项', '查询类申请', '属于查询范畴', '通过查询渠道', '走查询程序', '查询类信息', '应当查询办理',
      '属于查询类', '可按查询办理', '该走查询途径', '不属公开属查询', '行政查询类'],
    en: ['query-type requests', 'matters handled by lookup', 'information obtainable by query', 'administrative lookups'],
  },
  'req_row:unavailable_not_held': {
    zh: ['手里没有这个信息', '我们这没有', '没有这方面的信息', '信息不在本机关', '本单位没有', '我们这里没有', '本机关没有',
      '没有相关信息', '我们不掌握', '不在我们这', '查不到相关信息', '未制作也未获取', '不持有该信息', '没有保存该信息'],
    en: ['we don\'t have it', 'information not held', 'not in our possession', 'agency lacks the information', 'no record held', 'not kept by us'],
  },
  'req_row:unavailable_needs_creation': {
    zh: ['需要重新制作', '得另外做', '要加工汇总', '需要统计汇总', '没有现成可给', '要重新整理', '现在没有得新做',
      '需要专门制作', '要另外统计', '需要汇总分析', '需重新加工', '没有现成资料', '得专门整理', '须另行编制'],
    en: ['would have to be made', 'needs compiling', 'no ready-made information', 'requires new analysis', 'not ready-made', 'would need new work'],
  },
  'req_row:unavailable_unclear': {
    zh: ['改了还是不清楚', '补充后仍说不清', '要的东西不明确', '申请描述不清', '看不懂要什么', '指向不明', '申请内容模糊',
      '所需信息不明确', '补正了也没说清', '描述不具体', '不知道要啥', '申请事项不清', '表述不清', '无法确定所需信息',
      '说不清楚', '说不清', '讲不清楚', '说不明白', '还是不明确'],
    en: ['request too vague', 'still vague after clarification', 'unclear what was asked', 'ambiguous request', 'insufficiently specified'],
  },
  'req_row:not_processed_petition': {
    zh: ['上访类', '信访件', '投诉举报类申请', '其实是信访', '借申请之名投诉', '以申请名义信访', '信访类诉求', '检举揭发',
      '控告', '实为信访', '投诉类', '告状', '反映问题类', '举报类申请'],
    en: ['grievances', 'whistleblowing', 'petition-type requests', 'reports of wrongdoing', 'complaints disguised as requests'],
  },
  'req_row:not_processed_repeat': {
    zh: ['同样的申请又来', '又申请一遍', '再次申请同一信息', '一样的申请', '二次申请', '已答复又申请', '重新申请相同信息',
      '重提申请', '内容相同的申请', '申请过又申请', '第二遍申请', '相同内容再次申请', '已经答复过的又来'],
    en: ['same request again', 'resubmitted requests', 'duplicate applications', 'asked again', 'repeat applications'],
  },
  'req_row:not_processed_publication': {
    zh: ['书刊资料', '已出版的资料', '公开发行的刊物', '要求提供书刊', '索要出版物', '出版发行物', '要报刊书籍',
      '市面上能买到', '已出版的图书', '正式出版物', '出版的资料汇编', '要书要报刊'],
    en: ['books and periodicals', 'printed publications', 'already published material', 'asked for books'],
  },
  'req_row:not_processed_mass': {
    zh: ['频繁大量申请', '批量申请', '滥用申请权', '恶意申请', '海量申请', '短时间内大量申请', '申请轰炸',
      '无理由海量申请', '超出合理限度', '职业申请人', '一次申请一大堆', '反复大量提交', '大批量', '反反复复', '大批量反复申请'],
    en: ['excessive requests', 'bulk requests', 'abuse of the right to request', 'flood of requests', 'frivolous mass requests'],
  },
  'req_row:not_processed_confirm': {
    zh: ['要求盖章确认', '要求出具证明', '要求确认信息真伪', '要求认证已有信息', '要求再开一份', '要求核实已获信息',
      '已拿到的要求确认', '要求加盖公章', '要求补发', '要求再出具', '要求鉴定真伪', '要求确认真实性'],
    en: ['certify information already held', 'stamp or confirm', 'reissue documents', 'confirmation requests', 'asked to verify information'],
  },
  'req_row:other_overdue_correction': {
    zh: ['补正通知后没回应', '过期没补材料', '让补正不补', '超期未补正', '不按时补正', '没按要求补充', '补正期限已过',
      '申请人不补充材料', '逾期未补正', '通知补正没理', '没补齐材料', '不配合补正', '过了期限没补正', '失联不补正', '补材料', '让补材料', '没补材料', '不补材料'],
    en: ['failed to clarify in time', 'no reply to correction notice', 'missed the correction deadline', 'did not supplement', 'did not amend'],
  },
  'req_row:other_overdue_fee': {
    zh: ['没交钱', '不交钱', '过期没缴费', '逾期不交费', '拒交处理费', '未缴信息处理费', '收费通知后不交', '没按时交费',
      '超期未缴纳', '欠费不交', '没付钱', '不肯交费', '逾期未交费', '费用没交'],
    en: ['didn\'t pay', 'fee unpaid past deadline', 'failed to pay charges', 'no payment', 'refused to pay'],
  },
  'req_row:other_other': {
    zh: ['兜底的其他', '未列明的其他情形', '其他未列明情形',
      '其余处理情形', '不属于上述情形', '上述以外情形', '其他类情形', '逾期以外的其他', '除逾期外其他'],
    en: ['other situations', 'remaining cases', 'miscellaneous handling', 'other circumstances', 'residual category'],
  },
  'req_row:other_handled_2019': {
    zh: ['旧版其他处理', '老版其他处理', '旧格式其他处理', '旧表其他处理', '老格式其他处理', '原版式其他处理',
      '旧版其他处理情形', '旧表格其他处理', '老模板其他处理', '旧版其他方式办结', '旧版其他处理件', '旧样式其他处理'],
    en: ['other handling (old format)', 'otherwise handled (2019 format)', 'old-format other handling', 'other handling in the old table'],
  },
  'req_row:total_handled': {
    zh: ['办理总数', '处理总量', '办结总数', '已答复总数', '作出答复', '全年办结', '办理结果合计', '处理结果合计',
      '处理完毕', '完成办理', '已处理申请', '已答复申请', '当年办结', '年内办结', '出结果的申请'],
    en: ['total handled', 'requests dealt with', 'requests answered', 'requests closed', 'decisions made on requests', 'replies given'],
  },
  'req_row:carried_forward': {
    zh: ['转到明年办', '跨年度办理', '年底还在办', '年末在办', '留待下年', '顺延到下年', '延续到下一年', '明年接着办',
      '年底没处理完', '未办结转入下年', '结转下一年度', '下年度接着办', '年终在办件', '年末未办结',
      '拖到下一年', '留到下一年', '转到下一年'],
    en: ['to be finished next year', 'open at year end', 'outstanding at year end', 'continued into next year', 'held over to next year',
      'carried over into the next year', 'carried over to the next year', 'carried into next year', 'carried forward to next year'],
  },

  // ------------------------------------------------------------ section 三: row groups

  'req_group:refused': {
    zh: ['不给公开', '不让公开', '拒不公开', '不准公开', '不予公开件', '公开被拒', '公开申请被拒', '否决公开',
      '依法不公开', '决定不公开', '拒绝披露', '不予披露', '吃了闭门羹', '说了不能公开'],
    en: ['refused disclosure', 'disclosure refused', 'turned down', 'declined to disclose', 'not released', 'withheld information'],
  },
  'req_group:unavailable': {
    zh: ['给不了', '拿不出', '提供不出来', '没办法提供', '无从提供', '客观上无法提供', '因客观原因不能提供', '没有信息可给',
      '不具备提供条件', '没东西可给', '拿不出来', '无信息可提供'],
    en: ['could not supply', 'nothing to provide', 'impossible to provide', 'information unavailable', 'unable to supply'],
  },
  'req_group:not_processed': {
    zh: ['不办理', '不予办理', '不作处理', '不按信息公开处理', '不作为公开申请处理', '退回申请', '不纳入处理', '不当作申请办',
      '不按申请办理', '直接不处理', '不作受理', '不予办理件', '不属于公开申请', '依法不予处理'],
    en: ['not dealt with', 'refused to process', 'not accepted', 'not handled as requests', 'rejected without processing'],
  },
  'req_group:other_handled': {
    zh: ['用别的方式处理', '其他办法处理', '另外处理', '别的处理方式', '其他方式办结', '另行处理', '其他处理情况',
      '其他类处理', '其他途径处理', '其余方式处理', '其他处理件', '按其他方式办理'],
    en: ['handled in other ways', 'other ways of handling', 'dealt with otherwise', 'other dispositions', 'handled some other way'],
  },

  // ------------------------------------------------------------ section 三: columns

  'req_col:natural_person': {
    zh: ['个人申请', '以个人名义', '普通群众', '个体公民', '个人申请人', '公民个人', '私人申请', '一般民众',
      '民众', '老百姓申请', '个人身份申请', '自然人申请人', '普通百姓', '人民群众'],
    en: ['private individuals', 'ordinary people', 'individual applicants', 'private citizens', 'individual requesters'],
  },
  'req_col:commercial': {
    zh: ['商业公司', '企业法人', '企业单位', '厂家', '工厂', '商户', '企业申请', '公司申请', '经营主体', '市场主体',
      '工商企业', '企业类申请人', '做生意的企业'],
    en: ['corporations', 'commercial entities', 'private companies', 'business enterprises', 'commercial firms'],
  },
  'req_col:research': {
    zh: ['科研院所', '研究院', '学术机构', '高等院校', '院校', '智库', '实验室', '学术单位', '研究中心', '科学院',
      '科研类单位', '高校科研', '大专院校'],
    en: ['research bodies', 'think tanks', 'academic institutions', 'scientific institutions', 'research organisations'],
  },
  'req_col:social_org': {
    zh: ['公益机构', '慈善组织', '慈善机构', '非营利组织', '民间组织', '公益团体', '志愿者组织', '基金会', '公益性组织',
      '非政府组织', '社会团体', '民间公益'],
    en: ['nonprofit organisations', 'civil society organisations', 'charitable organisations', 'public welfare organisations', 'foundations', 'non-governmental organisations'],
  },
  'req_col:legal_service': {
    zh: ['律师所', '律师行', '法律援助机构', '公证处', '基层法律服务所', '法律服务所', '法律咨询机构', '法务机构',
      '司法鉴定机构', '法律工作者', '律师团队', '法律援助中心'],
    en: ['legal practices', 'legal aid', 'notaries', 'law offices', 'legal firms', 'solicitors'],
  },
  'req_col:other_org': {
    zh: ['别的组织', '其他法人', '其余组织', '其他类型组织', '以上之外的组织', '其他法人组织', '其他类单位', '其余单位',
      '其他类型单位', '别的单位', '别的机构', '其它组织', '其它单位', '其它机构'],
    en: ['other bodies', 'other entities', 'other institutions', 'remaining organisations', 'miscellaneous organisations'],
  },
  'req_col:total': {
    zh: ['各类申请人合计', '所有申请人加起来', '不分申请人', '全部申请人', '申请人合计', '个人和单位合计', '自然人和法人合计',
      '所有类型申请人', '各类主体合计', '个人加单位', '全部申请主体', '所有申请者', '各类申请人总计'],
    en: ['all applicants', 'all applicant types', 'every applicant', 'applicants combined', 'individuals and organisations combined'],
  },
  'req_colgroup:legal_person': {
    zh: ['单位申请', '机构申请', '企业和组织', '各类组织', '以单位身份申请', '以单位名义', '法人单位', '单位组织类申请人',
      '组织机构', '单位和组织', '团体申请', '机构类申请人', '各种单位'],
    en: ['institutional applicants', 'non-individual applicants', 'corporate applicants', 'organisational applicants', 'bodies corporate'],
  },

  // ------------------------------------------------------------ section 四

  'rev_group:reconsideration': {
    zh: ['复议申请', '提出复议', '提起复议', '被申请复议', '复议件', '行政复议案', '找上级复议', '向上级申请复议',
      '不服申请复议', '对答复不服复议', '被人复议', '复议数量', '复议的案子'],
    en: ['review applications', 'administrative appeals', 'requests for reconsideration', 'reconsideration cases', 'review cases'],
  },
  'rev_group:litigation_direct': {
    zh: ['直接去法院告', '没复议就起诉', '直接打官司', '直接向法院起诉', '不复议直接告', '绕过复议起诉', '跳过复议起诉',
      '直接诉讼', '没经过复议起诉', '径行起诉', '直接告到法院', '不经复议起诉', '未复议起诉', '直接提起诉讼',
      '没走复议', '不走复议'],
    en: ['went straight to court', 'sued without reconsideration', 'direct litigation', 'skipped reconsideration', 'straight to court',
      'without going through reconsideration', 'without prior reconsideration', 'without administrative reconsideration',
      'without going through administrative reconsideration', 'without prior administrative reconsideration', 'directly in court'],
  },
  'rev_group:litigation_after': {
    zh: ['复议完再起诉', '复议之后又起诉', '先复议再打官司', '复议后又告', '复议不服再起诉', '对复议不服起诉', '复议后打官司',
      '先复议后诉讼', '复议后诉讼', '经复议后起诉', '复议后告到法院', '复议结束再告', '不服复议决定起诉', '复议后再去法院'],
    en: ['sued after review', 'litigation following reconsideration', 'court after reconsideration', 'reconsideration then lawsuit',
      'after administrative reconsideration', 'following administrative reconsideration', 'following reconsideration'],
  },
  'rev_sum:litigation': {
    zh: ['行政官司', '被告上法院', '告到法院', '民告官', '当被告', '被诉', '涉诉案件', '诉讼案件', '行政诉讼案',
      '上法庭', '到法院起诉', '被人起诉', '行政应诉', '诉至法院'],
    en: ['court challenges', 'sued in court', 'judicial review', 'cases in court', 'lawsuits against the agency'],
  },
  'rev_col:upheld': {
    zh: ['维持原决定', '维持原答复', '赢了', '机关赢了', '原处理站得住', '认可原处理', '原决定被维持', '打赢了', '答复被认可',
      '判决驳回请求', '原答复被维持', '确认答复合法'],
    en: ['decision upheld', 'agency won', 'affirmed', 'ruled in the agency\'s favour', 'agency prevailed', 'upheld the original decision', 'original decision upheld', 'original decision was upheld'],
  },
  'rev_col:corrected': {
    zh: ['被改判', '被责令重新答复', '责令重新答复', '打输了', '机关输了', '被判违法', '被撤销答复', '变更原决定', '被变更',
      '责令履行', '被判败诉', '原答复被推翻', '被推翻', '答复被撤销'],
    en: ['decision overturned', 'agency lost', 'ordered to redo', 'set aside', 'ruled against the agency', 'changed on review'],
  },
  'rev_col:other': {
    zh: ['别的结果', '其余结果', '其他结局', '既不维持也不纠正', '非维持非纠正', '既没维持也没纠正', '撤诉调解等',
      '撤回终止等', '驳回起诉撤诉等', '其他审理结果', '另外的结果', '其他结案方式'],
    en: ['other outcomes', 'neither upheld nor corrected', 'withdrawn or settled', 'other rulings', 'other endings'],
  },
  'rev_col:pending': {
    zh: ['还没判', '没出结果', '还没结果', '尚未结案', '悬而未决', '未决案件', '在审案件', '还没裁决', '待判决',
      '等待判决', '尚无结果', '年底未审结', '还没审结', '审理还没结束'],
    en: ['awaiting decision', 'still under review', 'no decision yet', 'unresolved', 'case still open', 'open cases'],
  },
  'rev_col:total': {
    zh: ['案件总数', '案件总量', '全部案件', '案件合计', '所有案件', '案子总数', '全部案子', '各类结果合计',
      '审结和未审结合计', '总案件数', '案件共计', '所有案子加起来'],
    en: ['total cases', 'all cases', 'cases in total', 'number of cases', 'case total'],
  },

  // ------------------------------------------------------------ section 二: rows

  'act_row:rules': {
    zh: ['部门规章', '地方政府规章', '地方规章', '政府令', '规章文件', '市政府规章', '省政府规章', '规章类文件',
      '政府立法', '规章件', '政府规章制度'],
    en: ['government rules', 'departmental rules', 'local government rules', 'administrative rules', 'government decrees'],
  },
  'act_row:normative_docs': {
    zh: ['规范文件', '行政规范文件', '政策文件', '规范性政策文件', '红头', '规范性公文', '行规文件', '带约束力的文件',
      '普遍约束力文件', '涉及权利义务的文件', '管理办法类文件', '政府规范文件'],
    en: ['regulatory documents', 'red-header documents', 'administrative normative documents', 'binding documents', 'official policy documents'],
  },
  'act_row:licensing': {
    zh: ['办证', '发证', '发放许可证', '审批件', '批准事项', '行政审批件', '许可办件', '核发证照', '证照审批', '准予许可',
      '审批决定', '审批许可', '行政许可件', '许可审批'],
    en: ['permit decisions', 'licence approvals', 'administrative approvals', 'permissions granted', 'licensing decisions'],
  },
  'act_row:penalty': {
    zh: ['罚单', '开罚单', '行政罚款', '作出处罚', '罚了款', '处罚决定书', '被罚', '行政处罚案', '处罚件数', '罚没',
      '警告罚款', '吊销执照', '没收违法所得', '给予处罚'],
    en: ['fines imposed', 'penalty decisions', 'administrative fines', 'punishments', 'sanctions imposed'],
  },
  'act_row:enforcement': {
    zh: ['强制执行', '查封扣押', '冻结存款', '强制拆除', '强拆', '行政强制执行', '采取强制措施', '强制措施决定',
      '扣押财物', '查封场所', '查扣', '强制手段', '代履行'],
    en: ['enforcement actions', 'seizures', 'compulsory enforcement', 'coercive actions', 'forced execution'],
  },
  'act_row:fees': {
    zh: ['行政收费', '事业收费', '政府收费', '规费', '行政性收费', '事业单位收费', '收费事项', '官方收费', '收费项目',
      '行政事业收费', '事业性收费项目', '机关收费'],
    en: ['government fees', 'official charges', 'administrative charges', 'fees and charges', 'public service fees'],
  },
  'act_row:other_docs': {
    zh: ['其他公开文件', '其他文件', '别的主动公开文件', '其余主动公开文件', '规章规范性文件以外的文件', '其他类文件',
      '其他公开的文件', '非规范性文件', '一般性文件', '其他主动公开材料', '其余公开文件', '别的公开文件'],
    en: ['other published documents', 'other proactively disclosed documents', 'remaining documents', 'miscellaneous documents'],
  },
  'act_row:other_services': {
    zh: ['其他管理服务事项', '对外服务事项', '其他服务事项', '便民服务事项', '公共服务事项', '其他行政服务', '对外办事事项',
      '其他政务服务事项', '管理服务类事项', '许可以外的服务事项', '其他办事事项', '对外管理事项'],
    en: ['other services', 'public services', 'other management services', 'other service matters', 'external services'],
  },
  'act_row:procurement': {
    zh: ['政府采购', '集采', '集中采购情况', '政府统一采购', '公共采购', '招标采购', '政府买东西', '财政采购', '采购工作',
      '统一采购', '集中采购项目', '政府集采'],
    en: ['government procurement', 'public procurement', 'central purchasing', 'government purchasing', 'purchasing'],
  },

  // ------------------------------------------------------------ section 二: columns

  'act_col:issued': {
    zh: ['今年新发', '新下发', '下发', '新制定', '年内出台', '本年印发件', '新颁布', '颁布', '发文数', '新出的文件',
      '本年出台', '新制发', '当年制发', '今年出台'],
    en: ['newly issued', 'promulgated', 'adopted this year', 'put out this year', 'new ones issued'],
  },
  'act_col:repealed': {
    zh: ['作废', '宣布失效', '不再执行', '停止执行', '清理废止', '废掉', '被废止', '失效', '予以废止', '清理掉',
      '停用', '明令废止', '取消执行', '宣告废止'],
    en: ['revoked', 'scrapped', 'annulled', 'no longer in effect', 'withdrawn from force'],
  },
  'act_col:in_force': {
    zh: ['仍然有效', '还在执行', '正在施行', '现行文件', '目前有效', '有效期内', '依然管用', '还管用', '仍在实施',
      '现存有效', '施行中', '继续有效', '目前在执行', '现行件数'],
    en: ['still valid', 'still in effect', 'currently effective', 'in effect', 'valid now', 'not repealed'],
  },
  'act_col:decisions': {
    zh: ['作出决定', '决定件数', '下达决定', '作出的决定', '决定书', '出具决定书', '办件数', '决定数量', '下达的决定',
      '决定文书', '全年决定', '本年决定', '决定份数', '签发决定'],
    en: ['decisions made', 'decisions issued', 'number of decisions', 'rulings issued', 'orders issued'],
  },
  'act_col:fee_amount': {
    zh: ['收费收入', '收费总额', '收费总收入', '收费数额', '收费进账', '收上来的费用', '收费规模', '收缴的费用',
      '征收的费用', '收费款项', '收费所得', '收费合计', '收取费用金额'],
    en: ['fee income', 'fee revenue', 'amount collected', 'money collected', 'total fees collected'],
  },
  'act_col:made': {
    zh: ['新形成', '新生成', '新起草', '新产生', '新编制', '新制成', '当年制作', '本年制作', '新做的文件', '制作件数',
      '年内制作', '今年做的文件'],
    en: ['produced this year', 'newly produced', 'created this year', 'newly drafted', 'new documents produced'],
  },
  'act_col:published': {
    zh: ['新发布公开', '当年公开', '本年公开', '新挂网', '新上网', '新放到网上', '今年公开文件', '新公布', '公布数量',
      '新披露', '年内公开', '今年晒出来的文件'],
    en: ['newly published', 'made public this year', 'published this year', 'released publicly this year', 'newly made public'],
  },
  'act_col:public_total': {
    zh: ['累计公开', '累计对外公开', '公开总量', '历年累计公开', '公开存量', '一共对外公开', '对外公开合计', '累计公开件数',
      '总计对外公开', '全部对外公开', '公开累计数', '至今公开', '公开文件总数'],
    en: ['cumulative total published', 'all published to date', 'total made public', 'cumulative disclosures', 'overall published'],
  },
  'act_col:prev_items': {
    zh: ['上年项目数', '去年项目数', '上年事项数', '去年事项数', '上年度项目', '原有项目数', '年初项目数', '上年底项目',
      '去年的项目', '前一年项目', '上年项目基数', '上一年事项'],
    en: ['last year\'s items', 'items in the prior year', 'prior-year items', 'items at start of year', 'previous year\'s items'],
  },
  'act_col:change': {
    zh: ['增加或减少', '增减变化', '净增减', '增减数', '项目增减', '事项增减', '增减情况', '变动数量', '增减量',
      '新增或取消', '增加减少', '增量减量', '净变化'],
    en: ['increase or decrease', 'net change', 'items added or removed', 'change in items', 'annual change'],
  },
  'act_col:procurement_items': {
    zh: ['采购项目数', '采购项目个数', '采购的项目', '采购项目件数', '集采项目数', '采购笔数', '采购次数', '采购批次',
      '采购了几个项目', '采购项目总数'],
    en: ['procurement projects', 'number of purchases', 'purchase items', 'procurement count'],
  },
  'act_col:procurement_amount': {
    zh: ['采购花的钱', '采购花费', '采购金额', '采购资金', '采购总额', '采购总价', '采购支出', '集采金额', '买东西花的钱',
      '采购开支', '采购总花费', '采购规模'],
    en: ['procurement spending', 'purchase value', 'money spent on procurement', 'procurement value', 'procurement expenditure'],
  },

  // ------------------------------------------------------------ breakdowns

  'breakdown:applicants': {
    zh: ['申请人组成', '申请人分类', '哪类人申请', '各类申请人占比', '申请人按类型', '个人单位分布', '申请人类别分布',
      '谁在申请', '申请人画像', '申请主体构成', '申请者类型', '各类主体申请情况'],
    en: ['applicant mix', 'who the applicants were', 'applicants by category', 'split by applicant', 'applicant composition'],
  },
  'breakdown:results': {
    zh: ['办理结果分类', '办理结果比例', '结果分类', '各种结果分布', '办结情况构成', '处理方式分布', '答复结果分布',
      '都怎么答复', '各类答复情况', '公开与不公开情况', '处理结果分类', '结果占比', '办理结果明细', '处理结果明细'],
    en: ['outcome breakdown', 'disposition of requests', 'how requests ended', 'outcomes by type', 'results by category'],
  },
  'breakdown:refusal_reasons': {
    zh: ['不公开依据', '拒绝理由', '不予公开情形', '拒绝的原因', '因为什么不公开', '不公开原因分布', '不予公开事由',
      '为啥不公开', '拒绝公开原因', '不予公开依据', '拒绝公开的依据', '不公开的各种理由'],
    en: ['why requests were refused', 'refusal grounds', 'reasons for non-disclosure', 'basis for refusals', 'refusals by reason'],
  },
  'breakdown:unavailable_reasons': {
    zh: ['不能提供的原因', '为啥提供不了', '提供不了的原因', '没法提供的理由', '无法提供情形', '无法提供分类', '给不了的原因',
      '为什么给不了', '不能提供理由', '无法提供依据', '无法提供事由', '提供不了的理由'],
    en: ['why information couldn\'t be provided', 'reasons information was unavailable', 'grounds for non-provision', 'unavailability reasons'],
  },
  'breakdown:not_processed_reasons': {
    zh: ['不处理的原因', '为什么不处理', '不受理原因', '不予处理情形', '不予处理依据', '为啥不处理', '不处理的理由',
      '不予处理事由', '不受理的理由', '为什么不受理', '不予处理分类', '不处理的情形分布'],
    en: ['reasons for not processing', 'why requests were not handled', 'grounds for not processing', 'not-processed reasons'],
  },
  'breakdown:reconsideration_results': {
    zh: ['复议情况构成', '复议维持纠正情况', '复议输赢', '复议胜负', '复议结论分布', '复议审理结果', '复议案件结果',
      '复议决定情况', '复议的结局', '复议各类结果', '复议案件结局', '复议处理结果'],
    en: ['how reconsiderations ended', 'reconsideration decisions', 'review outcomes', 'results of administrative review'],
  },
  'breakdown:litigation_kinds': {
    zh: ['诉讼类型', '诉讼分类', '起诉方式', '直接起诉和复议后起诉', '两类诉讼', '诉讼来源', '诉讼情况构成', '官司类型',
      '起诉类型', '诉讼结构', '诉讼案件类别', '起诉途径分布'],
    en: ['types of lawsuits', 'lawsuits direct vs after review', 'litigation by route', 'kinds of court cases'],
  },
} satisfies Partial<Record<TargetKey, Paraphrases>>;

/** Read by the key understand/ computes for a target (a plain string): a figure without paraphrases has none. */
export const PARAPHRASES: Readonly<Record<string, Paraphrases | undefined>> = BY_TARGET;
