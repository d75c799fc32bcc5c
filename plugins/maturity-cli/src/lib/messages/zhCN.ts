import type { MessageCatalog } from './en';

/**
 * The CLI's own words in Simplified Chinese (`zh-CN`), key for key as
 * {@link en}: a missing or extra key is a compile error.
 */
export const zhCN: MessageCatalog = {
  'list.separator': '、',

  'status.passed': '通过',
  'status.failed': '未通过',
  'status.unknown': '未知',
  'status.waived': '已豁免',
  'status.error': '错误',
  'status.not-applicable': '不适用',

  'level.notApplicable': '不适用',
  'level.named': '第 {level} 级',
  'level.capitalized': '第 {level} 级',
  'level.notYet': '未达到{title}',
  'level.nextNeeds.one': '达到第 {level} 级还需 {count} 个检查项',
  'level.nextNeeds.other': '达到第 {level} 级还需 {count} 个检查项',

  'report.noEntities': '没有可评估的有效实体。',
  'report.note.offline':
    '本报告由 maturity CLI 根据目录文件（{files}）离线生成：证明（attestation）与豁免（waiver）保存在门户中，离线不可用，因此需证明的检查项为“未知”，且没有检查项被豁免。',
  'report.note.history': '离线无级别历史：每个领域仅显示报告生成时的级别。',
  'report.note.facts':
    '事实数据来自 --facts 文件（{facts}）；关系从所读文件推导，需要在线目录的检查项为“未知”。',
  'report.note.noFacts': '无',

  'markdown.title': 'DevOps 成熟度',
  'markdown.intro':
    '模型 **{title}**（{id} {version}）{scope}。离线评估：与其他实体的关系、人工确认以及未提供给检查项的事实均为未知（{unknown}），直到门户评估合并后的实体。',
  'markdown.introDomain': '，能力域 {domain}',
  'markdown.entity': '实体',
  'markdown.level': '等级',
  'markdown.score': '得分',
  'markdown.domain': '能力域',
  'markdown.nextLevelNeeds': '下一等级所需',
  'markdown.topLevelReached': '已达到最高等级',
  'markdown.notApplicable': '不适用',
  'markdown.entityHeading': '{entity}：{level}{scope}',
  'markdown.inDomain': '（能力域 {domain}）',
  'markdown.location': '{file} 第 {document} 个文档',
  'markdown.entitySummary':
    '{location} · 适用检查项通过率 {score}（通过 {passed}，未通过 {failed}，未知 {unknown}）',
  'markdown.notApplicableDomains': '不适用于此实体的能力域：{domains}。',
  'markdown.whatPasses': '已通过的检查项',
  'markdown.nothingYet': '暂无。',
  'markdown.checksPass.one': '{count} 个检查项通过',
  'markdown.checksPass.other': '{count} 个检查项通过',
  'markdown.whatNext': '下一步',
  'markdown.allAtTop': '所有适用的能力域均已达到最高等级。🎉',
  'markdown.nextTarget': '{domain} → 第 {level} 级 · {title}',
  'markdown.holdsOverallDown': '（拉低了总体等级）',
  'markdown.checkLabel': '**{title}**（{id}，L{level}）：',
  'markdown.notAssessed': '未评估，模型中没有适用于它们的检查项：{entities}。',
  'markdown.notAssessedInDomain':
    '未评估，能力域 {domain} 中没有适用于它们的检查项：{entities}。',
  'markdown.problems.one': '输入文件中有 {count} 个问题',
  'markdown.problems.other': '输入文件中有 {count} 个问题',
  'markdown.generated': '由 {command} 生成于 {time}。',
  'markdown.problemsFailJob': '这些问题会使作业失败；相关文档未被评估。',
  'markdown.remediationAbove': '（修复方法见上文）',
  'markdown.summaryDomains': '各能力域等级',
  'markdown.summaryNext': '下一等级所需',
  'markdown.summaryNextCounts': '未通过 {failed}，未知 {unknown}',
  'markdown.unknownHint':
    '状态未知（{mark}）的检查项只计数、不列出：用 {table} 或 {json} 查看。',
  'markdown.unknownMore.one':
    '{mark} 另有 {count} 个下一等级的检查项状态未知（未列出）。',
  'markdown.unknownMore.other':
    '{mark} 另有 {count} 个下一等级的检查项状态未知（未列出）。',
  'markdown.leftOut':
    '为不超过 {max} 个字符，省略了：{parts}。完整报告：{command}。',
  'markdown.leftOut.problems.one': '{count} 个问题（均已输出到 stderr）',
  'markdown.leftOut.problems.other': '{count} 个问题（均已输出到 stderr）',
  'markdown.leftOut.changes.one': '{count} 项等级变化',
  'markdown.leftOut.changes.other': '{count} 项等级变化',
  'markdown.leftOut.rows.one': '汇总表中的 {count} 个实体',
  'markdown.leftOut.rows.other': '汇总表中的 {count} 个实体',
  'markdown.leftOut.details.one':
    '最后 {count} 个有未通过检查项的实体的下一步（{checks} 个未通过的检查项）',
  'markdown.leftOut.details.other':
    '最后 {count} 个有未通过检查项的实体的下一步（{checks} 个未通过的检查项）',
  'markdown.leftOut.notAssessed.one': '{count} 个未评估的实体',
  'markdown.leftOut.notAssessed.other': '{count} 个未评估的实体',

  'changes.heading': '与基线相比的变化',
  'changes.base': '基线：{base}。',
  'changes.baseReport': '{file}（生成于 {time} 的报告）',
  'changes.summary':
    '变化 {changed}，新增 {new}，移除 {removed}，未变 {unchanged}。',
  'changes.none': '没有等级变化。',
  'changes.overall': '总体',
  'changes.step': '{name} {arrow} {from} → {to}',
  'changes.new': '新增，{level}',
  'changes.removed': '已移除，原为 {level}',

  'table.model': '模型 {id} {version}：{title}',
  'table.offline':
    '离线评估：与其他实体的关系、人工确认以及未用 --facts 提供的事实均为未知（?）。',
  'table.entity': '{entity}  （{file}，第 {document} 个文档，第 {line} 行）',
  'table.overallLevel': '总体等级',
  'table.domainLevel': '{domain} 等级',
  'table.entitySummary':
    '{scope} {level} · 适用检查项通过率 {score} · {counts}',
  'table.countSeparator': '，',
  'table.passed': '通过 {count}',
  'table.failed': '未通过 {count}',
  'table.unknown': '未知 {count}',
  'table.waived': '已豁免 {count}',
  'table.errors': '错误 {count}',
  'table.header.domain': '能力域',
  'table.header.level': '等级',
  'table.header.score': '得分',
  'table.header.pass': '通过',
  'table.header.fail': '未通过',
  'table.header.unknown': '未知',
  'table.header.nextLevelNeeds': '下一等级所需',
  'table.topLevel': '最高等级',
  'table.notApplicable': '不适用：{domains}',
  'table.nextLevel': '下一等级：',
  'table.notAssessed': '未评估（模型中没有适用的检查项）：{entities}',
  'table.notAssessedInDomain':
    '未评估（能力域 {domain} 中没有适用的检查项）：{entities}',

  'gate.overallLevel': '总体等级',
  'gate.domainLevel': '{domain} 等级',
  'gate.context': '模型 {model}',
  'gate.contextOffline': '模型 {model}，离线',
  'gate.pass':
    '通过 {entity}：{scope} {level}，达到要求的 {required}（{context}）',
  'gate.failBelow':
    '未通过 {entity}：{scope} {level}，要求 {required}（{context}）',
  'gate.failNothingApplies':
    '未通过 {entity}：没有适用于此实体的检查项，无法达到要求的第 {required} 级（{context}）',
  'gate.failNothingAppliesInDomain':
    '未通过 {entity}：能力域 {domain} 中没有适用于此实体的检查项，无法达到要求的第 {required} 级（{context}）',
  'gate.blocking.one': '{count} 个阻塞检查项：',
  'gate.blocking.other': '{count} 个阻塞检查项：',
  'gate.check':
    '{mark} {id}（{domain}，L{level}，{status}）  {title}：{message}',

  'describe.summary':
    '模型 {id}，版本 {version}：{domains}，{checks}（{fact} 个读取事实，{catalog} 个读取目录，{attestation} 个需人工确认）。',
  'describe.domains.one': '{count} 个能力域',
  'describe.domains.other': '{count} 个能力域',
  'describe.checks.one': '{count} 个检查项',
  'describe.checks.other': '{count} 个检查项',
  'describe.levels': '等级：{levels}。',
  'describe.evidenceKinds': '证据类型：',
  'describe.evidenceItem': '**{kind}**：{meaning}。',
  'describe.evidence.fact': '事实',
  'describe.evidence.catalog': '目录',
  'describe.evidence.attestation': '人工确认',
  'describe.evidenceMeaning.fact':
    '规则读取目录之外的事实（TechInsights、CI 推送的事实、人工确认记录）',
  'describe.evidenceMeaning.catalog':
    '规则只读取目录：实体字段、关系、其他能力域的等级',
  'describe.evidenceMeaning.attestation': '由人员确认并附上证据链接',
  'describe.coverage': '覆盖范围',
  'describe.coverageIntro':
    '各能力域中至少有一个检查项适用于各实体类型样例实体的等级（{none}：该能力域没有适用的检查项）。',
  'describe.domain': '能力域',
  'describe.level': '等级',
  'describe.checksColumn': '检查项（ID，证据类型；实体类型）',
  'describe.checkLine': '{title}（{id}，{evidence}；{profiles}）',
  'describe.allProfiles': '所有实体类型',
  'describe.noProfile': '不适用于任何实体类型',
  'describe.profileSeparator': '、',
  'describe.profileItem': '**{title}**：{fields}',
  'describe.profile.production-service': '生产服务',
  'describe.profile.website': '网站',
  'describe.profile.library': '库',
  'describe.profile.system': '系统',
  'describe.profile.api': 'API',
  'describe.profile.resource': '资源',
  'describe.profile.team': '团队',
};
