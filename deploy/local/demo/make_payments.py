#!/usr/bin/env python3
"""Writes the model department's illustrative monthly payments (gz-xfj-2021-payments.csv)
from gz-xfj-2021.json: each line's spending, spread over the year by a profile, to the cent.
Run once by a developer; the CSV is committed and loaded through the API."""
import csv, json, os
from decimal import Decimal

here = os.path.dirname(os.path.abspath(__file__))
model = json.load(open(os.path.join(here, "gz-xfj-2021.json"), encoding="utf-8"))
PROFILES = {  # share of the year's spending per month
    "even": [1] * 12,
    "project": [2, 3, 5, 6, 7, 8, 8, 9, 10, 11, 13, 18],
    "quarterly": [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1],
}
PROFILE_OF = {"B-PERSONNEL": "even", "B-OPERATING": "even", "P-WYF": "quarterly", "O-OTHER": "even"}
names = {l["lineCode"]: l["name"] for l in model["lines"]}
rows = []
for line, total in model["spentByLine"].items():
    total = Decimal(str(total)).quantize(Decimal("0.01"))
    weights = PROFILES[PROFILE_OF.get(line, "project")]
    paid, n = Decimal("0.00"), 0
    for month in range(12):
        if weights[month] == 0:
            continue
        if month == max(i for i, w in enumerate(weights) if w):
            amount = total - paid
        else:
            amount = (total * weights[month] / sum(weights)).quantize(Decimal("0.01"))
        paid += amount
        # two vouchers a month: a main payment and a smaller one, same month total
        second = (amount * Decimal("0.15")).quantize(Decimal("0.01"))
        for part, day in ((amount - second, 10), (second, 25)):
            n += 1
            rows.append([f"XF2021-{line}-{n:03d}", line, f"2021-{month + 1:02d}-{day:02d}", f"{part:.2f}",
                         f"{names[line]} 2021年{month + 1}月支付"])
# a refund: paid in March, returned in April (net zero)
rows.append(["XF2021-B-OPERATING-R01", "B-OPERATING", "2021-03-18", "1200.00", "差旅费（多付）"])
rows.append(["XF2021-B-OPERATING-R02", "B-OPERATING", "2021-04-06", "-1200.00", "差旅费退回"])
with open(os.path.join(here, model["paymentsFile"]), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["voucherNo", "lineCode", "paidOn", "amount", "description"])
    w.writerows(rows)
print(len(rows), "payments")
