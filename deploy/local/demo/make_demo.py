#!/usr/bin/env python3
"""Writes the demo city (fiscal year 2021) as the files deploy/local/demo.sh posts to the APIs:
departments.ndjson, lines.ndjson, adjustments.ndjson (one JSON request body per line) and
payments/<department>.csv. The model department comes from gz-xfj-2021.json (the report's totals
exact, the split into lines and months illustrative); the other departments are illustrative,
chosen so that the city's spending-progress ranking puts the model department 6th.
Run by a developer when the data change; the outputs are committed."""
import csv, json, os
from decimal import Decimal

here = os.path.dirname(os.path.abspath(__file__))
model = json.load(open(os.path.join(here, "gz-xfj-2021.json"), encoding="utf-8"))
YEAR = model["year"]
CENT = Decimal("0.01")

# (code, name, municipal budget, execution rate %): five ahead of the model's 99.92 %, six behind
OTHERS = [
    ("GZ-SFJ", "广州市司法局（示例）", "52000000.00", "99.99"),
    ("GZ-MZJ", "广州市民政局（示例）", "88000000.00", "99.98"),
    ("GZ-TJJ", "广州市统计局（示例）", "21000000.00", "99.97"),
    ("GZ-DAJ", "广州市档案局（示例）", "18500000.00", "99.96"),
    ("GZ-SJJ", "广州市审计局（示例）", "33000000.00", "99.94"),
    ("GZ-WSJ", "广州市卫生健康委员会（示例）", "120000000.00", "99.85"),
    ("GZ-JYJ", "广州市教育局（示例）", "150000000.00", "99.50"),
    ("GZ-KJJ", "广州市科学技术局（示例）", "64000000.00", "98.70"),
    ("GZ-GAJ", "广州市公安局（示例）", "210000000.00", "97.20"),
    ("GZ-ZJJ", "广州市住房和城乡建设局（示例）", "97000000.00", "95.40"),
    ("GZ-JTJ", "广州市交通运输局（示例）", "76000000.00", "91.30"),
]
PROFILES = {
    "even": [1] * 12,
    "project": [2, 3, 5, 6, 7, 8, 8, 9, 10, 11, 13, 18],
    "quarterly": [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1],
}

def spread(rows, department, line, name, total, profile, prefix):
    weights = PROFILES[profile]
    last = max(i for i, w in enumerate(weights) if w)
    paid, n = Decimal("0.00"), 0
    for month in range(12):
        if weights[month] == 0:
            continue
        amount = total - paid if month == last else (total * weights[month] / sum(weights)).quantize(CENT)
        paid += amount
        second = (amount * Decimal("0.15")).quantize(CENT)  # two vouchers a month
        for part, day in ((amount - second, 10), (second, 25)):
            n += 1
            rows.append([f"{prefix}-{line}-{n:03d}", line, f"{YEAR}-{month + 1:02d}-{day:02d}", f"{part:.2f}",
                         f"{name} {YEAR}年{month + 1}月支付"])

def write_csv(code, rows):
    os.makedirs(os.path.join(here, "payments"), exist_ok=True)
    with open(os.path.join(here, "payments", f"{code}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["voucherNo", "lineCode", "paidOn", "amount", "description"])
        w.writerows(rows)

def dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

departments, lines, adjustments = [], [], []
dept = model["department"]
departments.append(dept)
for line in model["lines"]:
    lines.append({"department": dept["code"], "year": YEAR, **line})
for adj in model["adjustments"]:
    adjustments.append({"department": dept["code"], "year": YEAR, **adj})
names = {l["lineCode"]: l["name"] for l in model["lines"]}
rows = []
profile_of = {"B-PERSONNEL": "even", "B-OPERATING": "even", "P-WYF": "quarterly", "O-OTHER": "even"}
for line, total in model["spentByLine"].items():
    spread(rows, dept["code"], line, names[line], Decimal(str(total)).quantize(CENT), profile_of.get(line, "project"),
           f"XF{YEAR}")
rows.append([f"XF{YEAR}-B-OPERATING-R01", "B-OPERATING", f"{YEAR}-03-18", "1200.00", "差旅费（多付）"])
rows.append([f"XF{YEAR}-B-OPERATING-R02", "B-OPERATING", f"{YEAR}-04-06", "-1200.00", "差旅费退回"])
write_csv(dept["code"], rows)

for code, name, budget, rate in OTHERS:
    budget = Decimal(budget)
    departments.append({"code": code, "name": name, "divisions": ["办公室"], "functions": ["示例部门，用于全市支出进度排名"]})
    basic = (budget * Decimal("0.7")).quantize(CENT)
    split = {"B-BASIC": ("基本支出", "BASIC", basic), "P-PROJECT": ("项目支出", "PROJECT", budget - basic)}
    spent_total = (budget * Decimal(rate) / 100).quantize(CENT)
    basic_spent = (basic * Decimal(rate) / 100).quantize(CENT)
    spent = {"B-BASIC": basic_spent, "P-PROJECT": spent_total - basic_spent}
    rows = []
    for line_code, (line_name, category, amount) in split.items():
        lines.append({"department": code, "year": YEAR, "lineCode": line_code, "name": line_name, "category": category,
                      "fundingSource": "MUNICIPAL", "initialAmount": float(amount)})
        spread(rows, code, line_code, line_name, spent[line_code], "even" if category == "BASIC" else "project", code)
    write_csv(code, rows)

for file, items in (("departments.ndjson", departments), ("lines.ndjson", lines), ("adjustments.ndjson", adjustments)):
    with open(os.path.join(here, file), "w", encoding="utf-8") as f:
        f.write("".join(dump(i) + "\n" for i in items))
print(len(departments), "departments,", len(lines), "lines,", len(adjustments), "adjustments")
