package org.jixiao.report.domain;

import org.jixiao.report.domain.data.Department;

/**
 * How a report speaks of its department, so it reads naturally for a municipal bureau as for a town: how the department
 * refers to itself (我局, 我委, 我办, 我镇, 本单位), its government level as funding sources name it (市本级财政拨款, 镇本级财政拨款)
 * and the area its spending ranking covers (全市排名, 全区排名). Resolved when a version is assembled and kept in its
 * snapshot, so a published text never changes with the settings.
 *
 * @param level the government level's label: 市本级, 区本级, 县本级 or 镇本级
 */
public record Wording(String selfReference, String level, String rankingArea) {

    /** The department's own settings where given; else the name for the self-reference, the installation's for the rest. */
    public static Wording resolve(Department department, String departmentName, String installationLevel,
                                  String installationArea) {
        String self = department != null && present(department.selfReference()) ? department.selfReference().strip()
                : selfReferenceOf(departmentName);
        String level = department != null && present(department.governmentLevel()) ? department.governmentLevel()
                : installationLevel;
        String area = department != null && present(department.rankingArea()) ? department.rankingArea().strip()
                : present(installationArea) && (department == null || !present(department.governmentLevel()))
                ? installationArea.strip() : areaOf(level);
        return new Wording(self, levelLabel(level), area);
    }

    /** 广州市信访局 → 我局, …委员会 → 我委, …办公室 → 我办, …镇人民政府 → 我镇, …街道办事处 → 我办, otherwise 本单位. */
    static String selfReferenceOf(String name) {
        if (name == null || name.isBlank()) {
            return "本单位";
        }
        String n = name.strip();
        if (n.endsWith("委员会")) {
            return "我委";
        }
        if (n.endsWith("办公室") || n.endsWith("办事处")) {
            return "我办";
        }
        if (n.endsWith("镇人民政府") || n.endsWith("镇政府")) {
            return "我镇";
        }
        if (n.endsWith("乡人民政府") || n.endsWith("乡政府")) {
            return "我乡";
        }
        char last = n.charAt(n.length() - 1);
        return "局委办厅院署馆".indexOf(last) >= 0 ? "我" + last : "本单位";
    }

    /** MUNICIPAL 市本级, DISTRICT 区本级, COUNTY 县本级, TOWN 镇本级; an unknown code is printed as given. */
    static String levelLabel(String level) {
        return switch (level == null ? "MUNICIPAL" : level) {
            case "MUNICIPAL" -> "市本级";
            case "DISTRICT" -> "区本级";
            case "COUNTY" -> "县本级";
            case "TOWN" -> "镇本级";
            default -> level;
        };
    }

    /** The area of a level's ranking: 全市, 全区, 全县, 全镇. */
    static String areaOf(String level) {
        return switch (level == null ? "MUNICIPAL" : level) {
            case "DISTRICT" -> "全区";
            case "COUNTY" -> "全县";
            case "TOWN" -> "全镇";
            default -> "全市";
        };
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
