package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.platform.problem.FieldError;

/**
 * Checks the rows of an imported results-application table, each a column key → text (from CSV or a sheet): every
 * problem as {index, column key, message}, so the caller names the row and column (CSV index, or the sheet's cell).
 */
public final class RecommendationRows {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<String> BASES = Set.of("SELF", "FINANCE_REVIEW");

    private RecommendationRows() {
    }

    /** The rows read (null where a row is bad) and the problems of the bad ones. */
    public record Parsed(List<Recommendation> rows, List<FieldError> errors) {
    }

    /** @param budgetYear the year the advice is for: every row must be of the year before */
    public static Parsed parse(List<Map<String, String>> rows, int budgetYear) {
        List<Recommendation> parsed = new ArrayList<>(rows.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = new Row(i, rows.get(i), errors);
            int before = errors.size();
            String department = row.text("department", 64, true);
            String projectKey = row.text("projectKey", 64, false);
            String subject = row.text("subject", 200, true);
            Integer year = row.whole("year");
            if (year != null && year != budgetYear - 1) {
                row.error("year", "the table of " + year + " applies to budget year " + (year + 1) + ", not " + budgetYear
                        + "; import the " + (budgetYear - 1) + " table");
            }
            String grade = row.text("grade", 16, true);
            BigDecimal total = row.decimal("total", BigDecimal.ZERO, BigDecimal.valueOf(1000), true);
            BudgetAction action = null;
            String actionText = row.text("action", 16, true);
            if (actionText != null) {
                action = BudgetAction.parse(actionText).orElse(null);
                if (action == null) {
                    row.error("action", "'" + actionText + "' is not one of PRIORITY (优先保障), KEEP (保障), CUT (核减), CANCEL (取消)");
                }
            }
            BigDecimal cut = row.decimal("cutPercent", BigDecimal.ZERO, HUNDRED, false);
            cut = cutFor(action, cut, row);
            String wording = row.text("wording", 100, true);
            String basis = row.text("basis", 20, true);
            if (basis != null && !BASES.contains(basis)) {
                row.error("basis", "'" + basis + "' is not SELF or FINANCE_REVIEW");
            }
            Integer evaluationId = row.whole("evaluationId");
            Boolean filed = row.yesNo("filed");
            parsed.add(errors.size() > before ? null : new Recommendation(department, projectKey, subject, year, grade, total,
                    action, cut, wording, basis, evaluationId, filed));
        }
        return new Parsed(parsed, errors);
    }

    /** The cut an action allows: none for PRIORITY, 0 for KEEP, the percent (above 0, below 100) for CUT, 100 for CANCEL. */
    private static BigDecimal cutFor(BudgetAction action, BigDecimal cut, Row row) {
        if (action == null) {
            return cut;
        }
        return switch (action) {
            case PRIORITY -> {
                if (cut != null) {
                    row.error("cutPercent", "优先保障 (PRIORITY) has no cut; leave it empty");
                }
                yield null;
            }
            case KEEP -> {
                if (cut != null && cut.signum() != 0) {
                    row.error("cutPercent", "保障 (KEEP) cuts nothing: empty or 0");
                }
                yield BigDecimal.ZERO;
            }
            case CUT -> {
                if (cut == null || cut.signum() <= 0 || cut.compareTo(HUNDRED) >= 0) {
                    row.error("cutPercent", "核减 (CUT) needs a percent above 0 and below 100");
                }
                yield cut;
            }
            case CANCEL -> {
                if (cut != null && cut.compareTo(HUNDRED) != 0) {
                    row.error("cutPercent", "取消 (CANCEL) cuts everything: empty or 100");
                }
                yield HUNDRED;
            }
        };
    }

    private record Row(int index, Map<String, String> values, List<FieldError> errors) {
        void error(String key, String message) {
            errors.add(new FieldError(index, key, message));
        }

        String text(String key, int max, boolean required) {
            String value = values.get(key) == null ? null : values.get(key).strip();
            if (value == null || value.isEmpty()) {
                if (required) {
                    error(key, "is required");
                }
                return null;
            }
            if (value.length() > max) {
                error(key, "must be at most " + max + " characters");
                return null;
            }
            return value;
        }

        BigDecimal decimal(String key, BigDecimal min, BigDecimal max, boolean required) {
            String value = text(key, 32, required);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value);
                if (number.compareTo(min) < 0 || number.compareTo(max) > 0 || number.stripTrailingZeros().scale() > 2) {
                    error(key, "must be a number from " + min + " to " + max + " with at most 2 decimals, got " + value);
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                error(key, "'" + value + "' is not a number");
                return null;
            }
        }

        Integer whole(String key) {
            String value = text(key, 10, true);
            if (value == null) {
                return null;
            }
            if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) == 0) {
                error(key, "'" + value + "' is not a whole number above 0");
                return null;
            }
            return Integer.parseInt(value);
        }

        Boolean yesNo(String key) {
            String value = text(key, 8, true);
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "是", "true", "TRUE" -> true;
                case "否", "false", "FALSE" -> false;
                default -> {
                    error(key, "'" + value + "' is not 是 or 否");
                    yield null;
                }
            };
        }
    }
}
