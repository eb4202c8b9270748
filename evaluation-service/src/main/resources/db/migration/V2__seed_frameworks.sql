-- Default frameworks (domain.md §4). Weights are data: a city replaces them through the API
-- (POST /api/v1/frameworks with the same code creates a new version).
INSERT INTO framework (code, version, name, tree) VALUES ('DEPT-OVERALL', 1, '部门整体支出绩效评价', '{
  "code": "DEPT-OVERALL", "name": "部门整体支出绩效评价", "points": 100, "method": "SUM", "children": [
    {"code": "MANAGEMENT", "name": "管理效能", "points": 50, "method": "SUM", "children": [
      {"code": "BUDGET-EXECUTION", "name": "预算执行", "points": 20, "method": "SUM", "children": [
        {"code": "EXEC-RATE", "name": "预算执行率", "points": 10, "method": "EXECUTION_RATE", "params": {"scope": "MUNICIPAL"}},
        {"code": "SPENDING-PROGRESS", "name": "支出进度", "points": 5, "method": "SPENDING_PROGRESS", "params": {"checkpoints": [3, 6, 9, 12]}},
        {"code": "CARRY-OVER", "name": "结转结余率", "points": 5, "method": "DEDUCTION",
         "params": {"source": "CARRY_OVER_RATE", "threshold": 0, "perUnit": 1, "direction": "ABOVE"}}
      ]},
      {"code": "BUDGET-MANAGEMENT", "name": "预算管理", "points": 15, "method": "SUM", "children": [
        {"code": "SYSTEMS", "name": "制度健全性", "points": 5, "method": "TIERED"},
        {"code": "COMPLIANCE", "name": "资金使用合规性", "points": 5, "method": "TIERED"},
        {"code": "DISCLOSURE", "name": "信息公开", "points": 5, "method": "TIERED"}
      ]},
      {"code": "ASSET-MANAGEMENT", "name": "资产管理", "points": 5, "method": "TIERED"},
      {"code": "PERFORMANCE-MANAGEMENT", "name": "绩效管理", "points": 10, "method": "SUM", "children": [
        {"code": "PERF-TARGETS", "name": "绩效目标管理", "points": 4, "method": "TIERED"},
        {"code": "PERF-MONITORING", "name": "绩效运行监控", "points": 3, "method": "TIERED"},
        {"code": "SELF-EVALUATION", "name": "绩效自评质量", "points": 3, "method": "TIERED"}
      ]}
    ]},
    {"code": "DUTY", "name": "履职效能", "points": 50, "method": "TASKS"}
  ]}');

INSERT INTO framework (code, version, name, tree) VALUES ('PROJECT', 1, '项目支出绩效自评', '{
  "code": "PROJECT", "name": "项目支出绩效自评", "points": 100, "method": "SUM", "children": [
    {"code": "EXEC-RATE", "name": "预算执行率", "points": 10, "method": "EXECUTION_RATE"},
    {"code": "OUTPUT", "name": "产出指标", "points": 50, "method": "SUM", "children": [
      {"code": "OUTPUT-QUANTITY", "name": "数量指标", "points": 20, "method": "TARGET_RATIO", "params": {"direction": "GE"}},
      {"code": "OUTPUT-QUALITY", "name": "质量指标", "points": 15, "method": "TARGET_RATIO", "params": {"direction": "GE"}},
      {"code": "OUTPUT-TIMELINESS", "name": "时效指标", "points": 10, "method": "TIERED"},
      {"code": "OUTPUT-COST", "name": "成本指标", "points": 5, "method": "TARGET_RATIO", "params": {"direction": "LE"}}
    ]},
    {"code": "BENEFIT", "name": "效益指标", "points": 30, "method": "SUM", "children": [
      {"code": "BENEFIT-SOCIAL", "name": "社会效益指标", "points": 20, "method": "TIERED"},
      {"code": "BENEFIT-SUSTAINABLE", "name": "可持续影响指标", "points": 10, "method": "TIERED"}
    ]},
    {"code": "SATISFACTION", "name": "满意度指标", "points": 10, "method": "TARGET_RATIO", "params": {"direction": "GE", "target": 90}}
  ]}');
